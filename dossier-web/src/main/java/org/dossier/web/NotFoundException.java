package org.dossier.web;

/** Something a request names does not exist: answered with 404 (a page, or JSON under {@code /api}). */
public final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what was not found, safe to show to the client */
  public NotFoundException(String message) {
    super(message);
  }
}
