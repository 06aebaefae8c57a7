package org.dossier.search;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One value of a facet and how many matching units have it.
 *
 * @param value the value (a speaker's name, a year, an edition id, a person's register id…)
 * @param count the number of matching units, at least 1
 * @param label the value as a reader knows it (the register's name for a person id), or null when
 *     the value speaks for itself; engines leave it null, the application layer fills it
 */
public record FacetValue(String value, long count, @Nullable String label) {
  public FacetValue {
    Objects.requireNonNull(value, "value");
    if (count < 1) throw new IllegalArgumentException("count must be >= 1: " + count);
  }

  /** A value without a label. */
  public FacetValue(String value, long count) {
    this(value, count, null);
  }

  /** This value with {@code newLabel}. */
  public FacetValue withLabel(@Nullable String newLabel) {
    return new FacetValue(value, count, newLabel);
  }

  /** The label, or the value when there is none. */
  public String labelOrValue() {
    return label == null ? value : label;
  }
}
