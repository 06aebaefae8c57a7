package org.dossier.cite;

/** A citation style or format that Dossier does not know, named in the message. */
public final class UnknownStyleException extends Exception {
  private static final long serialVersionUID = 1L;

  UnknownStyleException(String message) {
    super(message);
  }
}
