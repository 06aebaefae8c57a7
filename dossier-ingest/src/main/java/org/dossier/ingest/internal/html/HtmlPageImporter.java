package org.dossier.ingest.internal.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.ImportSink;
import org.dossier.ingest.Importer;
import org.dossier.ingest.Issues;
import org.dossier.ingest.internal.text.Copyright;
import org.dossier.ingest.internal.text.PageLine;
import org.dossier.ingest.internal.text.PageParser;
import org.dossier.ingest.internal.text.SourceBytes;
import org.dossier.ingest.internal.text.TextPageImporter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Imports a document page as HTML (format {@code html}). jsoup parses the page; navigation,
 * header, footer, scripts and forms are dropped; every block element (headings, {@code p},
 * {@code li}, …) becomes a line of its own, note calls ({@code <sup>1</sup>},
 * {@code <a class="footnotecall">}, {@code <a href="#ftn1">}) are glued to the word before them,
 * paragraph numbers ({@code <span class="paranumber">}) to the text after them, and a notes list
 * ({@code ol.notes}, {@code div.notes}, {@code .footnotes}, {@code #notes}) becomes "N text" lines:
 * the very lines a browser shows, which {@link PageParser} then reads exactly as it reads a text
 * page. Issue locations are the line and column of the element that holds the text.
 */
public final class HtmlPageImporter implements Importer {
  /** The format name, as in {@code provenance.format}. */
  public static final String FORMAT = "html";

  private static final Set<String> DROP = Set.of(
      "nav", "header", "footer", "script", "style", "form", "button", "noscript", "template", "iframe", "svg",
      "select", "input", "label", "head", "title", "meta", "link");
  private static final Set<String> BLOCKS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "div", "section", "article",
      "main", "aside", "td", "th", "tr", "table", "tbody", "thead", "ol", "ul", "dl", "figcaption", "figure",
      "caption", "address", "hr", "body", "center");
  private static final Pattern CALL_HREF = Pattern.compile("#(?:ftn|fn|footnote|note|n)\\d+", Pattern.CASE_INSENSITIVE);
  private static final Pattern DIGITS = Pattern.compile("\\d{1,6}");
  private static final Pattern CHROME_CLASS = Pattern.compile(
      "(?i)(?:^|[\\s_-])(?:nav|navbar|menu|breadcrumbs?|toolbar|cookies?|banner|share|skip)(?:$|[\\s_-])");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public void read(Path file, ImportOptions options, ImportSink sink) throws SourceException, IOException {
    read(String.valueOf(file.getFileName()), Files.readAllBytes(file), options, sink);
  }

  /**
   * Imports a page held in memory.
   *
   * @param fileName the file name for provenance and issue locations (not a path)
   * @throws SourceException if the bytes are empty, binary, not UTF-8 or over {@code options.maxBytes()}
   * @throws IOException if the sink fails
   */
  public void read(String fileName, byte[] bytes, ImportOptions options, ImportSink sink)
      throws SourceException, IOException {
    String html = SourceBytes.decode(bytes, fileName, options.maxBytes());
    org.jsoup.nodes.Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    List<PageLine> lines = new ArrayList<>();
    render(page.body(), lines);
    Issues issues = new Issues(fileName, options.maxIssues(), sink);
    org.dossier.model.Document doc = PageParser.parse(lines, fileName, FORMAT, options, issues);
    org.dossier.model.Edition edition = Copyright.edition(doc);
    if (edition != null) sink.edition(edition);
    sink.document(doc);
  }

  /** Imports a page held in memory into an {@link ImportResult}. */
  public ImportResult read(String fileName, byte[] bytes, ImportOptions options) throws SourceException {
    return TextPageImporter.collect(sink -> read(fileName, bytes, options, sink));
  }

  private static void render(Element e, List<PageLine> lines) {
    if (isNotes(e)) {
      notes(e, lines);
      return;
    }
    if (isChrome(e)) return;
    if (!hasBlockChild(e)) {
      emit(e, inline(e), lines);
      return;
    }
    for (Node child : e.childNodes()) {
      if (child instanceof Element c) {
        if (BLOCKS.contains(c.normalName()) || DROP.contains(c.normalName())) {
          render(c, lines);
        } else {
          emit(c, inline(c), lines);
        }
      } else if (child instanceof TextNode t && !t.isBlank()) {
        emit(e, t.text(), lines);
      }
    }
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) if (BLOCKS.contains(c.normalName()) || DROP.contains(c.normalName())) return true;
    return false;
  }

  private static boolean isChrome(Element e) {
    if (DROP.contains(e.normalName())) return true;
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo") || role.equals("search")) {
      return true;
    }
    return e.attr("aria-hidden").equals("true") || CHROME_CLASS.matcher(e.className() + " " + e.id()).find();
  }

  private static boolean isNotes(Element e) {
    String cls = " " + e.className().toLowerCase(Locale.ROOT) + " ";
    String id = e.id().toLowerCase(Locale.ROOT);
    return cls.contains(" notes ") || cls.contains(" footnotes ") || cls.contains(" endnotes ")
        || id.equals("notes") || id.equals("footnotes");
  }

  /** A notes list: each item or paragraph becomes "N text". */
  private static void notes(Element container, List<PageLine> lines) {
    int number = 1;
    for (Element item : container.select("li, p")) {
      if (!item.select("li, p").isEmpty() && item.select("li, p").size() > 1) continue;
      String text = inline(item).strip();
      if (text.isEmpty()) continue;
      int digits = 0;
      while (digits < text.length() && Character.isDigit(text.charAt(digits))) digits++;
      if (digits == 0) {
        Element ol = item.parent();
        if (item.normalName().equals("li") && ol != null && ol.hasAttr("start") && item.elementSiblingIndex() == 0) {
          try {
            number = Integer.parseInt(ol.attr("start").strip());
          } catch (NumberFormatException ignored) {
            // a bad start attribute: keep counting from where we are
          }
        }
        text = number + " " + text;
      } else {
        number = Integer.parseInt(text.substring(0, Math.min(digits, 6)));
        String rest = text.substring(digits);
        if (rest.startsWith(".") || rest.startsWith(")")) rest = rest.substring(1);
        text = number + " " + rest.strip();
      }
      number++;
      emit(item, text, lines);
    }
  }

  /** The text of an inline run as a browser shows it, with calls and paragraph numbers glued. */
  private static String inline(Element e) {
    StringBuilder sb = new StringBuilder();
    inline(e, sb);
    return sb.toString();
  }

  private static void inline(Node node, StringBuilder sb) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        String s = t.getWholeText().replaceAll("\\s+", " ");
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '\u0000') {
          sb.setLength(sb.length() - 1);
          s = s.stripLeading();
        }
        sb.append(s);
      } else if (child instanceof Element c) {
        if (DROP.contains(c.normalName())) continue;
        if (c.normalName().equals("br")) {
          sb.append('\n');
        } else if (isParagraphNumber(c)) {
          sb.append(c.text().strip()).append('\u0000'); // glue: the text after the number loses its leading space
        } else if (isCall(c)) {
          while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') sb.setLength(sb.length() - 1);
          sb.append(c.text().strip());
        } else {
          inline(c, sb);
        }
      }
    }
  }

  private static boolean isParagraphNumber(Element c) {
    String cls = " " + c.className().toLowerCase(Locale.ROOT) + " ";
    return (cls.contains("paranumber") || cls.contains(" num ") || cls.contains("para-number"))
        && DIGITS.matcher(c.text().strip()).matches();
  }

  private static boolean isCall(Element c) {
    String text = c.text().strip();
    if (!DIGITS.matcher(text).matches()) return false;
    if (c.normalName().equals("sup")) return true;
    if (!c.normalName().equals("a")) return false;
    String cls = c.className().toLowerCase(Locale.ROOT);
    return cls.contains("footnotecall") || cls.contains("noteref") || cls.contains("footnote-ref")
        || CALL_HREF.matcher(c.attr("href")).matches();
  }

  private static void emit(Element at, String text, List<PageLine> lines) {
    int line = Math.max(1, at.sourceRange().start().lineNumber());
    int column = Math.max(1, at.sourceRange().start().columnNumber());
    // Character references decode to anything: clean what jsoup made as the source's own text was.
    String clean = SourceBytes.clean(text.replace("\u0000", ""));
    boolean any = false;
    for (String part : clean.split("\n", -1)) {
      String s = part.strip();
      if (s.isEmpty()) continue;
      lines.add(new PageLine(s, line, column));
      any = true;
    }
    if (any) lines.add(new PageLine("", line, column));
  }
}
