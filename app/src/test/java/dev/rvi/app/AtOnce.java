package dev.rvi.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The same request sent several times at once, as a double click or a retrying client does; answers every reply. */
final class AtOnce {
  private AtOnce() {}

  static List<TestPlatform.Reply> send(int times, Callable<TestPlatform.Reply> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(times);
    try {
      List<TestPlatform.Reply> replies = new ArrayList<>();
      for (Future<TestPlatform.Reply> f : pool.invokeAll(Collections.nCopies(times, request))) {
        replies.add(f.get(60, TimeUnit.SECONDS));
      }
      return replies;
    } finally {
      pool.shutdown();
    }
  }
}
