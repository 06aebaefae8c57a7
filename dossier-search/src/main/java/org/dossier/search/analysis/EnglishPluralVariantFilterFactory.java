package org.dossier.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link EnglishPluralVariantFilter}; SPI name {@value #NAME}, no parameters. Not
 * multi-term aware: wildcard terms are not stemmed.
 *
 * <pre>{@code <filter name="dossierEnglishPluralVariants"/>}</pre>
 */
public final class EnglishPluralVariantFilterFactory extends TokenFilterFactory {
  /** The SPI name. */
  public static final String NAME = "dossierEnglishPluralVariants";

  /** Creates the factory. @throws IllegalArgumentException if {@code args} has any parameter */
  public EnglishPluralVariantFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameter(s): " + args);
  }

  /** For SPI lookup only; use {@link #EnglishPluralVariantFilterFactory(Map)}. */
  public EnglishPluralVariantFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new EnglishPluralVariantFilter(input);
  }
}
