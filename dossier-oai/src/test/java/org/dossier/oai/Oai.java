package org.dossier.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.testkit.OaiSchema;

/** A provider under test and what it answers, each answer checked against the OAI-PMH schemas. */
final class Oai {
  static final URI SITE = URI.create("https://editions.example.org/dossier");

  private final OaiProvider provider;

  Oai(int batch, HarvestSource... editions) {
    this.provider = OaiProvider.of(OaiConfig.of(SITE, "Dossier test editions", batch), List.of(editions));
  }

  /** The answer to {@code name=value} pairs, which must validate. */
  Answer ask(String... pairs) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) params.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      provider.respond(params, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] xml = out.toByteArray();
    String text = new String(xml, StandardCharsets.UTF_8);
    assertThat(OaiSchema.errors(xml)).as("schema errors in %s", text).isEmpty();
    return new Answer(text);
  }

  /** One response. */
  record Answer(String xml) {
    /** The codes of its {@code error} elements. */
    List<String> errors() {
      return all("<error code=\"([A-Za-z]+)\"");
    }

    /** The identifiers of its record headers, in order. */
    List<String> identifiers() {
      return all("<identifier>([^<]*)</identifier>");
    }

    /** The identifiers of the headers marked deleted. */
    List<String> deleted() {
      return all("<header status=\"deleted\"><identifier>([^<]*)</identifier>");
    }

    /** The resumption token's value, "" for the empty one that ends a list, null when there is none. */
    String token() {
      Matcher m = Pattern.compile("<resumptionToken[^>]*?(?:/>|>([^<]*)</resumptionToken>)").matcher(xml);
      if (!m.find()) return null;
      return m.group(1) == null ? "" : m.group(1);
    }

    /** The values of the element {@code name} (without namespace prefix handling: give it as written). */
    List<String> values(String name) {
      return all("<" + Pattern.quote(name) + "(?: [^>]*)?>([^<]*)</" + Pattern.quote(name) + ">");
    }

    List<String> all(String regex) {
      List<String> found = new ArrayList<>();
      Matcher m = Pattern.compile(regex).matcher(xml);
      while (m.find()) found.add(m.group(1));
      return found;
    }
  }
}
