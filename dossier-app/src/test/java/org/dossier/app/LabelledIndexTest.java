package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Document;
import org.dossier.model.Edition;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.RegisterEntry;
import org.dossier.search.FacetValue;
import org.dossier.search.Fields;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchQuery;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.junit.jupiter.api.Test;

class LabelledIndexTest {
  private static Document memo() {
    String text = "Shultz met Gorbachev and Dobrynin.";
    Block b = new Block(1, BlockKind.PARAGRAPH, null, text, List.of(), List.of(
        new Mention(MentionType.PERSON, text.indexOf("Gorbachev"), "Gorbachev".length(), "p_GMS_1"),
        new Mention(MentionType.PERSON, text.indexOf("Dobrynin"), "Dobrynin".length(), "p_DAF_1")));
    return Document.builder("memo", "A memorandum").edition("frus").paragraphs(List.of(b)).build();
  }

  @Test
  void personFacetValuesCarryTheRegisterNameOrNoLabelWhenTheRegisterLacksThem() throws Exception {
    Edition frus = new Edition("frus", "FRUS", List.of(), null, null,
        List.of(new RegisterEntry("p_GMS_1", "Gorbachev, Mikhail S.", null)), List.of(), List.of());
    try (SearchIndex index = new LabelledIndex(LuceneSearchIndex.inMemory(), () -> List.of(frus))) {
      index.index(memo(), "h");
      List<FacetValue> persons =
          index.search(SearchQuery.of("Gorbachev").withFacets(List.of(Fields.PERSON))).facet(Fields.PERSON);
      assertThat(persons).extracting(FacetValue::value, FacetValue::label, FacetValue::labelOrValue)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("p_GMS_1", "Gorbachev, Mikhail S.", "Gorbachev, Mikhail S."),
              org.assertj.core.groups.Tuple.tuple("p_DAF_1", null, "p_DAF_1"));
    }
  }
}
