package org.dossier.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Edition;
import org.dossier.model.RegisterEntry;

/** Merges the registers an import brings into an edition's own. */
final class Registers {
  private Registers() {}

  /** {@code base} with the entries of {@code added} (an entry with the same id is replaced), editors and
   * publisher taken from {@code added} when {@code base} has none. */
  static Edition merge(Edition base, Edition added) {
    return new Edition(base.id(), base.title(),
        base.editors().isEmpty() ? added.editors() : base.editors(),
        base.publisher() != null ? base.publisher() : added.publisher(),
        base.licence() != null ? base.licence() : added.licence(),
        union(base.persons(), added.persons()), union(base.places(), added.places()),
        union(base.terms(), added.terms()));
  }

  /** What an edition becomes after an import: its registers merged, its editors filled in. */
  static Edition afterImport(Edition current, @org.jspecify.annotations.Nullable Edition imported,
      java.util.Collection<org.dossier.model.Document> documents) {
    Edition merged = imported == null ? current : merge(current, imported);
    return withEditorsOf(merged, documents);
  }

  /**
   * {@code edition} with the editors that imported pages name (a scraped page names the book's
   * editors on every document) when the edition has none of its own.
   */
  static Edition withEditorsOf(Edition edition, java.util.Collection<org.dossier.model.Document> documents) {
    if (!edition.editors().isEmpty()) return edition;
    for (org.dossier.model.Document d : documents) {
      if (!d.editors().isEmpty()) {
        return new Edition(edition.id(), edition.title(), d.editors(), edition.publisher(), edition.licence(),
            edition.persons(), edition.places(), edition.terms());
      }
    }
    return edition;
  }

  private static List<RegisterEntry> union(List<RegisterEntry> a, List<RegisterEntry> b) {
    Map<String, RegisterEntry> byId = new LinkedHashMap<>();
    a.forEach(e -> byId.put(e.id(), e));
    b.forEach(e -> byId.put(e.id(), e));
    return new ArrayList<>(byId.values());
  }
}
