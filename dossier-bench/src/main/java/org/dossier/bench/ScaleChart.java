package org.dossier.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * {@link ScaleRun}'s figures as a CSV file, a Markdown table and an SVG chart written here (no
 * plotting tool): one panel per measure against the number of paragraphs (log scale), each with
 * a dashed line for what strict proportion to the first size would give, so that what grows
 * linearly and what does not can be read off the chart.
 */
final class ScaleChart {
  private static final int PANEL_W = 300;
  private static final int PANEL_H = 210;
  private static final int COLUMNS = 3;

  private ScaleChart() {}

  /**
   * One size's figures; NaN where the run failed ({@code note} says why).
   *
   * @param heap the {@code -Xmx} both child JVMs ran with
   * @param indexSeconds wall time of the rebuild
   * @param teiBytes the edition's TEI files
   * @param peakHeap the largest heap in use after a collection, while indexing and querying
   * @param openSeconds from starting {@code dossier serve} to listening
   * @param firstPageSeconds from starting it to the end of the first document page
   */
  record Row(int paragraphs, String heap, double indexSeconds, long teiBytes, long indexBytes, long peakHeap,
             double p50, double p99, double openSeconds, double firstPageSeconds, String note) {
    static Row failed(int paragraphs, String heap, String why) {
      return new Row(paragraphs, heap, Double.NaN, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, why);
    }

    double paragraphsPerSecond() {
      return paragraphs / indexSeconds;
    }

    String describe() {
      if (!note.isEmpty()) return String.format(Locale.ROOT, "%,d paragraphs at -Xmx%s: failed: %s", paragraphs, heap, note);
      return String.format(Locale.ROOT, "%,d paragraphs at -Xmx%s: indexed in %.0f s (%,.0f paragraphs/s), index %,.0f MB "
          + "(TEI %,.0f MB), live heap peak %,.0f MB, query p50 %.1f ms p99 %.1f ms, listening after %.1f s, first page after %.1f s",
          paragraphs, heap, indexSeconds, paragraphsPerSecond(), indexBytes / 1e6, teiBytes / 1e6, peakHeap / 1e6, p50, p99,
          openSeconds, firstPageSeconds);
    }
  }

  static String csv(List<Row> rows) {
    StringBuilder s = new StringBuilder("paragraphs,xmx,index_seconds,paragraphs_per_second,tei_mb,index_mb,"
        + "live_heap_peak_mb,query_p50_ms,query_p99_ms,listening_s,first_page_s,note\n");
    for (Row r : rows) {
      s.append(String.format(Locale.ROOT, "%d,%s,%.1f,%.0f,%.1f,%.1f,%.1f,%.2f,%.2f,%.2f,%.2f,\"%s\"%n", r.paragraphs(), r.heap(),
          r.indexSeconds(), r.paragraphsPerSecond(), r.teiBytes() / 1e6, r.indexBytes() / 1e6, r.peakHeap() / 1e6, r.p50(),
          r.p99(), r.openSeconds(), r.firstPageSeconds(), r.note().replace("\"", "'")));
    }
    return s.toString();
  }

  /** The rows of a file {@link #csv} wrote (to draw its chart again, with another caption). */
  static List<Row> parse(List<String> lines) {
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) continue;
      String[] f = line.split(",", 12);
      double seconds = Double.parseDouble(f[2]);
      rows.add(new Row(Integer.parseInt(f[0]), f[1], seconds, (long) (Double.parseDouble(f[4]) * 1e6),
          (long) (Double.parseDouble(f[5]) * 1e6), (long) (Double.parseDouble(f[6]) * 1e6), Double.parseDouble(f[7]),
          Double.parseDouble(f[8]), Double.parseDouble(f[9]), Double.parseDouble(f[10]), f[11].replace("\"", "")));
    }
    return rows;
  }

  static String markdown(List<Row> rows) {
    StringBuilder s = new StringBuilder("| paragraphs | -Xmx | paragraphs/s | index size | live heap peak | query p50 | "
        + "query p99 | listening | first page |\n|---|---|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      s.append(String.format(Locale.ROOT, "| %,d | %s | %,.0f | %,.0f MB | %,.0f MB | %.1f ms | %.1f ms | %.1f s | %.1f s |%n",
          r.paragraphs(), r.heap(), r.paragraphsPerSecond(), r.indexBytes() / 1e6, r.peakHeap() / 1e6, r.p50(), r.p99(),
          r.openSeconds(), r.firstPageSeconds()));
    }
    return s.toString();
  }

  private record Panel(String title, String unit, ToDoubleFunction<Row> value, boolean proportional) {}

  /** The chart of {@code rows}, captioned with {@code label} (where and when it was measured). */
  static String svg(List<Row> rows, String label) {
    List<Row> ok = rows.stream().filter(r -> r.note().isEmpty()).toList();
    List<Panel> panels = List.of(
        new Panel("Indexing", "paragraphs/s", Row::paragraphsPerSecond, false),
        new Panel("Index size", "MB", r -> r.indexBytes() / 1e6, true),
        new Panel("Live heap peak", "MB", r -> r.peakHeap() / 1e6, true),
        new Panel("Query p50", "ms", Row::p50, true),
        new Panel("Query p99", "ms", Row::p99, true),
        new Panel("Start to first document page", "s", Row::firstPageSeconds, true));
    int rowsOfPanels = (panels.size() + COLUMNS - 1) / COLUMNS;
    int width = PANEL_W * COLUMNS;
    int height = PANEL_H * rowsOfPanels + 56;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
        + "font-family=\"sans-serif\" font-size=\"11\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", width, height, width, height));
    s.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" fill=\"#444\">Solid: measured (queries: 20, all facets and snippets; heap: peak "
        + "after GC). Dashed: strict proportion to the smallest size (indexing: a constant rate). Paragraphs: log scale.</text>%n"
        + "<text x=\"10\" y=\"%d\" fill=\"#444\">%s</text>%n", height - 30, height - 12, esc(label)));
    for (int i = 0; i < panels.size(); i++) {
      panel(s, panels.get(i), ok, (i % COLUMNS) * PANEL_W, (i / COLUMNS) * PANEL_H);
    }
    return s.append("</svg>\n").toString();
  }

  private static void panel(StringBuilder s, Panel p, List<Row> rows, int ox, int oy) {
    int left = ox + 50;
    int right = ox + PANEL_W - 15;
    int top = oy + 30;
    int bottom = oy + PANEL_H - 35;
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s (%s)</text>%n", ox + 10, oy + 16,
        esc(p.title()), esc(p.unit())));
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n", left, bottom, right, bottom));
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n", left, top, left, bottom));
    if (rows.isEmpty()) return;
    double minX = Math.log10(rows.get(0).paragraphs());
    double maxX = Math.log10(rows.get(rows.size() - 1).paragraphs());
    double first = p.value().applyAsDouble(rows.get(0));
    List<double[]> measured = new ArrayList<>();
    List<double[]> reference = new ArrayList<>();
    double maxY = 0;
    for (Row r : rows) {
      double v = p.value().applyAsDouble(r);
      double ref = p.proportional() ? first * r.paragraphs() / rows.get(0).paragraphs() : first;
      measured.add(new double[] {Math.log10(r.paragraphs()), v});
      reference.add(new double[] {Math.log10(r.paragraphs()), ref});
      maxY = Math.max(maxY, Math.max(v, ref));
    }
    double yMax = maxY <= 0 || Double.isNaN(maxY) ? 1 : maxY * 1.1;
    double spanX = maxX > minX ? maxX - minX : 1;
    java.util.function.DoubleUnaryOperator x = v -> left + 10 + (v - minX) / spanX * (right - left - 20);
    java.util.function.DoubleUnaryOperator y = v -> bottom - v / yMax * (bottom - top);
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", left - 4, top + 4, number(yMax)));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>%n", left - 4, bottom));
    for (Row r : rows) {
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
          x.applyAsDouble(Math.log10(r.paragraphs())), bottom + 14, millions(r.paragraphs())));
    }
    polyline(s, reference, x, y, "stroke=\"#999\" stroke-dasharray=\"4 3\"");
    polyline(s, measured, x, y, "stroke=\"#1f5fa8\" stroke-width=\"2\"");
    for (double[] m : measured) {
      s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1f5fa8\"/>%n<text x=\"%.1f\" y=\"%.1f\" "
          + "text-anchor=\"middle\" fill=\"#1f5fa8\">%s</text>%n", x.applyAsDouble(m[0]), y.applyAsDouble(m[1]),
          x.applyAsDouble(m[0]), y.applyAsDouble(m[1]) - 6, number(m[1])));
    }
  }

  private static void polyline(StringBuilder s, List<double[]> points, java.util.function.DoubleUnaryOperator x,
      java.util.function.DoubleUnaryOperator y, String style) {
    StringBuilder pts = new StringBuilder();
    for (double[] p : points) pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.applyAsDouble(p[0]), y.applyAsDouble(p[1])));
    s.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" %s/>%n", pts.toString().trim(), style));
  }

  private static String millions(int paragraphs) {
    return paragraphs >= 1_000_000 && paragraphs % 1_000_000 == 0 ? paragraphs / 1_000_000 + "M"
        : String.format(Locale.ROOT, "%,dk", paragraphs / 1000);
  }

  private static String number(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;");
  }
}
