package io.briefing.knowledge.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefing.article.ArticleAnalyzer;
import io.briefing.article.ArticleText;
import io.briefing.knowledge.MotiveKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MotiveProposerTest {

    private static final List<MotiveProposer.Named> ACTORS = List.of(
            new MotiveProposer.Named("npu", "Norwegian Pilots' Union", List.of("NPU", "the union")),
            new MotiveProposer.Named("hovland", "Marit Hovland", List.of("Hovland")),
            new MotiveProposer.Named("fjordfly", "Fjordfly", List.of()));

    private static List<MotiveProposer.Proposal> propose(String text) {
        ArticleText analysed = new ArticleAnalyzer().analyse(text);
        List<MotiveProposer.Proposal> found = new MotiveProposer(50).propose(analysed, ACTORS);
        for (MotiveProposer.Proposal p : found) {
            // Evidence is verbatim: the quote is the text at the sentence's offsets.
            assertEquals(p.quote(), text.substring(p.sentence().span().start(), p.sentence().span().end()));
        }
        return found;
    }

    @Test
    void goalsConcernsAndOffersByLemma() {
        List<MotiveProposer.Proposal> found = propose("""
                The union is demanding a pay rise of 9 percent. The NPU also fears that captains will leave. \
                Hovland warned that a strike would cost 6 million kroner a day. Fjordfly offered a one-off payment. \
                The union has sought talks since March. The union called for mediation.""");
        assertEquals(List.of("npu", "npu", "hovland", "fjordfly", "npu", "npu"), found.stream().map(MotiveProposer.Proposal::actorId).toList());
        assertEquals(List.of(MotiveKind.GOAL, MotiveKind.CONCERN, MotiveKind.CONCERN, MotiveKind.OFFER, MotiveKind.GOAL, MotiveKind.GOAL),
                found.stream().map(MotiveProposer.Proposal::kind).toList());
        assertEquals("Norwegian Pilots' Union is demanding a pay rise of 9 percent.", found.get(0).statement());
        assertEquals("sought", found.get(4).verb());
    }

    @Test
    void nounsPossessivesNegationsAndObjectsAreNotMotives() {
        List<MotiveProposer.Proposal> found = propose("""
                The union's demands would add costs, Fjordfly said. Fjordfly improved its pay offer. The union does not want a strike. \
                Nobody wants to leave passengers stranded. Management rejected demands from the union. The union will call the members.""");
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void aMotiveNounTheActorOwns() {
        List<MotiveProposer.Proposal> found = propose("The union's main worry, Hansen said, is fatigue. The union's demands would add costs.");
        assertEquals(1, found.size(), found.toString());
        assertEquals(MotiveKind.CONCERN, found.get(0).kind());
        assertEquals("Norwegian Pilots' Union’s main worry, Hansen said, is fatigue.", found.get(0).statement());
    }

    @Test
    void aNameInsideALongerNameIsNotTheSubject() {
        List<MotiveProposer.Proposal> found = new MotiveProposer(50).propose(new ArticleAnalyzer().analyse(
                "Fjordfly Holdings wants a merger."), ACTORS);
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void aPronounOpeningTheNextSentenceIsTheSameSubject() {
        List<MotiveProposer.Proposal> found = propose("""
                Ahead of the talks, Fjordfly has offered a one-off payment of 4 percent. It has also offered pilots two more days off.                 Marit Hovland said the airline was ready. She warned that a strike would cost 6 million kroner a day.                 The union met on Monday. She fears the worst.""");
        assertEquals(List.of("fjordfly", "fjordfly", "hovland"), found.stream().map(MotiveProposer.Proposal::actorId).toList());
        assertEquals("Fjordfly has also offered pilots two more days off.", found.get(1).statement());
    }

    @Test
    void reportedSpeechAndVerbsThatNeedTheirParticle() {
        List<MotiveProposer.Proposal> found = propose("""
                Fjordfly said it would offer pilots a bonus. The union is pressing for talks. The union pushed the date back.                 Hovland said that she wants an agreement. The union insists that rosters change.""");
        assertEquals(List.of("fjordfly", "npu", "hovland", "npu"), found.stream().map(MotiveProposer.Proposal::actorId).toList());
        assertEquals(List.of(MotiveKind.OFFER, MotiveKind.GOAL, MotiveKind.GOAL, MotiveKind.GOAL),
                found.stream().map(MotiveProposer.Proposal::kind).toList());
    }

    @Test
    void sheAfterAQuotationIsItsSpeaker() {
        List<MotiveProposer.Proposal> found = propose("""
                "The flights are full," said Marit Hovland, who runs Fjordfly. "Our fear is that people stay at home."

                She called on the government to fund a campaign.""");
        assertEquals(1, found.size(), found.toString());
        assertEquals("hovland", found.get(0).actorId());
        assertEquals(MotiveKind.GOAL, found.get(0).kind());
    }

    @Test
    void heOpeningASentenceIsThePersonNamedBeforeThoughHisSurnameIsAWord() {
        String text = "Lawrence Hale, a retired judge, voted against the transfer.\n\n"
                + "He said he feared that museums would now face a wave of claims.";
        List<MotiveProposer.Proposal> found = new MotiveProposer(50).propose(new ArticleAnalyzer().analyse(text),
                List.of(new MotiveProposer.Named("hale", "Lawrence Hale", List.of("Hale"), io.briefing.knowledge.ActorKind.PERSON)));
        assertEquals(1, found.size(), "'hale' is an English word, yet the recogniser knows him as a person");
        assertEquals("hale", found.get(0).actorId());
        assertEquals(MotiveKind.CONCERN, found.get(0).kind());
        assertEquals("feared", found.get(0).verb(), "'He said he feared': the pronoun after 'said' is the one who opened the sentence");
    }
}
