package org.dossier.oai.internal;

import io.gdcc.xoai.dataprovider.exceptions.handler.HandlerException;
import io.gdcc.xoai.model.oaipmh.Error;

/**
 * A well-formed resumption token that points past the end of its list: the list shrank since the
 * token was issued, or the token was made up. The protocol's answer is {@code badResumptionToken};
 * xoai's own exception for it cannot be thrown from a repository, hence this one.
 */
final class StaleTokenException extends HandlerException {
  private static final long serialVersionUID = 1L;

  StaleTokenException(String message) {
    super(message);
  }

  @Override
  public Error.Code getErrorCode() {
    return Error.Code.BAD_RESUMPTION_TOKEN;
  }
}
