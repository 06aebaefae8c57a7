package org.dossier.tei.export;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Note;
import org.dossier.model.Source;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * Writes a document as Markdown (CommonMark with footnotes): the title as a heading, the
 * edition, number, date, editors and translator, the headnote and the body with their paragraph
 * numbers ({@code **¶ 2**}), the speaker's label (with the role) at the start of each turn, note
 * calls as {@code [^1]} where they were called, the source and rights, and the notes as footnote
 * definitions. The reading text keeps its editorial brackets; Markdown's own markup characters
 * in it are escaped.
 */
public final class MarkdownWriter {
  private MarkdownWriter() {}

  /** The Markdown of {@code doc}, ending with a newline. */
  public static String write(Document doc) {
    Objects.requireNonNull(doc, "doc");
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(doc.title()));
    for (Note n : Calls.unplaced(doc)) md.append("[^").append(n.n()).append(']');
    md.append("\n\n");
    StringBuilder meta = new StringBuilder();
    if (doc.editionTitle() != null || doc.number() != null) {
      String edition = doc.editionTitle() == null ? "" : "*" + escape(doc.editionTitle()) + "*";
      String number = doc.number() == null ? "" : "Document No. " + escape(doc.number());
      line(meta, edition.isEmpty() || number.isEmpty() ? edition + number : edition + ", " + number);
    }
    if (doc.date() != null) line(meta, "Date: " + doc.date());
    if (doc.place() != null) line(meta, "Place: " + escape(doc.place()));
    if (!doc.editors().isEmpty()) line(meta, "Edited by " + escape(String.join(", ", doc.editors())));
    doc.translator().ifPresent(t -> line(meta, "Translated by " + escape(t)));
    if (meta.length() > 0) md.append(meta.toString().replace("\n", "  \n").replaceAll("  \n$", "\n")).append('\n');
    if (!doc.headnote().isEmpty()) {
      md.append("## Headnote\n\n");
      blocks(md, doc, doc.headnote());
      md.append("## Text\n\n");
    }
    blocks(md, doc, doc.paragraphs());
    Source source = doc.source();
    if (source != null || doc.rights() != null) {
      md.append("---\n\n");
      if (source != null) md.append("**Source:** ").append(escape(source.text())).append("\n\n");
      if (doc.rights() != null) md.append(escape(doc.rights())).append("\n\n");
    }
    for (Note n : doc.notes()) md.append("[^").append(n.n()).append("]: ").append(escape(n.text())).append('\n');
    String out = md.toString();
    return out.endsWith("\n\n") ? out.substring(0, out.length() - 1) : out;
  }

  private static void blocks(StringBuilder md, Document doc, List<Block> blocks) {
    Speaker previous = null;
    for (Block b : blocks) {
      md.append("**¶ ").append(b.n()).append("** ");
      Speaker s = b.speaker();
      if (s != null && !s.equals(previous)) md.append(label(s)).append(' ');
      previous = s;
      md.append(Calls.withCalls(doc, b, MarkdownWriter::escape, n -> "[^" + n + "]")).append("\n\n");
    }
  }

  private static String label(Speaker s) {
    return "**" + escape(s.name()) + (s.role() == null ? "" : " (" + escape(s.role()) + ")") + ":**";
  }

  private static void line(StringBuilder sb, @Nullable String text) {
    if (text != null && !text.isEmpty()) sb.append(text).append('\n');
  }

  /** Escapes the characters that would start Markdown markup; brackets stay unless they would make a link. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '*', '_', '`', '<' -> sb.append('\\').append(c);
        case '(' -> {
          if (i > 0 && text.charAt(i - 1) == ']') sb.append('\\');
          sb.append(c);
        }
        case '[' -> {
          if (i + 1 < text.length() && text.charAt(i + 1) == '^') sb.append('\\');
          sb.append(c);
        }
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
