package org.dossier.ingest.internal.parla;

import java.util.List;
import org.dossier.ingest.IngestContractTest;

/**
 * The importer contract for Parla-CLARIN and ParlaMint debates: the sample is a corpus root with
 * its persons, parties and one session written inline. Mutations also damage two session files.
 */
class ParlaImporterContractTest extends IngestContractTest {
  ParlaImporterContractTest() {
    super(ParlaImporter.FORMAT, "SaltAssembly.xml", "parla-corpus.xml", Syntax.XML,
        List.of("the carts wait", "The toll on", "May a carter"),
        List.of("parla/corpus/2001/Test-session-2001-05-04.xml",
            "shared/corpora/parlamint/ParlaMint-CZ/2020/ParlaMint-CZ_2020-01-22-ps2017-040-02-005-012.xml"));
  }
}
