package org.dossier.app;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dossier.search.SyncReport;

/**
 * An {@link EditionSet} watched for changes other processes make: its editions are refreshed and
 * its index synced on a background thread, at a fixed delay, until {@link #close()}. This is how a
 * server shows an import made meanwhile within a couple of seconds.
 */
public final class Watch implements AutoCloseable {
  /** Hears what each refresh found; called on the watch's thread. */
  public interface Listener {
    /** Some edition changed, and the index was synced as {@code report} says. */
    void changed(SyncReport report);

    /** A refresh failed; the next one will try again. */
    void failed(Exception error);
  }

  private final ScheduledExecutorService thread;

  private Watch(ScheduledExecutorService thread) {
    this.thread = thread;
  }

  static Watch start(EditionSet editions, Duration period, Listener listener) {
    Objects.requireNonNull(listener, "listener");
    if (period.isNegative() || period.isZero()) throw new IllegalArgumentException("period must be positive: " + period);
    ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "edition-watcher");
      t.setDaemon(true); // a watch never keeps a process alive
      return t;
    });
    long millis = period.toMillis();
    // The task catches everything itself and stops only with the executor: its future has nothing to tell.
    var unused = thread.scheduleWithFixedDelay(() -> {
      try {
        editions.refresh().ifPresent(listener::changed);
      } catch (Exception e) {
        listener.failed(e);
      }
    }, millis, millis, TimeUnit.MILLISECONDS);
    return new Watch(thread);
  }

  /** Stops watching; a refresh under way finishes first. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      thread.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
