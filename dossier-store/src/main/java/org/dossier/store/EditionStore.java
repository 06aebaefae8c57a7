package org.dossier.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Ids;
import org.jspecify.annotations.Nullable;

/**
 * An edition folder: the source of truth for one edition. The folder holds {@code edition.json}
 * (the edition's metadata, registers and the list of its documents with their content hashes)
 * and one file per document under {@code documents/}, Dossier TEI P5 by default. See
 * {@code docs/store.md} for the file formats.
 *
 * <p><b>Crash safety.</b> Every file is replaced atomically (temporary file, fsync, rename,
 * fsync of the folder), and a document file is always written before {@code edition.json}
 * mentions it (and deleted before {@code edition.json} forgets it). A process killed at any
 * moment therefore leaves each document either old or new, never half-written; {@link #open}
 * repairs what is left over and reports it in {@link #repairs()}. A call that returns has made
 * its change durable; a {@link #batch()}, when it is closed.
 *
 * <p><b>Damaged files.</b> A document file that cannot be read (cut short, edited by hand) is not
 * guessed at and does not stop the edition from opening: it is listed in {@link #damaged()} and
 * left out of everything else; {@link #quarantine} moves it aside, and {@link #put} or {@link
 * #remove} of its id mends the edition.
 *
 * <p><b>One writer.</b> A writable store holds an OS lock on {@code .lock} until {@link #close()};
 * a second writer gets {@link StoreLockedException}. {@link #openReadOnly} takes no lock and
 * never writes. Within a process the methods are thread-safe.
 *
 * <p><b>Order.</b> {@link #documents()} lists documents in the order they were first added;
 * replacing a document keeps its place. Documents found by {@link #open}'s repair are appended,
 * sorted by id.
 *
 * <pre>{@code
 * try (EditionStore store = EditionStore.init(dir, "consul-letters", "Letters of a Consul")) {
 *   store.put(document);                 // durable when it returns
 *   Document d = store.expect("memo-7"); // reads documents/memo-7.xml
 * }
 * }</pre>
 */
public final class EditionStore implements AutoCloseable {
  /** The name of the edition's metadata file. */
  public static final String EDITION_FILE = "edition.json";
  /** The folder of the document files. */
  public static final String DOCUMENTS_DIR = "documents";
  /** The folder where {@link #quarantine} moves damaged document files. */
  public static final String QUARANTINE_DIR = ".quarantine";
  static final String LOCK_FILE = ".lock";

  private final Path dir;
  private final DocumentFormat format;
  private final @Nullable StoreLock lock;
  private final List<String> repairs;
  private final Map<String, DocumentEntry> entries = new LinkedHashMap<>();
  /** Removed documents by id, in the order they were removed: what harvesters learn as deleted records. */
  private final Map<String, RemovedDocument> removed = new LinkedHashMap<>();
  /** Lower-cased id to id: two ids differing only in case would share a file on macOS and Windows. */
  private final Map<String, String> folded = new HashMap<>();
  /** Documents whose files cannot be read, by id: left out of every listing and lookup until mended. */
  private final Map<String, DamagedDocument> damaged = new LinkedHashMap<>();
  private Edition edition;
  private boolean closed;
  /** Counts this object's writes, so readers can keep what they derive until the next write. */
  private long revision;

  private EditionStore(Path dir, DocumentFormat format, @Nullable StoreLock lock, Edition edition,
      List<DocumentEntry> documents, List<RemovedDocument> removals, List<String> repairs,
      List<DamagedDocument> damagedFiles) {
    this.dir = dir;
    this.format = format;
    this.lock = lock;
    this.edition = edition;
    this.repairs = List.copyOf(repairs);
    for (DocumentEntry e : documents) index(e);
    for (RemovedDocument r : removals) if (!entries.containsKey(r.id())) removed.put(r.id(), r);
    for (DamagedDocument d : damagedFiles) damaged.put(d.id(), d);
  }

  /** Creates an edition in {@code dir} (absent or empty) with the TEI format; see {@link #init(Path, String, String, DocumentFormat)}. */
  public static EditionStore init(Path dir, String editionId, String title) throws StoreException {
    return init(dir, editionId, title, DocumentFormat.tei());
  }

  /**
   * Creates an edition in {@code dir}, which must be absent or an empty folder, and opens it for
   * writing.
   *
   * @throws IllegalArgumentException if {@code editionId} is not URL-safe or {@code title} is blank
   * @throws StoreException if {@code dir} is a file or a non-empty folder, or cannot be written
   */
  public static EditionStore init(Path dir, String editionId, String title, DocumentFormat format)
      throws StoreException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(format, "format");
    Edition edition = Edition.titled(editionId, title);
    Path abs = dir.toAbsolutePath().normalize();
    if (Files.exists(abs.resolve(EDITION_FILE))) throw new StoreException(abs + " is already a Dossier edition");
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new StoreException("cannot create an edition in " + abs + ": it is a file, not a folder");
    }
    requireEmpty(abs);
    try {
      Files.createDirectories(abs);
    } catch (IOException e) {
      throw StoreException.io("cannot write to", abs, e);
    }
    StoreLock lock = StoreLock.acquire(abs);
    try {
      Path docs = abs.resolve(DOCUMENTS_DIR);
      try {
        Files.createDirectories(docs);
        if (abs.getParent() != null) AtomicFiles.syncFolder(abs.getParent()); // the new folder's own entry
      } catch (IOException e) {
        throw StoreException.io("cannot write to", abs, e);
      }
      EditionStore store = new EditionStore(abs, format, lock, edition, List.of(), List.of(), List.of(), List.of());
      store.save();
      return store;
    } catch (StoreException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Opens the edition in {@code dir} for writing, with the TEI format; see {@link #open(Path, DocumentFormat)}. */
  public static EditionStore open(Path dir) throws StoreException {
    return open(dir, DocumentFormat.tei());
  }

  /**
   * Opens the edition in {@code dir} for writing: takes the writer's lock, repairs what a crash
   * left behind (see {@link #repairs()}) and saves the repaired {@code edition.json}.
   *
   * @throws NotAnEditionException if {@code dir} has no {@code edition.json}
   * @throws CorruptEditionException if {@code edition.json} or a document file cannot be read,
   *     naming the file and position
   * @throws StoreLockedException if another writer has the edition open
   * @throws StoreException if the folder cannot be read or written
   */
  public static EditionStore open(Path dir, DocumentFormat format) throws StoreException {
    return open(dir, format, true);
  }

  /** Opens the edition in {@code dir} read-only, with the TEI format; see {@link #openReadOnly(Path, DocumentFormat)}. */
  public static EditionStore openReadOnly(Path dir) throws StoreException {
    return openReadOnly(dir, DocumentFormat.tei());
  }

  /**
   * Opens the edition in {@code dir} for reading only. It takes no lock and never writes, so it
   * works beside a writer and on read-only media; leftovers of a crash are repaired in memory
   * only. Mutating methods throw {@link IllegalStateException}.
   *
   * @throws NotAnEditionException if {@code dir} has no {@code edition.json}
   * @throws CorruptEditionException if {@code edition.json} or a document file cannot be read
   * @throws StoreException if the folder cannot be read
   */
  public static EditionStore openReadOnly(Path dir, DocumentFormat format) throws StoreException {
    return open(dir, format, false);
  }

  private static EditionStore open(Path dir, DocumentFormat format, boolean writable) throws StoreException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(format, "format");
    Path abs = dir.toAbsolutePath().normalize();
    if (!Files.exists(abs)) throw new NotAnEditionException(abs, "no such folder");
    if (!Files.isDirectory(abs)) throw new NotAnEditionException(abs, "a file, not a folder");
    Path json = abs.resolve(EDITION_FILE);
    if (!Files.isRegularFile(json)) throw new NotAnEditionException(abs, "no " + EDITION_FILE);
    StoreLock lock = writable ? StoreLock.acquire(abs) : null;
    try {
      Path docs = abs.resolve(DOCUMENTS_DIR);
      EditionJson.Content content = EditionJson.parse(readAll(json), json,
          id -> Reconciler.lastModified(docs.resolve(id + "." + format.extension())));
      Reconciler.Result r = Reconciler.run(abs, format, content.documents(), writable);
      List<RemovedDocument> removals = new ArrayList<>(content.removed());
      removals.addAll(r.removed());
      EditionStore store = new EditionStore(abs, format, lock, content.edition(), r.entries(), removals, r.repairs(),
          r.damaged());
      if (writable && !r.repairs().isEmpty()) store.save();
      return store;
    } catch (StoreException | RuntimeException e) {
      if (lock != null) lock.close();
      throw e;
    }
  }

  /** The edition folder, absolute. */
  public Path dir() {
    return dir;
  }

  /** Whether this store was opened with {@link #openReadOnly}. */
  public boolean isReadOnly() {
    return lock == null;
  }

  /** What {@link #open} repaired (one sentence each), empty when the edition was in order. */
  public List<String> repairs() {
    return repairs;
  }

  /** The edition's metadata and registers. */
  public synchronized Edition edition() {
    return edition;
  }

  /**
   * Replaces the edition's title, editors, publisher, licence, imprint and registers with those of
   * {@code newEdition}, keeping this store's id, and saves {@code edition.json}.
   */
  public synchronized void setEdition(Edition newEdition) throws StoreException {
    Objects.requireNonNull(newEdition, "newEdition");
    requireWritable();
    Edition previous = edition;
    edition = new Edition(previous.id(), newEdition.title(), newEdition.editors(), newEdition.publisher(),
        newEdition.licence(), newEdition.persons(), newEdition.places(), newEdition.terms(), newEdition.imprint());
    try {
      save();
    } catch (StoreException e) {
      edition = previous;
      throw e;
    }
  }

  /**
   * The stored documents, in the order they were first added (see the class comment), without the
   * {@link #damaged()} ones.
   */
  public synchronized List<DocumentEntry> documents() {
    if (damaged.isEmpty()) return List.copyOf(entries.values());
    return entries.values().stream().filter(e -> !damaged.containsKey(e.id())).toList();
  }

  /**
   * The document files that cannot be read, in the order they were found: those whose file
   * changed into something unreadable since {@code edition.json} was written (found when the
   * edition is opened) and those {@link #quarantine}d. Every other method passes over them, so
   * that one damaged file leaves the rest of the edition usable.
   */
  public synchronized List<DamagedDocument> damaged() {
    return List.copyOf(damaged.values());
  }

  /**
   * Moves the file of document {@code id} aside into {@code .quarantine/}, with {@code problem}
   * written beside it, and leaves the document out from now on (it stays listed in {@code
   * edition.json}, so that the next open still reports it). For a document whose file was found
   * unreadable, by this store or by a caller reading it back. {@link #put} of the same id, or
   * {@link #remove}, mends it.
   *
   * @return the damaged document, as {@link #damaged()} lists it
   * @throws IllegalArgumentException if the edition neither lists nor holds document {@code id}
   * @throws StoreException if the file cannot be moved
   */
  public synchronized DamagedDocument quarantine(String id, String problem) throws StoreException {
    Objects.requireNonNull(problem, "problem");
    requireWritable();
    DamagedDocument known = damaged.get(id);
    if (known == null && !entries.containsKey(id)) {
      throw new IllegalArgumentException("edition " + edition.id() + " has no document '" + id + "'");
    }
    if (known != null && known.quarantined()) return known;
    Path file = documentPath(id);
    Path aside = dir.resolve(QUARANTINE_DIR).resolve(file.getFileName().toString());
    try {
      Files.createDirectories(aside.getParent());
      AtomicFiles.write(problemFile(aside), out -> out.write((problem + "\n").getBytes(StandardCharsets.UTF_8)));
      Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      AtomicFiles.syncFolder(aside.getParent());
      AtomicFiles.syncFolder(file.getParent());
    } catch (IOException e) {
      throw StoreException.io("cannot move aside", file, e);
    }
    DamagedDocument d = new DamagedDocument(id, QUARANTINE_DIR + "/" + aside.getFileName(), problem);
    damaged.put(id, d);
    save(); // a new edition.json tells a reader in another process to look again
    return d;
  }

  /** The file beside a quarantined document that says why it was moved aside. */
  static Path problemFile(Path quarantined) {
    return quarantined.resolveSibling(quarantined.getFileName() + ".problem");
  }

  /**
   * The documents removed from this edition (and not stored again since), in the order they were
   * removed, each with the time of its removal: kept for good, so that a harvester that comes back
   * after months still learns of a removal.
   */
  public synchronized List<RemovedDocument> removed() {
    return List.copyOf(removed.values());
  }

  /** The entry of document {@code id}, if stored. */
  public synchronized Optional<DocumentEntry> findEntry(String id) {
    return damaged.containsKey(id) ? Optional.empty() : Optional.ofNullable(entries.get(id));
  }

  /** Whether the edition holds document {@code id}. */
  public synchronized boolean contains(String id) {
    return entries.containsKey(id) && !damaged.containsKey(id);
  }

  /**
   * The SHA-256 (lower-case hex) of document {@code id}'s file; it changes exactly when the
   * stored document changes, so an index can tell what it must refresh.
   *
   * @throws DocumentNotFoundException if there is no such document
   */
  public synchronized String hash(String id) throws DocumentNotFoundException {
    DocumentEntry e = damaged.containsKey(id) ? null : entries.get(id);
    if (e == null) throw new DocumentNotFoundException(id, edition.id());
    return e.sha256();
  }

  /**
   * Reads document {@code id} from its file, or empty if the edition has no such document.
   *
   * @throws CorruptEditionException if the file cannot be parsed, naming file:line:column
   * @throws StoreException if the file cannot be read
   */
  public Optional<Document> find(String id) throws StoreException {
    Path file;
    synchronized (this) {
      requireOpen();
      if (!contains(id)) return Optional.empty();
      file = documentPath(id);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty(); // removed since this store was opened (by the writer, if we are read-only)
    } catch (IOException e) {
      throw StoreException.io("cannot read", file, e);
    }
    return Optional.of(Reconciler.parse(format, file, bytes));
  }

  /**
   * Reads document {@code id} from its file.
   *
   * @throws DocumentNotFoundException naming the id and the edition if there is no such document
   * @throws CorruptEditionException if the file cannot be parsed
   * @throws StoreException if the file cannot be read
   */
  public Document expect(String id) throws StoreException {
    Optional<Document> d = find(id);
    if (d.isEmpty()) throw new DocumentNotFoundException(id, edition().id());
    return d.get();
  }

  /**
   * Adds {@code document}, or replaces the stored document with the same id, and saves
   * {@code edition.json}. The document's {@code edition} is set to this edition's id. When this
   * returns, the change is durable.
   *
   * @throws StoreException if a file cannot be written (the stored document is then unchanged),
   *     or if the id differs only in case from a stored one
   */
  public synchronized void put(Document document) throws StoreException {
    Objects.requireNonNull(document, "document");
    requireWritable();
    writeDocument(document, true);
    save();
  }

  /**
   * Adds or replaces {@code documents} (an import): each file is written atomically, then
   * {@code edition.json} once. If a write fails, the documents written before it stay stored and
   * listed, and the exception is thrown.
   */
  public synchronized void putAll(Collection<Document> documents) throws StoreException {
    Objects.requireNonNull(documents, "documents");
    try (Batch batch = batch()) {
      for (Document d : documents) batch.put(d);
    }
  }

  /**
   * Starts adding or replacing documents one at a time, for an import too large to hold in
   * memory: each {@link Batch#put} writes one file atomically, and {@link Batch#close()} saves
   * {@code edition.json} once. Until then a crash leaves files that {@link #open} adds back. The
   * batch is durable when {@code close()} returns: the renames of its files are forced to disk
   * once, there, before {@code edition.json} mentions them, rather than once a document.
   *
   * <pre>{@code
   * try (EditionStore.Batch batch = store.batch()) {
   *   for (Path staged : files) batch.put(read(staged)); // one document in memory at a time
   * }                                                    // edition.json saved here
   * }</pre>
   *
   * @throws IllegalStateException if the store is closed or read-only
   */
  public synchronized Batch batch() {
    requireWritable();
    return new Batch();
  }

  /**
   * Documents written one at a time, listed in {@code edition.json} when the batch is closed
   * (also after a failed put, so that what was written stays listed, as with {@link #putAll}).
   */
  public final class Batch implements AutoCloseable {
    private boolean closed;
    private boolean written;

    private Batch() {}

    /**
     * Adds {@code document}, or replaces the stored document with the same id, as {@link #put}
     * does, but leaves {@code edition.json} to {@link #close()}.
     *
     * @return the entry {@code edition.json} will list, with the file's content hash
     * @throws StoreException if the file cannot be written, or if the id differs only in case
     *     from a stored one
     */
    public DocumentEntry put(Document document) throws StoreException {
      Objects.requireNonNull(document, "document");
      synchronized (EditionStore.this) {
        if (closed) throw new IllegalStateException("the batch of " + dir + " is closed");
        requireWritable();
        written = true;
        return writeDocument(document, false);
      }
    }

    /** Saves {@code edition.json} with every document put so far; later puts are refused. */
    @Override
    public void close() throws StoreException {
      synchronized (EditionStore.this) {
        if (closed) return;
        closed = true;
        if (written) {
          Path docs = dir.resolve(DOCUMENTS_DIR);
          try {
            AtomicFiles.syncFolder(docs);
          } catch (IOException e) {
            throw StoreException.io("cannot write to", docs, e);
          }
        }
        save();
      }
    }
  }

  /**
   * Removes document {@code id}: its file first, then its entry in {@code edition.json}.
   *
   * @return whether there was such a document
   */
  public synchronized boolean remove(String id) throws StoreException {
    Objects.requireNonNull(id, "id");
    requireWritable();
    if (!entries.containsKey(id) && !damaged.containsKey(id)) return false;
    Path file = documentPath(id);
    try {
      AtomicFiles.delete(file);
    } catch (IOException e) {
      throw StoreException.io("cannot delete", file, e);
    }
    forgetDamage(id);
    entries.remove(id);
    folded.remove(id.toLowerCase(Locale.ROOT));
    removed.put(id, new RemovedDocument(id, now()));
    save();
    return true;
  }

  /** Releases the writer's lock. Later calls fail with {@link IllegalStateException}. */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    if (lock != null) lock.close();
  }

  @Override
  public synchronized String toString() {
    return "EditionStore[" + edition.id() + " at " + dir + ", " + documents().size() + " documents"
        + (lock == null ? ", read-only" : "") + (closed ? ", closed" : "") + "]";
  }

  /** The file of document {@code id}, relative to the edition folder, with {@code /}. */
  static String relativeFile(String id, DocumentFormat format) {
    return DOCUMENTS_DIR + "/" + id + "." + format.extension();
  }

  private Path documentPath(String id) {
    return dir.resolve(DOCUMENTS_DIR).resolve(id + "." + format.extension());
  }

  /** Writes one document file; {@code syncFolder} false leaves forcing the rename to the caller. */
  private DocumentEntry writeDocument(Document document, boolean syncFolder) throws StoreException {
    Document stored = edition.id().equals(document.edition()) ? document
        : document.toBuilder().edition(edition.id()).build();
    String id = stored.id();
    String other = folded.get(id.toLowerCase(Locale.ROOT));
    if (other != null && !other.equals(id)) {
      throw new StoreException("document id '" + id + "' differs from the stored '" + other
          + "' only in case; their files would collide on case-insensitive file systems");
    }
    Path file = documentPath(id);
    String sha;
    try {
      sha = AtomicFiles.write(file, out -> format.write(stored, out), syncFolder);
    } catch (IOException e) {
      throw StoreException.io("cannot write to", file, e);
    }
    DocumentEntry previous = entries.get(id);
    // The same bytes again (a re-import of an unchanged source) are no change a harvester must fetch.
    Instant modified = previous != null && previous.sha256().equals(sha) ? previous.modified() : now();
    DocumentEntry entry = DocumentEntry.of(stored, relativeFile(id, format), sha, modified);
    index(entry);
    removed.remove(id);
    forgetDamage(id);
    return entry;
  }

  /** Drops the damage recorded for {@code id}, and the copy moved aside, once the document is written or removed. */
  private void forgetDamage(String id) throws StoreException {
    if (damaged.remove(id) == null) return;
    Path aside = dir.resolve(QUARANTINE_DIR).resolve(id + "." + format.extension());
    try {
      Files.deleteIfExists(problemFile(aside));
      AtomicFiles.delete(aside);
    } catch (IOException e) {
      throw StoreException.io("cannot delete", aside, e);
    }
  }

  /** The time of a write, in the whole seconds of an OAI-PMH datestamp. */
  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  private void index(DocumentEntry e) {
    entries.put(e.id(), e); // a replaced key keeps its place in a LinkedHashMap
    folded.put(e.id().toLowerCase(Locale.ROOT), e.id());
  }

  /**
   * A number that changes whenever this store object writes (a document or the edition), so that
   * what a reader derives from {@link #documents()} can be kept until it changes.
   */
  public synchronized long revision() {
    return revision;
  }

  private void save() throws StoreException {
    revision++;
    Path json = dir.resolve(EDITION_FILE);
    EditionJson.Content content = new EditionJson.Content(edition, new ArrayList<>(entries.values()),
        new ArrayList<>(removed.values()));
    try {
      AtomicFiles.write(json, out -> EditionJson.write(content, out));
    } catch (IOException e) {
      throw StoreException.io("cannot write to", json, e);
    }
  }

  private void requireOpen() {
    if (closed) throw new IllegalStateException("the edition store " + dir + " is closed");
  }

  private void requireWritable() {
    requireOpen();
    if (lock == null) throw new IllegalStateException("the edition store " + dir + " was opened read-only");
  }

  private static void requireEmpty(Path dir) throws StoreException {
    if (!Files.isDirectory(dir)) return;
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        names.add(p.getFileName().toString());
        if (names.size() == 3) break;
      }
    } catch (IOException e) {
      throw StoreException.io("cannot read", dir, e);
    }
    if (!names.isEmpty()) {
      throw new StoreException("cannot create an edition in " + dir + ": the folder is not empty (it holds "
          + String.join(", ", names) + (names.size() == 3 ? ", …" : "") + ")");
    }
  }

  private static byte[] readAll(Path file) throws StoreException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw StoreException.io("cannot read", file, e);
    }
  }
}
