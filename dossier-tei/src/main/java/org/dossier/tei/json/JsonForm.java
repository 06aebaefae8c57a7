package org.dossier.tei.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.dossier.tei.SourceException;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DocDate;
import org.dossier.model.Document;
import org.dossier.model.Mark;
import org.dossier.model.MarkType;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.dossier.model.Provenance;
import org.dossier.model.Source;
import org.dossier.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads the JSON form of a {@link Document}, field by field as documented in
 * {@code docs/json.md}. Writing then reading gives an equal document.
 */
public final class JsonForm {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

  private JsonForm() {}

  /** The document as one line of JSON (for JSON Lines output). */
  public static String toJson(Document d) {
    try {
      return MAPPER.writeValueAsString(toTree(d));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise document " + d.id(), e);
    }
  }

  /** The document as indented JSON, for files people read and golden tests. */
  public static String toPrettyJson(Document d) {
    try {
      return MAPPER.writer(PRETTY).writeValueAsString(toTree(d)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise document " + d.id(), e);
    }
  }

  /** The document as a Jackson tree, for callers that embed it in larger JSON. */
  public static ObjectNode toTree(Document d) {
    ObjectNode o = NODES.objectNode();
    o.put("id", d.id());
    o.put("edition", d.edition());
    o.put("editionTitle", d.editionTitle());
    o.put("number", d.number());
    o.put("title", d.title());
    if (!d.titleMarks().isEmpty()) o.set("titleMarks", marks(d.titleMarks()));
    if (!d.titleMentions().isEmpty()) o.set("titleMentions", mentions(d.titleMentions()));
    if (!d.sections().isEmpty()) o.set("sections", strings(d.sections()));
    o.put("date", d.date() == null ? null : d.date().toString());
    o.put("place", d.place());
    o.put("type", d.type());
    o.put("language", d.language());
    o.set("participants", strings(d.participants()));
    o.set("editors", strings(d.editors()));
    o.put("translator", d.translator().orElse(null));
    o.set("headnote", blocks(d.headnote()));
    o.set("paragraphs", blocks(d.paragraphs()));
    ArrayNode notes = o.putArray("notes");
    for (Note n : d.notes()) {
      ObjectNode x = notes.addObject();
      x.put("n", n.n());
      x.put("paragraph", n.paragraph());
      x.put("offset", n.offset());
      x.put("text", n.text());
      if (!n.mentions().isEmpty()) x.set("mentions", mentions(n.mentions()));
    }
    Source s = d.source();
    if (s == null) {
      o.putNull("source");
    } else {
      ObjectNode x = o.putObject("source");
      x.put("text", s.text());
      x.put("archive", s.archive());
      x.put("fond", s.fond());
      x.put("opis", s.opis());
      x.put("delo", s.delo());
      x.put("holding", s.holding());
      x.put("translator", s.translator());
    }
    o.put("rights", d.rights());
    Provenance p = d.provenance();
    if (p == null) {
      o.putNull("provenance");
    } else {
      ObjectNode x = o.putObject("provenance");
      x.put("file", p.file());
      x.put("format", p.format());
      x.put("importedAt", p.importedAt());
    }
    return o;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = NODES.arrayNode();
    values.forEach(a::add);
    return a;
  }

  private static ArrayNode marks(List<Mark> marks) {
    ArrayNode a = NODES.arrayNode();
    for (Mark m : marks) {
      ObjectNode y = a.addObject();
      y.put("type", m.type().jsonName());
      y.put("offset", m.offset());
      y.put("length", m.length());
      y.put("text", m.text());
      if (m.lang() != null) y.put("lang", m.lang());
    }
    return a;
  }

  private static ArrayNode blocks(List<Block> blocks) {
    ArrayNode a = NODES.arrayNode();
    for (Block b : blocks) {
      ObjectNode x = a.addObject();
      x.put("n", b.n());
      if (b.kind() != BlockKind.PARAGRAPH) x.put("kind", b.kind().jsonName());
      Speaker sp = b.speaker();
      x.put("speaker", sp == null ? null : sp.name());
      x.put("role", sp == null ? null : sp.role());
      if (sp != null && sp.ref() != null) x.put("speakerRef", sp.ref());
      if (sp != null && sp.party() != null) x.put("party", sp.party());
      if (sp != null && sp.label() != null) x.put("speakerLabel", sp.label());
      if (b.page() != null) x.put("page", b.page());
      x.put("text", b.text());
      x.set("marks", marks(b.marks()));
      if (!b.mentions().isEmpty()) x.set("mentions", mentions(b.mentions()));
    }
    return a;
  }

  private static ArrayNode mentions(List<Mention> mentions) {
    ArrayNode a = NODES.arrayNode();
    for (Mention m : mentions) {
      ObjectNode y = a.addObject();
      y.put("type", m.type().jsonName());
      y.put("offset", m.offset());
      y.put("length", m.length());
      y.put("ref", m.ref());
    }
    return a;
  }

  /**
   * Parses one document from its JSON form.
   *
   * @param name where the JSON came from, for error messages
   * @throws SourceException if it is not JSON (with line:column), or a field is missing or invalid
   *     (naming the field)
   */
  public static Document fromJson(String json, String name) throws SourceException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new SourceException("not valid JSON: " + e.getOriginalMessage(), name,
          at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e);
    }
    if (root == null || !root.isObject()) throw new SourceException("the JSON form of a document is an object", name);
    try {
      return fromTree(root);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new SourceException("not a valid document: " + e.getMessage(), name, 0, 0, e);
    }
  }

  /** Parses a document from a Jackson tree. @throws IllegalArgumentException naming what is wrong */
  public static Document fromTree(JsonNode o) {
    String date = text(o, "date");
    Document.Builder b = Document.builder(required(o, "id"), required(o, "title"))
        .edition(text(o, "edition"))
        .editionTitle(text(o, "editionTitle"))
        .number(text(o, "number"))
        .date(date == null ? null : DocDate.parse(date))
        .place(text(o, "place"))
        .type(text(o, "type"))
        .language(text(o, "language"))
        .sections(stringList(o, "sections"))
        .titleMarks(markList(o.get("titleMarks"), "titleMarks"))
        .titleMentions(mentionList(o.get("titleMentions"), "titleMentions"))
        .participants(stringList(o, "participants"))
        .editors(stringList(o, "editors"))
        .headnote(blockList(o.get("headnote"), "headnote"))
        .paragraphs(blockList(o.get("paragraphs"), "paragraphs"))
        .rights(text(o, "rights"));
    List<Note> notes = new ArrayList<>();
    for (JsonNode n : array(o.get("notes"), "notes")) {
      JsonNode para = n.get("paragraph");
      notes.add(new Note(integer(n, "n"), para == null || para.isNull() ? null : para.intValue(),
          integer(n, "offset"), required(n, "text"), mentionList(n.get("mentions"), "mentions")));
    }
    b.notes(notes);
    JsonNode s = o.get("source");
    if (s != null && !s.isNull()) {
      b.source(new Source(required(s, "text"), text(s, "archive"), text(s, "fond"), text(s, "opis"),
          text(s, "delo"), text(s, "holding"), text(s, "translator")));
    }
    JsonNode p = o.get("provenance");
    if (p != null && !p.isNull()) {
      b.provenance(new Provenance(required(p, "file"), required(p, "format"), text(p, "importedAt")));
    }
    return b.build();
  }

  private static List<Block> blockList(@Nullable JsonNode node, String field) {
    List<Block> out = new ArrayList<>();
    for (JsonNode x : array(node, field)) {
      String kind = text(x, "kind");
      String speaker = text(x, "speaker");
      Speaker sp = speaker == null ? null
          : new Speaker(speaker, text(x, "role"), text(x, "speakerRef"), text(x, "party"), text(x, "speakerLabel"));
      List<Mark> marks = markList(x.get("marks"), "marks");
      List<Mention> mentions = mentionList(x.get("mentions"), "mentions");
      out.add(new Block(integer(x, "n"), kind == null ? BlockKind.PARAGRAPH : BlockKind.fromJsonName(kind), sp,
          required(x, "text"), marks, mentions, text(x, "page")));
    }
    return out;
  }

  private static List<Mention> mentionList(@Nullable JsonNode node, String field) {
    List<Mention> out = new ArrayList<>();
    for (JsonNode m : array(node, field)) {
      out.add(new Mention(MentionType.fromJsonName(required(m, "type")), integer(m, "offset"),
          integer(m, "length"), required(m, "ref")));
    }
    return out;
  }

  private static List<Mark> markList(@Nullable JsonNode node, String field) {
    List<Mark> marks = new ArrayList<>();
    for (JsonNode m : array(node, field)) {
      marks.add(new Mark(MarkType.fromJsonName(required(m, "type")), integer(m, "offset"), integer(m, "length"),
          required(m, "text"), text(m, "lang")));
    }
    return marks;
  }

  private static Iterable<JsonNode> array(@Nullable JsonNode node, String field) {
    if (node == null || node.isNull()) return List.of();
    if (!node.isArray()) throw new IllegalArgumentException("'" + field + "' must be an array");
    return node;
  }

  private static List<String> stringList(JsonNode o, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : array(o.get(field), field)) {
      if (!x.isTextual()) throw new IllegalArgumentException("'" + field + "' must hold strings");
      out.add(x.textValue());
    }
    return out;
  }

  private static @Nullable String text(JsonNode o, String field) {
    JsonNode x = o.get(field);
    if (x == null || x.isNull()) return null;
    if (!x.isTextual()) throw new IllegalArgumentException("'" + field + "' must be a string");
    return x.textValue();
  }

  private static String required(JsonNode o, String field) {
    String v = text(o, field);
    if (v == null) throw new IllegalArgumentException("'" + field + "' is required");
    return v;
  }

  private static int integer(JsonNode o, String field) {
    JsonNode x = o.get(field);
    if (x == null || !x.canConvertToExactIntegral() || !x.canConvertToInt()) {
      throw new IllegalArgumentException("'" + field + "' must be an integer");
    }
    return x.intValue();
  }
}
