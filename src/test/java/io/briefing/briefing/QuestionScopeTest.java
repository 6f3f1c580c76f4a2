package io.briefing.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.knowledge.ActorKind;
import io.briefing.knowledge.MotiveKind;
import io.briefing.snapshot.EvidenceView;
import io.briefing.snapshot.InMemorySnapshot;
import io.briefing.snapshot.KnowledgeSnapshot;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What a question asks for and which article it is about, on two uncurated articles with no actors:
 * the noun a what/which/how-many question asks for, names that tie a question to one article (in
 * any case), a thing the article never names, and a speaker given only as "she".
 */
class QuestionScopeTest {

    static final String HARBOUR = """
            Harbourmaster Ines Moreau said the ferry to Lorvik would resume on Friday after the storm.
            She said the waves had damaged the pier and two cranes.
            The Lorvik Ferry Company (LFC) owns three ferries and a small tug.
            The mayor, Tomas Rud, is driven to the pier in a limousine paid for by the council.
            """;

    static final String MINE = """
            The Norvik Mining Company (NMC) opened a new copper pit near Skarn on Tuesday.
            Its chief executive, Ada Brekke, said the pit would employ 120 workers.
            Residents fear that dust from the pit will reach their homes.
            """;

    static final KnowledgeSnapshot SNAPSHOT = new InMemorySnapshot()
            .article("lorvik-ferry", "Storm halts the Lorvik ferry", HARBOUR, LocalDate.of(2026, 2, 2))
            .article("norvik-pit", "Norvik opens a copper pit", MINE, LocalDate.of(2026, 2, 3))
            .build();
    static final BriefingIndex INDEX = new BriefingIndex(SNAPSHOT);

    static Briefing ask(String question) {
        return BriefingLogicTest.ask(INDEX, question);
    }

    /** Asks within one article of a snapshot, as the briefing's `article` argument does. */
    static Briefing askWithin(BriefingIndex index, String article, String question) {
        return BriefingLogicTest.ask(index.within(index.snapshot().article(article).orElseThrow()), question);
    }

    @Test
    void withinOneArticleAWordOtherArticlesUseWeighsAsCommonlyAsItIs() {
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("bridge", "Bridge shut", "The council shut the bridge on Monday.\n\nThe ambulance service said its new trucks would arrive in March.\n\n"
                        + "Drivers face a long diversion.\n\nShops in the centre lost trade.\n", LocalDate.of(2026, 3, 2))
                .article("port", "Port strike", "Port bosses met the union on Friday.\n\nThe union wants a pay rise.\n\n"
                        + "Cranes stood idle.\n\nShips waited offshore.\n", LocalDate.of(2026, 3, 3))
                .build());
        assertThat(askWithin(index, "bridge", "When are the ambulance bosses due?").getHeadline())
                .as("'bosses' is no rare word for lacking from this article").contains("March");
        assertThat(askWithin(index, "bridge", "When are the ambulance chiropodists due?").getCoverage())
                .as("a word no article uses still weighs most").isEqualTo(Coverage.NONE);
    }

    @Test
    void aQuestionAskedWithinOneArticleIsAnsweredFromItAlone() {
        KnowledgeSnapshot strikes = new InMemorySnapshot()
                .article("docks", "Dockers strike", "The dockers' union is demanding a 9 percent pay rise.\n\n"
                        + "The port said it could not afford the rise.\n", LocalDate.of(2026, 3, 2))
                .article("pilots", "Pilots vote to strike", "The pilots' union is demanding a 12 percent pay rise and shorter shifts.\n\n"
                        + "The union said 87 percent of pilots voted for the strike.\n", LocalDate.of(2026, 3, 3))
                .build();
        BriefingIndex index = new BriefingIndex(strikes);
        for (String[] expected : new String[][] {{"docks", "9 percent"}, {"pilots", "12 percent"}}) {
            Briefing b = askWithin(index, expected[0], "What pay rise is the union demanding?");
            assertThat(b.getHeadline()).contains(expected[1]);
            assertThat(b.getPoints()).isNotEmpty().allMatch(p -> p.evidence().stream()
                    .allMatch(e -> e.getArticle().getSlug().equals(expected[0])));
        }
        assertThat(askWithin(index, "docks", "How many pilots voted for the strike?").getCoverage())
                .as("the other story's pilots are not this one's").isEqualTo(Coverage.NONE);
    }

    @Test
    void aNameOnlyAnotherArticleHoldsIsNeverMentionedWithinThisOne() {
        assertThat(ask("What did Ada Brekke say?").getCoverage()).isEqualTo(Coverage.FULL);
        Briefing within = askWithin(INDEX, "lorvik-ferry", "What did Ada Brekke say?");
        assertThat(within.getCoverage()).isEqualTo(Coverage.NONE);
        assertThat(within.getPoints()).isEmpty();
        assertThat(within.getHeadline()).contains("never mentions").contains("Brekke");
    }

    @Test
    void anActorOnlyAnotherArticleMentionsIsNeverMentionedWithinThisOne() {
        KnowledgeSnapshot two = new InMemorySnapshot()
                .article("ferry", "Ferry union", "The seafarers' union wants a third officer back on the bridge.\n", LocalDate.of(2026, 3, 2))
                .article("visit", "Summit", "North Korea wants Russian technology for its satellites.\n", LocalDate.of(2026, 3, 3))
                .actor("north-korea", "North Korea", ActorKind.COUNTRY)
                .build();
        BriefingIndex index = new BriefingIndex(two);
        assertThat(BriefingLogicTest.ask(index, "What does North Korea want?").getCoverage()).isEqualTo(Coverage.FULL);
        Briefing within = askWithin(index, "ferry", "What does North Korea want?");
        assertThat(within.getCoverage()).as("the ferry story's 'wants' are the union's").isEqualTo(Coverage.NONE);
        assertThat(within.getHeadline()).contains("never mentions North Korea");
    }

    @Test
    void aMotiveAskedWithinOneArticleCitesThatArticleOnly() {
        KnowledgeSnapshot talks = new InMemorySnapshot()
                .article("spring", "Spring talks", "The union wants a shorter week for its members.\n", LocalDate.of(2026, 3, 2))
                .article("autumn", "Autumn talks", "Union leaders again asked for a shorter week.\n\nThe union also wants new cranes.\n",
                        LocalDate.of(2026, 9, 2))
                .actor("union", "the union", ActorKind.ORGANIZATION)
                .motive("union", MotiveKind.GOAL, "The union wants a shorter working week.", "spring", "The union wants a shorter week for its members.")
                .alsoCites("autumn", "Union leaders again asked for a shorter week.")
                .build();
        BriefingIndex index = new BriefingIndex(talks);
        Briefing all = BriefingLogicTest.ask(index, "What does the union want?");
        assertThat(all.getPoints()).flatExtracting(BriefingPoint::evidence).extracting(e -> e.getArticle().getSlug())
                .as("of all articles, the motive cites both").contains("spring", "autumn");
        Briefing spring = askWithin(index, "spring", "What does the union want?");
        assertThat(spring.getHeadline()).contains("shorter working week");
        assertThat(spring.getPoints()).flatExtracting(BriefingPoint::evidence).extracting(e -> e.getArticle().getSlug())
                .containsOnly("spring");
    }

    @Test
    void theNounAskedForIsFoundThroughNarrowerWords() {
        Briefing car = ask("What car takes the mayor to the pier?");
        assertThat(car.getCoverage()).isEqualTo(Coverage.FULL);
        assertThat(car.getHeadline()).contains("limousine");
    }

    @Test
    void aThingAskedForThatTheArticleNeverNamesIsNotCovered() {
        assertThat(ask("Which aircraft models does LFC own?").getCoverage()).isEqualTo(Coverage.NONE);
        assertThat(ask("How many buses does the Lorvik Ferry Company own?").getCoverage()).isEqualTo(Coverage.NONE);
    }

    @Test
    void howManyWantsAFigureThatCountsTheNoun() {
        Briefing b = ask("How many ferries does LFC own?");
        assertThat(b.getHeadline()).contains("three ferries");
    }

    @Test
    void whoRunsABodyIsAnsweredOnlyByTheOneInChargeOfIt() {
        assertThat(ask("Who runs NMC?").getHeadline()).contains("Ada Brekke");
        assertThat(ask("Who runs the Lorvik Ferry Company?").getCoverage()).as("the article names no one in charge of it")
                .isEqualTo(Coverage.NONE);
    }

    @Test
    void namesTieAQuestionToTheirArticleInAnyCase() {
        Briefing upper = ask("When did NMC open the pit?");
        assertThat(upper.getHeadline()).contains("on Tuesday");
        assertThat(upper.getPoints()).allMatch(p -> p.evidence().get(0).getArticle().getSlug().equals("norvik-pit"));
        Briefing lower = ask("when will the lorvik ferry resume");
        assertThat(lower.getHeadline()).contains("on Friday");
        assertThat(lower.getPoints()).allMatch(p -> p.evidence().get(0).getArticle().getSlug().equals("lorvik-ferry"));
    }

    @Test
    void anActorNamedInSeveralArticlesKeepsThemAll() {
        KnowledgeSnapshot two = new InMemorySnapshot()
                .article("visit", "Putin visits", "Vladimir Putin arrived in Pyongyang on Wednesday for talks.", LocalDate.of(2026, 2, 2))
                .article("bridge", "A bridge", "Vladimir Putin said Russia would build a railway bridge over the river.", LocalDate.of(2026, 2, 3))
                .actor("vladimir-putin", "Vladimir Putin", io.briefing.knowledge.ActorKind.PERSON, "Putin")
                .build();
        Briefing b = BriefingLogicTest.ask(new BriefingIndex(two), "What did Putin say about the railway bridge?");
        assertThat(b.getCoverage()).isEqualTo(Coverage.FULL);
        assertThat(b.getHeadline()).contains("railway bridge");
    }

    @Test
    void aBodyNamedAloneIsAskedAboutInTheStoryWhoseHeadlineNamesIt() {
        KnowledgeSnapshot two = new InMemorySnapshot()
                .article("bank", "Bank says thieves took customer files", "Thieves stole customer files from the bank, the bank said on Monday.\n\n"
                        + "The files were taken from Quillon Systems, a scanning company that holds the bank's records.\n\n"
                        + "The bank said it was ending its contract with Quillon.\n", LocalDate.of(2026, 5, 2))
                .article("jobs", "Quillon Systems to cut 620 jobs", "The software maker said on Tuesday it would cut 620 jobs after a merger failed.\n\n"
                        + "Quillon employs about 3,400 people.\n", LocalDate.of(2026, 4, 22))
                .actor("quillon-systems", "Quillon Systems", io.briefing.knowledge.ActorKind.ORGANIZATION, "Quillon")
                .build();
        Briefing b = BriefingLogicTest.ask(new BriefingIndex(two), "tl;dr on the Quillon news?");
        assertThat(b.getHeadline()).as("the story about Quillon, not the one that mentions it as a bank's supplier").contains("620 jobs");
    }

    @Test
    void whoQuestionsPreferANewPersonsName() {
        assertThat(ask("Who runs NMC?").getHeadline()).contains("Ada Brekke");
    }

    @Test
    void aSpeakerGivenAsAPronounIsTheOneNamedJustBefore() {
        EvidenceView she = SNAPSHOT.articles().get(0).passages().get(1);
        assertThat(she.getQuote()).startsWith("She said");
        assertThat(she.getSpeaker()).contains("Ines Moreau");
    }
}
