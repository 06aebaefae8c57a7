package org.dossier.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.dossier.app.AppConfig;
import org.dossier.app.AppException;
import org.dossier.app.DossierApp;
import org.dossier.app.IndexConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that say where an edition's search index is kept: the one place the command line
 * builds the application's configuration, for the commands that read or write an index. Without
 * them a command uses what the edition records ({@code init --solr} records SolrCloud), else the
 * embedded index; a flag wins over the record for that command, with a note on stderr.
 */
final class IndexOptions {
  @Option(names = "--index", paramLabel = "DIR",
      description = "The embedded index folder (default: EDITION/index for one edition, .dossier-index beside the first of several).")
  @Nullable Path dir;

  @Option(names = "--solr", paramLabel = "URL", split = ",",
      description = "Use SolrCloud: the nodes' base URLs, comma-separated (http://127.0.0.1:8983/solr). "
          + "Default: what the edition records (init --solr records it), else the embedded index.")
  @Nullable List<URI> solr;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "The Solr collection (default: the recorded one, or the edition's id; several editions: their ids joined by __).")
  @Nullable String collection;

  @Option(names = "--shards", paramLabel = "N",
      description = "Shards of a Solr collection this command creates (default: the recorded number, or "
          + IndexConfig.SolrCloud.DEFAULT_SHARDS + ").")
  @Nullable Integer shards;

  @Option(names = "--replicas", paramLabel = "N",
      description = "Replicas of each shard of a Solr collection this command creates (default: the recorded number, or "
          + IndexConfig.SolrCloud.DEFAULT_REPLICAS + ").")
  @Nullable Integer replicas;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  /**
   * The configuration for a command on {@code editions}: the flags, else what the first edition
   * records, else the embedded index.
   *
   * @throws ParameterException if the flags contradict each other
   * @throws AppException if the edition's record cannot be read
   */
  AppConfig config(List<Path> editions) throws AppException {
    if (dir != null && solr != null) throw new ParameterException(spec.commandLine(), "--index and --solr exclude each other");
    IndexConfig recorded = DossierApp.recordedIndex(editions);
    IndexConfig chosen;
    if (solr != null) {
      IndexConfig.SolrCloud given;
      try {
        given = IndexConfig.SolrCloud.of(solr);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--solr: " + e.getMessage(), e);
      }
      chosen = layout(given, collection, recorded instanceof IndexConfig.SolrCloud r ? r : null);
      if (recorded instanceof IndexConfig.SolrCloud r && !r.nodes().equals(solr)) {
        note("using Solr at " + join(solr) + " for this command; the edition records " + join(r.nodes()));
      }
    } else if (dir != null) {
      chosen = IndexConfig.embedded(dir);
      if (recorded instanceof IndexConfig.SolrCloud r) {
        note("using the embedded index in " + dir + " for this command; the edition records Solr at " + join(r.nodes()));
      }
    } else if (recorded instanceof IndexConfig.SolrCloud r) {
      chosen = layout(r, collection == null ? r.collection() : collection, r);
    } else {
      if (collection != null || shards != null || replicas != null) {
        throw new ParameterException(spec.commandLine(),
            "--collection, --shards and --replicas need --solr URL (or an edition that records SolrCloud)");
      }
      chosen = recorded;
    }
    return AppConfig.defaults().withIndex(chosen);
  }

  /** {@code base} with the collection {@code name} and the layout of the flags, else of {@code recorded}, else the default. */
  private IndexConfig.SolrCloud layout(IndexConfig.SolrCloud base, @Nullable String name, IndexConfig.@Nullable SolrCloud recorded) {
    int s = shards != null ? shards : recorded != null ? recorded.shards() : base.shards();
    int r = replicas != null ? replicas : recorded != null ? recorded.replicas() : base.replicas();
    if (s < 1) throw new ParameterException(spec.commandLine(), "--shards must be >= 1: " + s);
    if (r < 1) throw new ParameterException(spec.commandLine(), "--replicas must be >= 1: " + r);
    if (name != null && !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new ParameterException(spec.commandLine(), "--collection must be letters, digits, '.', '_' or '-': " + name);
    }
    return base.withCollection(name).withLayout(s, r);
  }

  private void note(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("dossier: note: " + message);
  }

  private static String join(List<URI> nodes) {
    return String.join(",", nodes.stream().map(URI::toString).toList());
  }
}
