package org.dossier.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link CyrillicLatinFilter}; SPI name {@value #NAME}, no parameters. It is
 * multi-term aware, so wildcard and fuzzy terms are romanised too ({@code Горбач*} →
 * {@code gorbach*}).
 *
 * <pre>{@code <filter name="dossierCyrillicLatin"/>}</pre>
 */
public final class CyrillicLatinFilterFactory extends TokenFilterFactory {
  /** The SPI name. */
  public static final String NAME = "dossierCyrillicLatin";

  /** Creates the factory. @throws IllegalArgumentException if {@code args} has any parameter */
  public CyrillicLatinFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameter(s): " + args);
  }

  /** For SPI lookup only; use {@link #CyrillicLatinFilterFactory(Map)}. */
  public CyrillicLatinFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new CyrillicLatinFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
