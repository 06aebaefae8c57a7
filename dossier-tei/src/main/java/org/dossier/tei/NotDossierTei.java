package org.dossier.tei;

import org.jspecify.annotations.Nullable;

/** Thrown inside the reader when the XML is well-formed but not Dossier TEI; carries the element where. */
final class NotDossierTei extends Exception {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final int column;

  NotDossierTei(String message, @Nullable XElement at, @Nullable Throwable cause) {
    super(message, cause);
    this.line = at == null ? 0 : at.line();
    this.column = at == null ? 0 : at.column();
  }

  NotDossierTei(String message, @Nullable XElement at) {
    this(message, at, null);
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }
}
