package org.dossier.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** Writes DTO records as JSON responses. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** Answers with {@code body} as JSON. */
  public static void send(Context ctx, Object body) {
    ctx.contentType("application/json; charset=utf-8").result(write(body));
  }

  /** {@code body} as JSON text. */
  public static String write(Object body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + body.getClass().getSimpleName(), e);
    }
  }
}
