package org.dossier.model;

import java.util.regex.Pattern;

/**
 * The rule for identifiers that appear in URLs and file names: ASCII letters, digits, {@code .},
 * {@code _} and {@code -}, starting with a letter or digit, at most 200 characters, never
 * containing {@code ..}.
 */
public final class Ids {
  private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

  private Ids() {}

  /** Whether {@code id} is URL-safe (see the class comment). */
  public static boolean isUrlSafe(String id) {
    return URL_SAFE.matcher(id).matches() && !id.contains("..");
  }

  /**
   * Returns {@code id} if it is URL-safe.
   *
   * @throws IllegalArgumentException naming {@code what} and the bad value
   */
  public static String requireUrlSafe(String id, String what) {
    if (id == null) throw new NullPointerException(what);
    if (!isUrlSafe(id)) {
      throw new IllegalArgumentException(
          what + " must be URL-safe ([A-Za-z0-9][A-Za-z0-9._-]*, no '..', at most 200 chars): '" + id + "'");
    }
    return id;
  }

  /**
   * Turns arbitrary text into a URL-safe id: diacritics dropped, other characters replaced by
   * {@code -}; returns {@code fallback} when nothing usable is left.
   */
  public static String slug(String text, String fallback) {
    String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    String slug = ascii.replaceAll("[^A-Za-z0-9._-]+", "-")
        .replaceAll("\\.{2,}", ".")
        .replaceAll("-{2,}", "-")
        .replaceAll("^[^A-Za-z0-9]+", "")
        .replaceAll("[-.]+$", "");
    if (slug.length() > 200) slug = slug.substring(0, 200).replaceAll("[-.]+$", "");
    return slug.isEmpty() ? requireUrlSafe(fallback, "fallback") : slug;
  }
}
