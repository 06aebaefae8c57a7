package org.dossier.app;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.model.Document;
import org.dossier.tei.DossierTei;
import org.dossier.tei.SourceException;
import org.jspecify.annotations.Nullable;

/**
 * Where an import parks the documents it has read until every source has been read and checked:
 * each document is written to a file as Dossier TEI as soon as the importer hands it over, so
 * memory holds one document at a time however large the volume. A document id met twice keeps its
 * first place and its last content. Closing deletes the staged files.
 */
final class Staging implements AutoCloseable {
  /** The staging folder inside an edition; a crashed import leaves it behind and the next one clears it. */
  static final String EDITION_STAGING_DIR = ".staging";

  /** One staged document: its id, its file, and the editors it names (to fill in an edition's). */
  record Staged(String id, @Nullable Path file, List<String> editors) {}

  private final @Nullable Path dir;
  private final Map<String, Staged> byId = new LinkedHashMap<>();
  private long next;

  private Staging(@Nullable Path dir) {
    this.dir = dir;
  }

  /**
   * Stages in {@code edition}'s own {@value #EDITION_STAGING_DIR} folder, on the file system the
   * documents go to. The caller holds the edition's writer lock, so a folder found there is what a
   * crashed import left, and is cleared first.
   */
  static Staging inside(Path edition) throws IOException {
    Path dir = edition.resolve(EDITION_STAGING_DIR);
    deleteTree(dir);
    Files.createDirectories(dir);
    return new Staging(dir);
  }

  /** Stages in a new temporary folder (a dry run, which has no edition). */
  static Staging temporary() throws IOException {
    return new Staging(Files.createTempDirectory("dossier-import-"));
  }

  /** Keeps nothing but the ids: for a dry run that only counts. {@link #read} is then refused. */
  static Staging counting() {
    return new Staging(null);
  }

  /** Stages {@code document}, replacing an earlier document with the same id. */
  void add(Document document) throws IOException {
    Path file = null;
    if (dir != null) {
      file = dir.resolve(Long.toString(next++) + ".xml"); // not the id: two ids may differ only in case
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        DossierTei.write(document, out);
      }
    }
    Staged previous = byId.put(document.id(), new Staged(document.id(), file, document.editors()));
    if (previous != null && previous.file() != null) Files.deleteIfExists(previous.file());
  }

  /** How many documents are staged. */
  int size() {
    return byId.size();
  }

  /** The staged documents, in the order their ids were first met. */
  Collection<Staged> documents() {
    return byId.values();
  }

  /** The editors named by the first staged document that names any, or an empty list. */
  List<String> firstEditors() {
    for (Staged s : byId.values()) if (!s.editors().isEmpty()) return s.editors();
    return List.of();
  }

  /** Reads a staged document back. */
  Document read(Staged staged) throws IOException {
    Path file = staged.file();
    if (file == null) throw new IllegalStateException("a counting staging keeps no documents");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return DossierTei.read(in, file.toString());
    } catch (SourceException e) {
      // Our own writer wrote it: not being able to read it back is a bug, not bad input.
      throw new IllegalStateException("cannot read back staged document " + staged.id() + ": " + e.getMessage(), e);
    }
  }

  /** Deletes the staged files (and the folder). */
  @Override
  public void close() throws IOException {
    if (dir != null) deleteTree(dir);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
