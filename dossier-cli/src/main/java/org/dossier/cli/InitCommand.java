package org.dossier.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import org.dossier.app.AppConfig;
import org.dossier.app.IndexConfig;
import org.dossier.app.DossierApp;
import org.dossier.model.Edition;
import org.dossier.model.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Create an empty edition folder (edition.json + documents/).",
        "With --solr, the edition records SolrCloud as its search engine: later commands on it use Solr unasked.",
        "The citation options (--editor, --publisher, --year and the others) are those of 'describe'."})
final class InitCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The edition folder to create (absent or empty).")
  Path dir;

  @Option(names = "--title", required = true, description = "The edition's title.")
  String title;

  @Option(names = "--id", description = "URL-safe id (default: from the folder name).")
  String id;

  @Mixin IndexOptions index;

  @Mixin CitationOptions citation;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (title.isBlank()) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--title must not be empty");
    String editionId = id != null ? id : Ids.slug(String.valueOf(dir.toAbsolutePath().normalize().getFileName()), "edition");
    if (!Ids.isUrlSafe(editionId)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--id must be URL-safe ([A-Za-z0-9][A-Za-z0-9._-]*): '" + editionId + "'");
    }
    AppConfig config = index.config(List.of(dir));
    DossierApp app = DossierApp.of(config);
    Edition created = app.init(dir, editionId, title);
    if (citation.any()) created = app.describe(dir, e -> citation.applyTo(e, null, spec));
    spec.commandLine().getOut().println("Created edition '" + created.id() + "' in " + dir);
    if (config.index() instanceof IndexConfig.SolrCloud solr) {
      spec.commandLine().getOut().println("Its search index is the SolrCloud collection '"
          + (solr.collection() == null ? created.id() : solr.collection()) + "' at "
          + String.join(",", solr.nodes().stream().map(String::valueOf).toList()) + " (recorded in the edition)");
    }
    return 0;
  }
}
