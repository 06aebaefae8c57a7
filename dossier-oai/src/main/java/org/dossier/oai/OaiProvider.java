package org.dossier.oai;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.oai.internal.Provider;

/**
 * The OAI-PMH 2.0 front door: answers the six verbs over a list of editions, one set per edition,
 * in two metadata formats ({@code oai_dc}, and {@code tei}: the document's {@code teiHeader}), with
 * removed documents as deleted records (persistent) and lists paged by resumption tokens. Protocol
 * errors are {@code <error code="…">} elements of a normal response, never exceptions. Built on
 * xoai's data provider. Thread-safe.
 *
 * <pre>{@code
 * OaiProvider oai = OaiProvider.of(OaiConfig.of(URI.create("https://example.org"), "Letters", 100), sources);
 * oai.respond(Map.of("verb", List.of("Identify")), out);
 * }</pre>
 */
public final class OaiProvider {
  /** The media type of every response. */
  public static final String CONTENT_TYPE = "text/xml; charset=UTF-8";

  private final Provider provider;

  private OaiProvider(Provider provider) {
    this.provider = provider;
  }

  /**
   * A provider over {@code editions} (distinct ids), described by {@code config}.
   *
   * @throws IllegalArgumentException if two editions share an id
   */
  public static OaiProvider of(OaiConfig config, List<? extends HarvestSource> editions) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(editions, "editions");
    return new OaiProvider(new Provider(config, List.copyOf(editions)));
  }

  /**
   * Writes the response to a request with {@code parameters} (the query or form parameters, each
   * name with all its values) to {@code out}, which is not closed. Bad arguments are answered with
   * OAI-PMH errors in the response.
   *
   * @throws IOException if {@code out} cannot be written, or a document cannot be read
   */
  public void respond(Map<String, List<String>> parameters, OutputStream out) throws IOException {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(out, "out");
    provider.respond(parameters, out);
  }
}
