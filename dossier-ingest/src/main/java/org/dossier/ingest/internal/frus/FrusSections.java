package org.dossier.ingest.internal.frus;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The divisions of a volume's body ({@code div[@type='compilation'|'chapter'|'subchapter'…]}) that
 * are open where the reader is, each with the title its {@code head} gives: the sections of the
 * next document, outermost first. A division without a head adds nothing.
 */
final class FrusSections {
  private static final class Open {
    final int depth;
    @Nullable String title;
    boolean headSeen;

    Open(int depth) {
      this.depth = depth;
    }
  }

  private final List<Open> open = new ArrayList<>();

  /** A division starts at element depth {@code depth}. */
  void open(int depth) {
    open.add(new Open(depth));
  }

  /** Whether an element at {@code depth} is the first head of the innermost open division. */
  boolean expectsHead(int depth) {
    if (open.isEmpty()) return false;
    Open last = open.get(open.size() - 1);
    return !last.headSeen && last.depth == depth - 1;
  }

  /** The innermost division's head text. */
  void head(String text) {
    Open last = open.get(open.size() - 1);
    last.headSeen = true;
    if (!text.isBlank()) last.title = text;
  }

  /** An element at {@code depth} ends: a division that started there is closed. */
  void end(int depth) {
    if (!open.isEmpty() && open.get(open.size() - 1).depth == depth) open.remove(open.size() - 1);
  }

  /** The titles of the open divisions, outermost first. */
  List<String> titles() {
    List<String> out = new ArrayList<>();
    for (Open o : open) if (o.title != null) out.add(o.title);
    return out;
  }
}
