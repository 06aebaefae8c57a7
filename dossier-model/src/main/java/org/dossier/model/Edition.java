package org.dossier.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An edition: a published collection of documents with its editors and registers.
 *
 * @param id URL-safe id ("masterpieces-1989", "frus1918Russiav03")
 * @param title the title
 * @param editors the editors, in the order printed
 * @param publisher the publisher, or null
 * @param licence the licence or rights statement, or null
 * @param persons the register of persons (may be empty)
 * @param places the register of places (may be empty)
 * @param terms the register of terms and abbreviations (may be empty)
 * @param imprint place and year of publication, translators, series, DOI or Handle: what a citation
 *     needs besides the fields above ({@link Imprint#NONE} when nothing is known)
 */
public record Edition(
    String id,
    String title,
    List<String> editors,
    @Nullable String publisher,
    @Nullable String licence,
    List<RegisterEntry> persons,
    List<RegisterEntry> places,
    List<RegisterEntry> terms,
    Imprint imprint) {
  public Edition {
    Ids.requireUrlSafe(id, "edition id");
    Checks.nonBlank(title, "title");
    editors = Checks.list(editors, "editors");
    publisher = Checks.optional(publisher);
    licence = Checks.optional(licence);
    persons = Checks.list(persons, "persons");
    places = Checks.list(places, "places");
    terms = Checks.list(terms, "terms");
    Objects.requireNonNull(imprint, "imprint");
  }

  /** An edition without imprint facts (the constructor before {@link Imprint} existed). */
  public Edition(String id, String title, List<String> editors, @Nullable String publisher,
      @Nullable String licence, List<RegisterEntry> persons, List<RegisterEntry> places, List<RegisterEntry> terms) {
    this(id, title, editors, publisher, licence, persons, places, terms, Imprint.NONE);
  }

  /** This edition with other citation facts; the id and the registers stay. */
  public Edition withCitation(String newTitle, List<String> newEditors, @Nullable String newPublisher,
      @Nullable String newLicence, Imprint newImprint) {
    return new Edition(id, newTitle, newEditors, newPublisher, newLicence, persons, places, terms, newImprint);
  }

  /** This edition with another imprint. */
  public Edition withImprint(Imprint newImprint) {
    return new Edition(id, title, editors, publisher, licence, persons, places, terms, newImprint);
  }

  /** A new edition with a title and nothing else. */
  public static Edition titled(String id, String title) {
    return new Edition(id, title, List.of(), null, null, List.of(), List.of(), List.of());
  }

  /** The person with register id {@code id}. */
  public Optional<RegisterEntry> findPerson(String id) {
    return persons.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
