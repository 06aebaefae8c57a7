package org.dossier.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UpdatePipelineTest {
  private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> new Thread(r, "pipeline-test"));

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void neverMoreUpdatesRunAtOnceThanItsSlotsAndAwaitAllWaitsForEveryOne() throws Exception {
    UpdatePipeline pipeline = new UpdatePipeline(executor, 2);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    for (int i = 0; i < 20; i++) {
      pipeline.submit(() -> {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        running.decrementAndGet();
        done.incrementAndGet();
      });
    }
    pipeline.awaitAll();
    assertThat(done).hasValue(20);
    assertThat(most.get()).isBetween(1, 2);
  }

  @Test
  void aFailedUpdateIsReportedWithItsCauseAndStopsLaterOnes() throws Exception {
    UpdatePipeline pipeline = new UpdatePipeline(executor, 2);
    pipeline.submit(() -> {
      throw new IOException("shard1 is down");
    });
    IOException failed = assertThrows(IOException.class, pipeline::awaitAll);
    assertThat(failed).hasMessage("shard1 is down").hasCauseInstanceOf(IOException.class);
    AtomicInteger sent = new AtomicInteger();
    assertThrows(IOException.class, () -> pipeline.submit(sent::incrementAndGet));
    assertThat(sent).hasValue(0);
  }
}
