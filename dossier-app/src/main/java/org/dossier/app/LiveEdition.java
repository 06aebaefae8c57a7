package org.dossier.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.store.EditionStore;
import org.dossier.store.StoreException;
import org.jspecify.annotations.Nullable;

/**
 * One edition folder opened for reading, as it was when last opened: what the web reader, lists
 * and exports read. It takes no lock, so it works beside a writer; {@link #refresh()} opens the
 * folder again when another process has changed it. Thread-safe: a refresh swaps the whole state
 * at once, and a reader in the middle of a request keeps the state it started with.
 */
public final class LiveEdition {
  private final Path dir;
  private volatile State state;

  /**
   * One opened state of the folder: the store, what it lists, the version of edition.json it was
   * opened at, and its revision.
   */
  private record State(EditionStore store, List<ListedDocument> documents, @Nullable Object version, long revision) {
    State(EditionStore store, @Nullable Object version, long revision) {
      this(store, store.documents().stream().map(ListedDocument::of).toList(), version, revision);
    }
  }

  private LiveEdition(Path dir, State state) {
    this.dir = dir;
    this.state = state;
  }

  /**
   * Opens the edition in {@code dir} for reading.
   *
   * @throws AppException if {@code dir} is not an edition, or its {@code edition.json} or a
   *     document file cannot be read (the message names the file and position)
   */
  public static LiveEdition open(Path dir) throws AppException {
    Path abs = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
    Object version = version(abs);
    return new LiveEdition(abs, new State(openStore(abs), version, 0));
  }

  /**
   * Opens the folder again if its {@code edition.json} changed since it was last opened. When the
   * folder cannot be opened now (a writer is half-way, a file is damaged), the last good state is
   * kept and this returns false: a reader is better served by the edition as it was.
   *
   * @return whether what this edition serves changed
   */
  public synchronized boolean refresh() {
    Object version = version(dir);
    State current = state;
    if (version != null && version.equals(current.version())) return false;
    EditionStore fresh;
    try {
      fresh = openStore(dir);
    } catch (AppException e) {
      return false;
    }
    // The old store is not closed: a read-only store holds no lock or file, and a request may
    // still be reading through it; it goes with its last reader.
    state = new State(fresh, version, current.revision() + 1);
    return true;
  }

  /** The edition folder, absolute. */
  public Path dir() {
    return dir;
  }

  /** The edition's metadata and registers. */
  public Edition edition() {
    return state.store().edition();
  }

  /** Every document as {@code edition.json} lists it, in edition order. */
  public List<ListedDocument> documents() {
    return state.documents();
  }

  /**
   * The documents removed from the edition (and not stored again), each with the time of its
   * removal, in the order of removal: what OAI-PMH harvesters see as deleted records.
   */
  public List<Removal> removed() {
    return state.store().removed().stream().map(r -> new Removal(r.id(), r.removed())).toList();
  }

  /**
   * A document removed from the edition.
   *
   * @param id its id
   * @param removed when it was removed (UTC, whole seconds)
   */
  public record Removal(String id, Instant removed) {}

  /**
   * The document files that cannot be read (found when the folder was opened, or moved aside by a
   * check): left out of {@link #documents()} and every lookup.
   */
  public List<DamagedFile> damaged() {
    return Stores.damaged(state.store());
  }

  /** Document {@code id} as {@code edition.json} lists it, if the edition has it. */
  public Optional<ListedDocument> findEntry(String id) {
    return state.store().findEntry(id).map(ListedDocument::of);
  }

  /**
   * Reads document {@code id}, or empty if the edition has none.
   *
   * @throws AppException if its file cannot be read or parsed (the message names file:line:column)
   */
  public Optional<Document> find(String id) throws AppException {
    try {
      return state.store().find(id);
    } catch (StoreException e) {
      throw new AppException(e.getMessage(), e);
    }
  }

  /**
   * Reads document {@code id}.
   *
   * @throws AppException naming the document and the edition if there is none, or if its file
   *     cannot be read
   */
  public Document expect(String id) throws AppException {
    Optional<Document> d = find(id);
    if (d.isEmpty()) throw new AppException("no document '" + id + "' in " + dir);
    return d.get();
  }

  /**
   * A number that changes whenever {@link #refresh()} opens a new state, so that what a reader
   * derives from this edition (a table of contents, a rendered page) can be kept until then.
   */
  public long revision() {
    return state.revision();
  }

  @Override
  public String toString() {
    return "LiveEdition[" + dir + ", revision " + state.revision() + "]";
  }

  private static EditionStore openStore(Path dir) throws AppException {
    try {
      return EditionStore.openReadOnly(dir);
    } catch (StoreException e) {
      throw new AppException(e.getMessage(), e);
    }
  }

  /**
   * What identifies one version of {@code edition.json}: the store replaces it by renaming a new
   * file over it, so the file key (inode) changes even when the clock is too coarse to tell.
   */
  private static @Nullable Object version(Path edition) {
    try {
      BasicFileAttributes a = Files.readAttributes(edition.resolve(EditionStore.EDITION_FILE), BasicFileAttributes.class);
      return Arrays.asList(a.fileKey(), a.lastModifiedTime(), a.size());
    } catch (IOException e) {
      return null;
    }
  }
}
