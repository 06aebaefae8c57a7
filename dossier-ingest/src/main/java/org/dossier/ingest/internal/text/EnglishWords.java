package org.dossier.ingest.internal.text;

import java.util.Set;

/**
 * A small list of common English words (function words, the most frequent verbs, nouns and
 * adjectives, and the vocabulary of diplomatic and political records), written for the foreign
 * phrase heuristic in {@link Brackets} and the language guess. Lower case; stems, not forms.
 */
final class EnglishWords {
  private static final Set<String> WORDS = Set.copyOf(java.util.Arrays.asList((
      "a about above according across act action actually add after again against age ago agree agreement aid aim "
          + "air all allow ally almost alone along already also although always am among amount an and another answer "
          + "any anyone anything appear apply approach are area argue arm army around arrive art as ask assistance at "
          + "attack attention authority available away back bad bank base basic be bear beat because become bed been "
          + "before begin behind being believe benefit best better between beyond big bill bit black blood board body "
          + "book border born both box boy break bring brother budget build business but buy by call came campaign can "
          + "capital car care carry case cause central certain chair chance change character charge check child choice "
          + "choose church citizen city civil claim class clear close cold collective come comment commission committee "
          + "common communist community company compare complete concern condition conference congress consider contain "
          + "continue control cooperation cost could council country couple course court cover create crime crisis "
          + "cultural culture cup current cut dark data day dead deal death debate debt decade decide decision deep "
          + "defend defense degree delegation democracy democratic demand deny department depend describe design "
          + "despite detail determine develop development did die difference different difficult dinner direction "
          + "director discover discuss discussion disease do doctor dollar done door down draw dream drive drop drug "
          + "during each early east easy eat economic economy edge education effect effort eight either election else "
          + "embassy end enemy energy enjoy enough enter entire environment equal especially establish even evening event "
          + "ever every everybody everyone everything evidence exactly example exchange executive exist expect experience "
          + "expert explain eye face fact factor fail fall family far farm fast father fear federal feel few field "
          + "fight figure fill film final finally financial find fine finish fire firm first fish five floor fly focus "
          + "follow food foot for force foreign forget form former forward four free friend from front full fund future "
          + "gain game garden gas general generation get girl give given glass go goal god going gold good government "
          + "great green ground group grow growth guess gun guy hair half hall hand hang happen happy hard has have he "
          + "head health hear heart heavy help her here herself high him himself his history hit hold home hope hospital "
          + "hot hotel hour house how however huge human hundred husband i idea identify if image imagine impact "
          + "important improve in include including increase indeed indicate individual industry information inside "
          + "instead institution interest international interview into investment involve is issue it item its itself "
          + "job join just keep key kid kill kind kitchen know knowledge land language large last late later laugh law "
          + "lawyer lay lead leader leadership learn least leave left leg legal less let letter level lie life light "
          + "like likely line list listen little live local long look lose loss lot love low machine magazine main "
          + "maintain major majority make man manage management many market marriage material matter may maybe me mean "
          + "measure media medical meet meeting member memory mention message method middle might military million mind "
          + "minister minute miss mission model modern moment money month more morning most mother mouth move movement "
          + "much music must my myself name nation national natural nature near nearly necessary need negotiation "
          + "neither network never new news newspaper next nice night nine no none nor north not note nothing notice now "
          + "nuclear number occur of off offer office officer official often oh oil ok old on once one only onto open "
          + "operation opportunity option or order organization other others our ourselves out outside over own owner "
          + "page pain paper parent part participant particular partner party pass past patient pattern pay peace "
          + "people per percent perform perhaps period person personal phone physical pick picture piece place plan "
          + "plant play player point police policy political politics poor popular population position positive "
          + "possible power practice prepare present president pressure pretty prevent price private probably problem "
          + "process produce product production professional program project property protect prove provide public "
          + "pull purpose push put quality question quickly quite race radio raise range rate rather reach read ready "
          + "real reality realize really reason receive recent recently recognize record red reduce reflect reform "
          + "region relate relationship religious remain remember remove report represent republic require research "
          + "resource respond response responsibility rest result return reveal rich right rise risk road rock role "
          + "room rouble ruble rule run safe said same save say scene school science score sea season seat second "
          + "secretary section security see seek seem sell send senior sense series serious serve service set seven "
          + "several shake share she shoot short shot should shoulder show side sign significant similar simple simply "
          + "since sing single sister sit site situation six size skill skin small smile so social socialism socialist "
          + "society soldier some somebody someone something sometimes son song soon sort sound source south soviet "
          + "space speak special specific speech spend sport spring staff stage stand standard star start state "
          + "statement station stay step still stock stop store story strategy street strong structure student study "
          + "stuff style subject success successful such suddenly suffer suggest summer summit support sure surface "
          + "system table take talk task tax teach teacher team technology television tell ten tend term test than "
          + "thank that the their them themselves then theory there these they thing think third this those though "
          + "thought thousand threat three through throughout throw thus tie tied time to today together tonight too "
          + "top total tough toward town trade traditional training travel treat treatment treaty tree trial trip "
          + "trouble true truth try turn tv two type under understand union unit until up upon us use usually value "
          + "various very victim view violence visit voice vote wait walk wall want war watch water way we weapon wear "
          + "week weight well west western what whatever when where whether which while white who whole whom whose "
          + "why wide wife will win wind window wish with within without woman wonder word work worker world worry "
          + "would write writer wrong yard yeah year yes yet you young your yourself comrade comrades minister "
          + "ambassador chancellor premier prime bureau politburo troop troops withdrawal arms missile missiles "
          + "border borders regime elections election deputy deputies plenum delegate delegates ministry reforms "
          + "perestroika glasnost tank tanks army navy loan loans credit credits debt goods food grain meat oil "
          + "them there here him her it he she we they our us you your my me one ones this that these those")
      .split(" ")));

  private EnglishWords() {}

  /** Whether {@code word} (lower case) is on the list. */
  static boolean contains(String word) {
    return WORDS.contains(word);
  }
}
