package dev.rvi.catalog.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The parts of one page as they arrive from the bus, read as one stream by the parser on a worker thread. The
 * queue is short: when it is full the next part is not taken (its sender waits), so a fast sender cannot
 * fill the heap.
 */
final class PartFeed extends InputStream {
  private static final byte[] END = new byte[0];
  private static final byte[] BROKEN = new byte[0];
  static final int PARTS_QUEUED = 4;

  private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(PARTS_QUEUED + 2);
  private byte[] current = new byte[0];
  private int position;
  private boolean ended;

  /** From the event loop, never blocking: false when the queue is full (try again shortly). */
  boolean offer(byte[] part) {
    return queue.size() < PARTS_QUEUED && queue.offer(part);
  }

  /** The page is complete; always room for the marker. */
  void end() {
    queue.offer(END);
  }

  /** The load is given up while its page is read: the reader stops. */
  void breakOff() {
    queue.clear();
    queue.offer(BROKEN);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    while (position >= current.length) {
      if (ended) {
        return -1;
      }
      byte[] next;
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      if (next == BROKEN) {
        throw new IOException("the load was given up while this page was read");
      }
      if (next == END) {
        ended = true;
        return -1;
      }
      current = next;
      position = 0;
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, into, offset, n);
    position += n;
    return n;
  }
}
