package org.dossier.web.reader;

import java.util.ArrayList;
import java.util.List;
import org.dossier.web.DocumentSummary;
import org.dossier.web.EditionSource;
import org.jspecify.annotations.Nullable;

/** Where a document sits in its edition: the divisions that open before it, its place among the others. */
final class Contents {
  private Contents() {}

  /** The sections of {@code sections} that the previous document ({@code open}) was not in: they begin here. */
  static List<EditionView.Section> opening(List<String> open, List<String> sections) {
    int same = 0;
    while (same < open.size() && same < sections.size() && open.get(same).equals(sections.get(same))) same++;
    List<EditionView.Section> out = new ArrayList<>();
    for (int i = same; i < sections.size(); i++) out.add(new EditionView.Section(sections.get(i), i + 1));
    return out;
  }

  /** The position of document {@code id} in {@code source}'s table of contents, or null when it is not listed. */
  static DocumentView.@Nullable Position position(EditionSource source, String id) {
    List<DocumentSummary> all = source.documents();
    for (int i = 0; i < all.size(); i++) {
      if (!all.get(i).id().equals(id)) continue;
      String base = "/" + source.edition().id() + "/";
      return new DocumentView.Position(i + 1, all.size(),
          i == 0 ? null : link(base, all.get(i - 1)), i + 1 == all.size() ? null : link(base, all.get(i + 1)));
    }
    return null;
  }

  private static Link link(String base, DocumentSummary d) {
    return new Link((d.number() == null ? "" : "No. " + d.number() + ": ") + d.title(), base + d.id());
  }
}
