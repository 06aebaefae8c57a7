package org.dossier.ingest.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.Importers;
import org.dossier.model.Document;
import org.dossier.model.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 3, point 10: the same page as HTML imports into the same model. */
class HtmlPageTest {

  @Test
  void theHtmlAndTheTextRenderingOfOnePageGiveEqualDocuments() throws Exception {
    Document fromHtml = Fixtures.html("meeting.html").single();
    Document fromText = Fixtures.text("meeting.txt").single();
    assertThat(withoutProvenance(fromHtml)).isEqualTo(withoutProvenance(fromText));
    assertThat(fromHtml.provenance().format()).isEqualTo("html");
    assertThat(fromHtml.provenance().file()).isEqualTo("meeting.html");
  }

  @Test
  void dropsNavigationHeaderFooterAndScripts() throws Exception {
    Document doc = Fixtures.html("meeting.html").single();
    assertThat(doc.toString()).doesNotContain("Classic version", "Mobile version", "Terms of use", "Back to top", "var chrome");
  }

  @Test
  void readsANotesDivWithBacklinksAndCallLinksWithoutSup() throws Exception {
    String html = """
        <html><body><nav>Home | Search</nav>
        <h1>Papers of the Northern Accord</h1>
        <h2>Document No. 9: Note on a Telephone Call, May 2, 1988</h2>
        <p><span class="paranumber">1</span>The call was short.<a href="#fn1">1</a> It ended at noon.</p>
        <p><span class="paranumber">2</span>Nobody took minutes.</p>
        <div class="notes"><p><a href="#fnref1">1</a>. The time is from the switchboard log.</p></div>
        <footer>Terms of use</footer></body></html>
        """;
    ImportResult result = new org.dossier.ingest.internal.html.HtmlPageImporter()
        .read("call.html", html.getBytes(StandardCharsets.UTF_8), Fixtures.OPTIONS);
    Document doc = result.single();
    assertThat(doc.title()).isEqualTo("Note on a Telephone Call");
    assertThat(doc.date().when()).isEqualTo("1988-05-02");
    assertThat(doc.notes()).extracting(Note::n, Note::paragraph, Note::offset, Note::text)
        .containsExactly(tuple(1, 1, 19, "The time is from the switchboard log."));
    assertThat(doc.expectBlock(1).text()).isEqualTo("The call was short. It ended at noon.");
    assertThat(result.issues()).isEmpty();
  }

  @Test
  void theFrontDoorPicksTheHtmlImporterByFileName(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("meeting.html");
    Files.write(page, Fixtures.bytes("meeting.html"));
    assertThat(Importers.read(page, Fixtures.OPTIONS).single().provenance().format()).isEqualTo("html");
  }

  @Test
  void reportsIssuesAtTheSourceLineOfTheElement() throws Exception {
    String html = "<html><body>\n<h2>Document No. 4: A Note</h2>\n<p>1First part of the per-estroika talk.</p>\n"
        + "<p>2On perestroika again.</p>\n</body></html>";
    ImportResult result = new org.dossier.ingest.internal.html.HtmlPageImporter()
        .read("hyphen.html", html.getBytes(StandardCharsets.UTF_8), Fixtures.OPTIONS);
    assertThat(result.issues()).extracting(i -> i.kind(), i -> i.line()).containsExactly(tuple("hyphenation", 3));
  }

  private static Document withoutProvenance(Document d) {
    return d.toBuilder().provenance(null).build();
  }

  @Test
  void cleansTextThatCharacterReferencesMakeAsItCleansTheSourceText() throws Exception {
    // &#1; and &#xD800; decoded to characters XML cannot hold, and e&#x301; to text that is not
    // NFC (issue #11: found by ImporterContractTest).
    String html = "<h2>Document No. 2: A Cafe&#x301; Talk</h2><h3>Full text</h3>"
        + "<p>1Bell&#1;and half&#xD800;a pair.</p>";
    Document doc = new org.dossier.ingest.internal.html.HtmlPageImporter()
        .read("refs.html", html.getBytes(StandardCharsets.UTF_8), Fixtures.OPTIONS).single();
    assertThat(doc.title()).isEqualTo("A Café Talk");
    assertThat(doc.expectBlock(1).text()).isEqualTo("Bell and half a pair.");
  }
}
