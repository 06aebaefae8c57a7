package org.dossier.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the records of this package. */
final class Checks {
  private Checks() {}

  static String nonBlank(@Nullable String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
    return value;
  }

  /** Blank optional strings become null, so "absent" has one representation. */
  static @Nullable String optional(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** Runs of whitespace as one space, stripped; blank becomes null (a value an XML attribute keeps). */
  static @Nullable String collapsed(@Nullable String value) {
    if (value == null) return null;
    String v = WHITESPACE.matcher(value).replaceAll(" ").strip();
    return v.isEmpty() ? null : v;
  }

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  static <T> List<T> list(@Nullable List<T> values, String name) {
    if (values == null) return List.of();
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) throw new IllegalArgumentException(name + "[" + i + "] is null");
    }
    return List.copyOf(values);
  }

  static int codePoints(String text) {
    return text.codePointCount(0, text.length());
  }
}
