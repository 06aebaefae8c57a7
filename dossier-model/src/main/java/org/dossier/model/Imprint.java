package org.dossier.model;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a reference librarian needs to cite an edition beyond its title, editors, publisher and
 * licence: where and when it was published, who translated it, the series it belongs to, and its
 * persistent identifier.
 *
 * @param place the place of publication ("Budapest"), or null
 * @param year the year of publication, 1 to 9999, or null
 * @param translators the translators, in the order printed (may be empty)
 * @param series the series title, with its number if any ("National Security Archive Cold War Readers"), or null
 * @param doi the DOI without a resolver ("10.7829/9786155211966"), or null
 * @param handle the Handle without a resolver ("20.500.12345/678"), or null
 */
public record Imprint(
    @Nullable String place,
    @Nullable Integer year,
    List<String> translators,
    @Nullable String series,
    @Nullable String doi,
    @Nullable String handle) {
  /** No imprint facts at all. */
  public static final Imprint NONE = new Imprint(null, null, List.of(), null, null, null);

  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
  private static final Pattern HANDLE = Pattern.compile("[^/\\s]+/\\S+");

  public Imprint {
    place = Checks.optional(place);
    if (year != null && (year < 1 || year > 9999)) throw new IllegalArgumentException("year must be 1 to 9999: " + year);
    translators = Checks.list(translators, "translators");
    series = Checks.optional(series);
    doi = Checks.optional(doi);
    if (doi != null && !DOI.matcher(doi).matches()) {
      throw new IllegalArgumentException("doi must look like 10.1234/suffix, without https://doi.org/: " + doi);
    }
    handle = Checks.optional(handle);
    if (handle != null && !HANDLE.matcher(handle).matches()) {
      throw new IllegalArgumentException("handle must look like prefix/suffix, without https://hdl.handle.net/: "
          + handle);
    }
  }

  /** The persistent address a citation should carry: the DOI's, else the Handle's, else null. */
  public @Nullable String persistentUrl() {
    if (doi != null) return "https://doi.org/" + doi;
    if (handle != null) return "https://hdl.handle.net/" + handle;
    return null;
  }

  /** These facts, each taken from {@code other} where this one has none. */
  public Imprint orElse(Imprint other) {
    return new Imprint(place != null ? place : other.place, year != null ? year : other.year,
        translators.isEmpty() ? other.translators : translators, series != null ? series : other.series,
        doi != null ? doi : other.doi, handle != null ? handle : other.handle);
  }
}
