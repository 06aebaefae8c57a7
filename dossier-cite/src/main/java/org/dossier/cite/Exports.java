package org.dossier.cite;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Imprint;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/** BibTeX and RIS records of a cited document, with the same facts as its CSL item. */
final class Exports {
  private Exports() {}

  static String bibtex(Cited c) {
    Edition e = c.edition();
    Document d = c.document();
    Imprint imprint = e.imprint();
    StringBuilder b = new StringBuilder("@incollection{").append(key(c)).append(",\n");
    Speaker speaker = c.speaker();
    if (speaker != null) field(b, "author", Names.inverted(speaker.name()));
    field(b, "title", CslItems.title(d));
    field(b, "booktitle", e.title());
    List<String> editors = e.editors().isEmpty() ? d.editors() : e.editors();
    if (!editors.isEmpty()) field(b, "editor", String.join(" and ", editors.stream().map(Names::inverted).toList()));
    List<String> translators = CslItems.translators(c);
    if (!translators.isEmpty()) {
      field(b, "translator", String.join(" and ", translators.stream().map(Names::inverted).toList()));
    }
    field(b, "publisher", e.publisher());
    field(b, "address", imprint.place());
    field(b, "year", imprint.year() == null ? null : String.valueOf(imprint.year()));
    field(b, "series", imprint.series());
    field(b, "number", d.number());
    Pinpoint p = c.pinpoint();
    if (p != null && p.page() != null) field(b, "pages", p.page().replace("–", "--").replace("-", "--"));
    if (p != null && p.paragraph() > 0) field(b, "note", "¶ " + p.paragraph());
    verbatim(b, "doi", imprint.doi());
    verbatim(b, "url", c.citedUrl());
    field(b, "language", d.language());
    return b.append("}\n").toString();
  }

  static String ris(Cited c) {
    Edition e = c.edition();
    Document d = c.document();
    Imprint imprint = e.imprint();
    StringBuilder r = new StringBuilder();
    tag(r, "TY", "CHAP");
    Speaker speaker = c.speaker();
    if (speaker != null) tag(r, "AU", Names.inverted(speaker.name()));
    tag(r, "TI", CslItems.title(d));
    tag(r, "T2", e.title());
    for (String editor : e.editors().isEmpty() ? d.editors() : e.editors()) tag(r, "A2", Names.inverted(editor));
    for (String translator : CslItems.translators(c)) tag(r, "A4", Names.inverted(translator));
    tag(r, "T3", imprint.series());
    tag(r, "PB", e.publisher());
    tag(r, "CY", imprint.place());
    tag(r, "PY", imprint.year() == null ? null : String.valueOf(imprint.year()));
    int[] date = CslItems.parts(d);
    if (date.length > 0) tag(r, "DA", risDate(date));
    tag(r, "M1", d.number());
    Pinpoint p = c.pinpoint();
    if (p != null && p.page() != null) {
      String[] range = p.page().split("[-–]");
      tag(r, "SP", range[0]);
      if (range.length > 1) tag(r, "EP", range[1]);
    }
    if (p != null && p.paragraph() > 0) tag(r, "N1", "¶ " + p.paragraph());
    tag(r, "DO", imprint.doi());
    tag(r, "UR", c.citedUrl());
    tag(r, "LA", d.language());
    tag(r, "ER", "");
    return r.toString();
  }

  /** A citation key: the edition id and the document id ({@code masterpieces-51}), ASCII letters and digits. */
  static String key(Cited c) {
    String raw = c.edition().id() + "-" + c.document().id()
        + (c.pinpoint() != null && c.pinpoint().paragraph() > 0 ? "-p" + c.pinpoint().paragraph() : "");
    String ascii = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9:_-]", "");
    return ascii.isEmpty() ? "dossier" : ascii.toLowerCase(Locale.ROOT);
  }

  private static void field(StringBuilder b, String name, @Nullable String value) {
    if (value == null || value.isBlank()) return;
    b.append("  ").append(name).append(" = {").append(escapeBibtex(value)).append("},\n");
  }

  /** A field biblatex reads verbatim (url, doi): not escaped, but it cannot hold braces or spaces. */
  private static void verbatim(StringBuilder b, String name, @Nullable String value) {
    if (value == null) return;
    b.append("  ").append(name).append(" = {").append(value.replaceAll("[{}\\s]", "")).append("},\n");
  }

  /** TeX's special characters escaped; braces escaped so a title cannot close the field early. */
  static String escapeBibtex(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(ch);
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  private static void tag(StringBuilder r, String tag, @Nullable String value) {
    if (value == null) return;
    if (value.isBlank() && !tag.equals("ER")) return;
    // One tag per line: a line break in a value would start a forged tag.
    r.append(tag).append("  - ").append(value.replaceAll("[\\r\\n\\t]+", " ").strip()).append("\r\n");
  }

  private static String risDate(int[] parts) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%04d", parts[0])).append('/');
    if (parts.length > 1) s.append(String.format(Locale.ROOT, "%02d", parts[1]));
    s.append('/');
    if (parts.length > 2) s.append(String.format(Locale.ROOT, "%02d", parts[2]));
    return s.append('/').toString();
  }
}
