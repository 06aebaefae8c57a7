package org.dossier.ingest.internal.parla;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.ingest.internal.teitext.TeiXml;
import org.dossier.tei.SourceException;
import org.jspecify.annotations.Nullable;

/**
 * What a session's {@code teiHeader} says about the sitting: its main and sub-titles by language,
 * its date and place ({@code settingDesc}), the source it was transcribed from
 * ({@code sourceDesc/bibl}: title, edition, date as printed, URI), and the persons it lists itself.
 */
final class SessionHeader {
  final Map<String, String> titles = new LinkedHashMap<>();
  final Map<String, String> subTitles = new LinkedHashMap<>();
  @Nullable String date;
  @Nullable String sourceDate;
  @Nullable String place;
  /** The persons and organisations the sitting's own header lists ({@code particDesc}), if any. */
  final ParlaRegistry persons = new ParlaRegistry();
  private final Map<String, String> biblTitles = new LinkedHashMap<>();
  private final Map<String, String> biblEditions = new LinkedHashMap<>();
  private @Nullable String biblDate;
  private @Nullable String biblUri;

  /** Reads the {@code teiHeader} the reader is on, to its end tag. */
  void read(XMLStreamReader r, String file) throws XMLStreamException, SourceException {
    List<String> path = new ArrayList<>();
    while (true) {
      int e = r.next();
      if (e == XMLStreamConstants.ENTITY_REFERENCE) throw TeiXml.entity(r, file);
      if (e == XMLStreamConstants.END_ELEMENT) {
        if (path.isEmpty()) return;
        path.remove(path.size() - 1);
        continue;
      }
      if (e != XMLStreamConstants.START_ELEMENT) continue;
      String local = r.getLocalName();
      String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
      boolean inBibl = parent.equals("bibl") && path.contains("sourceDesc");
      if (parent.equals("titleStmt") && local.equals("title")) {
        String type = TeiXml.attr(r, "type");
        String lang = key(TeiXml.xmlLang(r));
        String text = TeiXml.text(r, file, true);
        if (text.isEmpty()) continue;
        if (type == null || type.equals("main")) titles.putIfAbsent(lang, text);
        else if (type.equals("sub")) subTitles.putIfAbsent(lang, text);
      } else if (parent.equals("setting") && local.equals("date")) {
        if (date == null) date = TeiXml.attr(r, "when");
        TeiXml.skip(r, file);
      } else if (parent.equals("setting") && local.equals("name")) {
        String type = TeiXml.attr(r, "type");
        String text = TeiXml.text(r, file, true);
        if ("city".equals(type) && place == null && !text.isEmpty()) place = text;
      } else if (inBibl && local.equals("date")) {
        if (sourceDate == null) sourceDate = TeiXml.attr(r, "when");
        String text = TeiXml.text(r, file, true);
        if (biblDate == null && !text.isEmpty()) biblDate = text;
      } else if (inBibl && (local.equals("title") || local.equals("edition"))) {
        String type = TeiXml.attr(r, "type");
        String lang = key(TeiXml.xmlLang(r));
        String text = TeiXml.text(r, file, true);
        if (text.isEmpty() || (type != null && !type.equals("main"))) continue;
        (local.equals("title") ? biblTitles : biblEditions).putIfAbsent(lang, text);
      } else if (inBibl && local.equals("idno")) {
        String text = TeiXml.text(r, file, true);
        if (biblUri == null && !text.isEmpty()) biblUri = text;
      } else if (local.equals("particDesc")) {
        // A sitting may list its own speakers (a lone Parla-CLARIN file); its includes are not followed.
        persons.readLists(r, file, new ArrayList<>());
      } else if (local.equals("encodingDesc") || local.equals("abstract")
          || local.equals("revisionDesc") || local.equals("classDecl") || local.equals("recordingStmt")) {
        TeiXml.skip(r, file);
      } else {
        path.add(local);
      }
    }
  }

  private static String key(@Nullable String lang) {
    return lang == null ? "" : lang;
  }

  /** The sitting's date: the setting's, else the source's. */
  @Nullable String sittingDate() {
    return date != null ? date : sourceDate;
  }

  /**
   * The sitting's own title in {@code lang}: its sub-title (which names the body, the sitting and
   * the day), else its main title with the date added when the title names no year of it, so
   * that the sessions of a corpus with one main title still differ.
   */
  @Nullable String title(@Nullable String lang) {
    String sub = pick(subTitles, lang);
    if (sub != null) return sub;
    String main = pick(titles, lang);
    String day = sittingDate();
    if (main == null || day == null || day.length() < 4 || main.contains(day.substring(0, 4))) return main;
    return main + ", " + day;
  }

  /** The source as printed: the title, the edition, the date and the address of the record. */
  @Nullable String source(@Nullable String lang) {
    List<String> parts = new ArrayList<>();
    String t = pick(biblTitles, lang);
    if (t != null) parts.add(t);
    String ed = pick(biblEditions, lang);
    if (ed != null) parts.add(ed);
    if (biblDate != null && (t == null || !t.contains(biblDate))) parts.add(biblDate);
    if (biblUri != null) parts.add(biblUri);
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  /** The value in {@code lang}, else the one without a language, else English, else the first. */
  static @Nullable String pick(Map<String, String> byLang, @Nullable String lang) {
    if (lang != null && byLang.containsKey(lang)) return byLang.get(lang);
    if (byLang.containsKey("")) return byLang.get("");
    if (byLang.containsKey("en")) return byLang.get("en");
    return byLang.isEmpty() ? null : byLang.values().iterator().next();
  }
}
