package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line and the web are adapters over the application layer ({@code dossier-app}):
 * neither reaches the edition store or a search engine by itself, so a new engine or a change in
 * the store is made in one place. The Maven module graph cannot say this (both modules see the
 * store and the search module through dossier-app), so this test reads their sources and poms.
 */
class LayeringTest {
  /** What the adapters' code may not name, in an import or written out in full. */
  private static final Pattern FORBIDDEN =
      Pattern.compile("\\b(org\\.dossier\\.store|org\\.dossier\\.search\\.lucene|org\\.apache\\.lucene)\\.[A-Za-z]");
  /**
   * The SolrCloud engine is opened by the application layer too; the command line uses dossier-solr
   * only for its tools ({@code dossier solr start}: LocalSolrCloud; {@code dossier solr configset}).
   */
  private static final Pattern SOLR_ENGINE = Pattern.compile("\\b(org\\.dossier\\.solr\\.(SolrSearchIndex|SolrOptions))\\b");

  private static Path repository() {
    Path root = Path.of(System.getProperty("dossier.root", "..")).toAbsolutePath().normalize();
    assertThat(root.resolve("dossier-app/pom.xml")).as("the repository root").isRegularFile();
    return root;
  }

  private static List<String> offences(Path sources) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = FORBIDDEN.matcher(lines.get(i));
          if (m.find()) found.add(sources.relativize(f) + ":" + (i + 1) + ": " + m.group(1));
          Matcher solr = SOLR_ENGINE.matcher(lines.get(i));
          if (solr.find()) found.add(sources.relativize(f) + ":" + (i + 1) + ": " + solr.group(1));
        }
      }
    }
    return found;
  }

  @Test
  void theCommandLineAndTheWebReachTheStoreAndTheIndexOnlyThroughTheApplicationLayer() throws IOException {
    for (String module : List.of("dossier-cli", "dossier-web")) {
      Path main = repository().resolve(module).resolve("src/main/java");
      assertThat(main).isDirectory();
      assertThat(offences(main)).as(module + " names the store or the Lucene engine").isEmpty();
    }
  }

  @Test
  void theCommandLineAndTheWebDeclareNeitherTheStoreNorLuceneButTheApplicationLayer() throws IOException {
    for (String module : List.of("dossier-cli", "dossier-web")) {
      String pom = Files.readString(repository().resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8);
      assertThat(pom).as(module + "/pom.xml").contains("<artifactId>dossier-app</artifactId>")
          .doesNotContain("<groupId>org.apache.lucene</groupId>");
      // Tests may set up an edition folder with the store itself; the main code may not reach it.
      assertThat(pom.lines().filter(l -> l.contains("<artifactId>dossier-store</artifactId>")))
          .as(module + "/pom.xml declares dossier-store outside test scope").allMatch(l -> l.contains("<scope>test</scope>"));
    }
    // The command line runs from its copied run-time class path, which a direct test scope would strip of the store.
    String cli = Files.readString(repository().resolve("dossier-cli/pom.xml"), StandardCharsets.UTF_8);
    assertThat(cli).as("dossier-cli/pom.xml").doesNotContain("<artifactId>dossier-store</artifactId>");
  }

  @Test
  void theCheckFindsANamedStoreClassOrAnEngineImport(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("Bad.java"), "package x;\nimport org.dossier.search.lucene.LuceneSearchIndex;\n"
        + "class Bad { Object o = org.dossier.store.EditionStore.class; String s = \"org.dossier.storefront\"; }\n"
        + "import org.dossier.solr.SolrSearchIndex; import org.dossier.solr.LocalSolrCloud;\n",
        StandardCharsets.UTF_8);
    assertThat(offences(tmp)).containsExactly("Bad.java:2: org.dossier.search.lucene", "Bad.java:3: org.dossier.store",
        "Bad.java:4: org.dossier.solr.SolrSearchIndex");
  }
}
