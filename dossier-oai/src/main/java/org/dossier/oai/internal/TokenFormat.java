package org.dossier.oai.internal;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.services.api.ResumptionTokenFormat;
import io.gdcc.xoai.services.impl.SimpleResumptionTokenFormat;

/**
 * xoai's token format (the list's arguments and an offset, in base64), refusing tokens that lack
 * the offset or the metadata prefix: every token this provider issues has both, so one without
 * them was not issued here and is a {@code badResumptionToken}, not a missing argument.
 */
final class TokenFormat implements ResumptionTokenFormat {
  private final ResumptionTokenFormat simple = new SimpleResumptionTokenFormat().withGranularity(Granularity.Second);

  @Override
  public ResumptionTokenFormat withGranularity(Granularity granularity) {
    simple.withGranularity(granularity);
    return this;
  }

  @Override
  public String format(ResumptionToken.Value value) {
    return simple.format(value);
  }

  @Override
  public ResumptionToken.Value parse(String value) throws BadResumptionTokenException {
    ResumptionToken.Value v;
    try {
      v = simple.parse(value);
    } catch (RuntimeException e) { // a malformed number or date inside a well-encoded token
      throw new BadResumptionTokenException("the resumption token was not issued by this repository", e);
    }
    if (!v.hasOffset() || !v.hasMetadataPrefix() || v.getOffset() < 0) {
      throw new BadResumptionTokenException("the resumption token was not issued by this repository");
    }
    return v;
  }
}
