package org.dossier.web.reader;

import io.javalin.http.Context;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dossier.app.RegisterBook;
import org.dossier.model.Affiliation;
import org.dossier.model.Edition;
import org.dossier.model.Ids;
import org.dossier.model.RegisterEntry;
import org.dossier.web.BadRequestException;
import org.dossier.web.RegisterBooks;

/** The handlers of the register pages: {@code /{edition}/persons}, {@code /terms}, {@code /places} and their entries. */
public final class RegisterPages {
  /** A filter longer than any name is a mistake or an attack, not a name. */
  static final int MAX_QUERY = 200;

  private final RegisterBooks books;

  /** Pages over the registers kept in {@code books}. */
  public RegisterPages(RegisterBooks books) {
    this.books = Objects.requireNonNull(books, "books");
  }

  /** {@code GET /{edition}/{register}[?q=Горбачёв]}: the register, A–Z, filtered by any spelling or script. */
  public void register(Context ctx, String register) {
    RegisterBook.Kind kind = books.expectKind(ctx.pathParam("edition"), register);
    RegisterBook book = books.expectBook(ctx.pathParam("edition"));
    String query = query(ctx.queryParam("q"));
    Edition e = book.edition();
    List<RegisterEntry> shown = book.find(kind, query);
    Map<String, List<RegisterView.Entry>> byLetter = new LinkedHashMap<>();
    for (RegisterEntry entry : shown) {
      byLetter.computeIfAbsent(initial(entry.name()), x -> new ArrayList<>()).add(entry(book, kind, entry));
    }
    List<RegisterView.Letter> letters = new ArrayList<>();
    for (char c = 'A'; c <= 'Z'; c++) letters.add(new RegisterView.Letter(String.valueOf(c), byLetter.containsKey(String.valueOf(c))));
    byLetter.keySet().stream().filter(l -> !(l.length() == 1 && l.charAt(0) >= 'A' && l.charAt(0) <= 'Z'))
        .forEach(l -> letters.add(new RegisterView.Letter(l, true)));
    List<RegisterView.Group> groups = letters.stream().filter(RegisterView.Letter::present)
        .map(l -> new RegisterView.Group(l.letter(), byLetter.get(l.letter()))).toList();
    String heading = heading(kind);
    String title = heading + (query.isEmpty() ? "" : " matching “" + query + "”") + " — " + e.title();
    Templates.send(ctx, "register.jte", new RegisterView(Page.of(title, "edition"), new Link(e.title(), "/" + e.id()),
        kind.jsonName(), heading, query, letters, groups, shown.size(), book.entries(kind).size(), null, List.of()));
  }

  /** {@code GET /{edition}/{register}/{id}}: one entry and where the edition mentions it. */
  public void entry(Context ctx, String register) {
    RegisterBook.Kind kind = books.expectKind(ctx.pathParam("edition"), register);
    RegisterBook book = books.expectBook(ctx.pathParam("edition"));
    RegisterEntry entry = RegisterBooks.expectEntry(book, kind, ctx.pathParam("id"));
    Edition e = book.edition();
    List<RegisterView.InDocument> documents = new ArrayList<>();
    for (RegisterBook.InDocument d : book.mentionsOf(entry.id())) {
      String href = "/" + e.id() + "/" + d.document();
      List<RegisterView.Site> sites = d.sites().stream().map(s -> site(href, s)).toList();
      documents.add(new RegisterView.InDocument(new Link(heading(d), href), d.count(), sites));
    }
    Templates.send(ctx, "register.jte", new RegisterView(Page.of(entry.name() + " — " + e.title(), "edition"),
        new Link(e.title(), "/" + e.id()), kind.jsonName(), heading(kind), "", List.of(), List.of(), 0,
        book.entries(kind).size(), entry(book, kind, entry), documents));
  }

  /** A document as an entry page heads its mentions: "No. 12: Letter From…". */
  static String heading(RegisterBook.InDocument d) {
    return (d.number() == null ? "" : "No. " + d.number() + ": ") + d.title();
  }

  /** The address of entry {@code id} of register {@code kind}, or the register's own when the id is not URL-safe. */
  static String href(Edition e, RegisterBook.Kind kind, String id) {
    return "/" + e.id() + "/" + kind.jsonName() + (Ids.isUrlSafe(id) ? "/" + id : "");
  }

  static String heading(RegisterBook.Kind kind) {
    return switch (kind) {
      case PERSONS -> "Persons";
      case PLACES -> "Places";
      case TERMS -> "Abbreviations and terms";
    };
  }

  private static RegisterView.Site site(String documentHref, RegisterBook.Site s) {
    return switch (s.where()) {
      case TITLE -> new RegisterView.Site("title", documentHref + "#doc-title", s.count(), null);
      case PARAGRAPH -> new RegisterView.Site("¶ " + s.n(), documentHref + "#p" + s.n(), s.count(), null);
      case SPEAKER -> new RegisterView.Site("¶ " + s.n(), documentHref + "#p" + s.n(), s.count(), "speaks");
      case NOTE -> new RegisterView.Site("note " + s.n(), documentHref + "#n" + s.n(), s.count(), null);
    };
  }

  private static RegisterView.Entry entry(RegisterBook book, RegisterBook.Kind kind, RegisterEntry p) {
    List<String> affiliations = new ArrayList<>();
    for (Affiliation a : p.affiliations()) {
      String when = a.from() == null && a.to() == null ? ""
          : ", " + (a.from() == null ? "" : a.from()) + " – " + (a.to() == null ? "" : a.to());
      affiliations.add((a.role() == null ? "" : a.role() + ", ") + a.organization() + when);
    }
    return new RegisterView.Entry(new Link(p.name(), href(book.edition(), kind, p.id())), p.description(),
        affiliations, book.mentionCount(p.id()));
  }

  /** The letter an entry is filed under: its first letter without accents, upper case ("Č" under C). */
  static String initial(String name) {
    String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    if (folded.isEmpty()) return "#";
    int first = folded.codePointAt(0);
    if (!Character.isLetter(first)) return "#";
    return new String(Character.toChars(first)).toUpperCase(Locale.ROOT);
  }

  /** The filter typed, stripped; "" for none. @throws BadRequestException if longer than {@link #MAX_QUERY} */
  public static String query(@org.jspecify.annotations.Nullable String q) {
    if (q == null) return "";
    if (q.length() > MAX_QUERY) throw new BadRequestException("q must be at most " + MAX_QUERY + " characters");
    return q.strip();
  }
}
