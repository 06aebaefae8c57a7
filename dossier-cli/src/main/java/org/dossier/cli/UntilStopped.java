package org.dossier.cli;

import java.util.concurrent.CountDownLatch;

/**
 * A long-running command (a server, a local cluster) that runs until the process is asked to stop
 * (Ctrl-C, SIGTERM): its clean-up runs in a shutdown hook, and {@link #await} returns after it.
 */
final class UntilStopped {
  private final CountDownLatch stopped = new CountDownLatch(1);

  private UntilStopped() {}

  /** Registers {@code stop} to run when the process is asked to stop; call {@link #await} next. */
  static UntilStopped onStop(String threadName, Runnable stop) {
    UntilStopped until = new UntilStopped();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        stop.run();
      } finally {
        until.stopped.countDown();
      }
    }, threadName));
    return until;
  }

  /** Waits until the clean-up has run (or this thread is interrupted). */
  void await() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
