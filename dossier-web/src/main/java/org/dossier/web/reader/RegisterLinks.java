package org.dossier.web.reader;

import java.util.HashMap;
import java.util.Map;
import org.dossier.app.RegisterBook;
import org.dossier.model.Edition;
import org.dossier.model.Ids;
import org.dossier.model.Mention;
import org.dossier.model.RegisterEntry;
import org.jspecify.annotations.Nullable;

/**
 * The register entries that mentions in a document's text link to. Made once per rendered page, the
 * lookup table only when a block has a mention: a debate's register holds thousands of persons.
 */
final class RegisterLinks {
  private final Edition edition;
  private @Nullable Map<String, RegisterEntry> entries;

  RegisterLinks(Edition edition) {
    this.edition = edition;
  }

  /** The register a kind of mention points into; organisations have none of their own. */
  static RegisterBook.@Nullable Kind kind(Mention m) {
    return switch (m.type()) {
      case PERSON -> RegisterBook.Kind.PERSONS;
      case PLACE -> RegisterBook.Kind.PLACES;
      case TERM -> RegisterBook.Kind.TERMS;
      case ORGANIZATION -> null;
    };
  }

  /** The entry {@code m} names, when the edition's register has it under a URL-safe id; else null. */
  @Nullable RegisterEntry find(Mention m) {
    RegisterBook.Kind kind = kind(m);
    if (kind == null || !Ids.isUrlSafe(m.ref())) return null;
    if (entries == null) {
      Map<String, RegisterEntry> all = new HashMap<>();
      for (RegisterBook.Kind k : RegisterBook.Kind.values()) {
        for (RegisterEntry e : k.of(edition)) all.putIfAbsent(k.jsonName() + '\0' + e.id(), e);
      }
      entries = all;
    }
    return entries.get(kind.jsonName() + '\0' + m.ref());
  }

  /** The link {@code m} becomes; {@code m} must name an entry ({@link #find}). */
  Inline link(Mention m, String printed) {
    RegisterEntry entry = find(m);
    RegisterBook.Kind kind = kind(m);
    if (entry == null || kind == null) throw new IllegalArgumentException("mention names no register entry: " + m.ref());
    return Inline.link(printed, m.type().jsonName(), RegisterPages.href(edition, kind, m.ref()), entry.name());
  }
}
