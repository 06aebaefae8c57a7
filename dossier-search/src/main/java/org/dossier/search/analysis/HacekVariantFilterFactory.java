package org.dossier.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link HacekVariantFilter}; SPI name {@value #NAME}, no parameters. Not multi-term
 * aware: a wildcard term keeps its háček and is then folded ({@code Jakeš*} → {@code jakes*}).
 *
 * <pre>{@code <filter name="dossierHacekVariants"/>}</pre>
 */
public final class HacekVariantFilterFactory extends TokenFilterFactory {
  /** The SPI name. */
  public static final String NAME = "dossierHacekVariants";

  /** Creates the factory. @throws IllegalArgumentException if {@code args} has any parameter */
  public HacekVariantFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameter(s): " + args);
  }

  /** For SPI lookup only; use {@link #HacekVariantFilterFactory(Map)}. */
  public HacekVariantFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new HacekVariantFilter(input);
  }
}
