package org.dossier.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.dossier.model.Affiliation;
import org.dossier.model.Edition;
import org.dossier.model.Ids;
import org.dossier.model.Imprint;
import org.dossier.model.RegisterEntry;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@code edition.json} (the format is described in {@code docs/store.md}).
 * Writing is deterministic: fixed key order, two-space indent, {@code \n} line ends, so the
 * file diffs well in git.
 */
final class EditionJson {
  /** The format version this code reads and writes. */
  static final int VERSION = 1;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  /** The parsed content of {@code edition.json}: the edition, its documents and its removed documents. */
  record Content(Edition edition, List<DocumentEntry> documents, List<RemovedDocument> removed) {
    Content {
      documents = List.copyOf(documents);
      removed = List.copyOf(removed);
    }
  }

  /** A field that is missing or has the wrong value, at a JSON pointer. */
  private static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    private final String pointer;

    Invalid(String pointer, String message, @Nullable Throwable cause) {
      super(message, cause);
      this.pointer = pointer;
    }
  }

  private EditionJson() {}

  /**
   * Parses {@code bytes}, the content of {@code file}. A document entry without {@code modified}
   * (written before Dossier kept datestamps) gets {@code undated.apply(id)}.
   *
   * @throws CorruptEditionException for invalid JSON, a missing required field or a bad value,
   *     with file:line:column
   */
  static Content parse(byte[] bytes, Path file, Function<String, Instant> undated) throws CorruptEditionException {
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new CorruptEditionException("not valid JSON: " + e.getOriginalMessage(), file,
          at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e);
    } catch (IOException e) {
      throw new CorruptEditionException("cannot parse: " + e.getMessage(), file, 0, 0, e);
    }
    if (root == null || root.isMissingNode()) throw new CorruptEditionException("the file is empty", file, 0, 0, null);
    try {
      return content(root, undated);
    } catch (Invalid e) {
      JsonLocation at = locate(bytes, e.pointer);
      String where = e.pointer.isEmpty() ? "" : e.pointer.substring(1).replace('/', '.') + ": ";
      throw new CorruptEditionException(where + e.getMessage(), file,
          at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getCause());
    }
  }

  private static Content content(JsonNode root, Function<String, Instant> undated) throws Invalid {
    if (!root.isObject()) throw new Invalid("", "edition.json must hold a JSON object", null);
    JsonNode version = root.get("dossier");
    if (version == null) throw new Invalid("", "missing required field 'dossier' (the format version)", null);
    if (!version.isInt()) throw new Invalid("/dossier", "the format version must be an integer", null);
    if (version.intValue() > VERSION) {
      throw new Invalid("/dossier", "format version " + version.intValue()
          + " was written by a newer Dossier; this one reads version " + VERSION, null);
    }
    if (version.intValue() < 1) throw new Invalid("/dossier", "unknown format version " + version.intValue(), null);
    Edition edition;
    String id = required(root, "", "id");
    String title = required(root, "", "title");
    List<String> editors = strings(root, "", "editors");
    @Nullable String publisher = optional(root, "", "publisher");
    @Nullable String licence = optional(root, "", "licence");
    List<RegisterEntry> persons = register(root, "persons");
    List<RegisterEntry> places = register(root, "places");
    List<RegisterEntry> terms = register(root, "terms");
    // Files written before the imprint fields existed simply lack them: all are optional.
    Imprint imprint;
    try {
      imprint = new Imprint(optional(root, "", "place"), year(root), strings(root, "", "translators"),
          optional(root, "", "series"), optional(root, "", "doi"), optional(root, "", "handle"));
    } catch (IllegalArgumentException e) {
      throw new Invalid("", e.getMessage(), e);
    }
    try {
      edition = new Edition(id, title, editors, publisher, licence, persons, places, terms, imprint);
    } catch (IllegalArgumentException e) {
      throw new Invalid("", e.getMessage(), e);
    }
    JsonNode docs = root.get("documents");
    if (docs == null) throw new Invalid("", "missing required field 'documents'", null);
    if (!docs.isArray()) throw new Invalid("/documents", "must be an array", null);
    List<DocumentEntry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < docs.size(); i++) {
      String at = "/documents/" + i;
      JsonNode d = docs.get(i);
      if (!d.isObject()) throw new Invalid(at, "must be an object", null);
      DocumentEntry entry;
      try {
        String docId = Ids.requireUrlSafe(required(d, at, "id"), "document id");
        Instant modified = instant(d, at, "modified");
        entry = new DocumentEntry(docId, required(d, at, "file"), required(d, at, "sha256"),
            optional(d, at, "number"), required(d, at, "title"), optional(d, at, "date"), optional(d, at, "type"),
            strings(d, at, "sections"), modified != null ? modified : undated.apply(docId));
      } catch (IllegalArgumentException e) {
        throw new Invalid(at, e.getMessage(), e);
      }
      if (!ids.add(entry.id())) throw new Invalid(at + "/id", "document '" + entry.id() + "' is listed twice", null);
      entries.add(entry);
    }
    return new Content(edition, entries, removed(root, ids));
  }

  /** The removed documents (absent in files written before Dossier kept them); a listed id wins. */
  private static List<RemovedDocument> removed(JsonNode root, Set<String> listed) throws Invalid {
    JsonNode array = root.get("removed");
    if (array == null || array.isNull()) return List.of();
    if (!array.isArray()) throw new Invalid("/removed", "must be an array", null);
    List<RemovedDocument> removed = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      String at = "/removed/" + i;
      JsonNode r = array.get(i);
      if (!r.isObject()) throw new Invalid(at, "must be an object", null);
      String id = required(r, at, "id");
      Instant when = instant(r, at, "removed");
      if (when == null) throw new Invalid(at, "missing required field 'removed'", null);
      try {
        if (!listed.contains(id) && ids.add(id)) removed.add(new RemovedDocument(id, when));
      } catch (IllegalArgumentException e) {
        throw new Invalid(at, e.getMessage(), e);
      }
    }
    return removed;
  }

  /** A UTC time stamp field ({@code 2026-11-30T07:01:32Z}), or null when absent or null. */
  private static @Nullable Instant instant(JsonNode object, String at, String field) throws Invalid {
    String v = optional(object, at, field);
    if (v == null) return null;
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new Invalid(at + "/" + field, "'" + field + "' must be a UTC time like 2026-11-30T07:01:32Z: '" + v + "'", e);
    }
  }

  private static List<RegisterEntry> register(JsonNode root, String field) throws Invalid {
    JsonNode array = root.get(field);
    if (array == null || array.isNull()) return List.of();
    if (!array.isArray()) throw new Invalid("/" + field, "must be an array", null);
    List<RegisterEntry> entries = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = "/" + field + "/" + i;
      JsonNode e = array.get(i);
      if (!e.isObject()) throw new Invalid(at, "must be an object", null);
      try {
        entries.add(new RegisterEntry(required(e, at, "id"), required(e, at, "name"),
            optional(e, at, "description"), optional(e, at, "sex"), affiliations(e, at)));
      } catch (IllegalArgumentException x) {
        throw new Invalid(at, x.getMessage(), x);
      }
    }
    return entries;
  }

  private static @Nullable Integer year(JsonNode root) throws Invalid {
    JsonNode v = root.get("year");
    if (v == null || v.isNull()) return null;
    if (!v.isInt() || v.intValue() < 1 || v.intValue() > 9999) {
      throw new Invalid("/year", "'year' must be a whole number from 1 to 9999", null);
    }
    return v.intValue();
  }

  /** A person's affiliations ({@code organization}, {@code role}, {@code from}, {@code to}), or none. */
  private static List<Affiliation> affiliations(JsonNode entry, String at) throws Invalid {
    JsonNode array = entry.get("affiliations");
    if (array == null || array.isNull()) return List.of();
    if (!array.isArray()) throw new Invalid(at + "/affiliations", "must be an array", null);
    List<Affiliation> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String where = at + "/affiliations/" + i;
      JsonNode a = array.get(i);
      if (!a.isObject()) throw new Invalid(where, "must be an object", null);
      try {
        out.add(new Affiliation(required(a, where, "organization"), optional(a, where, "role"),
            optional(a, where, "from"), optional(a, where, "to")));
      } catch (IllegalArgumentException x) {
        throw new Invalid(where, x.getMessage(), x);
      }
    }
    return out;
  }

  private static List<String> strings(JsonNode object, String at, String field) throws Invalid {
    JsonNode array = object.get(field);
    if (array == null || array.isNull()) return List.of();
    if (!array.isArray()) throw new Invalid(at + "/" + field, "must be an array of strings", null);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!array.get(i).isTextual()) throw new Invalid(at + "/" + field + "/" + i, "must be a string", null);
      values.add(array.get(i).textValue());
    }
    return values;
  }

  /** A string field that must be present. */
  private static String required(JsonNode object, String at, String field) throws Invalid {
    String v = optional(object, at, field);
    if (v == null) throw new Invalid(at, "missing required field '" + field + "'", null);
    return v;
  }

  /** A string field, or null when absent or null. */
  private static @Nullable String optional(JsonNode object, String at, String field) throws Invalid {
    JsonNode v = object.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw new Invalid(at + "/" + field, "'" + field + "' must be a string", null);
    return v.textValue();
  }

  /** Where the value at {@code pointer} starts in {@code bytes}, or null if it cannot be found. */
  private static @Nullable JsonLocation locate(byte[] bytes, String pointer) {
    JsonPointer target = JsonPointer.compile(pointer);
    try (JsonParser p = FACTORY.createParser(bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME || t.isStructEnd()) continue;
        if (p.getParsingContext().pathAsPointer().equals(target)) return p.currentTokenLocation();
      }
    } catch (IOException e) {
      return null; // the file parsed once already; a location is a courtesy
    }
    return null;
  }

  /** Writes {@code content} as pretty-printed JSON ending in a newline; {@code out} is not closed. */
  static void write(Content content, OutputStream out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    try (JsonGenerator g = FACTORY.createGenerator(out).setPrettyPrinter(printer)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      Edition e = content.edition();
      g.writeStartObject();
      g.writeNumberField("dossier", VERSION);
      g.writeStringField("id", e.id());
      g.writeStringField("title", e.title());
      g.writeArrayFieldStart("editors");
      for (String editor : e.editors()) g.writeString(editor);
      g.writeEndArray();
      g.writeStringField("publisher", e.publisher());
      g.writeStringField("licence", e.licence());
      Imprint imprint = e.imprint();
      g.writeStringField("place", imprint.place());
      if (imprint.year() == null) g.writeNullField("year"); else g.writeNumberField("year", imprint.year());
      g.writeArrayFieldStart("translators");
      for (String translator : imprint.translators()) g.writeString(translator);
      g.writeEndArray();
      g.writeStringField("series", imprint.series());
      g.writeStringField("doi", imprint.doi());
      g.writeStringField("handle", imprint.handle());
      writeRegister(g, "persons", e.persons());
      writeRegister(g, "places", e.places());
      writeRegister(g, "terms", e.terms());
      g.writeArrayFieldStart("documents");
      for (DocumentEntry d : content.documents()) {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("file", d.file());
        g.writeStringField("sha256", d.sha256());
        g.writeStringField("number", d.number());
        g.writeStringField("title", d.title());
        g.writeStringField("date", d.date());
        g.writeStringField("type", d.type());
        if (!d.sections().isEmpty()) {
          g.writeArrayFieldStart("sections");
          for (String section : d.sections()) g.writeString(section);
          g.writeEndArray();
        }
        g.writeStringField("modified", d.modified().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("removed");
      for (RemovedDocument r : content.removed()) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("removed", r.removed().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void writeRegister(JsonGenerator g, String field, List<RegisterEntry> entries) throws IOException {
    g.writeArrayFieldStart(field);
    for (RegisterEntry r : entries) {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      g.writeStringField("name", r.name());
      g.writeStringField("description", r.description());
      if (r.sex() != null) g.writeStringField("sex", r.sex());
      if (!r.affiliations().isEmpty()) {
        g.writeArrayFieldStart("affiliations");
        for (Affiliation a : r.affiliations()) {
          g.writeStartObject();
          g.writeStringField("organization", a.organization());
          if (a.role() != null) g.writeStringField("role", a.role());
          if (a.from() != null) g.writeStringField("from", a.from());
          if (a.to() != null) g.writeStringField("to", a.to());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
