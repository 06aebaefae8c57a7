package org.dossier.testkit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Ids;
import org.dossier.model.Mark;
import org.dossier.model.Mention;
import org.dossier.model.Note;
import org.dossier.model.Source;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * What every importer's output must satisfy beyond what the model's constructors check: ids
 * unique across the documents of one source, marks and mentions in order, ranges and note calls
 * in bounds (in code points, title notes within the title), text in NFC, provenance without a
 * path. The model's own checks (URL-safe ids, unique numbers, ranges within the text) are
 * repeated, so a violation reads the same whichever layer would have caught it.
 */
public final class DocumentInvariants {
  private DocumentInvariants() {}

  /** Every broken invariant of the documents read from one source, one sentence each; empty when all hold. */
  public static List<String> violations(List<Document> documents) {
    List<String> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Document d : documents) {
      if (!ids.add(d.id())) out.add("document id " + d.id() + " is used twice in one source");
      check(d, out);
    }
    return out;
  }

  private static void check(Document d, List<String> out) {
    String doc = "document " + d.id() + ": ";
    if (!Ids.isUrlSafe(d.id())) out.add(doc + "id is not URL-safe");
    if (d.edition() != null && !Ids.isUrlSafe(d.edition())) {
      out.add(doc + "edition id '" + d.edition() + "' is not URL-safe");
    }
    Map<Integer, Block> byNumber = new HashMap<>();
    for (Block b : (Iterable<Block>) d.blocks()::iterator) {
      if (byNumber.put(b.n(), b) != null) out.add(doc + "paragraph number " + b.n() + " is used twice");
      ranges(doc + "paragraph " + b.n(), b, out);
    }
    notes(doc, d, byNumber, out);
    for (@Nullable String s : strings(d)) {
      if (s != null && !Normalizer.isNormalized(s, Normalizer.Form.NFC)) out.add(doc + "text is not NFC: '" + s + "'");
    }
    if (d.provenance() != null && d.provenance().file().matches(".*[/\\\\].*")) {
      out.add(doc + "provenance names a path, not a file: " + d.provenance().file());
    }
  }

  private static void ranges(String where, Block b, List<String> out) {
    int length = b.length();
    int previous = 0;
    for (Mark m : b.marks()) {
      if (m.offset() < previous) out.add(where + ": mark at " + m.offset() + " comes after one at " + previous);
      if (m.offset() < 0 || m.end() > length) {
        out.add(where + ": mark [" + m.offset() + ", " + m.end() + ") is outside its " + length + " code points");
      }
      previous = m.offset();
    }
    previous = 0;
    for (Mention m : b.mentions()) {
      if (m.offset() < previous) out.add(where + ": mention at " + m.offset() + " comes after one at " + previous);
      if (m.offset() < 0 || m.length() <= 0 || m.end() > length) {
        out.add(where + ": mention [" + m.offset() + ", " + m.end() + ") is outside its " + length + " code points");
      }
      previous = m.offset();
    }
  }

  /**
   * Where blocks are not numbered in reading order (headnote, then body). Importers that number
   * blocks keep this order; a source that records its own numbers may hold any unique numbers.
   */
  public static List<String> blocksOutOfOrder(List<Document> documents) {
    List<String> out = new ArrayList<>();
    for (Document d : documents) {
      int last = 0;
      for (Block b : (Iterable<Block>) d.blocks()::iterator) {
        if (b.n() <= last) out.add("document " + d.id() + ": paragraph " + b.n() + " follows paragraph " + last);
        last = Math.max(last, b.n());
      }
    }
    return out;
  }

  /**
   * Where the notes of well-formed sources are called out of order: within a paragraph, a note
   * listed after another but called before it. Damaged sources may print calls out of order, so
   * this holds for clean samples, not for every import.
   */
  public static List<String> notesOutOfOrder(List<Document> documents) {
    List<String> out = new ArrayList<>();
    for (Document d : documents) {
      Map<Integer, Note> lastCall = new HashMap<>();
      for (Note n : d.notes()) {
        if (n.paragraph() == null) continue;
        Note before = lastCall.put(n.paragraph(), n);
        if (before != null && n.offset() < before.offset()) {
          out.add("document " + d.id() + ": note " + n.n() + " is called at " + n.offset() + " in paragraph "
              + n.paragraph() + ", before note " + before.n() + " (at " + before.offset() + ")");
        }
      }
    }
    return out;
  }

  /** Note calls: numbers unique, each in an existing paragraph (or the title) and within its text. */
  private static void notes(String doc, Document d, Map<Integer, Block> byNumber, List<String> out) {
    Set<Integer> numbers = new HashSet<>();
    int titleLength = d.title().codePointCount(0, d.title().length());
    for (Note n : d.notes()) {
      if (!numbers.add(n.n())) out.add(doc + "note number " + n.n() + " is used twice");
      Integer p = n.paragraph();
      if (p == null) {
        if (n.offset() > titleLength) out.add(doc + "title note " + n.n() + " is called past the end of the title");
        continue;
      }
      Block b = byNumber.get(p);
      if (b == null) {
        out.add(doc + "note " + n.n() + " is called in paragraph " + p + ", which does not exist");
      } else if (n.offset() < 0 || n.offset() > b.length()) {
        out.add(doc + "note " + n.n() + " is called at " + n.offset() + ", outside paragraph " + p + " ("
            + b.length() + " code points)");
      }
    }
  }

  /** Every string of the document a reader sees (absent ones as nulls). */
  private static List<@Nullable String> strings(Document d) {
    List<@Nullable String> all = new ArrayList<>(List.of(d.id(), d.title()));
    all.addAll(Arrays.asList(d.editionTitle(), d.number(), d.place(), d.type(), d.rights()));
    all.addAll(d.participants());
    all.addAll(d.editors());
    d.blocks().forEach(b -> {
      all.add(b.text());
      Speaker s = b.speaker();
      if (s != null) all.addAll(Arrays.asList(s.name(), s.role(), s.party(), s.label()));
      for (Mark m : b.marks()) all.add(m.text());
    });
    for (Note n : d.notes()) all.add(n.text());
    Source s = d.source();
    if (s != null) all.addAll(Arrays.asList(s.text(), s.archive(), s.fond(), s.opis(), s.delo(), s.holding(),
        s.translator()));
    return all;
  }
}
