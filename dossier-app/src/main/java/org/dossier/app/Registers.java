package org.dossier.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Edition;
import org.dossier.model.RegisterEntry;
import org.jspecify.annotations.Nullable;

/** Merges the registers an import brings into an edition's own. */
final class Registers {
  private Registers() {}

  /**
   * {@code base} with the entries of {@code added} (an entry with the same id is replaced), editors,
   * publisher, licence and each imprint fact taken from {@code added} when {@code base} has none.
   */
  static Edition merge(Edition base, Edition added) {
    return new Edition(base.id(), base.title(),
        base.editors().isEmpty() ? added.editors() : base.editors(),
        base.publisher() != null ? base.publisher() : added.publisher(),
        base.licence() != null ? base.licence() : added.licence(),
        union(base.persons(), added.persons()), union(base.places(), added.places()),
        union(base.terms(), added.terms()), base.imprint().orElse(added.imprint()));
  }

  /**
   * What an edition becomes after an import: its registers merged with those the sources carry,
   * the editors that imported pages name when it has none of its own (a scraped page names the
   * book's editors on every document), and the sources' title if asked for.
   *
   * @param documentEditors the editors named by the first imported document that names any
   */
  static Edition afterImport(Edition current, @Nullable Edition imported, List<String> documentEditors,
      boolean titleFromSources) {
    Edition merged = imported == null ? current : merge(current, imported);
    String title = titleFromSources && imported != null ? imported.title() : merged.title();
    List<String> editors = merged.editors().isEmpty() ? documentEditors : merged.editors();
    return new Edition(merged.id(), title, editors, merged.publisher(), merged.licence(),
        merged.persons(), merged.places(), merged.terms(), merged.imprint());
  }

  private static List<RegisterEntry> union(List<RegisterEntry> a, List<RegisterEntry> b) {
    Map<String, RegisterEntry> byId = new LinkedHashMap<>();
    a.forEach(e -> byId.put(e.id(), e));
    b.forEach(e -> byId.put(e.id(), e));
    return new ArrayList<>(byId.values());
  }
}
