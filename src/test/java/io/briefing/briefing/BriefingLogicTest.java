package io.briefing.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.knowledge.ActorKind;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.snapshot.InMemorySnapshot;
import io.briefing.snapshot.KnowledgeSnapshot;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The briefing logic on a small in-memory snapshot: an article no editor has curated, with no
 * motives and two actors. Every answer must come from its sentences, cited exactly.
 */
class BriefingLogicTest {

    static final String TEXT = """
            Dockworkers at the port of Halden walked off the job on Monday, the union said.
            The Halden Dockworkers Union wants a 7 percent pay rise and safer shift patterns.
            Port director Lena Berg said the strike would cost the port 2 million kroner a day.
            The union fears that automation will cut 300 jobs by 2027.
            Berg offered a one-off bonus of 5,000 kroner per worker, but the union rejected it.
            Shipping lines have started to divert cargo to Gothenburg.
            """;

    static final KnowledgeSnapshot SNAPSHOT = new InMemorySnapshot()
            .article("halden-strike", "Halden dockworkers strike", TEXT, LocalDate.of(2026, 3, 4))
            .actor("norway", "Norway", ActorKind.COUNTRY, "Oslo")
            .actor("halden-dockworkers-union", "Halden Dockworkers Union", ActorKind.ORGANIZATION, "the union")
            .build();
    static final BriefingIndex INDEX = new BriefingIndex(SNAPSHOT);

    /**
     * A briefing composed on an in-memory index, as the service composes one (summary depth, five
     * points), after checking that every cited quote is the article's text at its offsets.
     */
    static Briefing ask(BriefingIndex index, String question) {
        Interpretation in = QuestionReader.read(index, question, null, null, null);
        Briefing b = new BriefingComposer(index, in, BriefingDepth.SUMMARY, 5, false).compose(question, "QUESTION");
        b.getPoints().forEach(p -> p.evidence().forEach(e ->
                assertThat(e.getArticle().getText().substring(e.getStart(), e.getEnd())).isEqualTo(e.getQuote())));
        return b;
    }

    static Briefing ask(String question) {
        return ask(INDEX, question);
    }

    @Test
    void whenQuestionsPreferSentencesWithATime() {
        Briefing b = ask("When did the dockworkers walk out?");
        assertThat(b.getInterpretation().questionType()).isEqualTo(QuestionType.WHEN);
        assertThat(b.getHeadline()).contains("on Monday");
    }

    @Test
    void howMuchQuestionsPreferSentencesWithAFigure() {
        Briefing b = ask("How much will the strike cost the port?");
        assertThat(b.getInterpretation().questionType()).isEqualTo(QuestionType.HOW_MUCH);
        assertThat(b.getHeadline()).contains("2 million kroner a day");
    }

    @Test
    void motivesOfAnUncuratedActorComeFromTheSentencesThatStateThem() {
        Briefing wants = ask("What does the union want?");
        assertThat(wants.getInterpretation().questionType()).isEqualTo(QuestionType.MOTIVES);
        assertThat(wants.getHeadline()).contains("7 percent pay rise");
        assertThat(wants.getPoints().get(0).evidence().get(0).getStatus()).isEqualTo(EvidenceStatus.UNREVIEWED);
        assertThat(wants.getCaveats()).anyMatch(c -> c.kind() == CaveatKind.UNREVIEWED_TEXT);

        assertThat(ask("What is the union afraid of?").getHeadline()).contains("automation");
        assertThat(ask("What did Berg offer the workers?").getHeadline()).contains("5,000 kroner");
    }

    @Test
    void whoQuestionsFindThePerson() {
        Briefing b = ask("Who runs the port?");
        assertThat(b.getInterpretation().questionType()).isEqualTo(QuestionType.WHO);
        assertThat(b.getCoverage()).isNotEqualTo(Coverage.NONE);
        assertThat(b.getMarkdown()).contains("Lena Berg");
    }

    @Test
    void namesAndThingsTheArticleNeverMentionsAreNotCovered() {
        for (String q : new String[] {"What does India think about the strike?", "What is the population of Halden?",
                "Explain quantum chromodynamics"}) {
            Briefing b = ask(q);
            assertThat(b.getCoverage()).as(q).isEqualTo(Coverage.NONE);
            assertThat(b.getPoints()).as(q).isEmpty();
        }
        assertThat(ask("What does India think about the strike?").getHeadline()).contains("India");
    }

    @Test
    void quotesAreVerbatimInsideQuotationMarks() {
        Briefing b = ask("Where is cargo being diverted?");
        assertThat(b.getHeadline()).contains("\u201CShipping lines have started to divert cargo to Gothenburg.\u201D");
    }

    @Test
    void questionTypesFromWording() {
        assertThat(type("Who greeted the workers?")).isEqualTo(QuestionType.WHO);
        assertThat(type("Which official spoke for the port?")).isEqualTo(QuestionType.WHO);
        assertThat(type("Where did the strike start?")).isEqualTo(QuestionType.WHERE);
        assertThat(type("In which city is the port?")).isEqualTo(QuestionType.WHERE);
        assertThat(type("What day did they walk out?")).isEqualTo(QuestionType.WHEN);
        assertThat(type("How many jobs could go?")).isEqualTo(QuestionType.HOW_MANY);
        assertThat(type("How long will the strike last?")).isEqualTo(QuestionType.HOW_LONG);
        assertThat(type("Why did the union reject the bonus?")).isEqualTo(QuestionType.WHY);
        assertThat(type("Did the union reject the bonus?")).isEqualTo(QuestionType.YES_NO);
        assertThat(type("What is the union demanding?")).isEqualTo(QuestionType.MOTIVES);
        assertThat(type("What worries the union?")).isEqualTo(QuestionType.CONCERNS);
        assertThat(type("What is the port director offering?")).isEqualTo(QuestionType.OFFERS);
        assertThat(type("Can you give me a summary?")).isEqualTo(QuestionType.OVERVIEW);
        // A motive word inside a clause about something else does not make a motive question.
        assertThat(type("What did Berg call the plan the union wants to stop?")).isEqualTo(QuestionType.WHAT);
        // Between "which" and its noun, an "-ing" word describes the noun; it is no verb of offering.
        assertThat(type("Which shipping company will carry the cargo?")).isEqualTo(QuestionType.WHAT);
        assertThat(type("What is the port shipping to Oslo?")).isEqualTo(QuestionType.OFFERS);
        // After a determiner and before a noun, a cue word names a kind of thing: "the ship owners" ship nothing.
        assertThat(type("What are the ship owners asking for?")).isEqualTo(QuestionType.MOTIVES);
        assertThat(type("What did the supply firm say?")).isEqualTo(QuestionType.WHAT);
        assertThat(type("What is the offer?")).as("no noun after it: the offer itself").isEqualTo(QuestionType.OFFERS);
        // "what's" is "what is": read as written out, its "'s" owns nothing, and "who" in a clause is no question word.
        assertThat(type("What's the company offering workers who lose their jobs?")).isEqualTo(QuestionType.OFFERS);
        // A verb after "what" ends the search for its noun: the people after it are no "which people".
        assertThat(type("What happens to people who walk over the bridge?")).isEqualTo(QuestionType.WHAT);
        // Asking someone "to do" something is wanting it done, as "asking ... for" is; a vote to do it is an act.
        assertThat(type("What is the town's mayor asking the park to do?")).isEqualTo(QuestionType.MOTIVES);
        assertThat(type("What did the council vote to do?")).isEqualTo(QuestionType.WHAT);
    }

    @Test
    void actorsByNameAliasAndCommonVariantButNeverInsideALongerName() {
        KnowledgeSnapshot s = new InMemorySnapshot()
                .article("a", "Talks", "North Korea and South Korea held talks. Korea Times reported it.", LocalDate.of(2026, 1, 1))
                .actor("north-korea", "North Korea", ActorKind.COUNTRY, "Pyongyang")
                .actor("korea", "Korea", ActorKind.COUNTRY)
                .build();
        BriefingIndex index = new BriefingIndex(s);
        assertThat(QuestionReader.read(index, "What does the DPRK want?", null, null, null).subject().getSlug()).isEqualTo("north-korea");
        assertThat(QuestionReader.read(index, "What does NK want?", null, null, null).subject().getSlug()).isEqualTo("north-korea");
        assertThat(QuestionReader.read(index, "What do North Koreans want?", null, null, null).subject().getSlug()).isEqualTo("north-korea");
        assertThat(QuestionReader.read(index, "What does South Korea want?", null, null, null).actors()).isEmpty();
        assertThat(QuestionReader.read(index, "Is Korea united?", null, null, null).subject().getSlug()).isEqualTo("korea");
    }

    @Test
    void aSentenceThatOpensWithAPronounSpeaksOfWhomTheSentenceBeforeNames() {
        // Seventy other groups' wishes crowd the search's candidates: the answer shares none of the
        // question's words, so only its place after the sentence that names the mayor brings it in.
        StringBuilder text = new StringBuilder("The mayor of Ashdown Creek, Priya Raghunathan, met park officials on Tuesday. "
                + "She wants the authority to reopen the lower half of the lake trail by July.\n\n");
        for (int i = 1; i <= 70; i++) {
            text.append("Club ").append(i).append(" wants a new pitch and wants new lights.\n\n");
        }
        BriefingIndex index = new BriefingIndex(new InMemorySnapshot()
                .article("park", "Landslide shuts park trails", text.toString(), LocalDate.of(2026, 6, 18)).build());
        assertThat(ask(index, "What does the mayor want the park to do?").getHeadline())
                .as("'She wants ...' stands for the mayor the sentence before names").contains("reopen the lower half");
    }

    private static QuestionType type(String question) {
        return QuestionReader.read(INDEX, question, null, null, null).type();
    }
}
