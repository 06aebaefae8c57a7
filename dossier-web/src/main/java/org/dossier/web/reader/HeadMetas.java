package org.dossier.web.reader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Imprint;
import org.jspecify.annotations.Nullable;

/** Builds a document page's {@link HeadMeta} from the edition's imprint and the document. */
final class HeadMetas {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HeadMetas() {}

  /**
   * The head of document {@code d}'s page.
   *
   * @param url the document's public address
   * @param editionUrl the edition's public address
   */
  static HeadMeta of(Edition e, Document d, String url, String editionUrl) {
    Imprint imprint = e.imprint();
    List<String> editors = e.editors().isEmpty() ? d.editors() : e.editors();
    String year = imprint.year() == null ? null : String.valueOf(imprint.year());
    String created = Dates.iso(d.date());
    List<HeadMeta.Tag> tags = new ArrayList<>();
    // Highwire Press, as Google Scholar's inclusion guidelines and Zotero's translator read them.
    name(tags, "citation_title", d.title());
    name(tags, "citation_inbook_title", e.title());
    name(tags, "citation_book_title", e.title());
    editors.forEach(x -> name(tags, "citation_editor", x));
    imprint.translators().forEach(x -> name(tags, "citation_translator", x));
    name(tags, "citation_publisher", e.publisher());
    name(tags, "citation_publication_date", year);
    name(tags, "citation_date", created);
    name(tags, "citation_language", d.language());
    name(tags, "citation_series_title", imprint.series());
    name(tags, "citation_doi", imprint.doi());
    name(tags, "citation_public_url", url);
    name(tags, "citation_abstract_html_url", url);
    // Dublin Core (DCMI's HTML meta convention).
    name(tags, "DC.title", d.title());
    editors.forEach(x -> name(tags, "DC.contributor", x));
    name(tags, "DC.publisher", e.publisher());
    name(tags, "DC.date", created);
    name(tags, "DC.date.issued", year);
    name(tags, "DC.language", d.language());
    name(tags, "DC.type", "Text");
    name(tags, "DC.format", "text/html");
    name(tags, "DC.identifier", url);
    name(tags, "DC.relation.isPartOf", e.title());
    name(tags, "DC.rights", e.licence() != null ? e.licence() : d.rights());
    // Open Graph, for link previews.
    property(tags, "og:type", "article");
    property(tags, "og:title", d.title());
    property(tags, "og:site_name", e.title());
    property(tags, "og:url", url);
    if (d.language() != null) property(tags, "og:locale", d.language().replace('-', '_'));
    return new HeadMeta(url, tags, jsonLd(e, d, url, editionUrl, editors, year, created));
  }

  private static void name(List<HeadMeta.Tag> tags, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) tags.add(new HeadMeta.Tag(false, key, value));
  }

  private static void property(List<HeadMeta.Tag> tags, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) tags.add(new HeadMeta.Tag(true, key, value));
  }

  /** schema.org: the document as a part of the edition, a book with its editors and publisher. */
  private static String jsonLd(Edition e, Document d, String url, String editionUrl, List<String> editors,
      @Nullable String year, @Nullable String created) {
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("@context", "https://schema.org");
    doc.put("@type", "CreativeWork");
    doc.put("@id", url);
    doc.put("url", url);
    doc.put("name", d.title());
    if (d.number() != null) doc.put("position", d.number());
    if (created != null) doc.put("dateCreated", created);
    if (year != null) doc.put("datePublished", year);
    if (d.language() != null) doc.put("inLanguage", d.language());
    if (d.type() != null) doc.put("genre", d.type());
    persons(doc, "editor", editors);
    ObjectNode book = doc.putObject("isPartOf");
    book.put("@type", "Book");
    book.put("@id", editionUrl);
    book.put("url", editionUrl);
    book.put("name", e.title());
    persons(book, "editor", editors);
    persons(book, "translator", e.imprint().translators());
    if (e.publisher() != null) {
      ObjectNode publisher = book.putObject("publisher");
      publisher.put("@type", "Organization");
      publisher.put("name", e.publisher());
      if (e.imprint().place() != null) publisher.put("location", e.imprint().place());
    }
    if (year != null) book.put("datePublished", year);
    if (e.imprint().persistentUrl() != null) book.put("sameAs", e.imprint().persistentUrl());
    if (e.imprint().series() != null) {
      ObjectNode series = book.putObject("isPartOf");
      series.put("@type", "BookSeries");
      series.put("name", e.imprint().series());
    }
    String licence = e.licence() != null ? e.licence() : d.rights();
    if (licence != null) doc.put("license", licence);
    try {
      // Between <script> tags "</script>" or "<!--" would end or confuse the element: escape '<' and '>' and '&'.
      return MAPPER.writeValueAsString(doc).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    } catch (JsonProcessingException x) {
      throw new UncheckedIOException(x);
    }
  }

  private static void persons(ObjectNode node, String field, List<String> names) {
    if (names.isEmpty()) return;
    ArrayNode array = node.putArray(field);
    for (String n : names) {
      ObjectNode p = array.addObject();
      p.put("@type", "Person");
      p.put("name", n);
    }
  }
}
