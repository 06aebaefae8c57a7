package org.dossier.web.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the index's HTML snippets ({@code escaped text with <mark>…</mark>}) back into text parts,
 * so that the template escapes them itself: the page never trusts markup from the index.
 */
final class Snippets {
  private Snippets() {}

  static List<SearchView.SnippetPart> parse(String html) {
    List<SearchView.SnippetPart> parts = new ArrayList<>();
    int pos = 0;
    while (pos < html.length()) {
      int open = html.indexOf("<mark>", pos);
      if (open < 0) {
        add(parts, html.substring(pos), false);
        break;
      }
      add(parts, html.substring(pos, open), false);
      int close = html.indexOf("</mark>", open);
      if (close < 0) {
        add(parts, html.substring(open + 6), true);
        break;
      }
      add(parts, html.substring(open + 6, close), true);
      pos = close + 7;
    }
    return parts;
  }

  /** The text of an escaped HTML fragment; any tag left in it is dropped. */
  static String text(String html) {
    String noTags = html.replaceAll("<[^>]*>", "");
    return noTags.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
        .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&");
  }

  private static void add(List<SearchView.SnippetPart> parts, String html, boolean match) {
    String text = text(html);
    if (!text.isEmpty()) parts.add(new SearchView.SnippetPart(text, match));
  }
}
