package org.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OpenLoopTest {
  /**
   * A one-connection HTTP server on loopback that answers "ok" to every request, holding request
   * number {@code stallAt} (0-based) for {@code stallMillis} first; it keeps every path it was asked for.
   */
  private static final class StubServer implements AutoCloseable {
    final List<String> paths = Collections.synchronizedList(new ArrayList<>());
    private final ServerSocket socket;

    StubServer(int stallAt, long stallMillis) throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread t = new Thread(() -> {
        try (Socket s = socket.accept();
             BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1))) {
          OutputStream out = s.getOutputStream();
          for (String line; (line = in.readLine()) != null; ) {
            String path = line.split(" ")[1];
            while (!in.readLine().isEmpty()) { } // headers
            if (paths.size() == stallAt) Thread.sleep(stallMillis);
            paths.add(path);
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
          }
        } catch (IOException | InterruptedException e) {
          // the test is over
        }
      }, "stub-server");
      t.setDaemon(true);
      t.start();
    }

    URI root() {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  @Test
  void requestsDueWhileTheServerStallsCountTheTimeTheyWaitedNotJustTheOneThatStalled() throws Exception {
    try (StubServer server = new StubServer(20, 600)) {
      // 100 requests at 10 ms intervals over one connection; the 21st is held 600 ms.
      OpenLoop.Outcome o = OpenLoop.run(server.root(), List.of("/doc"), Collections.emptyIterator(),
          new OpenLoop.Settings(100, 1, 0, 0, 1));
      assertThat(o.errors()).isZero();
      assertThat(o.documents().getTotalCount()).isEqualTo(100);
      // About 60 requests were due during the stall; a client timing from its own send would see one slow answer.
      assertThat(o.documents().getValueAtPercentile(75)).isGreaterThanOrEqualTo(100_000); // microseconds
      assertThat(o.summary()).startsWith("open-loop 100 req/s: document p99 ").endsWith(", errors 0");
    }
  }

  @Test
  void searchesAreTakenInTurnSoThatNoneRepeats() throws Exception {
    try (StubServer server = new StubServer(-1, 0)) {
      List<String> words = IntStream.range(0, 100).mapToObj(i -> "word" + i + " pair").toList();
      OpenLoop.Outcome o = OpenLoop.run(server.root(), List.of("/doc"), words.iterator(),
          new OpenLoop.Settings(50, 1, 0, 1.0, 1));
      assertThat(o.searches().getTotalCount()).isEqualTo(50);
      assertThat(server.paths).hasSize(50).allMatch(p -> p.startsWith("/search?q=word")).doesNotHaveDuplicates();
    }
  }
}
