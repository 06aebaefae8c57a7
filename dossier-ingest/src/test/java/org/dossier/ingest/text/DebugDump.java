package org.dossier.ingest.text;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.ingest.ImportOptions;
import org.dossier.ingest.ImportResult;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.testkit.SharedData;
import org.junit.jupiter.api.Test;

class DebugDump {
  @Test
  void dump() throws Exception {
    String f = System.getProperty("dump.file");
    Path p = f == null ? SharedData.foundingPage() : Path.of(f);
    ImportResult r = f != null && f.endsWith(".html")
        ? new org.dossier.ingest.html.HtmlPageImporter().read(p.getFileName().toString(), Files.readAllBytes(p), ImportOptions.defaults())
        : new TextPageImporter().read(p.getFileName().toString(), Files.readAllBytes(p), ImportOptions.defaults());
    Document d = r.single();
    System.out.println("id=" + d.id() + " ed=" + d.editionTitle() + " no=" + d.number() + " title=" + d.title() + " date=" + d.date()
        + " lang=" + d.language() + "\neditors=" + d.editors() + " participants=" + d.participants() + "\nsource=" + d.source() + "\nrights=" + d.rights());
    for (Block b : d.headnote()) System.out.println("H " + b.n() + " " + b.speaker() + " | " + b.text().substring(0, Math.min(80, b.text().length())) + " " + b.marks());
    for (Block b : d.paragraphs()) System.out.println("P " + b.n() + " " + (b.speaker() == null ? "-" : b.speaker().name() + "/" + b.speaker().role()) + " | " + b.text().substring(0, Math.min(70, b.text().length())) + " " + b.marks());
    d.notes().forEach(System.out::println);
    r.issues().forEach(System.out::println);
  }
}
