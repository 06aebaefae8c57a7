package org.dossier.web;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.app.RegisterBook;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.RegisterEntry;
import org.jspecify.annotations.Nullable;

/**
 * The register books of the served editions, shared by the register pages and the API. Reading
 * every document per request would not scale to a volume of hundreds of documents, so a book is
 * made on the first visit to a register and kept while its edition's revision and table of
 * contents stay the same.
 */
public final class RegisterBooks {
  private final Library library;
  private final Map<String, Kept> books = new ConcurrentHashMap<>();

  private record Kept(EditionSource source, long revision, List<DocumentSummary> toc, RegisterBook book) {}

  /** The books of the editions of {@code library}. */
  public RegisterBooks(Library library) {
    this.library = Objects.requireNonNull(library, "library");
  }

  /** The book of edition {@code edition}. @throws NotFoundException if it is not served */
  public RegisterBook expectBook(String edition) {
    EditionSource s = library.expectEdition(edition);
    long revision = s.revision();
    List<DocumentSummary> toc = s.documents();
    Kept kept = books.get(s.edition().id());
    if (kept != null && kept.source() == s && kept.revision() == revision && kept.toc().equals(toc)) return kept.book();
    RegisterBook book = RegisterBook.of(s.edition(), () -> documents(s, toc));
    books.put(s.edition().id(), new Kept(s, revision, toc, book));
    return book;
  }

  /**
   * The register named {@code name} ({@code persons}, {@code places}, {@code terms}) of edition
   * {@code edition}, checked before any book is made.
   *
   * @throws NotFoundException if the edition is not served or has no such register
   */
  public RegisterBook.Kind expectKind(String edition, String name) {
    Edition e = library.expectEdition(edition).edition();
    RegisterBook.Kind kind = RegisterBook.Kind.fromJsonName(name)
        .orElseThrow(() -> new NotFoundException("no register '" + name + "': persons, places or terms"));
    if (kind.of(e).isEmpty()) throw new NotFoundException("edition '" + e.id() + "' has no register of " + kind.jsonName());
    return kind;
  }

  /** Entry {@code id} of register {@code kind}. @throws NotFoundException if none; BadRequestException if malformed */
  public static RegisterEntry expectEntry(RegisterBook book, RegisterBook.Kind kind, String id) {
    Library.checkId(id, "register entry");
    return book.findEntry(kind, id)
        .orElseThrow(() -> new NotFoundException("the register of " + kind.jsonName() + " has no entry '" + id + "'"));
  }

  /** The documents of the table of contents, read one at a time as the book is made. */
  private static Iterator<Document> documents(EditionSource s, List<DocumentSummary> toc) {
    Iterator<DocumentSummary> ids = toc.iterator();
    return new Iterator<>() {
      private @Nullable Document next = advance();

      private @Nullable Document advance() {
        while (ids.hasNext()) {
          Document d = s.find(ids.next().id()).orElse(null);
          if (d != null) return d;
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Document next() {
        if (next == null) throw new NoSuchElementException();
        Document d = next;
        next = advance();
        return d;
      }
    };
  }
}
