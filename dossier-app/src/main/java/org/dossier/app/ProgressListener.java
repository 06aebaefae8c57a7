package org.dossier.app;

/**
 * Hears how far a long use case (import, check, reindex) has come, so that an adapter can show it:
 * the command line draws a bar on a terminal or prints plain lines ({@link ProgressLines}). A job
 * runs in stages, one after the other; each stage counts units of one kind. The listener is called
 * on the thread doing the work, often once a document, so it must return quickly; it must not
 * throw.
 *
 * <pre>{@code
 * app.importInto(edition, request, null, new ProgressLines(line -> log.info(line)));
 * }</pre>
 *
 * @since 0.1
 */
public interface ProgressListener {
  /** Hears nothing. */
  ProgressListener NONE = new ProgressListener() {
    @Override
    public void stage(String task, String unit, long total) {}

    @Override
    public void progress(long done) {}

    @Override
    public void stageDone() {}
  };

  /**
   * A stage begins.
   *
   * @param task what the stage does, in a few words ({@code "reading"}, {@code "indexing"})
   * @param unit what it counts, plural ({@code "documents"}, {@code "files"})
   * @param total how many units the stage will count, or -1 when that is not known in advance
   */
  void stage(String task, String unit, long total);

  /** {@code done} units of the current stage are complete; the count never goes down within a stage. */
  void progress(long done);

  /** The current stage is complete. */
  void stageDone();
}
