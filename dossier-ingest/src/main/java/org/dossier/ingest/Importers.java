package org.dossier.ingest;

import org.dossier.tei.SourceException;
import java.io.IOException;
import org.dossier.ingest.internal.Limits;
import org.dossier.ingest.internal.html.HtmlPageImporter;
import org.dossier.ingest.internal.text.TextPageImporter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The front door of ingestion: picks the importer for a file and runs it.
 *
 * <pre>{@code
 * ImportResult r = Importers.read(Path.of("masterpieces-doc51.txt"), ImportOptions.defaults());
 * Document doc51 = r.single();
 * }</pre>
 */
public final class Importers {
  private static final Map<String, Importer> BY_FORMAT = new TreeMap<>();
  /** A TEI utterance start tag: {@code <u>}, {@code <u who=…>}, {@code <u\n…>}. */
  private static final java.util.regex.Pattern UTTERANCE = java.util.regex.Pattern.compile("<u[\\s>]");
  /** A division that holds one document, or a group of texts: the shapes of a generic TEI edition. */
  private static final java.util.regex.Pattern DOCUMENTS = java.util.regex.Pattern.compile(
      "<div[1-7]?\\s[^>]*type=\"(?:document|letter|entry|item|diaryEntry|diary-entry|despatch|dispatch|telegram"
          + "|memorandum|minutes|report|speech|doc)\"|<group[\\s>]");

  private static final TextPageImporter TEXT = new TextPageImporter();
  private static final HtmlPageImporter HTML = new HtmlPageImporter();

  static {
    // Each importer registers here; the order of detection is in detect().
    register(new org.dossier.ingest.internal.tei.DossierTeiImporter());
    register(TEXT);
    register(HTML);
    register(new org.dossier.ingest.internal.frus.FrusImporter());
    register(new org.dossier.ingest.internal.parla.ParlaImporter());
    register(new org.dossier.ingest.internal.generictei.GenericTeiImporter());
  }

  private Importers() {}

  private static void register(Importer importer) {
    BY_FORMAT.put(importer.format(), importer);
  }

  /** The formats this build can import. */
  public static java.util.Set<String> formats() {
    return java.util.Collections.unmodifiableSet(BY_FORMAT.keySet());
  }

  /** The importer for a format name. */
  public static Optional<Importer> find(String format) {
    return Optional.ofNullable(BY_FORMAT.get(format));
  }

  /**
   * Reads {@code file} into memory with the importer its name and content call for.
   *
   * @throws SourceException if the file is missing, empty, too large, binary or cannot be parsed, or
   *     holds a document over one of {@code options.limits()} (checked while it is read)
   */
  public static ImportResult read(Path file, ImportOptions options) throws SourceException, IOException {
    ImportResult.Collector collector = new ImportResult.Collector();
    stream(file, options, collector);
    return collector.result();
  }

  /** Streams {@code file} into {@code sink}; see {@link #read}. */
  public static void stream(Path file, ImportOptions options, ImportSink sink) throws SourceException, IOException {
    Importer importer = detect(file, options);
    try {
      importer.read(file, options, Limits.of(sink, options.limits(), String.valueOf(file.getFileName())));
    } catch (Limits.Exceeded e) {
      throw e.source();
    }
  }

  /**
   * Reads a scraped page held in memory, as a server receiving an upload or a benchmark would:
   * {@code format} is {@code "text"} or {@code "html"}, {@code name} the file name that issues
   * and provenance carry.
   *
   * @throws SourceException if the page is empty, binary, over the size limit or holds a document over
   *     one of {@code options.limits()}
   * @throws IllegalArgumentException if {@code format} is not a page format
   */
  public static ImportResult readPage(String format, String name, byte[] bytes, ImportOptions options)
      throws SourceException {
    ImportResult result;
    switch (format) {
      case "text":
        result = TEXT.read(name, bytes, options);
        break;
      case "html":
        result = HTML.read(name, bytes, options);
        break;
      default:
        throw new IllegalArgumentException("format must be text or html: " + format);
    }
    Limits limits = Limits.of(d -> { }, options.limits(), name);
    try {
      for (org.dossier.model.Document d : result.documents()) limits.document(d);
    } catch (Limits.Exceeded e) {
      throw e.source();
    } catch (IOException e) {
      throw new IllegalStateException("a collector in memory does not fail", e);
    }
    return result;
  }

  /**
   * Checks that {@code file} exists, is not empty and not over the size limit, and chooses its
   * importer: {@code .xml}/{@code .tei} by the root element and header, {@code .html}/{@code .htm}
   * as HTML, anything else as a scraped text page.
   */
  public static Importer detect(Path file, ImportOptions options) throws SourceException, IOException {
    String name = String.valueOf(file.getFileName());
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new SourceException("no such file", file.toString(), 0, 0, e);
    }
    if (Files.isDirectory(file)) throw new SourceException("is a folder, not a file", file.toString());
    if (size == 0) throw new SourceException("the file is empty", name);
    if (size > options.maxBytes()) {
      throw new SourceException(String.format(Locale.ROOT,
          "the file is %,d bytes, over the limit of %,d bytes (raise it with --max-bytes)", size, options.maxBytes()), name);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String format;
    if (lower.endsWith(".xml") || lower.endsWith(".tei")) {
      format = sniffXml(file);
    } else if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      format = "html";
    } else {
      format = "text";
    }
    Importer importer = BY_FORMAT.get(format);
    if (importer == null) throw new SourceException("no importer for format " + format + " in this build", name);
    return importer;
  }

  /**
   * Looks at the first 64 KiB, in UTF-16 when a byte-order mark says so: Dossier's own TEI names
   * itself in its header; debates have {@code <u>}, name Parla-CLARIN or ParlaMint, or are a
   * {@code teiCorpus} (unless it holds texts and no parliament, organisations or includes); FRUS
   * volumes have the FRUS namespace or {@code idno[@type='frus']}; any other TEI is generic.
   */
  private static String sniffXml(Path file) throws IOException {
    byte[] head = new byte[64 * 1024];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    // A byte-order mark names UTF-16; anything else is read as UTF-8 (ASCII markup reads the same).
    int bom = n >= 2 ? (head[0] & 0xFF) << 8 | (head[1] & 0xFF) : 0;
    java.nio.charset.Charset charset =
        bom == 0xFFFE ? StandardCharsets.UTF_16LE : bom == 0xFEFF ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8;
    String text = new String(head, 0, n, charset);
    if (text.contains("ident=\"dossier\"")) return "tei-dossier";
    if (text.contains("ParlaMint") || text.contains("parla-clarin") || text.contains("Parla-CLARIN")
        || UTTERANCE.matcher(text).find() || text.contains("type=\"debateSection\"")) {
      return "tei-parla";
    }
    if (text.contains("<teiCorpus")) {
      // A corpus of letters or documents rather than of sittings: no parliament, no organisations.
      boolean debates = text.contains("<listOrg") || text.contains("parliament") || text.contains("<xi:include");
      boolean texts = DOCUMENTS.matcher(text).find() || text.contains("<TEI") && text.contains("<text");
      return !debates && texts ? "tei" : "tei-parla";
    }
    if (text.contains("history.state.gov/frus/ns") || text.contains("type=\"frus\"")) return "tei-frus";
    return "tei";
  }
}
