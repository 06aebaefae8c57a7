package org.dossier.ingest.internal.frus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportSink;
import org.dossier.ingest.Importers;
import org.dossier.ingest.internal.parla.ParlaImporter;
import org.dossier.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input files are hostile: no entity is expanded, no DTD loaded, no file read but the one given. */
class HostileXmlTest {
  private static final String TEI_OPEN =
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"evil1\"><text><body><div type=\"document\" xml:id=\"d1\" n=\"1\">"
          + "<head>1. Evil</head><p>";
  private static final String TEI_CLOSE = "</p></div></body></text></TEI>";

  @TempDir Path dir;

  private Path write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /** Imports into a sink that records documents, so a test can prove nothing was handed on. */
  private static List<Document> importInto(Path file, List<Document> documents) throws Exception {
    Importers.stream(file, ImportOptions.defaults(), new ImportSink() {
      @Override public void document(Document d) {
        documents.add(d);
      }
    });
    return documents;
  }

  @Test
  void refusesAnExternalEntityWithoutReadingItsTarget() throws Exception {
    Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
    Path evil = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + TEI_OPEN + "&xxe;" + TEI_CLOSE);
    List<Document> documents = new ArrayList<>();
    assertThatThrownBy(() -> importInto(evil, documents))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("xxe")
        .hasMessageContaining("xxe.xml:3:")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
    assertThat(documents).isEmpty();
  }

  @Test
  void neverLoadsAnExternalDtd() throws Exception {
    // If this DTD were loaded, &greeting; would expand to its text; it is not, so the reference is refused.
    Path dtd = write("evil.dtd", "<!ENTITY greeting \"LOADED-FROM-DTD\">");
    Path evil = write("dtd.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI SYSTEM \"" + dtd.toUri() + "\">\n"
        + TEI_OPEN + "&greeting;" + TEI_CLOSE);
    assertThatThrownBy(() -> importInto(evil, new ArrayList<>()))
        .isInstanceOf(SourceException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("LOADED-FROM-DTD"));
  }

  @Test
  void reportsADoctypeWithoutEntitiesAndStillImports() throws Exception {
    Path dtd = write("harmless.dtd", "<!ELEMENT TEI ANY>");
    Path file = write("doctype.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI SYSTEM \"" + dtd.toUri() + "\">\n"
        + TEI_OPEN + "Plain text." + TEI_CLOSE);
    var r = Importers.read(file, ImportOptions.defaults());
    assertThat(r.single().paragraphs()).extracting(b -> b.text()).containsExactly("Plain text.");
    assertThat(r.issues()).extracting(i -> i.kind()).containsExactly("security");
  }

  @Test
  void rejectsAnEntityExpansionBombQuickly() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE TEI [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 12; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) dtd.append("&lol").append(i - 1).append(';');
      dtd.append("\">\n");
    }
    dtd.append("]>\n");
    Path bomb = write("bomb.xml", "<?xml version=\"1.0\"?>\n" + dtd + TEI_OPEN + "&lol12;" + TEI_CLOSE);
    long start = System.nanoTime();
    assertThatThrownBy(() -> importInto(bomb, new ArrayList<>())).isInstanceOf(SourceException.class);
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to reject the bomb").isLessThan(2000);
  }

  @Test
  void reportsMalformedXmlWithFileLineAndColumn() throws Exception {
    Path bad = write("broken.xml", "<?xml version=\"1.0\"?>\n" + TEI_OPEN + "\nunclosed <hi>emphasis</p>\n" + TEI_CLOSE);
    List<Document> documents = new ArrayList<>();
    assertThatThrownBy(() -> importInto(bad, documents))
        .isInstanceOfSatisfying(SourceException.class, e -> {
          assertThat(e.file()).isEqualTo("broken.xml");
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isPositive();
          assertThat(e.getMessage()).contains("broken.xml:3:")
              // Woodstox puts the place on a second line; the message is one line
              // (issue #11: found by ImporterContractTest).
              .startsWith("not well-formed XML: Unexpected close tag </p>; expected </hi>. (at broken.xml:3:");
        });
    assertThat(documents).isEmpty();
  }

  @Test
  void reportsMalformedDebateXmlWithItsPlaceToo() throws Exception {
    Path bad = write("session.xml", "<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n"
        + "<u who=\"#x\"><seg>oops</u></body></text></TEI>");
    assertThatThrownBy(() -> new ParlaImporter().read(bad, ImportOptions.defaults(), d -> { }))
        .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.line()).isEqualTo(3));
  }

  @Test
  void rejectsAbsurdNestingDepthWithAPlace() throws Exception {
    Path deep = write("deep.xml", TEI_OPEN + "<hi>".repeat(5000) + "x" + "</hi>".repeat(5000) + TEI_CLOSE);
    assertThatThrownBy(() -> importInto(deep, new ArrayList<>()))
        .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.line()).isEqualTo(1));
  }

  @Test
  void neverFollowsAnXIncludeInAFrusVolume() throws Exception {
    Path secret = write("included.xml", "<p xmlns=\"http://www.tei-c.org/ns/1.0\">INCLUDED-SECRET</p>");
    Path file = write("xinclude.xml", TEI_OPEN.replace("<TEI ", "<TEI xmlns:xi=\"http://www.w3.org/2001/XInclude\" ")
        + "Before <xi:include href=\"" + secret.getFileName() + "\"/> after." + TEI_CLOSE);
    var result = Importers.read(file, ImportOptions.defaults());
    assertThat(result.single().paragraphs()).extracting(b -> b.text()).containsExactly("Before after.");
    // Issue #15, point 7: the include was dropped with no word; now it is an issue with its place.
    assertThat(result.issues()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo("include");
      assertThat(i.location()).startsWith("xinclude.xml:1:");
      assertThat(i.message()).contains("'included.xml' not followed");
    });
  }

  @Test
  void reportsAnXIncludeInAndBetweenTheDocumentsOfAFrusVolume() throws Exception {
    Path file = write("between.xml", TEI_OPEN.replace("<TEI ", "<TEI xmlns:frus=\"http://history.state.gov/frus/ns/1.0\" "
            + "xmlns:xi=\"http://www.w3.org/2001/XInclude\" ").replace("<p>", "<p>A <xi:include href=\"p.xml\"/> b ")
        .replace("<body>", "<body>\n<xi:include href=\"part2.xml\"/>\n") + "Text." + TEI_CLOSE);
    var result = Importers.read(file, ImportOptions.defaults());
    assertThat(result.single().paragraphs()).extracting(b -> b.text()).containsExactly("A b Text.");
    assertThat(result.issues()).extracting(Object::toString)
        .containsExactly("between.xml:2:1: include: xi:include of 'part2.xml' not followed: a FRUS volume is read as "
            + "one file, so the included text is not imported (suggest: put the included text into the file, "
            + "or import the included file on its own)", "between.xml:3:65: include: xi:include of 'p.xml' not followed: "
            + "a FRUS volume is read as one file, so the included text is not imported (suggest: put the included text "
            + "into the file, or import the included file on its own)");
  }
}
