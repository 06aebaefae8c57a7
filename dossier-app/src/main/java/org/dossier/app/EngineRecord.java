package org.dossier.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The search engine an edition records, in {@value #FILE} beside {@code edition.json}, so that
 * every later command on the edition uses it without being told. No file means the embedded
 * engine. The store leaves the file alone (it only manages {@code edition.json}, {@code
 * documents/} and its own temporary files); a crash while writing leaves a {@code .search.json.…tmp}
 * that the store's repair deletes.
 *
 * <pre>{@code
 * {
 *   "engine": "solrcloud",
 *   "nodes": ["http://127.0.0.1:8983/solr"],
 *   "collection": "cold-war",
 *   "shards": 2,
 *   "replicas": 2
 * }
 * }</pre>
 */
final class EngineRecord {
  /** The file's name in the edition folder. */
  static final String FILE = "search.json";
  private static final String SOLRCLOUD = "solrcloud";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EngineRecord() {}

  /** The engine {@code edition} records, or empty for the embedded engine. */
  static Optional<IndexConfig> read(Path edition) throws AppException {
    Path file = edition.resolve(FILE);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new AppException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try {
      JsonNode root = JSON.readTree(text);
      String engine = root.path("engine").asText("");
      if (!engine.equals(SOLRCLOUD)) throw new AppException(file + ": unknown engine '" + engine + "' (this Dossier knows: solrcloud)");
      List<URI> nodes = new ArrayList<>();
      for (JsonNode n : root.path("nodes")) nodes.add(new URI(n.asText()));
      JsonNode collection = root.path("collection");
      return Optional.of(new IndexConfig.SolrCloud(nodes, collection.isTextual() ? collection.asText() : null,
          root.path("shards").asInt(IndexConfig.SolrCloud.DEFAULT_SHARDS),
          root.path("replicas").asInt(IndexConfig.SolrCloud.DEFAULT_REPLICAS)));
    } catch (JsonProcessingException | URISyntaxException | IllegalArgumentException e) {
      throw new AppException(file + ": not a valid engine record: " + e.getMessage(), e);
    }
  }

  /** Records {@code config} in {@code edition}, replacing the file atomically. */
  static void write(Path edition, IndexConfig.SolrCloud config) throws AppException {
    ObjectNode root = JSON.createObjectNode();
    root.put("engine", SOLRCLOUD);
    ArrayNode nodes = root.putArray("nodes");
    config.nodes().forEach(n -> nodes.add(n.toString()));
    if (config.collection() == null) root.putNull("collection");
    else root.put("collection", config.collection());
    root.put("shards", config.shards());
    root.put("replicas", config.replicas());
    Path file = edition.resolve(FILE);
    // The store's naming for temporary files, so that its repair deletes what a crash leaves.
    Path tmp = edition.resolve("." + FILE + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      Files.writeString(tmp, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new AppException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
