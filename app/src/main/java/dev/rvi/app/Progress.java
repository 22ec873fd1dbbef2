package dev.rvi.app;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;

/**
 * A file being read, with its progress on stderr every two seconds: how much of it (the file's size is known), and
 * an estimate of the time left at the pace so far. The characters read stand in for bytes (the files are JSON,
 * nearly all ASCII), so the share is close, not exact.
 */
final class Progress extends FilterReader {
  private static final long EVERY_NANOS = 2_000_000_000L;
  private final String name;
  private final long size;
  private final PrintStream out;
  private final long began = System.nanoTime();
  private long read;
  private long lastReport = began;

  Progress(Reader in, String name, long size, PrintStream out) {
    super(in);
    this.name = name;
    this.size = Math.max(1, size);
    this.out = out;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      advance(1);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  private void advance(int n) {
    read += n;
    long now = System.nanoTime();
    if (now - lastReport >= EVERY_NANOS) {
      lastReport = now;
      out.println(line(now));
    }
  }

  String line(long now) {
    double share = Math.min(1.0, read / (double) size);
    double elapsed = (now - began) / 1e9;
    String left = share <= 0 ? "" : String.format(", about %.0f s left", elapsed / share - elapsed);
    return String.format("  %s: %.0f%% (%.1f of %.1f MB)%s", name, share * 100, read / 1e6, size / 1e6, left);
  }
}
