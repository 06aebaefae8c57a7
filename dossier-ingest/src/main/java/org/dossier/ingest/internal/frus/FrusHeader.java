package org.dossier.ingest.internal.frus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.tei.SourceException;
import org.dossier.ingest.internal.teitext.TeiXml;
import org.dossier.model.Imprint;
import org.jspecify.annotations.Nullable;

/** What a FRUS {@code teiHeader} says about the volume (or, for a single-document file, the document). */
final class FrusHeader {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)[12]\\d{3}(?!\\d)");
  final Map<String, String> titles = new HashMap<>();
  final List<String> editors = new ArrayList<>();
  @Nullable String publisher;
  @Nullable String idno;
  @Nullable String created;
  @Nullable String licence;
  @Nullable String pubPlace;
  /** The publication date's text or {@code @when}, as the header gives it. */
  @Nullable String published;

  /** Reads the header (reader on {@code teiHeader}) to its end tag. */
  static FrusHeader read(XMLStreamReader r, String file) throws XMLStreamException, SourceException {
    FrusHeader h = new FrusHeader();
    List<String> path = new ArrayList<>();
    while (true) {
      int e = r.next();
      if (e == XMLStreamConstants.END_ELEMENT) {
        if (path.isEmpty()) return h;
        path.remove(path.size() - 1);
      } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
        throw TeiXml.entity(r, file);
      } else if (e == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
        if (parent.equals("titleStmt") && name.equals("title")) {
          String type = TeiXml.attr(r, "type");
          String text = TeiXml.text(r, file, true);
          if (!text.isEmpty()) h.titles.putIfAbsent(type == null ? "" : type, text);
        } else if (parent.equals("titleStmt") && name.equals("editor")) {
          String text = TeiXml.text(r, file, true);
          if (!text.isEmpty()) h.editors.add(text);
        } else if (parent.equals("publicationStmt") && name.equals("publisher")) {
          String text = TeiXml.text(r, file, true);
          if (h.publisher == null && !text.isEmpty()) h.publisher = text;
        } else if (parent.equals("publicationStmt") && name.equals("idno")) {
          String type = TeiXml.attr(r, "type");
          String text = TeiXml.text(r, file, true);
          if ("frus".equals(type) && !text.isEmpty()) h.idno = text;
        } else if (parent.equals("publicationStmt") && name.equals("pubPlace")) {
          String text = TeiXml.text(r, file, true);
          if (h.pubPlace == null && !text.isEmpty()) h.pubPlace = text;
        } else if (parent.equals("publicationStmt") && name.equals("date")) {
          String type = TeiXml.attr(r, "type");
          String when = TeiXml.attr(r, "when");
          if ("created".equals(type)) h.created = when;
          String text = TeiXml.text(r, file, true);
          if (h.published == null && (type == null || type.equals("publication-date"))) {
            h.published = when != null ? when : text;
          }
        } else if (name.equals("licence")) {
          String text = TeiXml.text(r, file, true);
          if (h.licence == null && !text.isEmpty()) h.licence = text;
        } else {
          path.add(name);
        }
      }
    }
  }

  /** The place and year of publication the header gives. */
  Imprint imprint() {
    Matcher year = YEAR.matcher(published == null ? "" : published);
    return new Imprint(pubPlace, year.find() ? Integer.valueOf(year.group()) : null, List.of(), null, null, null);
  }

  /** The complete title, else series, sub-series, volume number and volume joined, else null. */
  @Nullable String volumeTitle() {
    String complete = titles.get("complete");
    if (complete != null) return complete;
    StringBuilder b = new StringBuilder();
    for (String type : new String[] {"series", "sub-series", "subseries", "volume-number", "volumenumber", "volume", ""}) {
      String t = titles.get(type);
      if (t == null) continue;
      if (b.length() > 0) b.append(", ");
      b.append(t);
    }
    return b.length() == 0 ? null : b.toString();
  }
}
