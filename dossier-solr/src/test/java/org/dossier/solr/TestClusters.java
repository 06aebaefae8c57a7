package org.dossier.solr;

import java.io.IOException;
import java.nio.file.Path;

/** Starts the SolrCloud fixture that Maven built beside this module, for one test class. */
final class TestClusters {
  private TestClusters() {}

  /** The fixture's build folder: {@code -Ddossier.solr.fixture}, or {@code ../testing/solr-cloud-fixture/target}. */
  static Path fixtureHome() {
    String configured = System.getProperty("dossier.solr.fixture");
    return configured != null ? Path.of(configured) : Path.of("..", "testing", "solr-cloud-fixture", "target");
  }

  /** {@code nodes} nodes on free ports, with their data under {@code dir}. */
  static LocalSolrCloud start(Path dir, int nodes) throws IOException {
    return LocalSolrCloud.start(fixtureHome(), dir, LocalSolrCloud.Settings.nodes(nodes));
  }
}
