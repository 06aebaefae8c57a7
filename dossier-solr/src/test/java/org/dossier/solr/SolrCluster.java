package org.dossier.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SolrCloud for one test class: the fixture Maven built beside this module, started before
 * the class's first test and stopped after its last. Register it as
 * {@code @RegisterExtension static final SolrCluster solr = new SolrCluster(2);}.
 */
final class SolrCluster implements BeforeAllCallback, AfterAllCallback {
  private final int nodes;
  private @Nullable Path dir;
  private @Nullable LocalSolrCloud cloud;

  SolrCluster(int nodes) {
    this.nodes = nodes;
  }

  /** The fixture's build folder: {@code -Ddossier.solr.fixture}, or {@code ../testing/solr-cloud-fixture/target}. */
  static Path fixtureHome() {
    String configured = System.getProperty("dossier.solr.fixture");
    return configured != null ? Path.of(configured) : Path.of("..", "testing", "solr-cloud-fixture", "target");
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("dossier-solr-test");
    // Five minutes: on a machine shared with other builds two nodes have taken more than the default two to start.
    cloud = LocalSolrCloud.start(fixtureHome(), dir, LocalSolrCloud.Settings.nodes(nodes).withStartTimeout(java.time.Duration.ofMinutes(5)));
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (cloud != null) cloud.close();
    } finally {
      if (dir != null) deleteTree(dir);
    }
  }

  /** The running cluster. @throws IllegalStateException outside the test class's lifetime */
  LocalSolrCloud cloud() {
    if (cloud == null) throw new IllegalStateException("the cluster runs only while its test class does");
    return cloud;
  }

  /** The base URL of every node, {@code http://127.0.0.1:PORT/solr}. */
  List<String> nodeUrls() {
    return cloud().nodeUrls();
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
    }
  }
}
