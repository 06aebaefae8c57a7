package org.dossier.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.dossier.search.Fields;
import org.dossier.search.analysis.AnalysisChains;
import org.dossier.search.analysis.HacekVariantFilterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolrConfigsetTest {
  @TempDir Path dir;

  @Test
  void theSchemaHasEveryQueryableFieldAndTheChainsAsFieldTypes() throws Exception {
    SolrConfigset.write(dir);
    String schema = Files.readString(dir.resolve("schema.xml"), StandardCharsets.UTF_8);
    for (String field : Fields.QUERYABLE) {
      if (!Fields.NARROWING.contains(field)) assertThat(schema).contains("<field name=\"" + field + "\"");
    }
    assertThat(schema).contains("<field name=\"" + Fields.KIND + "\"").contains("<field name=\"" + Fields.WEIGHT + "\"");
    for (AnalysisChains.Chain chain : AnalysisChains.all()) assertThat(schema).contains(chain.toSolrFieldType().lines().findFirst().orElseThrow());
    assertThat(schema).contains("name=\"" + HacekVariantFilterFactory.NAME + "\"").contains("<uniqueKey>id</uniqueKey>");
    assertThat(Files.readString(dir.resolve("solrconfig.xml"), StandardCharsets.UTF_8))
        .contains("<str name=\"df\">" + Fields.TEXT + "</str>")
        .contains("<queryParser name=\"dossier\" class=\"org.dossier.solr.plugin.DossierQParserPlugin\"/>")
        .contains("<str name=\"defType\">dossier</str>");
  }

  @Test
  void theAdministratorGetsTheConfigsetAndAPluginJarWithAnalysisAndTheQueryParser() throws Exception {
    String name = SolrConfigset.writeForAdministrator(dir);
    assertThat(name).matches("dossier-[0-9a-f]{8}").isEqualTo(SolrConfigset.name());
    assertThat(dir.resolve("conf/schema.xml")).exists();
    assertThat(Files.readString(dir.resolve("README.txt"), StandardCharsets.UTF_8)).contains(name).contains("SOLR_MODULES=analysis-extras");
    try (JarFile jar = new JarFile(dir.resolve("lib").resolve(SolrConfigset.PLUGIN_JAR).toFile())) {
      assertThat(jar.getEntry("org/dossier/search/analysis/HacekVariantFilterFactory.class")).isNotNull();
      assertThat(jar.getEntry("org/dossier/search/lucene/LuceneSearchIndex.class")).isNull();
      for (String parser : List.of("org/dossier/solr/plugin/DossierQParserPlugin.class", "org/dossier/solr/plugin/DossierQParser.class",
          "org/dossier/search/query/DossierQueryParser.class", "org/dossier/search/query/ExpansionGuard.class",
          "org/dossier/search/Fields.class", "org/dossier/search/QuerySyntaxException.class")) {
        assertThat(jar.getEntry(parser)).as(parser).isNotNull();
      }
      String services = new String(jar.getInputStream(jar.getEntry("META-INF/services/org.apache.lucene.analysis.TokenFilterFactory"))
          .readAllBytes(), StandardCharsets.UTF_8);
      assertThat(services).contains(HacekVariantFilterFactory.class.getName());
    }
  }

  @Test
  void theSameCodeWritesTheSameFiles() throws Exception {
    SolrConfigset.writePluginJar(dir.resolve("a.jar"));
    SolrConfigset.writePluginJar(dir.resolve("b.jar"));
    assertThat(Files.readAllBytes(dir.resolve("a.jar"))).isEqualTo(Files.readAllBytes(dir.resolve("b.jar")));
    assertThat(SolrConfigset.name()).isEqualTo(SolrConfigset.name());
  }
}
