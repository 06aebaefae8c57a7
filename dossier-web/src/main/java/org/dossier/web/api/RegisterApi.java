package org.dossier.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.dossier.app.RegisterBook;
import org.dossier.model.Edition;
import org.dossier.model.Ids;
import org.dossier.model.RegisterEntry;
import org.dossier.web.RegisterBooks;
import org.dossier.web.reader.RegisterPages;
import org.jspecify.annotations.Nullable;

/** The handlers of {@code /api/editions/{edition}/registers/…}: the registers and their entries as JSON. */
public final class RegisterApi {
  private final RegisterBooks books;

  /** Handlers over the registers kept in {@code books}. */
  public RegisterApi(RegisterBooks books) {
    this.books = Objects.requireNonNull(books, "books");
  }

  /**
   * A register's list of entries.
   *
   * @param edition the edition id
   * @param register {@code persons}, {@code places} or {@code terms}
   * @param query the filter, or null
   * @param total how many entries the register has
   * @param count how many entries match
   * @param entries the matching entries, alphabetically
   */
  public record RegisterDto(String edition, String register, @Nullable String query, int total, int count,
      List<EntryDto> entries) {}

  /**
   * An entry in a list.
   *
   * @param id the register id
   * @param name the name as printed
   * @param description what the register says, or null
   * @param mentions how many mentions the edition has
   * @param url the entry's page, or null when its id is not URL-safe
   * @param api the entry's JSON, or null likewise
   */
  public record EntryDto(String id, String name, @Nullable String description, int mentions, @Nullable String url,
      @Nullable String api) {}

  /**
   * An entry with its mentions.
   *
   * @param edition the edition id
   * @param register the register
   * @param id the register id
   * @param name the name
   * @param description what the register says, or null
   * @param mentions how many mentions in all
   * @param documents the documents that mention it, in edition order
   */
  public record EntryPageDto(String edition, String register, String id, String name, @Nullable String description,
      int mentions, List<DocumentDto> documents) {}

  /**
   * The mentions in one document.
   *
   * @param id the document id
   * @param number its printed number, or null
   * @param title its title
   * @param url the document page
   * @param mentions how many mentions in it
   * @param sites where, in reading order
   */
  public record DocumentDto(String id, @Nullable String number, String title, String url, int mentions,
      List<SiteDto> sites) {}

  /**
   * One place of mentions.
   *
   * @param where {@code title}, {@code paragraph}, {@code speaker} or {@code note}
   * @param paragraph the paragraph number (paragraph, speaker), or null
   * @param note the note number (note), or null
   * @param count how many mentions there
   * @param url its permalink
   */
  public record SiteDto(String where, @Nullable Integer paragraph, @Nullable Integer note, int count, String url) {}

  /** {@code GET /api/editions/{edition}/registers/{register}[?q=…]}. */
  public void register(Context ctx) {
    RegisterBook.Kind kind = books.expectKind(ctx.pathParam("edition"), ctx.pathParam("register"));
    RegisterBook book = books.expectBook(ctx.pathParam("edition"));
    String query = RegisterPages.query(ctx.queryParam("q"));
    Edition e = book.edition();
    List<EntryDto> entries = book.find(kind, query).stream().map(p -> entry(book, kind, p)).toList();
    Json.send(ctx, new RegisterDto(e.id(), kind.jsonName(), query.isEmpty() ? null : query,
        book.entries(kind).size(), entries.size(), entries));
  }

  /** {@code GET /api/editions/{edition}/registers/{register}/{id}}. */
  public void entry(Context ctx) {
    RegisterBook.Kind kind = books.expectKind(ctx.pathParam("edition"), ctx.pathParam("register"));
    RegisterBook book = books.expectBook(ctx.pathParam("edition"));
    RegisterEntry p = RegisterBooks.expectEntry(book, kind, ctx.pathParam("id"));
    String e = book.edition().id();
    List<DocumentDto> documents = book.mentionsOf(p.id()).stream().map(d -> {
      String url = "/" + e + "/" + d.document();
      List<SiteDto> sites = d.sites().stream().map(s -> switch (s.where()) {
        case TITLE -> new SiteDto("title", null, null, s.count(), url + "#doc-title");
        case PARAGRAPH, SPEAKER -> new SiteDto(s.where().jsonName(), s.n(), null, s.count(), url + "#p" + s.n());
        case NOTE -> new SiteDto("note", null, s.n(), s.count(), url + "#n" + s.n());
      }).toList();
      return new DocumentDto(d.document(), d.number(), d.title(), url, d.count(), sites);
    }).toList();
    Json.send(ctx, new EntryPageDto(e, kind.jsonName(), p.id(), p.name(), p.description(), book.mentionCount(p.id()),
        documents));
  }

  private static EntryDto entry(RegisterBook book, RegisterBook.Kind kind, RegisterEntry p) {
    boolean safe = Ids.isUrlSafe(p.id());
    String e = book.edition().id();
    return new EntryDto(p.id(), p.name(), p.description(), book.mentionCount(p.id()),
        safe ? "/" + e + "/" + kind.jsonName() + "/" + p.id() : null,
        safe ? "/api/editions/" + e + "/registers/" + kind.jsonName() + "/" + p.id() : null);
  }
}
