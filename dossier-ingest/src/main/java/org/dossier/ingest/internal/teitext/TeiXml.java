package org.dossier.ingest.internal.teitext;

import org.dossier.tei.SecureXml;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.tei.SourceException;
import org.dossier.ingest.Issues;
import org.dossier.model.MarkType;
import org.dossier.model.MentionType;
import org.jspecify.annotations.Nullable;

/** Small StAX helpers for the TEI importers. Readers come from {@code SecureXml} only. */
public final class TeiXml {
  /** The TEI namespace. */
  public static final String TEI = "http://www.tei-c.org/ns/1.0";
  /** The XInclude namespace. */
  public static final String XI = "http://www.w3.org/2001/XInclude";
  /** The FRUS extension namespace. */
  public static final String FRUS = "http://history.state.gov/frus/ns/1.0";

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  /** A language tag as {@code xsd:language} (and so TEI) accepts it. */
  private static final java.util.regex.Pattern LANGUAGE =
      java.util.regex.Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

  private TeiXml() {}

  /** An attribute without namespace, stripped and NFC (it may become text of the model), or null. */
  public static @Nullable String attr(XMLStreamReader r, String local) {
    return attr(r, "", local);
  }

  /** An attribute in a namespace, stripped and NFC, or null. */
  public static @Nullable String attr(XMLStreamReader r, String ns, String local) {
    String v = r.getAttributeValue(ns, local);
    if (v == null || v.isBlank()) return null;
    v = v.strip();
    return Normalizer.isNormalized(v, Normalizer.Form.NFC) ? v : Normalizer.normalize(v, Normalizer.Form.NFC);
  }

  /** {@code xml:id}, or null. */
  public static @Nullable String xmlId(XMLStreamReader r) {
    return attr(r, XMLConstants.XML_NS_URI, "id");
  }

  /** {@code xml:lang}, or null when absent or not shaped like a BCP 47 tag (the store could not write it). */
  public static @Nullable String xmlLang(XMLStreamReader r) {
    String lang = attr(r, XMLConstants.XML_NS_URI, "lang");
    return lang != null && LANGUAGE.matcher(lang).matches() ? lang : null;
  }

  /** The first of the whitespace-separated pointers in {@code value}, without its '#'. */
  public static @Nullable String ref(@Nullable String value) {
    if (value == null) return null;
    String v = value.strip();
    int end = 0;
    while (end < v.length() && !Character.isWhitespace(v.charAt(end))) end++;
    String first = v.substring(0, end);
    String id = first.startsWith("#") ? first.substring(1) : first;
    return id.isBlank() ? null : id;
  }

  /** Whether an attribute's token list contains {@code token} ({@code rend="blockquote center"}). */
  public static boolean hasToken(@Nullable String value, String token) {
    if (value == null) return false;
    for (String t : WHITESPACE.split(value)) if (t.equals(token) || t.equals("#" + token)) return true;
    return false;
  }

  /** Skips the current element (reader on its start tag) to its end tag. */
  public static void skip(XMLStreamReader r, String file) throws XMLStreamException, SourceException {
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) depth++;
      else if (e == XMLStreamConstants.END_ELEMENT) depth--;
      else if (e == XMLStreamConstants.ENTITY_REFERENCE) throw entity(r, file);
    }
  }

  /**
   * Reads the text of the current element (reader on its start tag) up to its end tag,
   * whitespace collapsed; {@code lb} is a space, {@code gap} its printed form, and nested notes
   * are left out when {@code skipNotes}.
   */
  public static String text(XMLStreamReader r, String file, boolean skipNotes)
      throws XMLStreamException, SourceException {
    TextBuffer b = new TextBuffer();
    appendText(r, file, skipNotes, b);
    return b.text();
  }

  /** Like {@link #text} but appends to {@code b}. */
  public static void appendText(XMLStreamReader r, String file, boolean skipNotes, TextBuffer b)
      throws XMLStreamException, SourceException {
    appendText(r, file, skipNotes, b, x -> null);
  }

  /** A register entry an element tags. */
  public record Tag(MentionType type, String ref) {}

  /** Which register entry the element the reader is on tags, if any. */
  @FunctionalInterface
  public interface Tags {
    @Nullable Tag of(XMLStreamReader r);
  }

  /**
   * Like {@link #text} (nested notes left out), keeping what {@code tags} finds as mentions of the
   * buffer returned: the text of a footnote with the names it tags.
   */
  public static TextBuffer taggedText(XMLStreamReader r, String file, Tags tags)
      throws XMLStreamException, SourceException {
    TextBuffer b = new TextBuffer();
    appendText(r, file, true, b, tags);
    return b;
  }

  private static void appendText(XMLStreamReader r, String file, boolean skipNotes, TextBuffer b, Tags tags)
      throws XMLStreamException, SourceException {
    // The open elements' tags and where they started; a null tag for an untagged element.
    ArrayDeque<Optional<Tag>> open = new ArrayDeque<>();
    ArrayDeque<Integer> starts = new ArrayDeque<>();
    int depth = 1;
    while (depth > 0) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          String name = r.getLocalName();
          if (name.equals("note") && skipNotes) {
            skip(r, file);
          } else if (name.equals("gap")) {
            Gap g = Gap.read(r, file);
            b.space();
            b.append(g.printed());
          } else {
            if (name.equals("lb") || name.equals("cell") || name.equals("item") || name.equals("p")) b.space();
            open.push(Optional.ofNullable(tags.of(r)));
            starts.push(b.nextOffset());
            depth++;
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          String name = r.getLocalName();
          if (depth > 0) {
            int start = starts.pop();
            open.pop().ifPresent(t -> b.mention(t.type(), start, t.ref()));
          }
          if (name.equals("p") || name.equals("item") || name.equals("cell")) b.space();
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            b.append(r.getText());
        case XMLStreamConstants.ENTITY_REFERENCE -> throw entity(r, file);
        default -> { }
      }
    }
  }

  /** An omission as printed: {@code [desc]} or {@code [reason]}. */
  public record Gap(String printed, String content) {
    /** Reads a {@code gap} (reader on its start tag) to its end tag. */
    public static Gap read(XMLStreamReader r, String file) throws XMLStreamException, SourceException {
      String reason = attr(r, "reason");
      String desc = text(r, file, true);
      String content;
      if (!desc.isEmpty()) content = desc;
      else if (reason == null) content = "…";
      else if (reason.equals("deleted") || reason.equals("declassification") || reason.equals("classified"))
        content = "text not declassified";
      else content = reason.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
      return new Gap("[" + content + "]", content);
    }

    /** The mark type of a gap. */
    public MarkType type() {
      return MarkType.OMISSION;
    }
  }

  /** Work done with a secure reader over one file. */
  public interface ReaderWork {
    /** Reads from {@code r}; the reader is closed afterwards. */
    void run(XMLStreamReader r) throws XMLStreamException, SourceException, IOException;
  }

  /**
   * Opens {@code file} with {@code SecureXml}, runs {@code work}, closes both, and turns XML errors
   * into a {@link SourceException} with the file, line and column.
   */
  public static void read(Path file, ReaderWork work) throws SourceException, IOException {
    String name = String.valueOf(file.getFileName());
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      XMLStreamReader r = null;
      try {
        r = SecureXml.reader(in, name);
        work.run(r);
      } catch (XMLStreamException e) {
        throw malformed(e, file, r);
      } finally {
        if (r != null) {
          try {
            r.close();
          } catch (XMLStreamException ignored) {
            // the stream is closed by try-with-resources
          }
        }
      }
    }
  }

  /** What to do with one child element; it must read the child to its end tag. */
  public interface Child {
    /** Reads the child element the reader is on, to its end tag. */
    void start(XMLStreamReader r) throws XMLStreamException, SourceException;
  }

  /**
   * Hands each child element of the current element (reader on its start tag) to {@code child},
   * up to the current element's end tag; text between the children is passed over.
   */
  public static void children(XMLStreamReader r, String file, Child child) throws XMLStreamException, SourceException {
    while (true) {
      int e = r.next();
      if (e == XMLStreamConstants.END_ELEMENT) return;
      if (e == XMLStreamConstants.ENTITY_REFERENCE) throw entity(r, file);
      if (e == XMLStreamConstants.START_ELEMENT) child.start(r);
    }
  }

  /** The error for an entity reference: DTD entities are never expanded. */
  public static SourceException entity(XMLStreamReader r, String file) {
    Location l = r.getLocation();
    return new SourceException("entity reference &" + r.getLocalName()
        + "; refused: DTDs and entities are not loaded (convert the file with an explicit entity table)",
        file, l.getLineNumber(), l.getColumnNumber(), null);
  }

  /**
   * {@link #malformed(XMLStreamException, String, XMLStreamReader)} for a file that can be read
   * again: bytes that are not UTF-8 are reported at the first bad byte's own line and column,
   * which Woodstox does not know.
   */
  public static SourceException malformed(XMLStreamException e, Path file, @Nullable XMLStreamReader r)
      throws IOException {
    String name = String.valueOf(file.getFileName());
    if (SecureXml.isBadUtf8(e)) {
      Optional<SourceException> bad = SecureXml.badUtf8(Files.readAllBytes(file), name);
      if (bad.isPresent()) return bad.get();
    }
    return malformed(e, name, r);
  }

  /** The error for XML that is not well-formed, with the parser's place. */
  public static SourceException malformed(XMLStreamException e, String file) {
    return malformed(e, file, null);
  }

  /**
   * The error for XML that is not well-formed or breaks a limit, with the parser's place, or the
   * reader's when the exception carries none (Woodstox's limit errors do not).
   */
  public static SourceException malformed(XMLStreamException e, String file, @Nullable XMLStreamReader r) {
    Location l = e.getLocation();
    if ((l == null || l.getLineNumber() <= 0) && r != null) l = r.getLocation();
    String msg = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
    // The StAX API prefixes the message with the location on a line of its own, Woodstox appends
    // it on the next line: keep the one line of the message itself (the place is added below).
    int nl = msg.indexOf('\n');
    if (msg.startsWith("ParseError at") && nl > 0) msg = msg.substring(nl + 1).replace("Message: ", "");
    nl = msg.indexOf('\n');
    if (nl > 0) msg = msg.substring(0, nl);
    return new SourceException("not well-formed XML: " + msg.strip(), file,
        l == null ? 0 : Math.max(0, l.getLineNumber()), l == null ? 0 : Math.max(0, l.getColumnNumber()), e);
  }

  /** Records an issue at the reader's place. */
  public static void issue(Issues issues, XMLStreamReader r, String kind, String message, @Nullable String suggestion) {
    Location l = r.getLocation();
    issues.add(kind, Math.max(0, l.getLineNumber()), Math.max(0, l.getColumnNumber()), message, suggestion);
  }

  /** True when the reader is on an {@code xi:include}. */
  public static boolean isInclude(XMLStreamReader r) {
    return "include".equals(r.getLocalName()) && XI.equals(r.getNamespaceURI());
  }

  /**
   * Reports the {@code xi:include} the reader is on as an {@code include} issue with its place, and
   * skips it: importers that read one file never follow one, but must not drop it in silence.
   *
   * @param what what is read as one file ("a FRUS volume")
   */
  public static void unfollowedInclude(XMLStreamReader r, String file, Issues issues, String what)
      throws XMLStreamException, SourceException {
    String href = attr(r, "href");
    issue(issues, r, "include", "xi:include of '" + (href == null ? "" : href) + "' not followed: " + what
        + " is read as one file, so the included text is not imported",
        "put the included text into the file, or import the included file on its own");
    skip(r, file);
  }
}
