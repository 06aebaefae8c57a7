package org.dossier.oai;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the provider describes itself.
 *
 * @param site the public address of the site, without a trailing slash ({@code https://example.org/dossier}):
 *     the provider answers at {@code {site}/oai}, a document's page is {@code {site}/{edition}/{doc}}, and
 *     identifiers are {@code oai:{host of site}:{edition}/{doc}}
 * @param repositoryName the name Identify gives
 * @param adminEmail the address Identify gives for the repository's administrator
 * @param batch how many records, identifiers or sets one response lists before a resumption token
 */
public record OaiConfig(URI site, String repositoryName, String adminEmail, int batch) {
  /** What OAI-PMH.xsd accepts as an e-mail address. */
  private static final Pattern EMAIL = Pattern.compile("\\S+@(\\S+\\.)+\\S+");

  public OaiConfig {
    Objects.requireNonNull(site, "site");
    if (site.getHost() == null) throw new IllegalArgumentException("site must name a host: " + site);
    if (site.toString().endsWith("/")) throw new IllegalArgumentException("site must not end with '/': " + site);
    Objects.requireNonNull(repositoryName, "repositoryName");
    if (repositoryName.isBlank()) throw new IllegalArgumentException("repositoryName must not be blank");
    Objects.requireNonNull(adminEmail, "adminEmail");
    if (!EMAIL.matcher(adminEmail).matches()) {
      throw new IllegalArgumentException("adminEmail must look like name@host.domain: " + adminEmail);
    }
    if (batch < 1) throw new IllegalArgumentException("batch must be >= 1: " + batch);
  }

  /**
   * The configuration of a site at {@code site} whose administrator is {@code webmaster@} its host
   * (a host without a dot gets {@code .invalid}, so the address is well-formed yet plainly not real).
   */
  public static OaiConfig of(URI site, String repositoryName, int batch) {
    String host = Objects.requireNonNull(site, "site").getHost();
    if (host == null) throw new IllegalArgumentException("site must name a host: " + site);
    host = host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
    return new OaiConfig(site, repositoryName, "webmaster@" + (host.contains(".") ? host : host.replace(':', '-') + ".invalid"), batch);
  }

  /** The provider's own address, {@code {site}/oai}. */
  public String baseUrl() {
    return site + "/oai";
  }

  /** The namespace part of identifiers: the site's host. */
  public String namespace() {
    return Objects.requireNonNull(site.getHost(), "host").toLowerCase(Locale.ROOT);
  }
}
