package org.dossier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.dossier.app.DossierApp;
import org.dossier.app.EngineVersions;
import picocli.CommandLine.IVersionProvider;

/** What {@code dossier --version} prints: Dossier's version (filled in by the build) and the search libraries'. */
final class Versions implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    EngineVersions engines = DossierApp.engineVersions();
    return new String[] {"Dossier " + dossier(), "Lucene " + engines.lucene() + ", SolrJ " + engines.solr(),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"};
  }

  /** The project version the build wrote into {@code version.properties}. */
  static String dossier() throws IOException {
    try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
      if (in == null) throw new IOException("version.properties is missing from the dossier-cli jar; rebuild it");
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    }
  }
}
