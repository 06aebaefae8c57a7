package org.dossier.ingest.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.dossier.ingest.ImportIssue;
import org.dossier.ingest.ImportLimits;
import org.dossier.ingest.ImportSink;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Note;
import org.dossier.tei.SourceException;

/**
 * The {@link ImportLimits} of one file being read: a sink that checks every document before it is
 * passed on (and so before anything is staged or stored), and, for XML sources, a reader that
 * counts paragraph-like elements and text as they are read, so that a document far over a limit is
 * refused before it is built. An importer wraps its reader with {@link #watch}; {@code Importers}
 * wraps the sink and turns {@link Exceeded} into the file's {@link SourceException}.
 */
public final class Limits implements ImportSink {
  /** The elements that become blocks: counted while reading, an upper bound of a document's paragraphs. */
  private static final Set<String> PARAGRAPH_LIKE = Set.of("p", "ab", "u", "seg", "l", "item", "head");

  private final ImportSink sink;
  private final ImportLimits limits;
  private final String file;
  /** Paragraph-like elements and characters read since the last document was passed on. */
  private long paragraphs;
  private long chars;

  private Limits(ImportSink sink, ImportLimits limits, String file) {
    this.sink = sink;
    this.limits = limits;
    this.file = file;
  }

  /** {@code sink}, behind a check of every document read from {@code file} against {@code limits}. */
  public static Limits of(ImportSink sink, ImportLimits limits, String file) {
    return new Limits(sink, limits, file);
  }

  /**
   * {@code r}, counting as it is read when {@code sink} is a {@link Limits}: {@code next()} throws
   * {@link Exceeded}, at the reader's position, once more paragraph-like elements or characters
   * have been read since the last document than one document may hold.
   */
  public static XMLStreamReader watch(XMLStreamReader r, ImportSink sink) {
    return sink instanceof Limits l ? l.new Counting(r) : r;
  }

  @Override
  public void edition(Edition edition) throws IOException {
    sink.edition(edition);
  }

  @Override
  public void document(Document d) throws IOException {
    check(d);
    paragraphs = 0;
    chars = 0;
    sink.document(d);
  }

  @Override
  public void issue(ImportIssue issue) {
    sink.issue(issue);
  }

  /** Checks a document as built: exact counts, named by the document and the paragraph. */
  private void check(Document d) {
    long count = d.headnote().size() + (long) d.paragraphs().size();
    if (count > limits.maxParagraphs()) {
      throw exceeded(String.format(Locale.ROOT, "document %s has %,d paragraphs", d.id(), count), limits.maxParagraphs(),
          "paragraphs", "--max-paragraphs", 0, 0);
    }
    long total = 0;
    for (Block b : d.blocks().toList()) {
      int length = b.length();
      if (length > limits.maxParagraphChars()) {
        throw exceeded(String.format(Locale.ROOT, "paragraph %d of document %s is %,d characters long", b.n(), d.id(),
            length), limits.maxParagraphChars(), "characters", "--max-paragraph-chars", 0, 0);
      }
      total += length;
    }
    for (Note n : d.notes()) {
      int length = n.text().codePointCount(0, n.text().length());
      if (length > limits.maxParagraphChars()) {
        throw exceeded(String.format(Locale.ROOT, "note %d of document %s is %,d characters long", n.n(), d.id(), length),
            limits.maxParagraphChars(), "characters", "--max-paragraph-chars", 0, 0);
      }
      total += length;
    }
    if (total > limits.maxDocumentChars()) {
      throw exceeded(String.format(Locale.ROOT, "document %s holds %,d characters of text", d.id(), total),
          limits.maxDocumentChars(), "characters", "--max-document-chars", 0, 0);
    }
  }

  private Exceeded exceeded(String what, long limit, String unit, String option, int line, int column) {
    return new Exceeded(new SourceException(String.format(Locale.ROOT, "%s, over the limit of %,d %s (raise it with %s)",
        what, limit, unit, option), file, line, column, null));
  }

  /**
   * A limit exceeded while reading: unchecked so that it passes through readers and sinks, whose
   * signatures know only XML and I/O errors; {@code Importers} throws its {@link #source()}.
   */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Exceeded(SourceException source) {
      super(source.getMessage(), source);
    }

    /** The file's error, with the place and the option that raises the limit. */
    public SourceException source() {
      return (SourceException) getCause();
    }
  }

  /**
   * A reader that counts what one document may hold while it is read: the outermost paragraph-like
   * elements inside {@code text} (not those of the header, nor a {@code seg} inside its {@code u}),
   * and the text that is not whitespace.
   */
  private final class Counting extends StreamReaderDelegate {
    private int inText;
    private int inParagraph;

    Counting(XMLStreamReader r) {
      super(r);
    }

    @Override
    public int next() throws XMLStreamException {
      return seen(super.next());
    }

    @Override
    public int nextTag() throws XMLStreamException {
      return seen(super.nextTag()); // skips only whitespace, comments and processing instructions
    }

    @Override
    public String getElementText() throws XMLStreamException {
      String text = super.getElementText();
      countText(text.length());
      seen(XMLStreamConstants.END_ELEMENT);
      return text;
    }

    private int seen(int event) {
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = getLocalName();
        if (name.equals("text")) {
          inText++;
        } else if (PARAGRAPH_LIKE.contains(name)) {
          if (inText > 0 && inParagraph == 0 && ++paragraphs > limits.maxParagraphs()) {
            throw atReader("too many paragraphs in one document", limits.maxParagraphs(), "paragraphs", "--max-paragraphs");
          }
          inParagraph++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = getLocalName();
        if (name.equals("text")) {
          inText = Math.max(0, inText - 1);
        } else if (PARAGRAPH_LIKE.contains(name)) {
          inParagraph = Math.max(0, inParagraph - 1);
        }
      } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !isWhiteSpace()) {
        countText(getTextLength());
      }
      return event;
    }

    private void countText(int length) {
      if ((chars += length) > limits.maxDocumentChars()) {
        throw atReader("too much text in one document", limits.maxDocumentChars(), "characters", "--max-document-chars");
      }
    }

    private Exceeded atReader(String what, long limit, String unit, String option) {
      Location at = getLocation();
      return exceeded(what, limit, unit, option, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber());
    }
  }
}
