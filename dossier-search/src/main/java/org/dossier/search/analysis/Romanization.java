package org.dossier.search.analysis;

import com.ibm.icu.text.Transliterator;

/**
 * The Cyrillic → Latin romanisation that English-language texts use for Russian names
 * (Gorbachev, Khrushchev, Yeltsin, Shcherbitsky), as ICU transliteration rules.
 *
 * <p>It follows the common English (BGN/PCGN-like, simplified) practice rather than a scholarly
 * standard: ё is {@code e} (Gorbachev, not Gorbachyov), ъ and ь are dropped, е is {@code ye} at the
 * start of a word and after a vowel or a soft or hard sign (Yeltsin, Vasilyev), and the
 * adjectival endings -ий/-ый are {@code y} (Gorky, Shcherbitsky). Ukrainian, Belarusian and
 * South Slavic letters are mapped too; Serbian and Macedonian letters keep their háček so that
 * {@link HacekVariantFilter} gives them an English spelling as well. The output is lower case.
 */
final class Romanization {
  static final String RULES =
      String.join(
          "\n",
          ":: [:Cyrillic:] Lower ;",
          // A before-context sees text already romanised, so it names Latin vowels.
          "$vowel = [aeiouy] ;",
          "ье > ye ; ъе > ye ;",
          "$vowel { е > ye ;",
          "^ { е > ye ;",
          "ий } $ > y ;",
          "ый } $ > y ;",
          "а > a ; б > b ; в > v ; г > g ; д > d ; е > e ; ё > e ; ж > zh ; з > z ; и > i ;",
          "й > y ; к > k ; л > l ; м > m ; н > n ; о > o ; п > p ; р > r ; с > s ; т > t ;",
          "у > u ; ф > f ; х > kh ; ц > ts ; ч > ch ; ш > sh ; щ > shch ; ъ > ; ы > y ; ь > ;",
          "э > e ; ю > yu ; я > ya ;",
          "і > i ; ї > yi ; є > ye ; ґ > g ; ў > u ;",
          "ђ > đ ; ј > j ; љ > lj ; њ > nj ; ћ > ć ; џ > dž ; ѓ > gj ; ќ > kj ; ѕ > dz ;");

  /**
   * Built once: compiling the rules takes milliseconds, and {@code Analyzer.normalize} creates a
   * new filter for every wildcard term. ICU transliterators may be shared between threads (the
   * rule-based ones synchronise on their rule data), which is why Lucene's own {@code
   * ICUTransformFilterFactory} shares one instance the same way.
   */
  private static final Transliterator INSTANCE =
      Transliterator.createFromRules("Dossier-Cyrillic-Latin", RULES, Transliterator.FORWARD);

  private Romanization() {}

  static Transliterator cyrillicToLatin() {
    return INSTANCE;
  }

  /** Whether {@code c} is in the Cyrillic blocks (basic, supplement, extended A–C). */
  static boolean isCyrillic(char c) {
    return (c >= '\u0400' && c <= '\u052F')
        || (c >= '\u2DE0' && c <= '\u2DFF')
        || (c >= '\uA640' && c <= '\uA69F')
        || (c >= '\u1C80' && c <= '\u1C8F');
  }
}
