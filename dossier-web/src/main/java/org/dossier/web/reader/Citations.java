package org.dossier.web.reader;

import java.util.List;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.jspecify.annotations.Nullable;

/**
 * Chicago-style (notes and bibliography) citations of a document in an edited collection:
 *
 * <pre>
 * "Title," March 3, 1989, Document No. 51, in <i>Edition</i>, ed. A, B, and C (Publisher), ¶ 38, URL.
 * </pre>
 */
final class Citations {
  private Citations() {}

  /**
   * The citation of {@code d}, pinpointing paragraph {@code paragraph} (a number, or a placeholder
   * such as {@code {n}} for a template) unless it is null.
   *
   * @param url the document's absolute address, without a fragment
   */
  static Citation of(Edition edition, Document d, String url, @Nullable String paragraph) {
    StringBuilder before = new StringBuilder();
    before.append('“').append(d.title().strip());
    if (!endsWithStop(d.title())) before.append(',');
    before.append("” ");
    String date = Dates.display(d.date());
    if (date != null) before.append(date).append(", ");
    if (d.number() != null) before.append("Document No. ").append(d.number()).append(", ");
    before.append("in ");
    StringBuilder after = new StringBuilder();
    List<String> editors = edition.editors().isEmpty() ? d.editors() : edition.editors();
    if (!editors.isEmpty()) after.append(", ed. ").append(names(editors));
    if (edition.publisher() != null) after.append(" (").append(edition.publisher()).append(')');
    if (paragraph != null) after.append(", ¶ ").append(paragraph);
    after.append(", ").append(url);
    if (paragraph != null) after.append("#p").append(paragraph);
    after.append('.');
    return new Citation(before.toString(), edition.title(), after.toString());
  }

  private static boolean endsWithStop(String title) {
    String t = title.strip();
    return t.endsWith("?") || t.endsWith("!");
  }

  /** "A", "A and B", "A, B, and C". */
  static String names(List<String> names) {
    if (names.size() == 1) return names.get(0);
    if (names.size() == 2) return names.get(0) + " and " + names.get(1);
    return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
  }
}
