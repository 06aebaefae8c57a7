package org.dossier.model;

import java.util.List;
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
 */
public record Edition(
    String id,
    String title,
    List<String> editors,
    @Nullable String publisher,
    @Nullable String licence,
    List<RegisterEntry> persons,
    List<RegisterEntry> places,
    List<RegisterEntry> terms) {
  public Edition {
    Ids.requireUrlSafe(id, "edition id");
    Checks.nonBlank(title, "title");
    editors = Checks.list(editors, "editors");
    publisher = Checks.optional(publisher);
    licence = Checks.optional(licence);
    persons = Checks.list(persons, "persons");
    places = Checks.list(places, "places");
    terms = Checks.list(terms, "terms");
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
