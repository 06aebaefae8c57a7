package org.dossier.web;

import io.javalin.Javalin;

/** A running web server; {@link #close()} stops it. */
public final class DossierServer implements AutoCloseable {
  private final Javalin app;
  private final String host;

  DossierServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /** The port it listens on (the actual one when the configuration asked for 0). */
  public int port() {
    return app.port();
  }

  /** The address of the home page, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    return address(host, port()) + "/";
  }

  /** The address of a server bound to {@code host} and {@code port}, without a trailing slash. */
  static String address(String host, int port) {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + ("0.0.0.0".equals(host) || "::".equals(host) ? "localhost" : h) + ":" + port;
  }

  /** Stops the server and waits for it to stop. */
  @Override
  public void close() {
    app.stop();
  }
}
