package org.dossier.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.AppConfig;
import org.dossier.app.DossierApp;
import org.dossier.app.LiveEdition;
import org.dossier.tei.export.MarkdownWriter;
import org.dossier.tei.export.PlainTextWriter;
import org.dossier.tei.json.JsonForm;
import org.dossier.tei.DossierTei;
import org.dossier.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write documents of an edition to stdout as TEI, JSON, Markdown or plain text.")
final class ExportCommand implements Callable<Integer> {
  enum Format { tei, json, md, txt }

  @Parameters(paramLabel = "DOC", arity = "1..*", description = "Ids of the documents to export.")
  List<String> ids;

  @Option(names = {"-e", "--edition"}, defaultValue = ".", description = "The edition folder (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = {"-f", "--format"}, defaultValue = "tei",
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    LiveEdition edition = DossierApp.of(AppConfig.defaults()).read(dir);
    for (String id : ids) {
      Document d = edition.find(id).orElseThrow(() -> new CliException("no document '" + id + "' in " + dir));
      out.print(render(d));
    }
    out.flush();
    return 0;
  }

  private String render(Document d) throws IOException {
    return switch (format) {
      case tei -> {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DossierTei.write(d, bytes);
        yield bytes.toString(StandardCharsets.UTF_8);
      }
      case json -> JsonForm.toPrettyJson(d);
      case md -> MarkdownWriter.write(d);
      case txt -> PlainTextWriter.write(d);
    };
  }
}
