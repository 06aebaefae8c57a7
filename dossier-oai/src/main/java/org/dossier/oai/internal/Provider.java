package org.dossier.oai.internal;

import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.xml.XmlWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.dossier.oai.HarvestSource;
import org.dossier.oai.OaiConfig;
import org.jspecify.annotations.Nullable;

/**
 * Answers OAI-PMH requests with xoai's data provider over {@link Editions}. xoai checks the
 * arguments and writes the response; the configuration (its earliest datestamp) follows the
 * editions, so a provider is made again when they change.
 */
public final class Provider {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** What the oai-identifier scheme accepts as a repository identifier: a domain name, not an IP address. */
  private static final Pattern DOMAIN = Pattern.compile("[a-zA-Z][a-zA-Z0-9\\-]*(\\.[a-zA-Z][a-zA-Z0-9\\-]*)+");

  private final OaiConfig config;
  private final Editions editions;
  private final Context context = Formats.context();
  private volatile @Nullable Built built;

  /** xoai's provider and configuration for one index of the editions. */
  private record Built(RecordIndex index, RepositoryConfiguration configuration, DataProvider provider) {}

  /** A provider of {@code sources} described by {@code config}. */
  public Provider(OaiConfig config, List<HarvestSource> sources) {
    this.config = config;
    this.editions = new Editions(config, sources);
  }

  /** Writes the response to the request with {@code parameters} (each name with its values) to {@code out}. */
  public void respond(Map<String, List<String>> parameters, OutputStream out) throws IOException {
    Built b = built();
    OAIPMH response = b.provider().handle(arguments(parameters));
    try (XmlWriter writer = new XmlWriter(out, b.configuration())) {
      writer.writeStartDocument("UTF-8", "1.0");
      writer.write(response);
      writer.writeEndDocument();
      writer.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the OAI-PMH response: " + e.getMessage(), e);
    }
  }

  private Built built() {
    RecordIndex index = editions.index();
    Built b = built;
    if (b != null && b.index() == index) return b;
    Instant earliest = index.earliest();
    RepositoryConfiguration.RepositoryConfigurationBuilder builder = new RepositoryConfiguration.RepositoryConfigurationBuilder()
        .withRepositoryName(config.repositoryName())
        .withBaseUrl(config.baseUrl())
        .withAdminEmail(config.adminEmail())
        .withEarliestDate(earliest == null ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : earliest)
        .withDeleteMethod(DeletedRecord.PERSISTENT)
        // Lenient: requests may give days or seconds, as the protocol allows; responses use seconds.
        .withGranularity(Granularity.Lenient)
        .withResumptionTokenFormat(new TokenFormat().withGranularity(Granularity.Lenient))
        .withMaxListIdentifiers(config.batch())
        .withMaxListRecords(config.batch())
        .withMaxListSets(config.batch());
    // Harvesters and registries read the identifier scheme from here; it needs a domain name.
    if (DOMAIN.matcher(config.namespace()).matches()) builder.withDescription(oaiIdentifier(config.namespace()));
    RepositoryConfiguration configuration = builder.build();
    Repository repository = new Repository(configuration).withItemRepository(editions).withSetRepository(editions);
    b = new Built(index, configuration, new DataProvider(context, repository));
    built = b;
    return b;
  }

  /** The oai-identifier description of Identify for identifiers {@code oai:{namespace}:{edition}/{document}}. */
  static String oaiIdentifier(String namespace) {
    String ns = "http://www.openarchives.org/OAI/2.0/oai-identifier";
    return "<oai-identifier xmlns=\"" + ns + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xsi:schemaLocation=\"" + ns + " http://www.openarchives.org/OAI/2.0/oai-identifier.xsd\">"
        + "<scheme>oai</scheme><repositoryIdentifier>" + namespace + "</repositoryIdentifier><delimiter>:</delimiter>"
        + "<sampleIdentifier>oai:" + namespace + ":edition/document</sampleIdentifier></oai-identifier>";
  }

  /**
   * {@code text} with every character XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/F) as
   * U+FFFD: xoai quotes arguments in its response, and such a character made writing it fail, a 500
   * instead of badArgument (issue #15: found by WebFuzzTest). No valid argument holds one.
   */
  static String xmlText(String text) {
    @Nullable StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int n = Character.charCount(c);
      boolean ok = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
          || c >= 0x10000;
      if (!ok && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
      if (out != null) {
        if (ok) out.appendCodePoint(c);
        else out.append('\uFFFD');
      }
      i += n;
    }
    return out == null ? text : out.toString();
  }

  /**
   * The request's arguments as xoai takes them. A day given as {@code until} means the whole day
   * (the protocol's reading), so it becomes that day's last second; {@code from} then becomes its
   * day's first second, so that both keep one granularity. Mixed granularities are left for xoai to refuse.
   */
  static Map<String, String[]> arguments(Map<String, List<String>> parameters) {
    Map<String, String[]> args = new LinkedHashMap<>();
    parameters.forEach((name, values) ->
        args.put(xmlText(name), values.stream().map(Provider::xmlText).toArray(String[]::new)));
    String[] from = args.get("from");
    String[] until = args.get("until");
    boolean dayUntil = until != null && until.length == 1 && DAY.matcher(until[0]).matches();
    boolean dayFrom = from == null || from.length == 1 && DAY.matcher(from[0]).matches();
    if (dayUntil && dayFrom) {
      args.put("until", new String[] {until[0] + "T23:59:59Z"});
      if (from != null) args.put("from", new String[] {from[0] + "T00:00:00Z"});
    }
    return args;
  }
}
