package org.dossier.cli;

/** A failure the user can act on: its message is printed as is, and the command exits with its code. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  CliException(String message) {
    this(message, 1, null);
  }

  CliException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
