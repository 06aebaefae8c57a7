package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Solr options and commands that need no running cluster. */
class SolrOptionsTest {
  @TempDir Path tmp;

  /** A URL where nothing listens: a port just taken from the system and given back. */
  static String closedUrl() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    return "http://127.0.0.1:" + port + "/solr";
  }

  @Test
  void anUnreachableSolrIsOneLineAndExitOneForInitAndSearch() throws IOException {
    String url = closedUrl();
    Path ed = tmp.resolve("ed");
    CliRun init = CliRun.of("init", ed.toString(), "--title", "T", "--solr", url);
    assertThat(init.exitCode()).isEqualTo(1);
    assertThat(init.err()).isEqualTo("dossier: Solr is unreachable at " + url + " (Connection refused)" + System.lineSeparator());
    assertThat(ed).as("nothing is created when the cluster cannot be reached").doesNotExist();

    assertThat(CliRun.of("init", ed.toString(), "--title", "T").exitCode()).isZero();
    CliRun search = CliRun.of("search", ed.toString(), "Gorbachev", "--solr", url);
    assertThat(search.exitCode()).isEqualTo(1);
    assertThat(search.err().lines()).containsExactly("dossier: Solr is unreachable at " + url + " (Connection refused)");
  }

  @Test
  void anEditionThatRecordsAnUnreachableSolrSaysSoForEveryIndexCommand() throws IOException {
    String url = closedUrl();
    Path ed = tmp.resolve("ed");
    assertThat(CliRun.of("init", ed.toString(), "--title", "T").exitCode()).isZero();
    Files.writeString(ed.resolve("search.json"), "{\"engine\": \"solrcloud\", \"nodes\": [\"" + url + "\"], "
        + "\"collection\": \"ed\", \"shards\": 1, \"replicas\": 1}\n", java.nio.charset.StandardCharsets.UTF_8);
    for (String[] args : new String[][] {{"reindex", ed.toString()}, {"check", ed.toString()}, {"search", ed.toString(), "x"},
        {"import", org.dossier.testkit.SharedData.foundingPage().toString(), "--into", ed.toString()}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(args[0]).isEqualTo(1);
      assertThat(run.err()).as(args[0]).contains("dossier: Solr is unreachable at " + url);
    }
    assertThat(CliRun.of("list", ed.toString()).out()).as("the import stored nothing").contains("(0 documents)");
  }

  @Test
  void theIndexFlagsRefuseContradictionsAndSolrOnlyOptionsWithoutSolr() {
    Path ed = tmp.resolve("ed");
    assertThat(CliRun.of("init", ed.toString(), "--title", "T").exitCode()).isZero();
    CliRun both = CliRun.of("search", ed.toString(), "x", "--solr", "http://127.0.0.1:1/solr", "--index", tmp.toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--index and --solr exclude each other");
    CliRun shards = CliRun.of("reindex", ed.toString(), "--shards", "3");
    assertThat(shards.exitCode()).isEqualTo(2);
    assertThat(shards.err()).contains("--collection, --shards and --replicas need --solr URL");
    CliRun zero = CliRun.of("reindex", ed.toString(), "--solr", "http://127.0.0.1:1/solr", "--replicas", "0");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--replicas must be >= 1: 0");
    CliRun badUrl = CliRun.of("reindex", ed.toString(), "--solr", "ftp://solr/");
    assertThat(badUrl.exitCode()).isEqualTo(2);
    assertThat(badUrl.err()).contains("a Solr node must be an http:// or https:// URL: ftp://solr/");
    CliRun badName = CliRun.of("reindex", ed.toString(), "--solr", "http://127.0.0.1:1/solr", "--collection", "a/b");
    assertThat(badName.exitCode()).isEqualTo(2);
    assertThat(badName.err()).contains("--collection must be letters");
  }

  @Test
  void everyCommandThatReadsOrWritesAnIndexTakesTheSolrOptions() {
    for (String command : new String[] {"init", "import", "remove", "reindex", "check", "search", "serve"}) {
      CliRun help = CliRun.of(command, "--help");
      assertThat(help.out()).as(command).contains("--solr=URL", "--collection=NAME", "--shards=N", "--replicas=N", "--index=DIR");
    }
  }

  @Test
  void solrConfigsetWritesTheSchemaTheConfigAndThePluginJar() {
    Path dir = tmp.resolve("for-the-admin");
    CliRun run = CliRun.of("solr", "configset", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("conf/schema.xml")).isNotEmptyFile();
    assertThat(dir.resolve("conf/solrconfig.xml")).isNotEmptyFile();
    assertThat(dir.resolve("lib/dossier-solr-plugin.jar")).isNotEmptyFile();
    assertThat(dir.resolve("README.txt")).isNotEmptyFile();
    assertThat(run.out()).contains("conf/schema.xml", "conf/solrconfig.xml", "lib/dossier-solr-plugin.jar", "README.txt");
  }

  @Test
  void solrStartWithoutABuiltFixtureSaysHowToBuildIt() {
    CliRun run = CliRun.of("solr", "start", "--fixture", tmp.toString(), "--port", "0");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith("dossier: the local SolrCloud is not built (no " + tmp.resolve("lib") + ")")
        .contains("-pl testing/solr-cloud-fixture -am");
  }

  @Test
  void solrAloneListsItsCommandsAndIsBadUsage() {
    CliRun run = CliRun.of("solr");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("start", "configset", "a COMMAND is required");
  }
}
