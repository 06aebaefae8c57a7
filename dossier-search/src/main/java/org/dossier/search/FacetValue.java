package org.dossier.search;

import java.util.Objects;

/**
 * One value of a facet and how many matching blocks have it.
 *
 * @param value the value (a speaker's name, a year, an edition id…)
 * @param count the number of matching blocks, at least 1
 */
public record FacetValue(String value, long count) {
  public FacetValue {
    Objects.requireNonNull(value, "value");
    if (count < 1) throw new IllegalArgumentException("count must be >= 1: " + count);
  }
}
