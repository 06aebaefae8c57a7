package org.dossier.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.tei.SourceException;
import org.dossier.model.Document;
import org.dossier.model.Ids;

/**
 * Brings {@code edition.json}'s list of documents in line with the files on disk, after a crash
 * or a hand edit. The files are the truth: every write renames a complete file into place
 * before it updates {@code edition.json}, so a crash can leave (a) a stray temporary file,
 * (b) a document file that is newer than its entry or has none, or (c) an entry whose file was
 * already deleted. Each is repaired here and described in one line. A file that cannot be read
 * as a document is not guessed at: it is reported as damaged and left out, with its entry kept.
 */
final class Reconciler {
  /**
   * The entries that match the files, in order, the documents whose removal was interrupted (now
   * removed), and what was changed to get them.
   */
  record Result(List<DocumentEntry> entries, List<RemovedDocument> removed, List<String> repairs,
      List<DamagedDocument> damaged) {
    Result {
      entries = List.copyOf(entries);
      removed = List.copyOf(removed);
      repairs = List.copyOf(repairs);
      damaged = List.copyOf(damaged);
    }
  }

  private final Path dir;
  private final DocumentFormat format;
  private final List<String> repairs = new ArrayList<>();
  private final List<RemovedDocument> removed = new ArrayList<>();
  private final List<DamagedDocument> damaged = new ArrayList<>();

  private Reconciler(Path dir, DocumentFormat format) {
    this.dir = dir;
    this.format = format;
  }

  /**
   * Compares {@code recorded} with the files of the edition in {@code dir}. With {@code writable},
   * stray temporary files are deleted; without, they are left alone (a writer may be using them).
   */
  static Result run(Path dir, DocumentFormat format, List<DocumentEntry> recorded, boolean writable)
      throws StoreException {
    Reconciler r = new Reconciler(dir, format);
    if (writable) {
      r.createDocumentsFolder();
      r.deleteTemporaries(dir);
      r.deleteTemporaries(dir.resolve(EditionStore.DOCUMENTS_DIR));
    }
    return new Result(r.reconcile(recorded), r.removed, r.repairs, r.damaged);
  }

  private List<DocumentEntry> reconcile(List<DocumentEntry> recorded) throws StoreException {
    Map<String, Path> files = documentFiles();
    Map<String, Path> aside = quarantinedFiles();
    Map<String, DocumentEntry> result = new LinkedHashMap<>();
    for (DocumentEntry entry : recorded) {
      Path file = files.get(entry.id());
      String expected = EditionStore.relativeFile(entry.id(), format);
      if (file == null) {
        Path q = aside.get(entry.id());
        if (q != null) {
          // Moved aside by a check: still listed, so that a re-import or a removal mends it.
          result.put(entry.id(), entry);
          damaged.add(quarantined(entry.id(), q));
          continue;
        }
        repairs.add("dropped document " + entry.id() + ": its file " + expected + " is missing");
        removed.add(new RemovedDocument(entry.id(), EditionStore.now()));
        continue;
      }
      byte[] bytes = read(file);
      String sha = AtomicFiles.sha256(bytes);
      if (sha.equals(entry.sha256()) && expected.equals(entry.file())) {
        result.put(entry.id(), entry);
        continue;
      }
      try {
        result.put(entry.id(), entry(entry.id(), file, bytes, sha));
        repairs.add("re-read " + expected + ": it changed after edition.json was written");
      } catch (CorruptEditionException e) {
        // One damaged file must not make the edition unusable: it keeps its entry and is left out.
        result.put(entry.id(), entry);
        damaged.add(new DamagedDocument(entry.id(), expected, e.getMessage()));
      }
    }
    Set<String> listed = new HashSet<>(result.keySet());
    for (Map.Entry<String, Path> f : files.entrySet()) {
      if (listed.contains(f.getKey())) continue;
      byte[] bytes = read(f.getValue());
      String relative = EditionStore.relativeFile(f.getKey(), format);
      try {
        result.put(f.getKey(), entry(f.getKey(), f.getValue(), bytes, AtomicFiles.sha256(bytes)));
        repairs.add("added " + relative + ": it was not yet in edition.json");
      } catch (CorruptEditionException e) {
        damaged.add(new DamagedDocument(f.getKey(), relative, e.getMessage()));
      }
    }
    for (Map.Entry<String, Path> q : aside.entrySet()) {
      if (!listed.contains(q.getKey()) && !files.containsKey(q.getKey())) damaged.add(quarantined(q.getKey(), q.getValue()));
    }
    return new ArrayList<>(result.values());
  }

  /** The files a check moved aside, by id. */
  private Map<String, Path> quarantinedFiles() throws StoreException {
    return filesById(dir.resolve(EditionStore.QUARANTINE_DIR), false);
  }

  /** A document moved aside, with the problem its check wrote beside it. */
  private DamagedDocument quarantined(String id, Path file) {
    String problem;
    try {
      byte[] why = Files.readAllBytes(EditionStore.problemFile(file));
      problem = new String(why, 0, Math.min(why.length, 4096), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      problem = "moved aside by dossier check";
    }
    return new DamagedDocument(id, EditionStore.QUARANTINE_DIR + "/" + file.getFileName(), problem);
  }

  /** The document files by id, sorted by id so that additions come in a stable order. */
  private Map<String, Path> documentFiles() throws StoreException {
    return filesById(dir.resolve(EditionStore.DOCUMENTS_DIR), true);
  }

  private Map<String, Path> filesById(Path folder, boolean report) throws StoreException {
    Map<String, Path> files = new TreeMap<>();
    if (!Files.isDirectory(folder)) return files;
    String suffix = "." + format.extension();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path p : stream) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") || !name.endsWith(suffix) || !Files.isRegularFile(p)) continue;
        String id = name.substring(0, name.length() - suffix.length());
        if (!Ids.isUrlSafe(id)) {
          if (report) repairs.add("ignored " + EditionStore.DOCUMENTS_DIR + "/" + name + ": not a valid document id");
          continue;
        }
        files.put(id, p);
      }
    } catch (IOException e) {
      throw StoreException.io("cannot read", folder, e);
    }
    return files;
  }

  private DocumentEntry entry(String id, Path file, byte[] bytes, String sha) throws StoreException {
    Document doc = parse(format, file, bytes);
    if (!doc.id().equals(id)) {
      throw new CorruptEditionException(
          "the file holds document '" + doc.id() + "', but its name says '" + id + "'", file, 0, 0, null);
    }
    // The file was renamed into place when it was written: its time is the document's datestamp.
    return DocumentEntry.of(doc, EditionStore.relativeFile(id, format), sha, lastModified(file));
  }

  /** When {@code file} was last written, or now when that cannot be read. */
  static Instant lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return EditionStore.now(); // the file is gone or unreadable; the open that follows says so
    }
  }

  /** Parses a stored document, turning a format error into a {@link CorruptEditionException}. */
  static Document parse(DocumentFormat format, Path file, byte[] bytes) throws CorruptEditionException {
    try {
      return format.read(new ByteArrayInputStream(bytes), file.getFileName().toString());
    } catch (SourceException e) {
      // The exception's message ends with its own "(at name:line:column)"; ours names the full path.
      String message = String.valueOf(e.getMessage()).replaceFirst(" \\(at [^()]*\\)$", "");
      throw new CorruptEditionException("cannot read the document: " + message, file, e.line(), e.column(), e);
    } catch (IOException e) {
      throw new CorruptEditionException("cannot read the document: " + StoreException.reason(e), file, 0, 0, e);
    } catch (IllegalArgumentException e) {
      // The model's validation rejected what the reader built: the file is not a valid document.
      throw new CorruptEditionException("not a valid document: " + e.getMessage(), file, 0, 0, e);
    }
  }

  private static byte[] read(Path file) throws StoreException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new StoreException(file + " disappeared while the edition was being opened; is another process writing?", e);
    } catch (IOException e) {
      throw StoreException.io("cannot read", file, e);
    }
  }

  private void createDocumentsFolder() throws StoreException {
    Path docs = dir.resolve(EditionStore.DOCUMENTS_DIR);
    if (Files.isDirectory(docs)) return;
    try {
      Files.createDirectory(docs);
      AtomicFiles.syncFolder(dir);
    } catch (IOException e) {
      throw StoreException.io("cannot write to", dir, e);
    }
    repairs.add("created the missing folder " + EditionStore.DOCUMENTS_DIR);
  }

  private void deleteTemporaries(Path folder) throws StoreException {
    if (!Files.isDirectory(folder)) return;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path p : stream) {
        if (AtomicFiles.isTemporary(p.getFileName().toString()) && Files.isRegularFile(p)) {
          AtomicFiles.delete(p);
          repairs.add("deleted unfinished temporary file " + dir.relativize(p).toString().replace('\\', '/'));
        }
      }
    } catch (IOException e) {
      throw StoreException.io("cannot write to", folder, e);
    }
  }
}
