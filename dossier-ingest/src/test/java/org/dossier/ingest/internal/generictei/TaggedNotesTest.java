package org.dossier.ingest.internal.generictei;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dossier.model.Document;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generic TEI file's footnotes and title keep the names they tag, read as a paragraph's are. */
class TaggedNotesTest {
  @Test
  void aFootnoteAndATitleKeepTheirTaggedNamesWithOffsetsInTheirOwnText(@TempDir Path dir) throws Exception {
    Document d = GenericTeiImporterTest.body(dir, "tagged.xml", "<div type=\"letter\">"
        + "<head>From <persName ref=\"#quill\">Ada Quill</persName><note n=\"1\">Copy kept by "
        + "<persName ref=\"#oster\">Bram\n Oster</persName>.</note></head>"
        + "<p>The lamp was lit.<note n=\"2\">Oil from <placeName ref=\"#lisbon\">Lisbon</placeName>, "
        + "<rs type=\"person\" key=\"vane\">the pilot</rs> says; <term ref=\"#lb\">LB</term> and "
        + "<persName>an untagged clerk</persName> agree.</note></p></div>").documents().get(0);
    assertThat(d.title()).isEqualTo("From Ada Quill");
    assertThat(d.titleMentions()).containsExactly(new Mention(MentionType.PERSON, 5, 9, "quill"));
    Note onTitle = d.notes().stream().filter(n -> n.paragraph() == null).findFirst().orElseThrow();
    assertThat(onTitle.text()).isEqualTo("Copy kept by Bram Oster.");
    assertThat(onTitle.mentions()).containsExactly(new Mention(MentionType.PERSON, 13, 10, "oster"));
    Note inText = d.notes().stream().filter(n -> n.paragraph() != null).findFirst().orElseThrow();
    assertThat(inText.text()).isEqualTo("Oil from Lisbon, the pilot says; LB and an untagged clerk agree.");
    assertThat(inText.mentions()).containsExactly(new Mention(MentionType.PLACE, 9, 6, "lisbon"),
        new Mention(MentionType.PERSON, 17, 9, "vane"));
  }
}
