package io.briefing.briefing;

import static io.briefing.briefing.BriefingLogicTest.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.knowledge.ActorKind;
import io.briefing.snapshot.EvidenceView;
import io.briefing.snapshot.InMemorySnapshot;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Reading rules that carry over to any article, each on a small in-memory article written for it:
 * full names for surname speakers, a pronoun subject refers back, "how big" asks for an amount, an
 * "apart from" clause says what the answer is not, compounds are things of their own, and an
 * overview of several articles gives each its gist.
 */
class QuestionReadingRulesTest {

    private static final String WATER = """
            The Harlow Water Company runs the town's three reservoirs.
            It expects a deficit of 12 million pounds this year.
            The company has threatened to raise prices for households.
            It has also threatened to close the Elm Street pumping station.
            "The wells are drying up," said Rosa Quispe, president of the residents' association.
            Quispe said residents would block the reservoir road if prices rose.
            Environment Secretary Mark Dole said the council would review the company's licence.
            Residents worry about the health of children who swim in the reservoirs.
            """;

    static final BriefingIndex INDEX = new BriefingIndex(new InMemorySnapshot()
            .article("harlow-water", "Harlow water company faces protests", WATER, LocalDate.of(2026, 5, 2))
            .actor("harlow-water-company", "Harlow Water Company", ActorKind.ORGANIZATION, "the company")
            .build());

    @Test
    void aRequestVerbFramesOnlyARequest() {
        assertThat(ask(INDEX, "Who described the price rise as unfair?").getInterpretation().terms())
                .as("who described: the describing is asked about").contains("described");
        assertThat(ask(INDEX, "Describe the price rise").getInterpretation().terms()).as("a request").doesNotContain("describe");
        assertThat(ask(INDEX, "Can you describe the price rise?").getInterpretation().terms()).as("a request").doesNotContain("describe");
    }

    @Test
    void aTitleTheArticleWritesShorterThanWordNetIsStillThere() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("bank", "Bank breach", "\"We are sorry,\" said Fiona Castellan, the bank's chief executive.\n\n"
                        + "Hollin Vale Bank has 64 branches.\n", LocalDate.of(2026, 5, 2))
                .actor("hollin-vale-bank", "Hollin Vale Bank", ActorKind.ORGANIZATION, "the bank")
                .build());
        assertThat(ask(index, "who is the ceo of hollin vale bank").getHeadline())
                .as("'chief executive officer' is two-thirds there: not an absent title").contains("Fiona Castellan");
    }

    @Test
    void aSentenceWithoutTheQuestionsWordsNeverLeads() {
        BriefingIndex index = story("bank", "Bank breach", "Analysts fear a challenge, a threat and a risk to markets.\n\n"
                        + "The alliance warned that criminals could use the stolen customer files for identity fraud.\n", LocalDate.of(2026, 5, 2));
        assertThat(ask(index, "What are people afraid crooks will do with the stolen customer files?").getHeadline())
                .as("the worry words alone do not answer").contains("identity fraud");
    }

    @Test
    void anOverviewOfANamedBodyIsItsArticleThoughAWordIsMissing() {
        Briefing b = ask(INDEX, "tl;dr on the Harlow Water Company hack");
        assertThat(b.getInterpretation().questionType()).isEqualTo(QuestionType.OVERVIEW);
        assertThat(b.getCoverage()).as("the article says nothing of a hack").isEqualTo(Coverage.PARTIAL);
        assertThat(b.getPoints()).isNotEmpty();
    }

    @Test
    void putOnTheTableAndPutForwardAreOffers() {
        assertThat(ask(INDEX, "What has the Harlow Water Company put on the table?").getInterpretation().questionType()).isEqualTo(QuestionType.OFFERS);
        assertThat(ask(INDEX, "what compromise did the company put forward").getInterpretation().questionType()).isEqualTo(QuestionType.OFFERS);
        assertThat(ask(INDEX, "What did the company put on the table?").getInterpretation().terms()).doesNotContain("table");
    }

    @Test
    void aPrepositionThatPlacesTheSubjectIsNoFocusWord() {
        Briefing b = ask(INDEX, "For how long can't farmers near the outbreak move their birds?");
        assertThat(b.getInterpretation().terms()).as("'near' places the farmers").doesNotContain("near").contains("outbreak");
    }

    @Test
    void anOwnersNameIsPartOfTheSubjectNotTheVerbsPlace() {
        assertThat(ask(INDEX, "What has the ferry company's boss offered to calm things down?").getInterpretation().questionType())
                .as("'company's' belongs to 'boss'; the verb comes after it").isEqualTo(QuestionType.OFFERS);
    }

    @Test
    void aFramingNounIsContentOnceAWordDescribesIt() {
        assertThat(ask(INDEX, "What will crooks do with the leaked details?").getInterpretation().terms()).contains("details");
        assertThat(ask(INDEX, "Give me the details on the water company").getInterpretation().terms()).doesNotContain("details");
    }

    @Test
    void aCueInAPurposeClauseIsNotTheMainVerb() {
        Briefing b = ask(INDEX, "Did the Harlow Water Company pay a ransom to get its files back?");
        assertThat(b.getInterpretation().questionType()).as("'to get' says what for; 'pay' is the verb").isEqualTo(QuestionType.YES_NO);
    }

    @Test
    void aTwoWordPrepositionIsNoFocus() {
        Briefing b = ask(INDEX, "What worries the people living next to the reservoirs?");
        assertThat(b.getInterpretation().terms()).as("'next to' is a preposition").doesNotContain("next").contains("reservoirs");
    }

    @Test
    void howSomeoneGotSomewhereAsksByWhatMeans() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("visit", "Ada Lund visits Sorvik", "Ada Lund met the mayor of Sorvik on Monday.\n\n"
                        + "It was the first time Ada Lund had visited Sorvik since 2019.\n\nAda Lund arrived in Sorvik by overnight ferry.\n",
                        LocalDate.of(2026, 5, 2))
                .actor("ada-lund", "Ada Lund", ActorKind.PERSON)
                .actor("sorvik", "Sorvik", ActorKind.PLACE)
                .build());
        Briefing b = ask(index, "How did Ada Lund get to Sorvik last time?");
        assertThat(b.getInterpretation().questionType()).as("not what she gets").isEqualTo(QuestionType.WHAT);
        assertThat(b.getInterpretation().answerType()).isEqualTo(AnswerType.MEANS);
        assertThat(b.getInterpretation().terms()).as("'last time' says which occasion").doesNotContain("time");
        assertThat(b.getHeadline()).contains("by overnight ferry");
    }

    @Test
    void aSurnameSpeakerIsAttributedByTheFullNameTheArticleGaveFirst() {
        Briefing b = ask(INDEX, "Who said residents would block the road?");
        assertThat(b.getHeadline()).contains("Rosa Quispe");
        assertThat(b.getPoints().get(0).evidence().get(0).getQuote()).startsWith("Quispe said");
    }

    @Test
    void howBigAsksForAnAmountAndAPronounSubjectRefersBack() {
        Briefing b = ask(INDEX, "How big is the Harlow Water Company's shortfall?");
        assertThat(b.getInterpretation().questionType()).isEqualTo(QuestionType.HOW_MUCH);
        assertThat(b.getInterpretation().terms()).as("'how big' is the question's form, not its focus").doesNotContain("big");
        assertThat(b.getCoverage()).isEqualTo(Coverage.FULL);
        assertThat(b.getHeadline()).as("'It expects a deficit' is about the company named just before").contains("12 million pounds");
    }

    @Test
    void anApartFromClauseNamesWhatTheAnswerIsNot() {
        Briefing b = ask(INDEX, "Apart from raising prices, what else is the company threatening?");
        assertThat(b.getHeadline()).contains("pumping station");
        assertThat(b.getInterpretation().terms()).as("the excluded clause is not searched for").doesNotContain("prices", "raising");
    }

    @Test
    void aCompoundIsNotItsWordsInDifferentSentences() {
        // "health" and "Secretary" are both in the article, never together.
        assertThat(ask(INDEX, "Who is the health secretary?").getCoverage()).isEqualTo(Coverage.NONE);
        assertThat(ask(INDEX, "Who is the environment secretary?").getHeadline()).contains("Mark Dole");
        assertThat(ask(INDEX, "Who is the foreign secretary?").getCoverage()).as("no foreign anything in the article").isEqualTo(Coverage.NONE);
        BriefingIndex apart = story("nurses", "Nurses walk out", "\"Nurses have propped up this health system for years,\" said Rosa Quint, the union's general secretary.\n\n"
                        + "The secretary of health, Ada Lund, said the talks would resume.\n", LocalDate.of(2026, 5, 2));
        assertThat(ask(apart, "Who is the health secretary?").getHeadline()).as("side by side, either way round").contains("Ada Lund");
        BriefingIndex oneSentence = story("nurses", "Nurses walk out", "\"Nurses have propped up this health system for years,\" said Rosa Quint, the union's general secretary.\n",
                        LocalDate.of(2026, 5, 2));
        assertThat(ask(oneSentence, "Who is the health secretary?").getCoverage()).as("both words in one sentence, far apart").isEqualTo(Coverage.NONE);
        assertThat(ask(BriefingLogicTest.INDEX, "Are the crane operators joining the strike too?").getCoverage())
                .as("the article never mentions cranes").isEqualTo(Coverage.NONE);
        assertThat(ask(BriefingLogicTest.INDEX, "Did the port director comment on the strike?").getCoverage()).isNotEqualTo(Coverage.NONE);
    }

    @Test
    void anAmountOfPayOrPriceIsAnAmountOfMoney() {
        Briefing offer = ask(BriefingLogicTest.INDEX, "How much money did Berg offer each worker?");
        assertThat(offer.getInterpretation().answerType()).isEqualTo(AnswerType.MONEY);
        assertThat(offer.getHeadline()).contains("5,000 kroner");
        Briefing salary = ask(BriefingLogicTest.INDEX, "How much is a dockworker's salary?");
        assertThat(salary.getInterpretation().answerType()).isEqualTo(AnswerType.MONEY);
        assertThat(salary.getCoverage()).as("a 7 percent pay rise is no salary").isEqualTo(Coverage.NONE);
        Briefing rise = ask(BriefingLogicTest.INDEX, "How much of a pay rise does the union want?");
        assertThat(rise.getInterpretation().answerType()).as("a rise is often a percentage").isEqualTo(AnswerType.QUANTITY);
        assertThat(rise.getHeadline()).contains("7 percent pay rise");
        // A thing named by its money word ("price tag"), a price "on" something, and a noun WordNet has
        // mostly as an adjective before a clause about it ("the biggest fine the court could impose").
        assertThat(answerType("What's the price tag on the new crane?")).isEqualTo(AnswerType.MONEY);
        assertThat(answerType("What is the price tag for the new crane?")).isEqualTo(AnswerType.MONEY);
        assertThat(answerType("What's the biggest fine the court could impose?")).isEqualTo(AnswerType.MONEY);
        assertThat(answerType("What is the union demanding?")).as("a verb after the noun: who acts").isNotEqualTo(AnswerType.MONEY);
        // WordNet files "damage" under change, as it does "rise": only the thing asked for can make the amount a change.
        assertThat(answerType("What's the price tag for fixing the damage?")).isEqualTo(AnswerType.MONEY);
        assertThat(answerType("What pay rise has the board offered?")).as("a rise is often a percentage").isNotEqualTo(AnswerType.MONEY);
        BriefingIndex trail = story("trail", "Landslide shuts trails", "The slide wrecked the lower trail, and the park fears lasting damage to its name.\n\n"
                + "Rebuilding the trail will cost about 4.2 million Canadian dollars.\n\nTwenty rangers were sent to the site.\n", LocalDate.of(2026, 6, 17));
        assertThat(ask(trail, "What's the price tag for fixing the damage?").getHeadline())
                .as("an amount in a country's dollars is money").contains("4.2 million Canadian dollars");
    }

    @Test
    void aPointInTimeIsAskedForByItsDate() {
        assertThat(answerType("What's the deadline for a deal?")).isEqualTo(AnswerType.TIME);
        assertThat(answerType("What's the plan for a deal?")).isEqualTo(AnswerType.STATEMENT);
        BriefingIndex talks = story("river", "River talks", "Negotiators resumed talks on Monday.\n\nA mediator gave them until January 29 to agree a deal.\n\n"
                        + "The river is shrinking.\n", LocalDate.of(2026, 1, 19));
        assertThat(ask(talks, "What's the deadline for reaching a deal?").getHeadline())
                .as("the date is the deadline, though the article never says 'deadline'").contains("January 29");
    }

    private static AnswerType answerType(String question) {
        return QuestionReader.read(BriefingLogicTest.INDEX, question, null, null, null).answerType();
    }

    @Test
    void aQuestionOpeningWithAnAuxiliaryIsYesNoAndItsHeadlineBringsTheSentenceThatSettlesIt() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("sanctions", "Kessland seeks allies", "Kessland is pressing three coastal states to join its sanctions. "
                        + "None has publicly committed to doing so.\n\nThe talks resume in May.\n", LocalDate.of(2026, 5, 2))
                .actor("kessland", "Kessland", ActorKind.COUNTRY)
                .build());
        Briefing b = ask(index, "Have the coastal states joined Kessland's sanctions?");
        assertThat(b.getInterpretation().questionType()).isEqualTo(QuestionType.YES_NO);
        assertThat(b.getHeadline()).contains("pressing three coastal states", "None has publicly committed");
        assertThat(ask(index, "Can Kessland say how many states will join?").getInterpretation().questionType())
                .as("the 'how many' inside a yes-no question").isEqualTo(QuestionType.YES_NO);
    }

    @Test
    void afterEndingTheVerbPhraseAsksWhatIsWanted() {
        assertThat(QuestionReader.read(INDEX, "What is the city after in these talks?", null, null, null).type())
                .isEqualTo(QuestionType.MOTIVES);
        assertThat(QuestionReader.read(INDEX, "What is the city after?", null, null, null).type()).isEqualTo(QuestionType.MOTIVES);
        assertThat(QuestionReader.read(INDEX, "What did the city do after the vote?", null, null, null).type())
                .as("'after the vote' opens a time").isNotEqualTo(QuestionType.MOTIVES);
    }

    @Test
    void aStateOfMindMeaningFearAsksForConcerns() {
        assertThat(QuestionReader.concernBySense("scared")).isEqualTo("fear");
        assertThat(QuestionReader.concernBySense("dispute")).as("no adjective").isNull();
        assertThat(QuestionReader.read(INDEX, "What are the fishermen scared of?", null, null, null).type()).isEqualTo(QuestionType.CONCERNS);
    }

    @Test
    void aVerbThatIsAWayToWorryAsksForConcerns() {
        assertThat(QuestionReader.concernBySense("fretting")).isEqualTo("worry");
        assertThat(QuestionReader.concernBySense("offered")).as("a verb that is no kind of worrying").isNull();
        assertThat(QuestionReader.read(INDEX, "What are the fishermen fretting about?", null, null, null).type()).isEqualTo(QuestionType.CONCERNS);
    }

    @Test
    void howManyUnitsOfAThingCountsTheUnits() {
        assertThat(QuestionReader.read(INDEX, "How many tonnes of water do the reservoirs hold?", null, null, null).answerClass().word())
                .isEqualTo("tonnes");
        assertThat(QuestionReader.read(INDEX, "What kind of station will close?", null, null, null).answerClass().word())
                .as("a framing 'kind of' still leads to the noun").isEqualTo("station");
    }

    @Test
    void howManyDaysCountsDaysNotYears() {
        BriefingIndex index = story("Minister visits", "The minister arrived in the capital on Monday for talks.\n\n"
                + "The war has gone on for more than two years.\n");
        assertThat(ask(index, "How many days is the minister staying?").getCoverage())
                .as("WordNet's 'days' (a lifetime) is 'years'; a count of years is no count of days").isEqualTo(Coverage.NONE);
    }

    @Test
    void anOverviewOfSeveralArticlesPutsTheMostRecentlyPublishedFirstWhateverTheOrderTheyCameIn() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("later", "Later story", "The later story is about the harbour town.\n", LocalDate.of(2026, 3, 9))
                .article("earlier", "Earlier story", "The earlier story is about the mountain village.\n", LocalDate.of(2026, 1, 2))
                .build());
        Interpretation in = QuestionReader.read(index, "Summarise the article", null, null, null);
        Briefing b = new BriefingComposer(index, in, BriefingDepth.SUMMARY, 5, true, false).compose(in.question(), "QUESTION");
        assertThat(b.getHeadline()).as("ingested first, published last").contains("harbour town");
    }

    @Test
    void anOverviewOfSeveralArticlesGivesEachItsGistUnlessTheCallerLimitsThePoints() {
        InMemorySnapshot snapshot = new InMemorySnapshot();
        for (int i = 1; i <= 7; i++) {
            snapshot.article("story-" + i, "Story " + i, "Story number " + i + " opens with this sentence about town " + i
                    + ".\nIt goes on with a second sentence.\n", LocalDate.of(2026, 1, i));
        }
        BriefingIndex index = new BriefingIndex(snapshot.build());
        Interpretation in = QuestionReader.read(index, "Summarise the article", null, null, null);
        Briefing byDefault = new BriefingComposer(index, in, BriefingDepth.SUMMARY, 5, true, false).compose(in.question(), "QUESTION");
        Briefing limited = new BriefingComposer(index, in, BriefingDepth.SUMMARY, 5, false, false).compose(in.question(), "QUESTION");
        assertThat(byDefault.getPoints()).hasSize(7);
        assertThat(byDefault.getHeadline()).startsWith("7 articles in the knowledge base").contains("town 7");
        assertThat(byDefault.getMarkdown()).contains("town 1", "town 7");
        assertThat(limited.getPoints()).hasSize(5);
    }

    @Test
    void aWordsRarerSensesAndALightVerbDoNotStandInForTheQuestion() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("ferries", "Ferry company adds routes", "The Ailey-based Corran Ferry Company said on Monday it would add a second ship.\n\n"
                        + "Its chief executive, Ada Lund, is set to visit Skye later this week.\n", LocalDate.of(2026, 5, 2))
                .actor("corran-ferry-company", "Corran Ferry Company", ActorKind.ORGANIZATION)
                .actor("ada-lund", "Ada Lund", ActorKind.PERSON)
                .build());
        assertThat(ask(index, "When was the Corran Ferry Company founded?").getCoverage())
                .as("'based' is only the third sense of 'found' (use as a basis)").isEqualTo(Coverage.NONE);
        Briefing going = ask(index, "Where is Ada Lund going?");
        assertThat(going.getInterpretation().terms()).as("a light verb is wording, not focus").doesNotContain("going");
        assertThat(going.getHeadline()).contains("Skye");
    }

    /** An index of one article with no curated actors, published on 2 May 2026. */
    private static BriefingIndex story(String title, String text) {
        return story("story", title, text, LocalDate.of(2026, 5, 2));
    }

    /** An index of one uncurated article, as a test's small story. */
    private static BriefingIndex story(String slug, String title, String text, LocalDate publishedOn) {
        return new BriefingIndex(new InMemorySnapshot().article(slug, title, text, publishedOn).build());
    }

    @Test
    void anEventTheArticleNeverSpeaksOfIsNeitherDatedNorConfirmed() {
        BriefingIndex index = story("Ferry hits cargo ship", "The ferry struck a cargo ship in fog last Friday, injuring 38 people.\n\n"
                + "Repairs to the ferry will take about eight weeks.\n\n"
                + "Police officers said the crash happened in thick fog near the harbour.\n");
        assertThat(ask(index, "When did the ferry strike the cargo ship?").getCoverage()).as("the collision is in the story")
                .isNotEqualTo(Coverage.NONE);
        assertThat(ask(index, "When was the ferry sold?").getCoverage())
                .as("'last Friday' is when it struck a ship; no sale is in the story").isEqualTo(Coverage.NONE);
        assertThat(ask(index, "Did the ferry strike a cargo ship?").getCoverage()).isNotEqualTo(Coverage.NONE);
        assertThat(ask(index, "Have the police arrested anyone over the crash?").getCoverage())
                .as("the story has police and a crash, never an arrest").isEqualTo(Coverage.NONE);
    }

    /** A bridge closed for cracks: the lede gives the closure's reason, the infrastructure director the cracks'. */
    private static final String BRIDGE = "The Sallow Bridge will stay closed for at least 14 months after engineers found cracks in its steel girders, "
            + "the city council said on Wednesday.\n\n"
            + "\"We did not take this decision lightly,\" said Lidia Kasprzak, the council's director of infrastructure.\n\n"
            + "Shop owners near the bridge said trade had fallen by a third.\n\n"
            + "Kasprzak said the steel had probably been cracking for years because of metal fatigue.\n";

    @Test
    void aSentenceCarriesTheWordsThatDescribeItsSpeaker() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot().article("bridge", "Bridge shut", BRIDGE, LocalDate.of(2026, 2, 18))
                .person("lidia-kasprzak", "Lidia Kasprzak", "the council's director of infrastructure", "Kasprzak").build());
        assertThat(ask(index, "Why did the steel crack, according to the council's infrastructure director?").getHeadline())
                .as("'Kasprzak said ...' is the words of the council's director of infrastructure").contains("metal fatigue");
    }

    @Test
    void aReasonThatHoldsTheQuestionsEventExplainsSomethingElse() {
        BriefingIndex index = story("Bridge shut", BRIDGE);
        assertThat(ask(index, "Why did the steel crack in the girders?").getHeadline())
                .as("'closed ... after engineers found cracks' is why the bridge closed").contains("metal fatigue");
    }

    @Test
    void anAdverbWordNetHasAsAPhraseIsWordingNotFocus() {
        Briefing b = ask(story("Bridge shut", BRIDGE), "Why did the steel crack in the first place?");
        assertThat(b.getInterpretation().terms()).contains("steel").doesNotContain("first", "place");
    }

    @Test
    void thePluralAfterHowManyIsWhatIsCountedThoughMostlyAVerb() {
        BriefingIndex index = story("Bridge shut", "Engineers carried out a routine inspection of the bridge in January. "
                + "The report found 14 cracks in welded joints beneath the deck.\n\n"
                + "An engineering survey of the harbour wall found cracks along 340 metres of it.\n");
        assertThat(ask(index, "How many cracks turned up in the inspection?").getHeadline())
                .as("'crack' is mostly a verb in WordNet; after 'how many' it is the noun counted, and 'cracks along 340 metres' counts metres").contains("14 cracks");
    }

    @Test
    void onlyAThingCanBeMissingFromTheArticles() {
        BriefingIndex index = story("Bird flu", "The virus was confirmed on Brookhof Farm, which Mattias Hollander has run since 1998.\n");
        Briefing b = ask(index, "On whose farm was the virus first found?");
        assertThat(b.getInterpretation().notInArticles()).as("'first' is wording, not something the story lacks").isEmpty();
        assertThat(b.getCoverage()).isEqualTo(Coverage.FULL);
        assertThat(ask(index, "On whose farm was the virus found in the barn?").getInterpretation().notInArticles()).containsExactly("barn");
    }

    @Test
    void howLongSoFarIsAnsweredBySinceWhen() {
        BriefingIndex index = story("Club to move", "The club plans to leave Millbrook Lane, its home since 1913, for a new ground.\n\n"
                + "The club has played in red at Millbrook Lane for every home game, the chairman said.\n");
        assertThat(ask(index, "How long has the club played at Millbrook Lane?").getHeadline()).contains("since 1913");
    }

    @Test
    void whichOneIsAnsweredOnlyByAName() {
        BriefingIndex index = story("Exam re-marks", "Amira Haddad, a student, lost her university place after a low chemistry grade.\n\n"
                + "The board said re-marked grades would be sent to students and schools by September 4.\n\n"
                + "The board's chief executive wrote to every school in an open letter printed by the Ardmore Herald newspaper.\n");
        assertThat(ask(index, "Which school does Amira Haddad go to?").getCoverage())
                .as("'sent to students and schools' names no school").isEqualTo(Coverage.NONE);
        assertThat(ask(index, "Which newspaper printed the open letter?").getHeadline()).contains("Ardmore Herald");
    }

    @Test
    void aDateWithoutItsYearAfterWillIsToComeThoughMonthsAway() {
        BriefingIndex index = story("Harbour ban", "The cruise ban could cost the town its harbour fees from 2028.\n\n"
                + "The council will decide on the plan on November 12.\n");
        assertThat(ask(index, "When will the council decide?").getHeadline())
                .as("published in May, 'will decide on November 12' is the coming November, not the last").contains("November 12");
        assertThat(ask(index, "When will the council decide on the cruise ban?").getHeadline()).contains("November 12");
    }

    @Test
    void aPersonNamedAfterASentenceAboutSomeoneElseIsNotThatOne() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("port", "Port strike", "Talks will resume in Oslo on Thursday, the mediator said.\n\n"
                        + "The transport minister, Owen Hale, met union leaders on Tuesday.\n\n"
                        + "The Corran Ferry Company said it would add a ship.\n\n"
                        + "Its chief executive, Ada Lund, said the ship would sail in May.\n", LocalDate.of(2026, 5, 2))
                .actor("owen-hale", "Owen Hale", ActorKind.PERSON)
                .actor("ada-lund", "Ada Lund", ActorKind.PERSON)
                .actor("corran-ferry-company", "Corran Ferry Company", ActorKind.ORGANIZATION)
                .build());
        assertThat(ask(index, "Who is the mediator?").getHeadline()).as("the minister is named after the mediator spoke, not as the mediator")
                .doesNotContain("Owen Hale");
        assertThat(ask(index, "Who said when the ship would sail?").getHeadline()).contains("Ada Lund");
    }

    @Test
    void aWhereQuestionWantsAPlaceNamedAsOneAndPrefersTheKindOfPlaceItNames() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("talks", "Pilots and airline in talks", "Under Norwegian law, the mediation between the pilots and the airline must end by Friday.\n\n"
                        + "The mediator has summoned both sides to talks in Oslo on Monday.\n\n"
                        + "The drones were launched from a base near Ledvik, officials said.\n\n"
                        + "Debris from an attack on the port city of Sorvik came from the same drones.\n", LocalDate.of(2026, 5, 2))
                .actor("norway", "Norway", ActorKind.COUNTRY, "Norwegian")
                .build());
        assertThat(ask(index, "Where is the mediation being held?").getHeadline()).as("'Norwegian law' says whose law, not where")
                .contains("in Oslo");
        assertThat(ask(index, "Which city was hit by the drones?").getHeadline()).contains("Sorvik");
        BriefingIndex based = story("airline", "Airline talks", "The pilots met the airline's managers in Oslo on Monday.\n\n"
                        + "The Tromsdal-based airline flies 38 routes.\n", LocalDate.of(2026, 5, 2));
        assertThat(ask(based, "Where is the airline based?").getHeadline()).as("'Tromsdal-based' says where").contains("Tromsdal-based");
    }

    @Test
    void whichOfficialAsksForAPersonAndATitledNameIsOne() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("ferries", "Ferry ban stays", "The ferry ban will stay until March.\n\n"
                        + "South Korean Defense Minister Ada Varnholt told reporters the ban protects the fishing fleet.\n", LocalDate.of(2026, 5, 2))
                .actor("south-korea", "South Korea", ActorKind.COUNTRY, "South Korean")
                .build());
        Interpretation in = QuestionReader.read(index, "Which South Korean official talked about the ban?", null, null, null);
        assertThat(in.answerClass().word()).as("'official' is mostly an adjective in WordNet, a noun here").isEqualTo("official");
        Briefing b = ask(index, "Which South Korean official talked about the ban?");
        assertThat(b.getCoverage()).isEqualTo(Coverage.FULL);
        assertThat(b.getHeadline()).contains("Ada Varnholt");
    }

    @Test
    void aQuestionAboutANamedBodySearchesItsArticleAndItsOwnStatements() {
        StringBuilder floods = new StringBuilder();
        for (int i = 1; i <= 80; i++) {
            floods.append("Officials warned of floods and fear more rain in town ").append(i).append(".\n\n");
        }
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("floods", "Floods", floods.toString(), LocalDate.of(2026, 5, 1))
                .article("wards", "Hospital savings plan", "The trust's savings plan will close two wards, its chief executive said.\n\n"
                        + "The Harlow Nurses Union warned that the closures would push patients into crowded corridors.\n",
                        LocalDate.of(2026, 5, 2))
                .actor("harlow-nurses-union", "Harlow Nurses Union", ActorKind.ORGANIZATION, "the union")
                .build());
        Briefing b = ask(index, "What worries the Harlow Nurses Union about the savings plan?");
        assertThat(b.getMarkdown()).as("the union's own warning, though it calls the plan 'the closures', and though 80 sentences"
                + " of another article warn and fear").contains("crowded corridors");
    }

    @Test
    void aSpeakersOwnWantIsNotTheWantOfThoseTheQuestionAsksAbout() {
        BriefingIndex index = story("pay", "Pilots and airline far apart", "\"We want an agreement with our pilots,\" said Marit Hovland, the airline's chief executive.\n\n"
                        + "The pilots are demanding a pay rise of 9 percent over two years.\n", LocalDate.of(2026, 5, 2));
        assertThat(ask(index, "What do the pilots want?").getHeadline()).contains("pay rise of 9 percent");
    }

    @Test
    void anOverviewOfSomethingOneArticleIsAboutGivesThatArticlesGist() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("ferries", "Ferry crews strike", "Ferry crews in Ailey walked out on Monday over pay, stranding island residents.\n\n"
                        + "The strike is the first in ten years.\n\nThe company said the dispute could last weeks.\n", LocalDate.of(2026, 5, 1))
                .article("bridge", "Bridge closes", "The Harlow bridge closed on Tuesday for repairs.\n\nDrivers face a long detour.\n",
                        LocalDate.of(2026, 5, 2))
                .build());
        for (String question : new String[] {"Summarise the ferry dispute", "Give me the key points on the ferry dispute",
                "What is happening with the ferries?"}) {
            Briefing b = ask(index, question);
            assertThat(b.getInterpretation().questionType()).as(question).isEqualTo(QuestionType.OVERVIEW);
            assertThat(b.getInterpretation().method()).as(question).isEqualTo("ARTICLE");
            assertThat(b.getHeadline()).as(question + ": the article's opening sentence").contains("walked out on Monday");
        }
    }

    @Test
    void anAnswerThatOpensWithAPronounComesWithTheSentenceThatSaysWhoItIs() {
        BriefingIndex index = story("doping", "Sprinter banned", "The tribunal banned the sprinter for four years.\n\n"
                + "The Breska Athletes' Association said the case showed how exposed runners were. It called on the government to fund "
                + "a certified testing scheme for supplements.\n", LocalDate.of(2026, 6, 9));
        Briefing b = ask(index, "who wants the government to pay for testing supplements");
        assertThat(b.getPoints()).isNotEmpty();
        assertThat(b.getPoints().get(0).evidence()).extracting(EvidenceView::getQuote)
                .containsExactly("The Breska Athletes' Association said the case showed how exposed runners were.",
                        "It called on the government to fund a certified testing scheme for supplements.");
        // News paragraphs are often one sentence long: the sentence before is the referent across a paragraph
        // break too, as the ranking already took it.
        BriefingIndex paragraphs = story("doping", "Sprinter banned", "The tribunal banned the sprinter for four years.\n\n"
                + "The Breska Athletes' Association said the case showed how exposed runners were.\n\nIt called on the government "
                + "to fund a certified testing scheme for supplements.\n", LocalDate.of(2026, 6, 9));
        assertThat(ask(paragraphs, "who wants the government to pay for testing supplements").getPoints().get(0).evidence())
                .extracting(EvidenceView::getQuote).first().asString().startsWith("The Breska Athletes' Association");
        // "Why ...?" settled by the sentence after the answer: the headline gives the answer and that sentence, not the referent.
        BriefingIndex why = story("doping", "Sprinter banned", "The tribunal heard the sprinter's case in May.\n\n"
                + "It rejected her supplement defence because the tub came from a different batch. The batch had been tested clean.\n",
                LocalDate.of(2026, 6, 9));
        Briefing rejected = ask(why, "Why did the tribunal reject her supplement defence?");
        assertThat(rejected.getPoints().get(0).evidence()).extracting(EvidenceView::getQuote)
                .startsWith("The tribunal heard the sprinter's case in May.");
        assertThat(rejected.getHeadline()).contains("different batch").contains("tested clean")
                .doesNotContain("heard the sprinter's case");
    }

    @Test
    void anOverviewOfSomethingNoArticleMentionsIsNotCovered() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("ferries", "Ferry crews strike", "Ferry crews in Ailey walked out on Monday over pay, stranding island residents.\n\n"
                        + "The strike is the first in ten years.\n", LocalDate.of(2026, 5, 1))
                .build());
        for (String question : new String[] {"What happened in 2000?", "Summarise the Taiwan talks"}) {
            Briefing b = ask(index, question);
            assertThat(b.getInterpretation().questionType()).as(question).isEqualTo(QuestionType.OVERVIEW);
            assertThat(b.getCoverage()).as(question + ": the article never mentions it").isEqualTo(Coverage.NONE);
            assertThat(b.getPoints()).as(question).isEmpty();
        }
        assertThat(ask(index, "What happened in Ailey?").getCoverage()).as("a place it does mention").isNotEqualTo(Coverage.NONE);
        assertThat(ask(index, "Summarise the article").getCoverage()).isEqualTo(Coverage.FULL);
    }

    @Test
    void aPersonIsNamedOnlyInAnArticleThatGivesTheirFullNameAndAnOrdinaryWordOnlyCapitalised() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("cloud", "Data centre vote", "Kestrel Cloud's vice president, Daniel Okafor, said the company would appeal.\n",
                        LocalDate.of(2026, 5, 1))
                .article("fire", "Bushfire", "Okafor said she had written to the insurer about premiums.\n\n"
                        + "Residents fled to the north of the town on Monday.\n", LocalDate.of(2026, 5, 2))
                .article("korea", "Missile test", "The North fired a missile on Sunday.\n", LocalDate.of(2026, 5, 3))
                .actor("daniel-okafor", "Daniel Okafor", ActorKind.PERSON, "Okafor")
                .actor("north-korea", "North Korea", ActorKind.COUNTRY, "the North")
                .build());
        Briefing written = ask(index, "What has Daniel Okafor written to the insurer?");
        assertThat(written.getCoverage()).as("the bushfire story's Okafor is someone else").isEqualTo(Coverage.NONE);
        Briefing fled = ask(index, "When did North Korea's residents flee?");
        assertThat(fled.getMarkdown()).as("'to the north of the town' is no country").doesNotContain("Residents fled");
    }

    @Test
    void aThingOnlyOneArticleSpeaksOfSaysWhichArticleIsMeant() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("reservoir", "Council vote", "The reservoir commission met on Tuesday.\n\n"
                        + "It wants a legally binding cap on the company's water use.\n", LocalDate.of(2026, 5, 1))
                .article("budget", "Budget talks", "The company said the commission would ask for more money.\n", LocalDate.of(2026, 5, 2))
                .build());
        Briefing b = ask(index, "What is the reservoir commission asking the company for?");
        assertThat(b.getMarkdown()).as("only the council story speaks of a reservoir").contains("binding cap").doesNotContain("more money");
    }

    @Test
    void whoIsTheMinisterIsAnsweredByTheSentenceThatWritesHerName() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("fish", "Kessland threatens ports", "PORT HALDEN, Kessland, Nov 5 (Meridian Wire Service) - Kessland's fisheries minister"
                        + " threatened on Thursday to close the country's ports to Morvanian vessels.\n\n"
                        + "Fisheries Minister Ragna Solberg accused Morvania of awarding itself a reckless quota.\n", LocalDate.of(2026, 5, 2))
                .actor("kessland", "Kessland", ActorKind.COUNTRY)
                .build());
        assertThat(ask(index, "Who is Kessland's fisheries minister?").getHeadline()).as("a dateline in capitals is no person's name")
                .contains("Ragna Solberg");
        assertThat(ask(BriefingLogicTest.INDEX, "How much water does the port use?").getInterpretation().answerType())
                .as("'use' is about money only in a rare sense").isEqualTo(AnswerType.QUANTITY);
    }

    @Test
    void aPluralCommonNounIsNoNameAndAVerbWithItsForAsksForAMotive() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("zoning", "Council vote on data centre", "The planning and zoning commission met the company on Tuesday.\n\n"
                        + "The commission is also pressing for a legally binding cap on the company's water use.\n", LocalDate.of(2026, 5, 1))
                .article("fire", "Bushfire", "RFA Commissioner Paul Denholm said the fire zones were unsafe.\n\n"
                        + "Commissioner Denholm asked residents to leave.\n", LocalDate.of(2026, 5, 2))
                .build());
        Interpretation in = QuestionReader.read(index, "What are the zoning commissioners asking the company for?", null, null, null);
        assertThat(in.type()).as("'asking ... for' asks what they want").isEqualTo(QuestionType.MOTIVES);
        assertThat(in.corpusNames()).as("'commissioners' is a group, though the fire story writes 'Commissioner' as a title")
                .doesNotContain("commission");
        Briefing b = ask(index, "What are the zoning commissioners asking the company for?");
        assertThat(b.getMarkdown()).as("the commission of the zoning story, though the stemmer cuts 'commission' and 'commissioners'"
                + " differently").contains("binding cap");
    }

    @Test
    void aStatingVerbThatNeedsItsParticleStatesOnlyWithIt() {
        BriefingIndex index = story("wards", "Ward closures", "The Harlow Nurses Union said the closures would push more patients into crowded corridors.\n\n"
                        + "The nurses union is calling for a freeze on the closures.\n", LocalDate.of(2026, 5, 2));
        assertThat(ask(index, "What is the nurses union demanding?").getHeadline()).as("'push patients' states no demand")
                .contains("freeze on the closures");
    }

    @Test
    void whoIsAnActorsMinisterIsNotAnsweredByAnotherCountrysMinister() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("shells", "Shells for Russia", "South Korean Defense Minister Ada Varnholt said Russia had received 10,000 containers.\n",
                        LocalDate.of(2026, 5, 2))
                .actor("south-korea", "South Korea", ActorKind.COUNTRY, "South Korean")
                .actor("russia", "Russia", ActorKind.COUNTRY, "Russian")
                .build());
        assertThat(ask(index, "Who is Russia's defense minister?").getCoverage()).as("the minister named is South Korea's")
                .isEqualTo(Coverage.NONE);
        assertThat(ask(index, "Who is South Korea's defense minister?").getHeadline()).contains("Ada Varnholt");
    }

    @Test
    void aQuestionThatNamesNothingIsAnsweredFromOneArticleThatSpeaksOfWhatItAsks() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("mackerel", "Mackerel talks", "Morvania has offered to cut its mackerel catch by 15 percent, to about 195,000 tonnes,"
                        + " and to put 30 million euros into research.\n", LocalDate.of(2026, 5, 1))
                .article("fuel", "Fuel", "Fuel prices rose by 3 percent in the market town of Harlow.\n", LocalDate.of(2026, 5, 2))
                .build());
        assertThat(ask(index, "What's the market price of mackerel per tonne?").getCoverage())
                .as("only the fuel story speaks of prices").isEqualTo(Coverage.NONE);
        assertThat(ask(index, "How much will Morvania put into research?").getHeadline()).contains("30 million euros");
    }

    @Test
    void whenDidAsksWhatHasHappenedAndAFutureDateDoesNotAnswerIt() {
        BriefingIndex index = story("lithium", "Lithium mine", "Altiplano wants to raise the mine's annual production to 45,000 tonnes by 2029.\n",
                        LocalDate.of(2026, 5, 2));
        assertThat(ask(index, "When did the mine first start production?").getCoverage()).isEqualTo(Coverage.NONE);
        Briefing will = ask(index, "When will the mine produce 45,000 tonnes?");
        assertThat(will.getInterpretation().notInArticles()).as("a figure is one word, as the article writes it").isEmpty();
        assertThat(will.getHeadline()).contains("by 2029");
    }

    @Test
    void aTimeToComeIsNotAnsweredByThePastNorByTheDateline() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("summit", "Leaders to meet", "HARLOW, Kessland, Nov 5 (Wire Service) - The two leaders met last year in Harlow.\n\n"
                        + "They are due to meet again on November 19 and 20 in Port Halden.\n", LocalDate.of(2026, 11, 5))
                .article("vote", "Council vote", "HARLOW, Kessland, Nov 6 (Wire Service) - The council will vote on the ban.\n", LocalDate.of(2026, 11, 6))
                .build());
        assertThat(ask(index, "When do the two leaders meet?").getHeadline()).as("not 'met last year'").contains("November 19 and 20");
        assertThat(ask(index, "When will the council vote on the ban?").getCoverage())
                .as("the dateline's Nov 6 is when the story was filed").isEqualTo(Coverage.NONE);
    }

    @Test
    void aThingCalledByItsHeadWordAloneIsTheThingTheArticleNamesInFull() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("drivers", "Bus routes cut", "The Halstow bus company employs 280 drivers on 60 routes.\n\n"
                        + "The company is 74 drivers short, its manager said.\n", LocalDate.of(2026, 11, 18))
                .article("taxis", "Taxi fares", "A taxi company in Sorvik said 12 drivers had left.\n", LocalDate.of(2026, 11, 19))
                .build());
        assertThat(ask(index, "How many drivers is the bus company short?").getHeadline())
                .as("'the company' is the bus company of the sentence before").contains("74 drivers short");
    }

    @Test
    void theFirstPointOfAStatementCarriesItsNextSentenceAFactDoesNot() {
        BriefingIndex index = story("water", "Water company", "The Harlow Water Company has threatened to raise prices for households."
                        + " It has also threatened to close the Elm Street pumping station.\n", LocalDate.of(2026, 5, 2));
        Briefing threats = ask(index, "What has the Harlow Water Company threatened to do?");
        assertThat(threats.getPoints().get(0).evidence()).as("what it threatened runs on: 'It has also threatened ...'").hasSize(2);
        assertThat(threats.getPoints()).as("and that sentence is not quoted again as a point of its own").hasSize(1);
        Briefing who = ask(INDEX, "Who said residents would block the road?");
        assertThat(who.getPoints().get(0).evidence()).as("a name is one sentence's fact").hasSize(1);
    }

    @Test
    void howGoodAsksAfterTheQualityAndAWorryAtTheEndIsTheMainVerb() {
        BriefingIndex index = story("pumps", "Pump doubts", "The Harlow Water Company installed 40 new pumps this year.\n\n"
                        + "But questions have arisen about the quality of the pumps.\n\n"
                        + "The village primary school said attendance would fall sharply if the pumps failed.\n", LocalDate.of(2026, 5, 2));
        Briefing doubts = ask(index, "Are there doubts about how good the pumps are?");
        assertThat(doubts.getCoverage()).isNotEqualTo(Coverage.NONE);
        assertThat(doubts.getHeadline()).as("'how good' is their quality").contains("quality of the pumps");
        Briefing worried = ask(index, "What is the village primary school worried about?");
        assertThat(worried.getInterpretation().questionType()).as("the predicate after a long subject").isEqualTo(QuestionType.CONCERNS);
    }

    @Test
    void anOverviewOfTheOneArticleAboutANamedPlaceIsPartlyCoveredNotNone() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("cruise", "Mayor moves to ban cruise ships", "The mayor of Porto Vesca wants to ban large cruise ships from the old harbour.\n\n"
                        + "Cruise lines warned the ban would cost hundreds of jobs.\n", LocalDate.of(2026, 5, 1))
                .article("bridge", "Bridge closes", "The Harlow bridge closed on Tuesday for repairs.\n", LocalDate.of(2026, 5, 2))
                .actor("porto-vesca", "Porto Vesca", ActorKind.PLACE)
                .build());
        Briefing b = ask(index, "Summarise the row over cruise ships in Porto Vesca");
        assertThat(b.getCoverage()).as("the article never says 'row'").isEqualTo(Coverage.PARTIAL);
        assertThat(b.getHeadline()).contains("ban large cruise ships");
    }

    @Test
    void whoIsTheHolderOfATitleTheArticleNeverGivesIsNotCovered() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("cruise", "Cruise calls", "Porto Vesca received 412 cruise calls last year, according to the port authority.\n",
                        LocalDate.of(2026, 5, 2))
                .actor("porto-vesca", "Porto Vesca", ActorKind.PLACE)
                .build());
        assertThat(ask(index, "Who is the president of the port authority?").getCoverage())
                .as("no president, and the place's name is no person's").isEqualTo(Coverage.NONE);
    }

    @Test
    void peopleLivingSomewhereAreItsResidentsAndAWantAtTheEndIsTheMainVerb() {
        BriefingIndex index = story("Harbour ban", "Shopkeepers in the old town are pushing for the ban to be delayed.\n\n"
                + "Residents of the old town are pushing for the ban to start a year earlier, in 2027.\n");
        Briefing b = ask(index, "What do people living in the old town want?");
        assertThat(b.getInterpretation().questionType()).isEqualTo(QuestionType.MOTIVES);
        assertThat(b.getInterpretation().terms()).as("'people' is said by the verb after it").doesNotContain("people");
        assertThat(b.getHeadline()).contains("a year earlier, in 2027");
    }

    @Test
    void aNameThatSaysWhichThingIsMeantNeedNotBeRepeatedAndHeadquartersAreWhereABodyIsBased() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("cruise", "Cruise ban", "Ships would instead use a new terminal at Punta Grigia.\n\n"
                        + "\"If the ban comes in before the new terminal is finished, our members would sail to Split instead,\" said Dario Lucchesi.\n\n"
                        + "The Mediterranean Cruise Lines Association (MCLA), which is based in Genoa, called the ban a gesture.\n",
                        LocalDate.of(2026, 5, 2))
                .actor("punta-grigia", "Punta Grigia", ActorKind.PLACE)
                .actor("mcla", "Mediterranean Cruise Lines Association", ActorKind.ORGANIZATION, "MCLA")
                .build());
        Briefing terminal = ask(index, "What would the cruise lines do if the ban starts before the Punta Grigia terminal is finished?");
        assertThat(terminal.getCoverage()).as("'the new terminal' is the Punta Grigia terminal").isNotEqualTo(Coverage.NONE);
        assertThat(terminal.getHeadline()).contains("sail to Split");
        assertThat(ask(index, "Where is the MCLA headquartered?").getHeadline()).contains("based in Genoa");
    }

    @Test
    void aSentenceOpeningWithASurnameSaysWhoseAfterTheQuote() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("buses", "Bus cuts", "The Bus and Coach Workers' Union (BCWU) represents 280 drivers.\n\n"
                        + "Councillor Owen Pritchard said the routes mattered.\n\n"
                        + "The BCWU rejected the offer last week.\n\n"
                        + "Pritchard is pushing for the routes to be run by the authority.\n", LocalDate.of(2026, 5, 2))
                .actor("bcwu", "Bus and Coach Workers' Union", ActorKind.ORGANIZATION, "BCWU")
                .actor("owen-pritchard", "Owen Pritchard", ActorKind.PERSON, "Pritchard")
                .build());
        assertThat(ask(index, "Which councillor wants the authority to run the routes?").getHeadline())
                .as("who 'Pritchard' is, after the quote").contains("(Pritchard is Owen Pritchard)");
    }

    @Test
    void theSentenceNamingWhoARoleIsAnswersForTheSentenceBeforeIt() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("cruise", "Cruise ban", "PORTO VESCA, Italy, Oct 22 (Adriatic Wire Service) - The mayor of Porto Vesca wants to ban"
                        + " large cruise ships from the city's medieval old harbour from 2028, saying the vessels are damaging its seawall and"
                        + " driving residents out of the historic centre, a plan that cruise operators warned on Wednesday would cost the port"
                        + " hundreds of jobs.\n\nMayor Chiara Bellandi told a news conference at the town hall that ships longer than 200"
                        + " metres or carrying more than 1,500 passengers would no longer be allowed to berth at the San Rocco quay inside the"
                        + " old harbour.\n", LocalDate.of(2026, 10, 22))
                .actor("porto-vesca", "Porto Vesca", ActorKind.PLACE)
                .build());
        assertThat(ask(index, "Who is behind the plan to keep cruise ships out of Porto Vesca's old harbour?").getHeadline())
                .contains("Chiara Bellandi");
    }

    @Test
    void thePresidentOfABodyIsNotAnotherBodysPresident() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("summit", "Summit", "Morvanian President Ilias Kormanos will meet the prime minister in Port Halden on Friday.\n\n"
                        + "The port authority said cruise calls rose by 8 percent.\n", LocalDate.of(2026, 5, 2))
                .actor("morvania", "Morvania", ActorKind.COUNTRY, "Morvanian")
                .build());
        assertThat(ask(index, "Who is the president of the port authority?").getCoverage())
                .as("Morvania's president, 'Port' only a name").isEqualTo(Coverage.NONE);
        assertThat(ask(index, "Who is the president of Morvania?").getHeadline()).contains("Ilias Kormanos");
    }

    private static final String VOLCANO = """
            PUERTO ALBARA, Spain, Nov 4 (Atlantic Wire Service) - The airport on the island of Montaraz will stay closed until Friday because of falling ash.

            The Cumbre Roja volcano began erupting on Monday after three weeks of small earthquakes.

            Montaraz last saw an eruption in 1949, when lava destroyed part of El Roque.

            Carlos Benitez said the MVO had warned the airport on Sunday. He said 11 sweeper trucks were working in shifts to clear the runway. Repairs to the terminal roof would cost 2 million euros.

            The Montaraz Volcanological Observatory (MVO) said there were no signs that the eruption was weakening. Its director, Dr. Lucia Ferrandez, said the lava was moving at 40 metres an hour.

            She said the MVO was most worried about a second fissure. No injuries have been reported.

            The Montaraz Hotel and Tourism Association (AHTM) said its members were losing 1.2 million euros a day. "The hotels are open," said Elena Marquina, who chairs the AHTM.

            Tourism is worth about 410 million euros a year to the island. The AHTM asked hotels to stay open.

            Thirty-one flights were cancelled on Tuesday and 27 on Wednesday. Passengers on cancelled flights could claim a refund.

            Ferries sail to the neighbouring island of Ventosa, whose airport remains open. Vuelos Atlanticos said it would add extra flights from Ventosa once capacity allowed.

            Marquina also called on the Spanish government to fund a promotional campaign.
            """;

    static final BriefingIndex ISLAND = new BriefingIndex(new InMemorySnapshot()
            .article("montaraz", "Volcano shuts Montaraz airport", VOLCANO, LocalDate.of(2026, 11, 4))
            .actor("mvo", "Montaraz Volcanological Observatory", ActorKind.ORGANIZATION, "MVO")
            .actor("ahtm", "Montaraz Hotel and Tourism Association", ActorKind.ORGANIZATION, "AHTM")
            .actor("elena-marquina", "Elena Marquina", ActorKind.PERSON, "Marquina")
            .actor("carlos-benitez", "Carlos Benitez", ActorKind.PERSON, "Benitez")
            .actor("lucia-ferrandez", "Lucia Ferrandez", ActorKind.PERSON, "Ferrandez")
            .represents("elena-marquina", "ahtm")
            .motive("elena-marquina", io.briefing.knowledge.MotiveKind.GOAL,
                    "Elena Marquina called on the Spanish government to fund a promotional campaign.", "montaraz",
                    "Marquina also called on the Spanish government to fund a promotional campaign.")
            .build());

    @Test
    void aParticipleAfterADeterminerDescribesANoun() {
        assertThat(ask(ISLAND, "What's the price tag on the proposed runway?").getInterpretation().questionType())
                .as("'the proposed runway' proposes nothing").isEqualTo(QuestionType.WHAT);
        assertThat(ask(ISLAND, "What has the AHTM proposed?").getInterpretation().questionType()).isEqualTo(QuestionType.OFFERS);
    }

    @Test
    void anIndefinitePronounIsNoFocusWord() {
        Briefing b = ask(ISLAND, "has anybody been hurt?");
        assertThat(b.getInterpretation().terms()).doesNotContain("anybody");
        assertThat(b.getInterpretation().notInArticles()).doesNotContain("anybody");
    }

    @Test
    void whatSomethingCostsIsAnAmountOfMoney() {
        Briefing b = ask(ISLAND, "how much will it cost to clear the runway");
        assertThat(b.getInterpretation().answerType()).isEqualTo(AnswerType.MONEY);
        assertThat(b.getHeadline()).as("11 sweeper trucks are no cost").doesNotContain("sweeper trucks");
        assertThat(ask(ISLAND, "How much is the island's tourism worth?").getInterpretation().answerType())
                .as("what a thing is worth is a price").isEqualTo(AnswerType.MONEY);
    }

    @Test
    void aYearTheQuestionNamesMustBeInTheAnswer() {
        assertThat(ask(ISLAND, "How long did the 1949 eruption go on for?").getCoverage())
                .as("the article says when, never how long, the 1949 eruption lasted").isEqualTo(Coverage.NONE);
    }

    @Test
    void aYesNoQuestionAboutAPersonTheArticleNeverNamesIsNotCovered() {
        assertThat(ask(ISLAND, "Has the prime minister closed the airport?").getCoverage()).isEqualTo(Coverage.NONE);
        assertThat(ask(ISLAND, "Is the airport closed?").getCoverage()).isNotEqualTo(Coverage.NONE);
    }

    @Test
    void whoIsInChargeOfABodyIsTheTitledPersonInTheSentenceAfterIt() {
        Briefing b = ask(ISLAND, "who's in charge of the MVO");
        assertThat(b.getInterpretation().terms()).doesNotContain("charge");
        assertThat(b.getHeadline()).contains("Lucia Ferrandez");
    }

    @Test
    void aBodysMotivesAreThoseOfWhoeverSpeaksForItWhenItHasNone() {
        assertThat(ask(ISLAND, "what is the AHTM asking for").getHeadline()).contains("promotional campaign");
    }

    @Test
    void aPlaceNextToTheQuestionsOwnWordAnswersThoughARarerWordIsMissing() {
        Briefing b = ask(ISLAND, "Where can holidaymakers catch a flight out now?");
        assertThat(b.getCoverage()).as("'extra flights from Ventosa': the place is the flights'").isNotEqualTo(Coverage.NONE);
        assertThat(b.getHeadline()).contains("Ventosa");
    }

    @Test
    void theCommonWordEndingOfABodysNameNamesIt() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("buses", "Bus cuts", "At Thornby Primary School, 36 of the school's 112 pupils take the bus.\n\n"
                        + "The Carrow Valley Transport Authority met on Monday.\n", LocalDate.of(2026, 5, 2))
                .actor("thornby-primary-school", "Thornby Primary School", ActorKind.ORGANIZATION)
                .actor("cvta", "Carrow Valley Transport Authority", ActorKind.ORGANIZATION)
                .actor("mha", "Midlands Health Authority", ActorKind.ORGANIZATION)
                .actor("nnrha", "Northern Norway Regional Health Authority", ActorKind.ORGANIZATION)
                .build());
        assertThat(ask(index, "What is the village primary school worried about?").getInterpretation().actors())
                .extracting(a -> a.getSlug()).containsExactly("thornby-primary-school");
        assertThat(ask(index, "when did the transport authority meet").getInterpretation().actors())
                .extracting(a -> a.getSlug()).containsExactly("cvta");
        assertThat(ask(index, "what did the health authority say").getInterpretation().actors())
                .as("two bodies' names end so: neither is meant").isEmpty();
    }

    @Test
    void aContractedVerbIsNoFocusWord() {
        assertThat(ask(INDEX, "Where are the reservoirs going to be built once they're approved?").getInterpretation().terms())
                .as("'they're' is 'they' and 'are'").doesNotContain("re");
    }

    @Test
    void aPhrasalVerbIsReadAsOneWordThoughItsParticleStandsApart() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("museum", "Museum to hand over statues", "The museum board met on Wednesday.\n\n"
                        + "The museum will return the 14 statues to Keravia next March.\n\n"
                        + "Dr. Helen Marwick said the museum had studied the collection for two years.\n", LocalDate.of(2026, 5, 2))
                .actor("museum", "Ashcombe City Museum", ActorKind.ORGANIZATION, "the museum")
                .build());
        Briefing split = ask(index, "When will the museum give them back?");
        assertThat(split.getInterpretation().terms()).as("'give ... back' is one verb").contains("give back").doesNotContain("back");
        assertThat(split.getHeadline()).as("'give back' means 'return'").contains("next March");
        assertThat(ask(index, "When is the museum giving back the statues?").getInterpretation().terms())
                .as("an inflected verb and its particle").contains("give back");
        assertThat(ask(index, "why did the board pull the plug on the loan?").getInterpretation().terms())
                .as("a verb idiom WordNet has").contains("pull the plug").doesNotContain("plug");
        assertThat(ask(index, "What's going on at the museum?").getInterpretation().terms())
                .as("'on' is written as a particle only where it is one").doesNotContain("go on");
    }

    @Test
    void aSurnameTwoStoriesShareIsEachStorysOwnPerson() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("fish", "Fishing dispute", "Maja Lindqvist, who leads the Blue Corran group, criticised the quota.\n\n"
                        + "Lindqvist said the group earns 900 crowns a week from tours.\n", LocalDate.of(2026, 5, 2))
                .article("taxi", "Ride app suspended", "Teresa Lindqvist has driven for the Hoplift app for four years.\n\n"
                        + "Lindqvist said she normally earns about 700 dollars a week from the app.\n", LocalDate.of(2026, 5, 3))
                .candidateActor("maja-lindqvist", "Maja Lindqvist", ActorKind.PERSON, "Lindqvist")
                .candidateActor("teresa-lindqvist", "Teresa Lindqvist", ActorKind.PERSON)
                .build());
        assertThat(ask(index, "How much does Lindqvist usually make from the app each week?").getHeadline())
                .as("the Lindqvist of the story about the app, though the other story's Lindqvist holds the alias")
                .contains("700 dollars");
    }

    @Test
    void thePersonsRoleInTheirDescriptionNamesThem() {
        String text = "Lawrence Hale, a retired judge who has sat on the board since 2014, voted against the transfer.\n\n"
                + "He said he feared that museums would now face a wave of claims.\n\n"
                + "Trustees fear the museum will lose visitors.\n";
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("museum", "Museum returns statues", text, LocalDate.of(2026, 5, 2))
                .person("hale", "Lawrence Hale", "a retired judge who has sat on the board since 2014", "Hale")
                .motive("hale", io.briefing.knowledge.MotiveKind.CONCERN, "Lawrence Hale fears a wave of claims.", "museum",
                        "He said he feared that museums would now face a wave of claims.")
                .build());
        Briefing b = ask(index, "What's the retired judge afraid of?");
        assertThat(b.getInterpretation().terms()).as("'the retired judge' is Lawrence Hale, no focus word").doesNotContain("judge");
        assertThat(b.getHeadline()).as("his own fear").contains("wave of claims");
    }

    @Test
    void oneWordOfTheQuestionNeverStandsInForAnother() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("taxi", "Ride app suspended", "\"We warned the company twice,\" said Chief Licensing Officer Fiona Barraclough.\n\n"
                        + "Hoplift handles 52,000 trips a week.\n", LocalDate.of(2026, 5, 3))
                .actor("hoplift", "Hoplift", ActorKind.ORGANIZATION)
                .build());
        Focus executive = QuestionReader.read(index, "Who is Hoplift's chief executive?", null, null, null).focus().stream()
                .filter(f -> f.stem().equals("execut")).findFirst().orElseThrow();
        assertThat(executive.relatives()).extracting(Focus.Relative::stems)
                .as("'chief' is the question's own word, not a broader word for 'executive'").doesNotContain(java.util.List.of("chief"));
    }

    @Test
    void aWordAfterAnAdjectiveIsANounNotAnIrregularVerb() {
        assertThat(QuestionReader.read(INDEX, "Who is leading the fight against the new ground?", null, null, null).focusStems())
                .as("'the new ground' is a piece of land, not the past of 'grind'").contains("ground").doesNotContain("grind");
        assertThat(QuestionReader.read(INDEX, "Who met the mayor?", null, null, null).focusStems())
                .as("a verb's irregular form still counts as its base").contains("meet");
    }

    @Test
    void aWordThatOnlySharpensAMomentIsNoFocus() {
        assertThat(QuestionReader.read(INDEX, "How many trails are closed right now?", null, null, null).focusStems())
                .as("'right now' says when; 'right' (whose opposite, 'wrong', is in many sentences) is not what is asked")
                .contains("trail", "close").doesNotContain("right");
        assertThat(QuestionReader.read(INDEX, "Is the right to strike at risk now?", null, null, null).focusStems())
                .as("after a determiner, 'right' is a noun the question asks about").contains("right");
    }

    @Test
    void aProposedMotiveComesWithTheSentencesAroundItInItsParagraph() {
        String text = "Thornby Primary School has 210 pupils.\n\n"
                + "\"Parents will have to choose between work and school,\" Garside said. She said the school feared attendance would fall. "
                + "The company had given the school only nine days' notice.\n\nThe council meets on Monday.\n";
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("bus", "Bus routes cut", text, LocalDate.of(2026, 5, 2))
                .candidateActor("school", "Thornby Primary School", ActorKind.ORGANIZATION, "the school")
                .candidateMotive("school", io.briefing.knowledge.MotiveKind.CONCERN, "Thornby Primary School feared attendance would fall.",
                        "bus", "She said the school feared attendance would fall.")
                .build());
        Briefing b = ask(index, "What is the school worried about?");
        assertThat(b.getPoints().get(0).evidence()).extracting(io.briefing.snapshot.EvidenceView::getQuote)
                .as("who 'she' is and what she said first; then what the paragraph adds")
                .containsExactly("\"Parents will have to choose between work and school,\" Garside said.",
                        "She said the school feared attendance would fall.", "The company had given the school only nine days' notice.");
    }

    @Test
    void aDescriptionTwoBodiesShareIsInEachStoryItsOwnBody() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("hospital", "Hospital rated inadequate", "Kelmarsh Valley Hospitals NHS Trust runs two hospitals.\n\n"
                        + "The trust's chief executive, Dr Alan Whitcombe, said beds would close.\n", LocalDate.of(2026, 5, 2))
                .article("stadium", "Stadium move", "Dunmoor Athletic Supporters' Trust backs the move.\n\nThe trust has 900 members.\n",
                        LocalDate.of(2026, 5, 3))
                .candidateActor("kvht", "Kelmarsh Valley Hospitals NHS Trust", ActorKind.ORGANIZATION, "KVHT", "the trust")
                .candidateActor("dast", "Dunmoor Athletic Supporters' Trust", ActorKind.ORGANIZATION)
                .build());
        java.util.function.Function<String, java.util.Set<String>> actorsOf = start -> index.snapshot().articles().stream()
                .flatMap(a -> a.passages().stream()).filter(p -> p.getQuote().startsWith(start)).findFirst()
                .map(p -> index.passageDoc(p).actors().stream().map(io.briefing.snapshot.ActorView::getSlug)
                        .collect(java.util.stream.Collectors.toSet())).orElseThrow();
        assertThat(actorsOf.apply("The trust's chief executive")).as("the hospital story's trust").containsExactly("kvht");
        assertThat(actorsOf.apply("The trust has 900 members")).as("the stadium story's trust, though the other holds the alias")
                .containsExactly("dast");
        assertThat(ask(index, "Who runs KVHT?").getHeadline()).contains("Dr Alan Whitcombe");
    }

    @Test
    void aTitleIsNotThereBecauseTheVerbItComesFromIs() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("taxi", "Ride app suspended", "Hoplift runs a ride app in Corrowick and carries out 52,000 trips a week.\n\n"
                        + "\"Hoplift has not met that duty, and we warned the company twice,\" said Chief Licensing Officer Fiona Barraclough.\n",
                        LocalDate.of(2026, 5, 3))
                .actor("hoplift", "Hoplift", ActorKind.ORGANIZATION)
                .build());
        Briefing b = ask(index, "Who is Hoplift's chief executive?");
        assertThat(b.getCoverage()).as("'runs' and 'carries out' are what an executive does; the story names none").isEqualTo(Coverage.NONE);
    }

    @Test
    void whyComesWithTheSentenceAfterTheAnswerThoughAParagraphEndsBetween() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("taxi", "Ride app suspended", "The regulator has suspended the licence of Hoplift after a wave of safety complaints.\n\n"
                        + "It said it had received 287 complaints in the past 12 months.\n\nDrivers met on Monday.\n", LocalDate.of(2026, 5, 3))
                .actor("hoplift", "Hoplift", ActorKind.ORGANIZATION)
                .build());
        Briefing b = ask(index, "Why was Hoplift's licence suspended?");
        assertThat(b.getPoints().get(0).evidence()).extracting(io.briefing.snapshot.EvidenceView::getQuote)
                .containsExactly("The regulator has suspended the licence of Hoplift after a wave of safety complaints.",
                        "It said it had received 287 complaints in the past 12 months.");
    }

    @Test
    void aSuperlativeOfMeasureAsksForTheAmount() {
        BriefingIndex index = story("bank", "Bank breach", "The bank has 64 branches.\n\n"
                        + "If the inquiry finds a failure, the commission could impose a fine of up to 44 million crowns.\n", LocalDate.of(2026, 5, 2));
        Briefing b = ask(index, "whats the biggest fine the commission could impose");
        assertThat(b.getInterpretation().terms()).as("'biggest' asks how big, as 'how big' does").doesNotContain("big", "biggest");
        assertThat(b.getHeadline()).contains("44 million crowns");
    }

    @Test
    void anOverviewOfOneArticleGivesItsFirstThreeSentences() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("bus", "Bus routes cut", "Moorland Connect will cancel 23 rural routes from November 23.\n\n"
                        + "The company employs 336 drivers but needs 410.\n\nThe union wants 15.50 pounds an hour.\n\n"
                        + "The minister said nothing.\n\nThe council meets on Monday.\n", LocalDate.of(2026, 5, 2))
                .actor("moorland-connect", "Moorland Connect", ActorKind.ORGANIZATION)
                .build());
        Briefing b = ask(index, "Give me a rundown of the Moorland Connect story");
        assertThat(b.getPoints()).extracting(p -> p.evidence().get(0).getQuote()).as("news puts the gist in its first sentences")
                .startsWith("Moorland Connect will cancel 23 rural routes from November 23.", "The company employs 336 drivers but needs 410.",
                        "The union wants 15.50 pounds an hour.");
    }

    @Test
    void whoRunsABodyIsNotAnotherBodysChief() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("hospital", "Hospital rated inadequate", "Kelmarsh Valley Hospitals NHS Trust (KVHT) runs two hospitals.\n\n"
                        + "Professor Nadia Rahman, the commission's chief inspector, said the trust had failed patients.\n\n"
                        + "Chief executive Dr Alan Whitcombe said the trust accepted the findings.\n", LocalDate.of(2026, 5, 2))
                .actor("kvht", "Kelmarsh Valley Hospitals NHS Trust", ActorKind.ORGANIZATION, "KVHT", "the trust")
                .build());
        assertThat(ask(index, "who runs KVHT").getHeadline()).as("the commission's chief inspector runs the commission's inspections")
                .contains("Dr Alan Whitcombe");
    }
}
