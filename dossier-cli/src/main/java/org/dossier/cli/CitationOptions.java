package org.dossier.cli;

import java.util.List;
import org.dossier.model.Edition;
import org.dossier.model.Imprint;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that set what a citation of the edition says, shared by {@code init} and
 * {@code describe}. An option not given leaves the value as it is; an empty value ({@code --doi ""})
 * removes it.
 */
final class CitationOptions {
  @Option(names = "--editor", paramLabel = "NAME",
      description = "An editor, as printed (\"Svetlana Savranskaya\"); repeat for each, in order. Replaces the editors.")
  @Nullable List<String> editors;

  @Option(names = "--translator", paramLabel = "NAME",
      description = "A translator of the edition; repeat for each. Replaces the translators.")
  @Nullable List<String> translators;

  @Option(names = "--publisher", paramLabel = "NAME", description = "The publisher (\"Central European University Press\").")
  @Nullable String publisher;

  @Option(names = "--place", paramLabel = "PLACE", description = "The place of publication (\"Budapest\").")
  @Nullable String place;

  @Option(names = "--year", paramLabel = "YEAR", description = "The year of publication (1 to 9999).")
  @Nullable String year;

  @Option(names = "--series", paramLabel = "TITLE", description = "The series, with its number.")
  @Nullable String series;

  @Option(names = {"--licence", "--license"}, paramLabel = "TEXT", description = "The licence or rights statement.")
  @Nullable String licence;

  @Option(names = "--doi", paramLabel = "DOI", description = "The edition's DOI (10.1234/abc; https://doi.org/ is dropped).")
  @Nullable String doi;

  @Option(names = "--handle", paramLabel = "HANDLE", description = "The edition's Handle (20.500.1/2; https://hdl.handle.net/ is dropped).")
  @Nullable String handle;

  /** Whether any option was given. */
  boolean any() {
    return editors != null || translators != null || publisher != null || place != null || year != null
        || series != null || licence != null || doi != null || handle != null;
  }

  /**
   * {@code e} with the options given applied, and {@code title} when it is not null.
   *
   * @throws ParameterException naming the option, for a value the edition cannot hold
   */
  Edition applyTo(Edition e, @Nullable String title, CommandSpec spec) {
    Imprint i = e.imprint();
    Integer newYear = i.year();
    if (year != null) {
      if (year.isBlank()) {
        newYear = null;
      } else if (!year.strip().matches("\\d{1,4}") || Integer.parseInt(year.strip()) == 0) {
        throw new ParameterException(spec.commandLine(), "--year must be a year from 1 to 9999: '" + year + "'");
      } else {
        newYear = Integer.valueOf(year.strip());
      }
    }
    Imprint imprint;
    try {
      imprint = new Imprint(pick(place, i.place()), newYear, list(translators, i.translators()), pick(series, i.series()),
          strip(pick(doi, i.doi()), "https://doi.org/", "doi:"), strip(pick(handle, i.handle()), "https://hdl.handle.net/",
          "hdl:"));
    } catch (IllegalArgumentException x) {
      String option = x.getMessage().startsWith("doi") ? "--doi" : "--handle";
      throw new ParameterException(spec.commandLine(), option + ": " + x.getMessage());
    }
    String newTitle = title == null ? e.title() : title;
    if (newTitle.isBlank()) throw new ParameterException(spec.commandLine(), "--title must not be empty");
    return e.withCitation(newTitle, list(editors, e.editors()), pick(publisher, e.publisher()),
        pick(licence, e.licence()), imprint);
  }

  private static @Nullable String pick(@Nullable String given, @Nullable String current) {
    if (given == null) return current;
    return given.isBlank() ? null : given.strip();
  }

  private static List<String> list(@Nullable List<String> given, List<String> current) {
    if (given == null) return current;
    return given.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static @Nullable String strip(@Nullable String id, String... resolvers) {
    if (id == null) return null;
    for (String r : resolvers) if (id.regionMatches(true, 0, r, 0, r.length())) return id.substring(r.length());
    return id;
  }
}
