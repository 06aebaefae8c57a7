package org.dossier.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dossier.web.api.ApiError;
import org.dossier.web.api.Json;
import org.dossier.web.reader.ErrorView;
import org.dossier.web.reader.Templates;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Answers the errors Jetty raises itself, before a request reaches Javalin (a malformed request
 * line, a URI or headers too large, an unknown HTTP version), as Dossier answers its own: the
 * JSON error of {@code docs/api.md} under {@code /api/}, the error page elsewhere, with the same
 * security headers. Jetty's own page names no secret, but it lacks those headers and breaks the
 * API's promise that every error is JSON.
 *
 * <p>A request whose target Jetty could not read (a bad request line, a URI too long, an unknown
 * version) reaches this handler with a placeholder path, so it gets the HTML page.
 */
final class JettyErrors extends ErrorHandler {
  @Override
  protected void generateResponse(Request request, Response response, int code, @Nullable String message,
      @Nullable Throwable cause, Callback callback) {
    String path = request.getHttpURI() == null ? "" : String.valueOf(request.getHttpURI().getPath());
    String text = sentence(code);
    if (code >= 500 && code != HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
      RequestLog.fault(request.getMethod(), path, cause != null ? cause : new IllegalStateException(message));
    } else {
      RequestLog.userError(request.getMethod(), path, code, message == null ? text : message);
    }
    HttpFields.Mutable headers = response.getHeaders();
    for (Map.Entry<String, String> h : DossierWeb.SECURITY_HEADERS.entrySet()) headers.put(h.getKey(), h.getValue());
    headers.put("Cache-Control", "no-store");
    byte[] body;
    if (path.startsWith("/api/")) {
      headers.put("Content-Type", "application/json; charset=utf-8");
      String error = code == 400 ? "bad_request" : "http_" + code;
      body = Json.write(ApiError.of(code, error, text)).getBytes(StandardCharsets.UTF_8);
    } else {
      headers.put("Content-Type", "text/html; charset=utf-8");
      body = Templates.render("error.jte", ErrorView.of(code, text)).getBytes(StandardCharsets.UTF_8);
    }
    response.setStatus(code);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** What to tell the client: our words, since Jetty's message may quote the request. */
  static String sentence(int code) {
    return switch (code) {
      case 400 -> "The request is malformed: its address or headers are not valid HTTP.";
      case 414 -> "The address is too long.";
      case 431 -> "The request's headers are too large.";
      case 505 -> "This server speaks HTTP/1.0 and HTTP/1.1 only.";
      default -> code + " " + HttpStatus.getMessage(code);
    };
  }
}
