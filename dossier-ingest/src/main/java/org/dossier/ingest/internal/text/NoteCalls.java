package org.dossier.ingest.internal.text;

/**
 * Finds footnote calls glued to the text as a browser copies them ("Deputies1 traveled", "five
 * years2 has", "said.”3"). A call for note {@code n} is the digits of {@code n} right after a
 * letter or closing punctuation and not followed by another digit; since calls run in note
 * order, each is looked for after the previous one.
 */
final class NoteCalls {
  private NoteCalls() {}

  /** The char index in {@code text} of the call of {@code n} at or after {@code from}, or -1. */
  static int find(String text, int n, int from) {
    String digits = Integer.toString(n);
    int i = Math.max(1, from);
    while ((i = text.indexOf(digits, i)) >= 0) {
      if (isCallAt(text, i, digits.length())) return i;
      i++;
    }
    return -1;
  }

  private static boolean isCallAt(String text, int i, int len) {
    if (i == 0) return false;
    char before = text.charAt(i - 1);
    if (!(Character.isLetter(before) || ".,;:!?”’\")]…".indexOf(before) >= 0)) return false;
    // "B52", "Su27": a call follows a word of lower-case letters or punctuation, not a code.
    if (Character.isLetter(before) && !Character.isLowerCase(before)) return false;
    int end = i + len;
    if (end == text.length()) return true;
    char after = text.charAt(end);
    return !Character.isDigit(after) && !Character.isLetter(after);
  }
}
