package org.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.AppConfig;
import org.dossier.app.DossierApp;
import org.dossier.app.ListedDocument;
import org.dossier.app.LiveEdition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
    description = {"List the documents of an edition: a table of id, number, date, type and title.",
        "The columns are as wide as their longest entry, so they line up for any id and date."})
final class ListCommand implements Callable<Integer> {
  private static final List<String> HEADINGS = List.of("ID", "NO.", "DATE", "TYPE", "TITLE");

  @Parameters(paramLabel = "EDITION", description = "The edition folder.")
  Path dir;

  @Option(names = "--json", description = "Print the edition and its documents as one JSON object instead of a table.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    LiveEdition edition = DossierApp.of(AppConfig.defaults()).read(dir);
    if (json) {
      out.println(json(edition));
      return 0;
    }
    out.println(edition.edition().title() + " (" + edition.documents().size() + " documents)");
    if (edition.documents().isEmpty()) return 0;
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADINGS);
    for (ListedDocument d : edition.documents()) {
      rows.add(List.of(d.id(), orEmpty(d.number()), orEmpty(d.date()), orEmpty(d.type()), d.title()));
    }
    Table.print(rows, out);
    return 0;
  }

  private static String json(LiveEdition edition) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("id", edition.edition().id());
    root.put("title", edition.edition().title());
    ArrayNode docs = root.putArray("documents");
    for (ListedDocument d : edition.documents()) {
      docs.addObject().put("id", d.id()).put("number", d.number()).put("date", d.date()).put("type", d.type())
          .put("title", d.title());
    }
    return mapper.writeValueAsString(root);
  }

  private static String orEmpty(@org.jspecify.annotations.Nullable String s) {
    return s == null ? "" : s;
  }
}
