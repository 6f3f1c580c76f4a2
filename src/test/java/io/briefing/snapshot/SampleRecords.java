package io.briefing.snapshot;

import io.briefing.article.ArticleAnalyzer;
import io.briefing.knowledge.ActorKind;
import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.EvidenceRole;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.MotiveKind;
import io.briefing.knowledge.QuantityBound;
import io.briefing.knowledge.QuantityKind;
import java.time.LocalDate;

/**
 * The records of a small knowledge base as the database loader would hand them to the builder:
 * one article (the given text, which must contain "North Korea has sent 2 million shells ...,"
 * and "Kim Jong Un wants ....") with three actors, a topic, two evidence items and two motives.
 * Shared by the builder's and the persisted file's tests.
 */
final class SampleRecords {

    private SampleRecords() {
    }

    /**
     * @param text the article text
     * @param techStatus the status of the "Kim Jong Un wants" evidence (a candidate exercises the
     *        status in a round trip; the builder's tests want it confirmed)
     */
    static KnowledgeSnapshotBuilder builder(String text, EvidenceStatus techStatus) {
        int shells = text.indexOf("North Korea has sent");
        int wants = text.indexOf("Kim Jong Un wants");
        int figure = text.indexOf("2 million");
        return KnowledgeSnapshot.builder()
                .article(1, "talks", "Pyongyang talks", LocalDate.of(2024, 6, 19), new ArticleAnalyzer().analyse(text))
                .actor(10, "north-korea", "North Korea", ActorKind.COUNTRY, "Pyongyang", "DPRK")
                .actor(11, "russia", "Russia", ActorKind.COUNTRY, "Moscow")
                .actor(12, "kim-jong-un", "Kim Jong Un", ActorKind.PERSON)
                .represents(12, 10)
                .topic(20, "arms", "Arms trade", "shells", "munitions")
                .evidence(30, "ev-shells", 1, shells, text.indexOf(",", shells), Certainty.REPORTED, EvidenceStatus.CONFIRMED)
                .evidenceActor(30, 11).evidenceActor(30, 10).evidenceTopic(30, 20)
                .quantity(30, new QuantityView("2 million shells", 2_000_000, "shells", QuantityKind.COUNT, QuantityBound.EXACT,
                        figure, figure + "2 million shells".length()))
                .evidence(31, "ev-tech", 1, wants, text.indexOf(".", wants) + 1, Certainty.CLAIMED, techStatus)
                .motive(40, "nk-wants-tech", 10, MotiveKind.GOAL, "North Korea wants technology.", 4)
                .motive(41, "nk-offers-shells", 10, MotiveKind.OFFER, "North Korea offers shells.", 5)
                .motiveTopic(41, 20)
                .motiveEvidence(40, 31, EvidenceRole.SUPPORTS)
                .motiveEvidence(41, 30, EvidenceRole.SUPPORTS)
                .motiveEvidence(40, 30, EvidenceRole.COMPLICATES);
    }
}
