package org.dossier.app;

import java.util.Objects;
import org.apache.lucene.util.Version;
import org.apache.solr.client.api.util.SolrVersion;

/**
 * The versions of the search libraries in use, as their own jars state them.
 *
 * @param lucene Lucene's version ({@code "9.12.3"}): the embedded engine and the analysis
 * @param solr SolrJ's version ({@code "9.10.1"}): the SolrCloud client
 */
public record EngineVersions(String lucene, String solr) {
  public EngineVersions {
    Objects.requireNonNull(lucene, "lucene");
    Objects.requireNonNull(solr, "solr");
  }

  static EngineVersions current() {
    return new EngineVersions(Version.LATEST.toString(), SolrVersion.LATEST.toString());
  }
}
