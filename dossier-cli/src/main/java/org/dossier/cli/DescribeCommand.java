package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.app.AppConfig;
import org.dossier.app.DossierApp;
import org.dossier.model.Edition;
import org.dossier.model.Imprint;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "describe", mixinStandardHelpOptions = true,
    description = "Show or change what citations of an edition say (kept in edition.json).",
    footer = {"Without options, shows title, editors, translators, publisher, place, year, series, licence, DOI and Handle.",
        "An option not given is left as it is; an empty value (--doi \"\") removes it."})
final class DescribeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "EDITION", description = "The edition folder.")
  Path dir;

  @Mixin CitationOptions citation;

  @Option(names = "--title", description = "The edition's title.")
  @Nullable String title;

  @Override
  public Integer call() throws Exception {
    DossierApp app = DossierApp.of(AppConfig.defaults());
    Edition e = citation.any() || title != null
        ? app.describe(dir, current -> citation.applyTo(current, title, spec))
        : app.read(dir).edition();
    print(e, spec.commandLine().getOut());
    return 0;
  }

  /** The citation facts of {@code e}, one "field: value" line each, "-" for none. */
  static void print(Edition e, PrintWriter out) {
    Imprint i = e.imprint();
    out.println("id:          " + e.id());
    out.println("title:       " + e.title());
    out.println("editors:     " + (e.editors().isEmpty() ? "-" : String.join("; ", e.editors())));
    out.println("translators: " + (i.translators().isEmpty() ? "-" : String.join("; ", i.translators())));
    out.println("publisher:   " + orDash(e.publisher()));
    out.println("place:       " + orDash(i.place()));
    out.println("year:        " + (i.year() == null ? "-" : String.valueOf(i.year())));
    out.println("series:      " + orDash(i.series()));
    out.println("licence:     " + orDash(e.licence()));
    out.println("doi:         " + orDash(i.doi()));
    out.println("handle:      " + orDash(i.handle()));
  }

  private static String orDash(@Nullable String s) {
    return s == null ? "-" : s;
  }
}
