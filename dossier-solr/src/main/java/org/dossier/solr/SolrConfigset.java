package org.dossier.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dossier.search.Fields;
import org.dossier.search.analysis.AnalysisChains;

/**
 * Dossier's Solr configset and analysis plugin, generated from the code that the embedded engine
 * runs: {@code schema.xml} from {@link Fields} and {@link AnalysisChains}, and the plugin jar from
 * the compiled classes of {@code org.dossier.search.analysis} (Dossier's filter factories, found by
 * Solr through their SPI names).
 *
 * <p>On a Solr installation the plugin goes where every node loads shared jars at start-up, before
 * any collection: {@code $SOLR_HOME/lib}, or the folder {@code solr.xml}'s {@code sharedLib} names.
 * The ICU tokenizer and folding come from Solr's {@code analysis-extras} module ({@code
 * SOLR_MODULES=analysis-extras}). The classes need Java 17. The configset itself is uploaded by
 * {@link SolrSearchIndex} when it creates the collection; it is never edited on a cluster.
 */
public final class SolrConfigset {
  /** The file name of the plugin jar. */
  public static final String PLUGIN_JAR = "dossier-solr-plugin.jar";

  /** The query parser's name in solrconfig.xml (DossierQParserPlugin.NAME). */
  static final String QUERY_PARSER = "dossier";
  /** The request parameter bounding pattern expansion (DossierQParserPlugin.MAX_EXPANSIONS). */
  static final String MAX_EXPANSIONS = "dossier.maxExpansions";
  /** Starts Dossier's own message in the plugin's 400 answers (DossierQParserPlugin.PROBLEM). */
  static final String PROBLEM = "dossier query: ";

  private static final String ANALYSIS = "org/dossier/search/analysis/";
  private static final String QUERY = "org/dossier/search/query/";
  private static final List<String> PORT_CLASSES = List.of("org/dossier/search/Fields", "org/dossier/search/QuerySyntaxException");
  private static final String PLUGIN = "org/dossier/solr/plugin/";
  private static final String PLUGIN_CLASS = PLUGIN + "DossierQParserPlugin.class";
  private static final String SERVICES = "META-INF/services/org.apache.lucene.analysis.TokenFilterFactory";

  private SolrConfigset() {}

  /** The configset's files by name: {@code schema.xml} and {@code solrconfig.xml}. */
  static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("schema.xml", SolrSchema.xml());
    files.put("solrconfig.xml", solrconfigXml());
    return files;
  }

  /**
   * The name the configset is uploaded under: {@code dossier-} and a digest of its files, so a
   * collection keeps the configset it was created with and a new schema never overwrites it.
   */
  public static String name() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      files().forEach((n, text) -> {
        sha.update(n.getBytes(StandardCharsets.UTF_8));
        sha.update(text.getBytes(StandardCharsets.UTF_8));
      });
      return "dossier-" + HexFormat.of().formatHex(sha.digest(), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * Writes {@code schema.xml} and {@code solrconfig.xml} into {@code dir}, creating it.
   *
   * @throws IOException if a file cannot be written
   */
  public static void write(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Files.createDirectories(dir);
    for (Map.Entry<String, String> f : files().entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Writes what an administrator installs, into {@code dir}: {@code conf/} (the configset, to
   * upload, e.g. {@code bin/solr zk upconfig -n NAME -d DIR/conf}), {@code lib/}{@value
   * #PLUGIN_JAR} (for each node's {@code $SOLR_HOME/lib}) and a {@code README.txt} saying so.
   *
   * @return the configset's name ({@link #name()})
   * @throws IOException if a file cannot be written, or the analysis classes cannot be read
   */
  public static String writeForAdministrator(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    write(dir.resolve("conf"));
    writePluginJar(dir.resolve("lib").resolve(PLUGIN_JAR));
    String name = name();
    Files.writeString(dir.resolve("README.txt"), String.join("\n",
        "Dossier's Solr configset " + name + ".",
        "",
        "1. On every Solr node (Solr 9, Java 17 or later): copy lib/" + PLUGIN_JAR + " into $SOLR_HOME/lib",
        "   (or the folder solr.xml's sharedLib names), enable ICU with SOLR_MODULES=analysis-extras, restart.",
        "2. Upload the configset once:  bin/solr zk upconfig -n " + name + " -d conf -z ZK_HOST",
        "   (Dossier also uploads it itself over HTTP when it creates its collection.)",
        "3. Point Dossier at the nodes; it creates the collection (1 shard x 2 replicas by default).",
        ""), StandardCharsets.UTF_8);
    return name;
  }

  /**
   * Writes the plugin jar to {@code jar}: the classes of {@code org.dossier.search.analysis} with
   * their SPI registration, Dossier's query parser ({@code org.dossier.search.query}) and the Solr
   * query parser plugin ({@code org.dossier.solr.plugin}, module dossier-solr-plugin), taken from
   * the classpath this code runs with, so Solr analyses and parses queries with exactly the
   * classes the embedded engine uses. Lucene and Solr themselves come from the nodes.
   *
   * @throws IOException if the jar cannot be written or the classes cannot be read
   */
  public static void writePluginJar(Path jar) throws IOException {
    Objects.requireNonNull(jar, "jar");
    Map<String, byte[]> entries = pluginClasses();
    if (entries.keySet().stream().noneMatch(n -> n.startsWith(ANALYSIS) && n.endsWith(".class"))) {
      throw new IOException("no analysis classes found beside " + AnalysisChains.class.getName());
    }
    Path parent = jar.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
    manifest.getMainAttributes().putValue("Implementation-Title", "Dossier analysis and query parser for Solr");
    Path tmp = Files.createTempFile(parent, ".plugin", ".jar");
    try {
      try (OutputStream file = Files.newOutputStream(tmp); JarOutputStream out = new JarOutputStream(file)) {
        // The manifest as an entry of its own, with a fixed time like the others (JarOutputStream's would carry
        // the clock's, so two writes more than two seconds apart differed).
        JarEntry meta = new JarEntry(JarFile.MANIFEST_NAME);
        meta.setTime(0);
        out.putNextEntry(meta);
        manifest.write(out);
        out.closeEntry();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
          JarEntry entry = new JarEntry(e.getKey());
          entry.setTime(0); // the same classes give the same bytes
          out.putNextEntry(entry);
          out.write(e.getValue());
          out.closeEntry();
        }
      }
      Files.move(tmp, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The configset as a zip, as the ConfigSet API's upload takes it. */
  static byte[] zip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> f : files().entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /**
   * The plugin's class files: Dossier's analysis (with its SPI file), its query syntax and the two
   * classes of the search port these use, from wherever dossier-search was loaded; and the Solr
   * plugin classes of dossier-solr-plugin, found as a resource (they are never loaded here: they
   * need solr-core, which only the nodes have).
   */
  private static Map<String, byte[]> pluginClasses() throws IOException {
    Map<String, byte[]> entries = new java.util.TreeMap<>();
    collect(root(ANALYSIS + "AnalysisChains.class", "dossier-search"),
        n -> n.startsWith(ANALYSIS) || n.startsWith(QUERY) || n.equals(SERVICES)
            || PORT_CLASSES.stream().anyMatch(c -> n.equals(c + ".class") || n.startsWith(c + "$")),
        entries);
    collect(root(PLUGIN_CLASS, "dossier-solr-plugin"), n -> n.startsWith(PLUGIN), entries);
    return entries;
  }

  /** The jar or classes folder on this code's classpath that holds {@code resource}. */
  private static Path root(String resource, String module) throws IOException {
    java.net.URL url = SolrConfigset.class.getClassLoader().getResource(resource);
    if (url == null) throw new IOException(resource + " (module " + module + ") is not on the classpath");
    String s = url.toString();
    try {
      if (s.startsWith("jar:")) return Path.of(new java.net.URI(s.substring(4, s.indexOf("!/"))));
      if (s.startsWith("file:") && s.endsWith(resource)) return Path.of(new java.net.URI(s.substring(0, s.length() - resource.length())));
    } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      throw new IOException("cannot tell where " + resource + " was loaded from: " + s, e);
    }
    throw new IOException("cannot read the classes beside " + resource + " from " + s);
  }

  /** The files of a jar or a classes folder whose names {@code wanted} accepts. */
  private static void collect(Path source, java.util.function.Predicate<String> wanted, Map<String, byte[]> entries) throws IOException {
    if (Files.isDirectory(source)) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(source)) {
        walk.filter(Files::isRegularFile).forEach(files::add);
      }
      for (Path f : files) {
        String name = source.relativize(f).toString().replace('\\', '/');
        if (wanted.test(name)) entries.put(name, Files.readAllBytes(f));
      }
    } else {
      try (JarFile jar = new JarFile(source.toFile())) {
        List<JarEntry> list = jar.stream().filter(e -> !e.isDirectory() && wanted.test(e.getName())).toList();
        for (JarEntry e : list) {
          try (InputStream in = jar.getInputStream(e)) {
            entries.put(e.getName(), in.readAllBytes());
          }
        }
      }
    }
  }

  /** solrconfig.xml: the embedded engine's query defaults, distributed IDF, near-real-time visibility. */
  private static String solrconfigXml() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Generated by org.dossier.solr.SolrConfigset: do not edit; regenerate with `dossier solr configset DIR`. -->
        <config>
          <luceneMatchVersion>9.12</luceneMatchVersion>
          <dataDir>${solr.data.dir:}</dataDir>
          <!-- Memory-mapped files, without NRTCachingDirectory's copies of new small segments in heap buffers: at each
               flush Lucene reads the new segment's sparse norms back for the postings' impacts, and there every read
               that crossed the end of one of those small buffers threw and caught a BufferUnderflowException, each
               with a stack trace of a hundred frames (JFR: half a gigabyte of them in a 200,000-paragraph load). With
               memory-mapped files the nodes used a third less CPU for the same load (SearchBenchmark, 2 shards). -->
          <directoryFactory name="DirectoryFactory" class="${solr.directoryFactory:solr.MMapDirectoryFactory}"/>
          <schemaFactory class="ClassicIndexSchemaFactory"/>
          <indexConfig>
            <ramBufferSizeMB>128</ramBufferSizeMB>
          </indexConfig>
          <updateHandler class="solr.DirectUpdateHandler2">
            <updateLog><str name="dir">${solr.ulog.dir:}</str></updateLog>
            <!-- Durable through the transaction log at once, in segments every 60 s; Dossier's commit() (end of sync)
                 is a hard commit that also opens a searcher. -->
            <autoCommit><maxTime>${solr.autoCommit.maxTime:60000}</maxTime><openSearcher>false</openSearcher></autoCommit>
            <!-- Other clients see writes within 30 s (Dossier's own searches soft-commit first when it wrote, its sync and
                 commit make writes visible to all at once). Each soft commit flushes a small segment on every core and
                 merges follow: at 5 s they took more than half of a bulk load's time (SearchBenchmark, 100,000
                 paragraphs: 67 s at 5 s, 19 s with none during the load). -->
            <autoSoftCommit><maxTime>${solr.autoSoftCommit.maxTime:30000}</maxTime></autoSoftCommit>
          </updateHandler>
          <query>
            <maxBooleanClauses>${solr.max.booleanClauses:1024}</maxBooleanClauses>
            <filterCache class="solr.CaffeineCache" size="512" initialSize="512" autowarmCount="0"/>
            <queryResultCache class="solr.CaffeineCache" size="512" initialSize="512" autowarmCount="0"/>
            <documentCache class="solr.CaffeineCache" size="512" initialSize="512" autowarmCount="0"/>
            <enableLazyFieldLoading>true</enableLazyFieldLoading>
          </query>
          <!-- Scores use term statistics of the whole collection, not of one shard, as one Lucene index would, so
               relevance order is the embedded engine's. The LRU cache keeps the statistics fetched for a query's terms
               until the searcher changes (a commit), so a repeated term costs no extra round trip to the shards;
               ExactStatsCache would fetch them for every search. Totals never depend on it. -->
          <statsCache class="org.apache.solr.search.stats.LRUStatsCache"/>
          <requestDispatcher>
            <requestParsers enableRemoteStreaming="false" multipartUploadLimitInKB="2048000" formdataUploadLimitInKB="2048"/>
          </requestDispatcher>
          <!-- Queries are read by Dossier's own parser (the plugin jar), exactly as the embedded engine reads them. -->
          <queryParser name="dossier" class="org.dossier.solr.plugin.DossierQParserPlugin"/>
          <requestHandler name="/select" class="solr.SearchHandler">
            <lst name="defaults">
              <str name="defType">dossier</str>
              <str name="df">%s</str>
              <!-- Each shard is asked on the node that received the search when it has a replica there: no hop. -->
              <str name="shards.preference">replica.location:local</str>
            </lst>
          </requestHandler>
        </config>
        """.replace("%s", Fields.TEXT);
  }
}
