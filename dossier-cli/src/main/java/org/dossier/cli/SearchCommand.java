package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.app.DossierApp;
import org.dossier.app.EditionSet;
import org.dossier.search.FacetValue;
import org.dossier.search.Fields;
import org.dossier.search.Hit;
import org.dossier.search.HitGroup;
import org.dossier.search.QuerySyntaxException;
import org.dossier.search.SearchJson;
import org.dossier.search.SearchQuery;
import org.dossier.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search an edition: hits are paragraphs and speaker turns, grouped by document.",
        "Query syntax: words, \"phrases\", AND/OR/NOT, wildcards (Горбач*), fuzzy (Gorbachov~), proximity"
            + " (\"soviet leader\"~3), and fields speaker:, person:, title:, edition:, type:, place:,"
            + " date:[1989-01-01 TO 1989-06-30], date:1989."})
final class SearchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "EDITION", description = "The edition folder.")
  Path edition;

  @Parameters(index = "1", paramLabel = "QUERY", description = "The query (quote it in the shell).")
  String query;

  @Option(names = "--json", description = "Print the search JSON (documented in docs/json.md).")
  boolean json;

  @Option(names = "--facets", description = "Also count facets: edition, year, type, speaker, person, archive.")
  boolean facets;

  @Option(names = "--limit", defaultValue = "10", description = "Hits per page (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--sort", defaultValue = "relevance",
      description = "The order of the hits: relevance, date or date-desc (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--from", paramLabel = "DATE", description = "Only documents dated on or after (YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only documents dated on or before (YYYY-MM-DD).")
  String to;

  @Option(names = "--after", paramLabel = "CURSOR", description = "The next page: the cursor printed with the previous page.")
  String after;

  @Mixin IndexOptions index;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > SearchQuery.MAX_PAGE_SIZE) {
      throw new ParameterException(spec.commandLine(), "--limit must be 1 to " + SearchQuery.MAX_PAGE_SIZE + ": " + limit);
    }
    SearchQuery.Sort order = switch (sort.toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchQuery.Sort.RELEVANCE;
      case "date" -> SearchQuery.Sort.DATE;
      case "date-desc" -> SearchQuery.Sort.DATE_DESC;
      default -> throw new ParameterException(spec.commandLine(), "--sort must be relevance, date or date-desc: " + sort);
    };
    SearchQuery q = SearchQuery.of(query).withPageSize(limit).withSort(order)
        .withDates(date("--from", from), date("--to", to)).withAfter(after)
        .withFacets(facets ? Fields.FACETS : List.of());
    PrintWriter out = spec.commandLine().getOut();
    try (EditionSet editions = DossierApp.of(index.config(List.of(edition))).open(List.of(edition))) {
      editions.sync();
      editions.damaged().forEach(d -> spec.commandLine().getErr().println("dossier: warning: " + d.line()));
      long start = System.nanoTime();
      SearchResult r;
      try {
        r = editions.search(q);
      } catch (QuerySyntaxException e) {
        throw new CliException("bad query: " + e.getMessage(), 1, e);
      }
      long micros = (System.nanoTime() - start) / 1000;
      if (json) {
        out.println(SearchJson.write(r, true));
      } else {
        print(out, r, micros);
      }
    }
    return 0;
  }

  private LocalDate date(String option, String value) {
    if (value == null) return null;
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), option + " must be a date YYYY-MM-DD: " + value, e);
    }
  }

  /** Where a hit is, briefly: {@code ¶12}, {@code n3} (a note), {@code title}, {@code source}. */
  private static String where(Hit h) {
    if (h.note() != null) return "n" + h.note();
    if (!h.inBlock()) return h.kind();
    return "¶" + h.paragraph();
  }

  private static void print(PrintWriter out, SearchResult r, long micros) {
    List<HitGroup> groups = r.groups();
    out.printf(Locale.ROOT, "%d hits; showing %d in %d documents (%.1f ms)%n", r.total(), r.hits().size(),
        groups.size(), micros / 1000.0);
    for (HitGroup g : groups) {
      out.printf(Locale.ROOT, "%n%s  %s%s  %s%n", g.document(), g.number() == null ? "" : "No. " + g.number() + "  ",
          g.date() == null ? "(undated)" : g.date(), g.title());
      for (Hit h : g.hits()) {
        out.printf(Locale.ROOT, "  %-6s %s%s%n         %s%n", where(h),
            h.speaker() == null ? "" : h.speaker() + ": ", h.snippet().marked("*", "*"), h.permalink());
      }
    }
    r.facets().forEach((dim, values) -> {
      if (values.isEmpty()) return;
      StringBuilder sb = new StringBuilder();
      for (FacetValue v : values) {
        sb.append(sb.length() == 0 ? "" : ", ").append(v.labelOrValue()).append(" (").append(v.count()).append(')');
      }
      out.printf(Locale.ROOT, "%n%s: %s", dim, sb);
    });
    if (!r.facets().isEmpty()) out.println();
    if (r.nextCursor() != null) out.printf(Locale.ROOT, "%nmore: --after %s%n", r.nextCursor());
  }
}
