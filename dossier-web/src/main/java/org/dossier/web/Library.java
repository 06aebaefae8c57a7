package org.dossier.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Document;
import org.dossier.model.Ids;

/**
 * The editions a server serves, looked up by id. Every id that comes from a request passes
 * {@link #checkId} first, so nothing but a URL-safe id ever reaches an {@link EditionSource}
 * (and, behind it, a file name).
 */
public final class Library {
  private final Map<String, EditionSource> editions = new LinkedHashMap<>();

  /** @throws IllegalArgumentException if two editions share an id */
  public Library(List<EditionSource> sources) {
    for (EditionSource s : sources) {
      String id = s.edition().id();
      if (editions.put(id, s) != null) throw new IllegalArgumentException("edition id " + id + " is served twice");
    }
  }

  /** The editions, in the order given. */
  public List<EditionSource> editions() {
    return List.copyOf(editions.values());
  }

  /** The edition {@code id}. @throws NotFoundException if there is none; BadRequestException if the id is malformed */
  public EditionSource expectEdition(String id) {
    EditionSource s = editions.get(checkId(id, "edition"));
    if (s == null) throw new NotFoundException("no edition '" + id + "'");
    return s;
  }

  /** The edition {@code id}, if served. */
  public Optional<EditionSource> findEdition(String id) {
    return Ids.isUrlSafe(id) ? Optional.ofNullable(editions.get(id)) : Optional.empty();
  }
  /** The name the first edition's register of persons that has {@code id} gives it, for facet labels. */
  public Optional<String> findPersonName(String id) {
    for (EditionSource s : editions()) {
      var person = s.edition().findPerson(id);
      if (person.isPresent()) return Optional.of(person.get().name());
    }
    return Optional.empty();
  }


  /** Document {@code id} of edition {@code edition}. @throws NotFoundException if either is unknown */
  public Document expectDocument(String edition, String id) {
    EditionSource s = expectEdition(edition);
    return s.find(checkId(id, "document"))
        .orElseThrow(() -> new NotFoundException("edition '" + edition + "' has no document '" + id + "'"));
  }

  /** The first document with id {@code id} in any edition. @throws NotFoundException if none has it */
  public Located expectDocument(String id) {
    checkId(id, "document");
    for (EditionSource s : editions.values()) {
      Optional<Document> d = s.find(id);
      if (d.isPresent()) return new Located(s, d.get());
    }
    throw new NotFoundException("no document '" + id + "'");
  }

  /**
   * Returns {@code id} if it is URL-safe.
   *
   * @throws BadRequestException naming {@code what} otherwise (the bad value is not echoed: it may
   *     hold control characters)
   */
  public static String checkId(String id, String what) {
    if (!Ids.isUrlSafe(id)) {
      throw new BadRequestException("malformed " + what + " id: use letters, digits, '.', '_' and '-'");
    }
    return id;
  }

  /**
   * A document and the edition that serves it.
   *
   * @param source the edition
   * @param document the document
   */
  public record Located(EditionSource source, Document document) {}
}
