package org.dossier.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * The analysis chains of Dossier, defined once as factory names and parameters. {@link
 * Chain#toAnalyzer()} builds the Lucene analyzer; {@link Chain#toSolrFieldType()} writes the same
 * chain as a Solr {@code <fieldType>}, so both engines analyse alike.
 */
public final class AnalysisChains {
  /**
   * Running text, names and titles: ICU words, possessives, Cyrillic romanisation, háček
   * variants, ICU folding, and plurals stemmed beside the original form (see the package
   * documentation).
   */
  public static final Chain TEXT =
      new Chain(
          "dossier_text",
          Component.of("icu"),
          List.of(
              Component.of("englishPossessive"),
              Component.of(CyrillicLatinFilterFactory.NAME),
              Component.of(HacekVariantFilterFactory.NAME),
              Component.of("icuFolding"),
              Component.of(EnglishPluralVariantFilterFactory.NAME)));

  /** Codes and labels matched whole but without regard to case or diacritics (document types). */
  public static final Chain FOLDED_KEYWORD =
      new Chain("dossier_folded_keyword", Component.of("keyword"), List.of(Component.of("icuFolding")));

  private AnalysisChains() {}

  /** Every chain, by name. */
  public static List<Chain> all() {
    return List.of(TEXT, FOLDED_KEYWORD);
  }

  /**
   * A tokenizer or filter factory, by its SPI name (as Lucene's {@code CustomAnalyzer} and Solr
   * schemas name it), with its parameters.
   *
   * @param name the SPI name, e.g. {@code icuFolding}
   * @param params the factory's parameters, in order
   */
  public record Component(String name, Map<String, String> params) {
    public Component {
      Objects.requireNonNull(name, "name");
      params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A component without parameters. */
    public static Component of(String name) {
      return new Component(name, Map.of());
    }
  }

  /**
   * A named analysis chain: one tokenizer, then filters in order.
   *
   * @param name the name, also the Solr field type's name
   * @param tokenizer the tokenizer
   * @param filters the token filters, in order
   */
  public record Chain(String name, Component tokenizer, List<Component> filters) {
    public Chain {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(tokenizer, "tokenizer");
      filters = List.copyOf(filters);
    }

    /**
     * A Lucene analyzer for this chain. Its {@code normalize} applies the multi-term-aware
     * filters, which is what wildcard and fuzzy queries go through.
     *
     * @throws IllegalArgumentException if a factory name is unknown or a parameter is rejected
     */
    public Analyzer toAnalyzer() {
      try {
        CustomAnalyzer.Builder b =
            CustomAnalyzer.builder().withTokenizer(tokenizer.name(), new HashMap<>(tokenizer.params()));
        for (Component f : filters) b.addTokenFilter(f.name(), new HashMap<>(f.params()));
        return b.build();
      } catch (IOException e) {
        // Only resource loading throws, and these factories load no resources.
        throw new UncheckedIOException("cannot build analysis chain " + name, e);
      }
    }

    /** This chain as a Solr {@code <fieldType>} of class {@code solr.TextField}. */
    public String toSolrFieldType() {
      StringBuilder xml = new StringBuilder();
      xml.append("<fieldType name=\"").append(name).append("\" class=\"solr.TextField\" positionIncrementGap=\"100\">\n");
      xml.append("  <analyzer>\n");
      xml.append("    ").append(element("tokenizer", tokenizer)).append('\n');
      for (Component f : filters) xml.append("    ").append(element("filter", f)).append('\n');
      xml.append("  </analyzer>\n</fieldType>\n");
      return xml.toString();
    }

    private static String element(String tag, Component c) {
      StringBuilder e = new StringBuilder("<").append(tag).append(" name=\"").append(escape(c.name())).append('"');
      c.params().forEach((k, v) -> e.append(' ').append(escape(k)).append("=\"").append(escape(v)).append('"'));
      return e.append("/>").toString();
    }

    private static String escape(String s) {
      return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
  }
}
