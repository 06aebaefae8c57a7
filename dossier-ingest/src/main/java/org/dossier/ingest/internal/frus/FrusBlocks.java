package org.dossier.ingest.internal.frus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.ingest.internal.teitext.TextBuffer;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Mention;
import org.dossier.model.Note;
import org.jspecify.annotations.Nullable;

/**
 * The blocks and notes of one document as they are read, numbered at the end: headnote blocks
 * first (1…h), body blocks after them, and note calls follow their blocks' final numbers.
 */
final class FrusBlocks {
  private record Draft(TextBuffer buf, BlockKind kind, boolean headnote, @Nullable String page, List<Integer> lines) {}

  private record NoteDraft(
      @Nullable Integer printed, @Nullable Integer draft, int offset, String text, List<Mention> mentions) {}

  private final List<Draft> drafts = new ArrayList<>();
  private final List<NoteDraft> notes = new ArrayList<>();

  /** The index the next added block will have. */
  int next() {
    return drafts.size();
  }

  /** Whether every block so far is in the headnote (true when there is none). */
  boolean allHeadnote() {
    for (Draft d : drafts) if (!d.headnote()) return false;
    return true;
  }

  void add(TextBuffer buf, BlockKind kind, boolean headnote) {
    add(buf, kind, headnote, null, List.of());
  }

  /**
   * Adds a block starting on printed page {@code page}, with the offsets where its printed lines
   * ({@code lb}) start, for {@link FrusDialogue}.
   */
  void add(TextBuffer buf, BlockKind kind, boolean headnote, @Nullable String page, List<Integer> lines) {
    drafts.add(new Draft(buf, kind, headnote, page, List.copyOf(lines)));
  }

  /** The line starts of each body block, by its final number (only blocks with line breaks). */
  java.util.Map<Integer, List<Integer>> bodyLines() {
    int[] numbers = numbers();
    java.util.Map<Integer, List<Integer>> out = new java.util.HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (!d.headnote() && !d.lines().isEmpty()) out.put(numbers[i], d.lines());
    }
    return out;
  }

  /** Records a note called in block {@code index} at {@code offset}, or on the title when index is null. */
  void note(@Nullable Integer printed, @Nullable Integer index, int offset, String text) {
    note(printed, index, offset, text, List.of());
  }

  /** Records a note as {@link #note(Integer, Integer, int, String)} does, with the mentions it tags. */
  void note(@Nullable Integer printed, @Nullable Integer index, int offset, String text, List<Mention> mentions) {
    notes.add(new NoteDraft(printed, index, offset, text, mentions));
  }

  /** Records a note called at the end of the last body block (or on the title when there is none). */
  void noteAfterLastBodyBlock(@Nullable Integer printed, String text, List<Mention> mentions) {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      if (!drafts.get(i).headnote()) {
        note(printed, i, drafts.get(i).buf().length(), text, mentions);
        return;
      }
    }
    note(printed, null, 0, text, mentions);
  }

  /** The headnote blocks, numbered from 1. */
  List<Block> headnote() {
    return numbered(true);
  }

  /** The body blocks, numbered after the headnote. */
  List<Block> body() {
    return numbered(false);
  }

  private int[] numbers() {
    int[] numbers = new int[drafts.size()];
    int n = 0;
    for (int i = 0; i < drafts.size(); i++) if (drafts.get(i).headnote()) numbers[i] = ++n;
    for (int i = 0; i < drafts.size(); i++) if (!drafts.get(i).headnote()) numbers[i] = ++n;
    return numbers;
  }

  private List<Block> numbered(boolean headnote) {
    int[] numbers = numbers();
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.headnote() == headnote) out.add(d.buf().toBlock(numbers[i], d.kind(), null).withPage(d.page()));
    }
    return out;
  }

  /** The notes: printed numbers kept when usable, the others numbered after the highest. */
  List<Note> notes() {
    int[] numbers = numbers();
    Set<Integer> used = new HashSet<>();
    int max = 0;
    for (NoteDraft d : notes) if (d.printed() != null) max = Math.max(max, d.printed());
    List<Note> out = new ArrayList<>();
    List<NoteDraft> later = new ArrayList<>();
    for (NoteDraft d : notes) {
      if (d.printed() != null && used.add(d.printed())) out.add(note(d, d.printed(), numbers));
      else later.add(d);
    }
    for (NoteDraft d : later) out.add(note(d, ++max, numbers));
    out.sort((a, b) -> Integer.compare(a.n(), b.n()));
    return out;
  }

  private static Note note(NoteDraft d, int n, int[] numbers) {
    Integer paragraph = d.draft() == null ? null : numbers[d.draft()];
    return new Note(n, paragraph, d.offset(), d.text(), d.mentions());
  }
}
