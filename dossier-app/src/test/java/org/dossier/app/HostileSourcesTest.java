package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.app.Fixtures.dispatches;
import static org.dossier.app.Fixtures.source;
import static org.dossier.app.Fixtures.sources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.ingest.ImportIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15, points 7 and 8: what a folder of sources may not slip past an import. */
class HostileSourcesTest {
  @TempDir Path tmp;
  private final DossierApp app = DossierApp.of(AppConfig.defaults());

  @Test
  void aLinkInAnImportedFolderToAFileOutsideItIsNotReadAndIsReportedByName() throws Exception {
    Path in = tmp.resolve("in");
    sources(in, dispatches().subList(0, 2));
    Path secret = source(tmp.resolve("elsewhere"), dispatches().get(2));
    Path link = Files.createSymbolicLink(in.resolve("z-link.xml"), secret);
    ImportReport r = app.dryRun(ImportRequest.of(List.of(in)), null);
    assertThat(r.files()).isEqualTo(2);
    assertThat(r.documents()).isEqualTo(2);
    assertThat(r.issues()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo("security");
      assertThat(i.file()).isEqualTo(link.toString());
      assertThat(i.message()).isEqualTo("a symbolic link to " + secret.toRealPath() + ", outside the imported folder "
          + in + "; not read");
    });
  }

  @Test
  void aLinkThatStaysInsideTheFolderIsRead() throws Exception {
    Path in = tmp.resolve("in");
    Path real = source(in.resolve("sub"), dispatches().get(0));
    Files.createSymbolicLink(in.resolve("alias.xml"), real);
    ImportReport r = app.dryRun(ImportRequest.of(List.of(in)), null);
    assertThat(r.files()).isEqualTo(2);
    assertThat(r.issues()).isEmpty();
  }

  @Test
  void aFileNamedWithALineBreakOrAnEscapeIsReportedOnOneLine() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("evil\nname.txt"), "", StandardCharsets.UTF_8);
    Files.write(in.resolve("term\u001b[2J.txt"), new byte[] {'a', 0, 'b'});
    ImportReport r = app.dryRun(ImportRequest.of(List.of(in)), null);
    assertThat(r.failures()).extracting(Throwable::getMessage).containsExactly("the file is empty (at evil\\nname.txt)",
        "binary file: NUL byte at byte offset 1; expected a text page (at term\\u001b[2J.txt:1:2)");
    ImportIssue issue = new ImportIssue("note", "a\nb.txt", 3, 1, "a note\rbody", null);
    assertThat(issue).hasToString("a\\nb.txt:3:1: note: a note\\rbody");
  }
}
