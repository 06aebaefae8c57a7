package org.dossier.cite;

import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.jspecify.annotations.Nullable;

/**
 * The front door of citing: renders {@link Cited} documents, paragraphs, speeches and pages in any
 * official CSL style, and exports them as BibTeX, RIS and CSL-JSON.
 *
 * <pre>{@code
 * Citer citer = Citer.create();                       // one per application: styles load once
 * Cited c = Cited.document(edition, doc, "https://example.org/masterpieces/51").atParagraph(38);
 * citer.cite(c, "chicago").citation();               // "…, ¶ 38, https://example.org/masterpieces/51#p38."
 * }</pre>
 *
 * <p>Instances are thread-safe. A style is loaded on first use (hundreds of milliseconds) and kept;
 * at most {@value #MAX_STYLES} styles are kept, so asking for every style in the repository cannot
 * fill the memory.
 */
public final class Citer {
  /** Chicago Manual of Style, 18th edition, notes and bibliography. */
  public static final String CHICAGO = "chicago-notes-bibliography";
  /** MLA Handbook, 9th edition. */
  public static final String MLA = "modern-language-association";
  /** APA Publication Manual, 7th edition. */
  public static final String APA = "apa";
  /** The styles kept loaded at most. */
  static final int MAX_STYLES = 24;

  private static final Map<String, String> SHORT_NAMES = Map.of("chicago", CHICAGO, "mla", MLA, "apa", APA);
  private static final Pattern STYLE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");
  private static final Pattern PARENT = Pattern.compile(
      "<link\\s+href=\"https?://www\\.zotero\\.org/styles/([a-z0-9-]+)\"\\s+rel=\"independent-parent\"");
  private static final Pattern NOTE_CLASS = Pattern.compile("<style\\b[^>]*\\bclass=\"note\"");

  private final Map<String, Engine> engines = new ConcurrentHashMap<>();

  private Citer() {}

  /** A citer with no style loaded yet. */
  public static Citer create() {
    return new Citer();
  }

  /**
   * The CSL style id for {@code name}: {@code chicago}, {@code mla} and {@code apa} stand for the
   * official styles above; any other name must be the id of a style in the CSL repository
   * ({@code harvard-cite-them-right}, {@code turabian-fullnote-bibliography}, …).
   *
   * @throws UnknownStyleException if there is no such style
   */
  public static String styleId(String name) throws UnknownStyleException {
    Objects.requireNonNull(name, "name");
    String house = SHORT_NAMES.get(name.toLowerCase(Locale.ROOT));
    if (house != null) return house;
    String id = name;
    if (!STYLE_ID.matcher(id).matches() || resource(id) == null) {
      throw new UnknownStyleException("no citation style '" + shorten(name) + "'; use chicago, mla, apa or the id "
          + "of a CSL style (https://www.zotero.org/styles)");
    }
    return id;
  }

  /**
   * Cites {@code c} in style {@code style} (a short name or a CSL style id, see {@link #styleId}).
   *
   * @throws UnknownStyleException if there is no such style
   */
  public Citation cite(Cited c, String style) throws UnknownStyleException {
    Objects.requireNonNull(c, "c");
    return engine(styleId(style)).cite(c);
  }

  /**
   * What a reader copies of {@code c} in style {@code style}: {@code cite(c, style).text(pinpointed)},
   * rendering only what that needs.
   *
   * @throws UnknownStyleException if there is no such style
   */
  public String text(Cited c, String style) throws UnknownStyleException {
    Objects.requireNonNull(c, "c");
    return engine(styleId(style)).text(c);
  }

  /** Loads {@code styles} now rather than on their first citation (a server does this at start). */
  public Citer warm(List<String> styles) throws UnknownStyleException {
    for (String s : styles) engine(styleId(s));
    return this;
  }

  /** {@code c} as a BibTeX {@code @incollection} entry. */
  public String bibtex(Cited c) {
    return Exports.bibtex(c);
  }

  /** {@code c} as a RIS record ({@code TY  - CHAP}), lines ending in CR LF as the format asks. */
  public String ris(Cited c) {
    return Exports.ris(c);
  }

  /** {@code c} as CSL-JSON: an array holding the one CSL item the styles render. */
  public String cslJson(Cited c) {
    Object json = CslItems.item(c).toJson(new StringJsonBuilderFactory().createJsonBuilder());
    return "[" + json + "]";
  }

  private Engine engine(String id) {
    Engine e = engines.get(id);
    if (e != null) return e;
    if (engines.size() >= MAX_STYLES) {
      // Keep the three house styles; any other may make room.
      engines.keySet().stream().filter(k -> !SHORT_NAMES.containsValue(k)).findFirst().ifPresent(engines::remove);
    }
    return engines.computeIfAbsent(id, Citer::load);
  }

  private static Engine load(String id) {
    try {
      String independent = independent(id);
      boolean notes = NOTE_CLASS.matcher(read(resource(independent))).find();
      return Engine.load(independent, notes, probe());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load citation style " + id, e);
    }
  }

  /** A dependent style's independent parent (the styles differ only in name), else {@code id}. */
  private static String independent(String id) throws IOException {
    URL own = Citer.class.getClassLoader().getResource(id + ".csl");
    if (own != null) return id;
    Matcher m = PARENT.matcher(read(resource(id)));
    if (!m.find() || Citer.class.getClassLoader().getResource(m.group(1) + ".csl") == null) {
      throw new IOException("dependent style " + id + " names no known independent parent");
    }
    return m.group(1);
  }

  private static @Nullable URL resource(String id) {
    ClassLoader loader = Citer.class.getClassLoader();
    URL url = loader.getResource(id + ".csl");
    return url != null ? url : loader.getResource("dependent/" + id + ".csl");
  }

  private static String read(@Nullable URL url) throws IOException {
    if (url == null) throw new IOException("style not found");
    try (InputStream in = url.openStream()) {
      return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
    }
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  /** A document that tells how a style prints paragraph locators. */
  private static Cited probe() {
    Document d = Document.builder("probe", "Probe").paragraphs(List.of(Block.paragraph(7, "Probe."))).build();
    return Cited.document(Edition.titled("probe", "Probe"), d, "http://localhost/probe/probe");
  }
}
