package org.dossier.tei;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.dossier.model.Document;

/**
 * Dossier's own TEI P5: one {@code TEI} element per {@link Document}, valid against
 * {@code tei_all.rng}, that reads back into an equal model. This is the edition store's file
 * format.
 *
 * <h2>The mapping</h2>
 *
 * <pre>{@code
 * TEI
 *   teiHeader
 *     fileDesc
 *       titleStmt
 *         title                      title; title notes (paragraph null) as <note place="foot" n> at their offset,
 *                                    titleMarks and titleMentions as in a block (<hi rend="italic">,
 *                                    <persName ref>), see BlockCodec; a note's mentions are written
 *                                    inside its <note> as a block's are (standoff anchors p{n}.n{note}.o…)
 *         editor*                    editors, in order
 *         respStmt                   <resp>translated by</resp><name>source.translator</name>
 *       publicationStmt
 *         authority                  "Dossier"
 *         idno[@type=dossier]        id
 *         idno[@type=edition]        edition
 *         idno[@type=number]         number
 *         availability/p             rights
 *       seriesStmt/title             editionTitle
 *       sourceDesc                   <p>No source is recorded.</p> when source is null, else
 *         msDesc/msIdentifier        repository=archive, collection[@type=fond|opis], idno[@type=delo],
 *                                    altIdentifier[@type=holding]/repository=holding
 *         bibl[@type=source]         source.text
 *     encodingDesc/appInfo/application[@ident=dossier][@version=0.1]/label   marks the file as Dossier's
 *     profileDesc
 *       creation/date                date: @when/@notBefore/@notAfter, or the @…-iso variant for values
 *                                    XML Schema rejects (date-times without seconds, year 0000)
 *       creation/placeName           place
 *       langUsage/language/@ident    language (also text/@xml:lang)
 *       textClass/classCode[@scheme=dossier:type]   type
 *       particDesc/listPerson/person/persName       participants, in order
 *     revisionDesc/change[@type=import]   provenance: name[@type=file], name[@type=format], date (importedAt)
 *   text
 *     front/div[@type=headnote]      headnote blocks
 *     body/div[@type=document]       body blocks; inside one div[@type=section] with its <head> per
 *                                    entry of sections, outermost first
 *     back/interpGrp[@type=note-order]/interp   only when the notes list is not in reading order:
 *                                    the note numbers in model order
 * }</pre>
 *
 * <p>Blocks: PARAGRAPH {@code p}, HEADING {@code head}, QUOTE {@code quote}, ITEM {@code item} (in a
 * {@code list} with its neighbours), OPENER {@code opener}, CLOSER {@code closer}, STAGE
 * {@code stage}, each with {@code @n}. Where TEI does not allow the element (a heading after running
 * text, a closer before it, a heading in a speech) the block is {@code <ab type="heading|opener|closer" n>}.
 * Consecutive blocks with an equal speaker share one {@code <sp who="#ref">} holding
 * {@code <speaker>name</speaker>}, {@code <note type="role">} and {@code <note type="party">}. Register
 * ids in {@code @who}, {@code @ref} and {@code @ana} are {@code #} plus the id, percent-encoded
 * beyond {@code [A-Za-z0-9._~-]}. The content of a block (marks, mentions, notes) is described in
 * {@link BlockCodec}: inline elements when they nest, a standoff {@code spanGrp} when they do not.
 * A block's printed page is the page the reader is on: a {@code <pb n="…"/>} between blocks where
 * the page changes (empty {@code <pb/>} when it becomes unknown), else the page of the last page
 * break inside the previous block, else that block's page.
 *
 * <p>Text is kept exactly: block and title content is written without indentation, carriage
 * returns are escaped. What XML 1.0 cannot hold (control characters other than tab, LF, CR;
 * unpaired surrogates; U+FFFE/U+FFFF) and language tags that are not {@code xsd:language} are
 * rejected on write with an {@link IllegalArgumentException} naming the document and the field or
 * paragraph, as is a title note called past the end of the title.
 */
public final class DossierTei {
  private DossierTei() {}

  /**
   * Writes {@code document} as a TEI P5 file to {@code out} (UTF-8; not closed). The output is a
   * function of the document: the same document gives the same bytes.
   *
   * @throws IllegalArgumentException if the document holds text XML cannot represent (see the class comment)
   * @throws IOException if the stream cannot be written
   */
  public static void write(Document document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    TeiWriter.write(document, out);
  }

  /**
   * Writes the {@code teiHeader} element that {@link #write} writes for {@code document} (title,
   * editors, publication, source, profile), alone, declaring the TEI namespace on itself and
   * without an XML declaration, so it can be embedded in another XML document (an OAI-PMH record).
   *
   * @throws IllegalArgumentException if the document holds text XML cannot represent
   * @throws IOException if the stream cannot be written
   */
  public static void writeHeader(Document document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    TeiWriter.writeHeader(document, out);
  }

  /**
   * Reads a file written by {@link #write}. The stream is read fully but not closed.
   *
   * @param name the file name, for error locations
   * @throws SourceException if the XML is not well-formed or is not Dossier TEI, with file:line:column
   * @throws IOException if the stream cannot be read
   */
  public static Document read(InputStream in, String name) throws SourceException, IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return TeiReader.read(in, name);
  }
}
