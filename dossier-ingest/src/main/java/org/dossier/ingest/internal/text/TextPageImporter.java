package org.dossier.ingest.internal.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.tei.SourceException;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.ingest.ImportSink;
import org.dossier.ingest.Importer;
import org.dossier.ingest.Issues;
import org.dossier.model.Document;
import org.dossier.model.Edition;

/**
 * Imports a scraped document page: the text a browser shows for one document of a digital
 * edition, copied as is (format {@code text}). One file gives one document.
 *
 * <pre>{@code
 * ImportResult r = new TextPageImporter().read("doc51.txt", bytes, ImportOptions.defaults());
 * }</pre>
 *
 * <p>See {@link SourceBytes} for what input is rejected and how it is cleaned, and
 * {@link PageParser} for the layout it understands. Stateless and thread-safe.
 */
public final class TextPageImporter implements Importer {
  /** The format name, as in {@code provenance.format}. */
  public static final String FORMAT = "text";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public void read(Path file, ImportOptions options, ImportSink sink) throws SourceException, IOException {
    read(String.valueOf(file.getFileName()), Files.readAllBytes(file), options, sink);
  }

  /**
   * Imports a page held in memory, handing the document and the issues to {@code sink}.
   *
   * @param fileName the file name for provenance and issue locations (not a path)
   * @throws SourceException if the bytes are empty, binary, not UTF-8 or over {@code options.maxBytes()}
   * @throws IOException if the sink fails
   */
  public void read(String fileName, byte[] bytes, ImportOptions options, ImportSink sink)
      throws SourceException, IOException {
    String text = SourceBytes.decode(bytes, fileName, options.maxBytes());
    Issues issues = new Issues(fileName, options.maxIssues(), sink);
    Document doc = PageParser.parse(PageLine.split(text), fileName, FORMAT, options, issues);
    Edition edition = Copyright.edition(doc);
    if (edition != null) sink.edition(edition);
    sink.document(doc);
  }

  /** Imports a page held in memory into an {@link ImportResult}; see {@link #read(String, byte[], ImportOptions, ImportSink)}. */
  public ImportResult read(String fileName, byte[] bytes, ImportOptions options) throws SourceException {
    return collect(sink -> read(fileName, bytes, options, sink));
  }

  /** Something that reads into a sink. */
  @FunctionalInterface
  public interface Reading {
    /** Reads into {@code sink}. */
    void into(ImportSink sink) throws SourceException, IOException;
  }

  /** Runs {@code reading} into an in-memory result. Shared with the HTML importer. */
  public static ImportResult collect(Reading reading) throws SourceException {
    ImportResult.Collector collector = new ImportResult.Collector();
    try {
      reading.into(collector);
    } catch (IOException e) {
      throw new IllegalStateException("an in-memory sink cannot fail", e);
    }
    return collector.result();
  }

}
