package org.dossier.solr;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;

/**
 * Update requests of one {@code indexAll}, up to {@code inFlight} at once: while Solr's leader
 * analyses one batch and forwards it to its replica, the next one is on its way, so the cores stay
 * busy. The caller waits for a free slot before sending more (so at most {@code inFlight}
 * batches are held in memory), and {@link #awaitAll()} waits for every request and reports the
 * first failure. Used by one thread.
 */
final class UpdatePipeline {
  /** One update request. */
  @FunctionalInterface
  interface Update {
    void send() throws IOException;
  }

  private final ExecutorService executor;
  private final int inFlight;
  private final Semaphore slots;
  private volatile @Nullable IOException failure;

  UpdatePipeline(ExecutorService executor, int inFlight) {
    this.executor = executor;
    this.inFlight = inFlight;
    this.slots = new Semaphore(inFlight);
  }

  /**
   * Sends {@code update} when a slot is free.
   *
   * @throws IOException if an earlier update failed (this one is then not sent)
   */
  void submit(Update update) throws IOException {
    throwIfFailed();
    acquire(1);
    try {
      executor.execute(() -> {
        try {
          update.send();
        } catch (IOException e) {
          fail(e);
        } catch (RuntimeException e) {
          fail(new IOException("an update request failed: " + e.getMessage(), e));
        } finally {
          slots.release();
        }
      });
    } catch (RejectedExecutionException e) {
      slots.release();
      throw new IOException("the index is closed", e);
    }
  }

  /**
   * Waits until every submitted update is done.
   *
   * @throws IOException the first update's failure, if one failed
   */
  void awaitAll() throws IOException {
    acquire(inFlight);
    slots.release(inFlight);
    throwIfFailed();
  }

  private synchronized void fail(IOException e) {
    if (failure == null) failure = e;
    else failure.addSuppressed(e);
  }

  private void throwIfFailed() throws IOException {
    IOException f = failure;
    if (f != null) throw new IOException(f.getMessage(), f);
  }

  private void acquire(int n) throws InterruptedIOException {
    try {
      slots.acquire(n);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while sending updates to Solr");
    }
  }
}
