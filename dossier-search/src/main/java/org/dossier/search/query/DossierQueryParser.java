package org.dossier.search.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.dossier.search.Fields;
import org.dossier.search.QuerySyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Dossier's query syntax: Lucene's classic syntax with Dossier's fields, read the same way by
 * every engine. Terms are ANDed and split on white space; leading wildcards are allowed (bound
 * their expansion with {@link ExpansionGuard}); fuzzy terms keep their first letter; {@code date:}
 * takes a year, a month, a day or a range of them and matches by overlap ({@link DateQuery} says
 * how the engine indexes dates); unknown field names are errors rather than silent misses; and a
 * query made only of negations ({@code NOT x}, {@code -x}) matches nothing.
 *
 * <pre>{@code
 * Query q = DossierQueryParser.parse("speaker:Gorbachev date:1989-03", analyzer, dates);
 * }</pre>
 *
 * The analyzer is the engine's per-field analyzer for queries (the embedded engine's, or a Solr
 * schema's query analyzer): its {@code normalize} is applied to wildcard and fuzzy terms.
 * Instances are not thread-safe and are never shared: each {@link #parse} makes its own.
 */
public final class DossierQueryParser extends QueryParser {
  private static final List<String> FIELDS = Fields.QUERYABLE;
  private static final Pattern LEXICAL_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");

  private final String text;
  private final DateQuery dates;

  private DossierQueryParser(String text, Analyzer analyzer, DateQuery dates) {
    super(Fields.TEXT, analyzer);
    this.text = text;
    this.dates = dates;
    setDefaultOperator(Operator.AND);
    setAllowLeadingWildcard(true);
    setSplitOnWhitespace(true);
    // Fuzzy terms keep their first letter ("Gorbachov~" finds Gorbachev): a spelling variant rarely
    // changes it, and the term dictionary is then walked from one letter, not from the start.
    setFuzzyPrefixLength(1);
  }

  /**
   * Parses {@code text}; a blank query matches everything (titles first, then blocks, then notes).
   *
   * @param text the query as the user wrote it
   * @param analyzer the engine's query analyzer, per field
   * @param dates how the engine matches {@code date:} clauses
   * @throws QuerySyntaxException naming the problem and its column
   */
  public static Query parse(String text, Analyzer analyzer, DateQuery dates) throws QuerySyntaxException {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(dates, "dates");
    // Weighted like any other query, so that every engine lists titles first when nothing is asked.
    if (text.isBlank()) return weighted(new MatchAllDocsQuery());
    checkNesting(text);
    DossierQueryParser parser = new DossierQueryParser(text, analyzer, dates);
    try {
      return weighted(onlyNegationsMatchNothing(parser.parse(text)));
    } catch (ParseException e) {
      throw parser.translate(e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(
          "the query has too many terms (at most " + IndexSearcher.getMaxClauseCount() + ")", text, 0, e);
    } catch (IllegalArgumentException e) {
      // Lucene's query classes check what the grammar lets through (a bound, a pattern): the user's
      // input, so a syntax error, never an internal one.
      throw new QuerySyntaxException("the query cannot be read: " + e.getMessage(), text, 0, e);
    }
  }

  /**
   * {@code q} with each unit's score multiplied by its weight ({@link Fields#WEIGHT}): a title before
   * a paragraph before a note, for the same words. A unit indexed without a weight counts as 1.
   */
  private static Query weighted(Query q) {
    if (q instanceof MatchNoDocsQuery) return q;
    return FunctionScoreQuery.boostByValue(q, DoubleValuesSource.fromIntField(Fields.WEIGHT));
  }

  /** The kind of unit that {@code title:}, {@code note:} and {@code source:} search, or null for other fields. */
  private static @Nullable String narrowedKind(String field) {
    return switch (field) {
      case Fields.TITLE -> Fields.KIND_TITLE;
      case Fields.NOTE -> Fields.KIND_NOTE;
      case Fields.SOURCE -> Fields.KIND_SOURCE;
      default -> null;
    };
  }

  /** The words of {@code text} limited to units of {@code kind}: {@code title:x} is x in a title. */
  private static @Nullable Query narrow(String kind, @Nullable Query text) {
    if (text == null) return null;
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER)
        .build();
  }

  /** The deepest nesting of parentheses a query may have: the grammar recurses once a level. */
  public static final int MAX_NESTING = 100;

  /**
   * Refuses a query nested deeper than {@link #MAX_NESTING} before the parser recurses into it
   * (thousands of levels overflow the stack).
   */
  private static void checkNesting(String text) throws QuerySyntaxException {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0, column = 1; i < text.length(); i += Character.charCount(text.codePointAt(i)), column++) {
      char c = text.charAt(i);
      if (c == '\\') {
        if (i + 1 < text.length()) {
          i += Character.charCount(text.codePointAt(i + 1));
          column++;
        }
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(' && ++depth > MAX_NESTING) {
        throw new QuerySyntaxException(
            "the query nests parentheses more than " + MAX_NESTING + " deep", text, column, null);
      } else if (!quoted && c == ')' && depth > 0) {
        depth--;
      }
    }
  }

  /**
   * Lucene matches nothing with a query of only MUST_NOT clauses; Solr would quietly add "all
   * documents" to such a top-level query. Saying "nothing" explicitly keeps both engines alike.
   */
  private static Query onlyNegationsMatchNothing(Query q) {
    if (q instanceof BooleanQuery bq
        && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
      return new MatchNoDocsQuery("a query of only negations");
    }
    return q;
  }

  @Override
  protected @Nullable Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    checkField(field);
    String kind = narrowedKind(field);
    if (kind != null) return narrow(kind, getFieldQuery(Fields.TEXT, queryText, quoted));
    if (field.equals(Fields.DATE)) return dateRange(queryText, queryText);
    return super.getFieldQuery(field, queryText, quoted);
  }

  @Override
  protected @Nullable Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    checkField(field);
    String kind = narrowedKind(field);
    if (kind != null) return narrow(kind, getFieldQuery(Fields.TEXT, queryText, slop));
    if (slop < 0) {
      throw new Problem("a phrase's proximity (~N) counts words and must be 0 or more, not " + slop,
          columnOf("~" + slop));
    }
    if (field.equals(Fields.DATE)) return dateRange(queryText, queryText);
    return super.getFieldQuery(field, queryText, slop);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    checkField(field);
    String kind = narrowedKind(field);
    if (kind != null) return narrow(kind, getRangeQuery(Fields.TEXT, part1, part2, startInclusive, endInclusive));
    if (field.equals(Fields.DATE)) return dateRange(part1, part2);
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  @Override
  protected @Nullable Query getWildcardQuery(String field, String termStr) throws ParseException {
    checkField(field);
    String kind = narrowedKind(field);
    if (kind != null) return narrow(kind, getWildcardQuery(Fields.TEXT, termStr));
    noPatternOnDate(field, termStr);
    // A lone * in the text means "anything", not "expand to every word of the index".
    if (termStr.equals("*") && field.equals(Fields.TEXT)) return new MatchAllDocsQuery();
    return super.getWildcardQuery(field, termStr);
  }

  @Override
  protected @Nullable Query getPrefixQuery(String field, String termStr) throws ParseException {
    checkField(field);
    String kind = narrowedKind(field);
    if (kind != null) return narrow(kind, getPrefixQuery(Fields.TEXT, termStr));
    noPatternOnDate(field, termStr);
    return super.getPrefixQuery(field, termStr);
  }

  @Override
  protected @Nullable Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    checkField(field);
    String kind = narrowedKind(field);
    if (kind != null) return narrow(kind, getFuzzyQuery(Fields.TEXT, termStr, minSimilarity));
    noPatternOnDate(field, termStr);
    return super.getFuzzyQuery(field, termStr, minSimilarity);
  }

  @Override
  protected @Nullable Query getRegexpQuery(String field, String termStr) throws ParseException {
    checkField(field);
    String kind = narrowedKind(field);
    if (kind != null) return narrow(kind, getRegexpQuery(Fields.TEXT, termStr));
    noPatternOnDate(field, termStr);
    try {
      return super.getRegexpQuery(field, termStr);
    } catch (IllegalArgumentException e) {
      throw new Problem("/" + termStr + "/ is not a regular expression: " + e.getMessage(), columnOf("/" + termStr), e);
    }
  }

  private void checkField(String field) throws ParseException {
    if (!FIELDS.contains(field) && !field.equals("*")) {
      throw new Problem("unknown field '" + field + ":'; fields are " + String.join(", ", FIELDS), columnOf(field + ":"));
    }
  }

  private void noPatternOnDate(String field, String termStr) throws ParseException {
    if (field.equals(Fields.DATE)) {
      throw new Problem(
          "date: takes a year, a month or a day (1989, 1989-03, 1989-03-03) or a range [1989-01 TO 1989-06], not '"
              + termStr + "'", columnOf(termStr));
    }
  }

  /** Blocks whose document date overlaps the days from {@code first}'s first day to {@code last}'s last day. */
  private Query dateRange(@Nullable String first, @Nullable String last) throws ParseException {
    LocalDate from = first == null || first.equals("*") ? null : day(first, true);
    LocalDate to = last == null || last.equals("*") ? null : day(last, false);
    if (from != null && to != null && to.isBefore(from)) {
      throw new Problem("the date range ends before it starts: " + first + " TO " + last, columnOf(first));
    }
    return dates.overlapping(from, to);
  }

  private LocalDate day(String value, boolean start) throws ParseException {
    try {
      return switch (value.length()) {
        case 4 -> start ? Year.parse(value).atDay(1) : Year.parse(value).atMonth(12).atEndOfMonth();
        case 7 -> start ? YearMonth.parse(value).atDay(1) : YearMonth.parse(value).atEndOfMonth();
        case 10 -> LocalDate.parse(value);
        default -> throw new DateTimeException("not a date");
      };
    } catch (DateTimeException e) {
      throw new Problem(
          "'" + value + "' is not a date: write a year, a month or a day (1989, 1989-03, 1989-03-03)", columnOf(value), e);
    }
  }

  /** The 1-based code-point column of the first occurrence of {@code needle}, or 0. */
  private int columnOf(@Nullable String needle) {
    if (needle == null) return 0;
    int i = text.indexOf(needle);
    if (i < 0) i = text.toLowerCase(Locale.ROOT).indexOf(needle.toLowerCase(Locale.ROOT));
    return i < 0 ? 0 : text.codePointCount(0, i) + 1;
  }

  /** Lucene wraps the grammar's exceptions in a "Cannot parse" one; the cause has the position. */
  private QuerySyntaxException translate(ParseException wrapper) {
    Throwable cause = wrapper.getCause() != null ? wrapper.getCause() : wrapper;
    if (cause instanceof Problem p) return new QuerySyntaxException(p.getMessage(), text, p.column, wrapper);
    if (cause instanceof IndexSearcher.TooManyClauses) {
      return new QuerySyntaxException(
          "the query has too many terms (at most " + IndexSearcher.getMaxClauseCount() + ")", text, 0, wrapper);
    }
    if (cause instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
      Token next = pe.currentToken.next;
      int column = codePointColumn(next.beginLine, next.beginColumn);
      String problem =
          next.kind == EOF
              ? "the query ends too early: is a parenthesis, bracket or quote left open, or an operator left without its term?"
              : "unexpected '" + next.image + "'";
      return new QuerySyntaxException(problem, text, column, wrapper);
    }
    if (cause instanceof TokenMgrError lexical) {
      int openQuote = unclosedQuote();
      if (openQuote >= 0) {
        return new QuerySyntaxException(
            "this quoted phrase is not closed", text, text.codePointCount(0, openQuote) + 1, wrapper);
      }
      Matcher m = LEXICAL_COLUMN.matcher(String.valueOf(lexical.getMessage()));
      int column = m.find() ? codePointColumn(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : 0;
      String problem =
          String.valueOf(lexical.getMessage()).contains("<EOF>")
              ? "the query ends with a lone backslash (write \\\\ for a backslash)"
              : "a character cannot be read here";
      return new QuerySyntaxException(problem, text, column, wrapper);
    }
    return new QuerySyntaxException("the query cannot be read: " + wrapper.getMessage(), text, 0, wrapper);
  }

  /** The char index of a double quote that opens a phrase never closed, or -1. */
  private int unclosedQuote() {
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  /** Lucene's FastCharStream reports lines from 1 and columns as 0-based char offsets. */
  private int codePointColumn(int line, int charColumn) {
    int start = 0;
    for (int l = 1; l < line; l++) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) break;
      start = nl + 1;
    }
    int end = Math.min(text.length(), start + Math.max(0, charColumn));
    return text.codePointCount(start, end) + 1;
  }

  /** A problem found by this parser's own rules, with its column. */
  private static final class Problem extends ParseException {
    private static final long serialVersionUID = 1L;
    private final int column;

    Problem(String message, int column) {
      super(message);
      this.column = column;
    }

    Problem(String message, int column, Throwable cause) {
      this(message, column);
      initCause(cause);
    }
  }
}
