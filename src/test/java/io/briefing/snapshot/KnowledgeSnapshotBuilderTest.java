package io.briefing.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefing.article.ArticleAnalyzer;
import io.briefing.knowledge.ActorKind;
import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.EvidenceKind;
import io.briefing.knowledge.EvidenceRole;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.MotiveKind;
import io.briefing.knowledge.Provenance;
import io.briefing.knowledge.QuantityBound;
import io.briefing.knowledge.QuantityKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snapshot as the builder links it, from records and links by id, without a database. */
class KnowledgeSnapshotBuilderTest {

    private static final String TEXT = """
            Pyongyang talks

            North Korea has sent 2 million shells to Russia since last September, officials said.

            Kim Jong Un wants technology in return.
            """;

    private static int at(String words) {
        return TEXT.indexOf(words);
    }

    private static KnowledgeSnapshotBuilder base() {
        int shells = at("North Korea has sent");
        int wants = at("Kim Jong Un wants");
        return KnowledgeSnapshot.builder()
                .article(1, "talks", "Pyongyang talks", LocalDate.of(2024, 6, 19), new ArticleAnalyzer().analyse(TEXT))
                .actor(10, "north-korea", "North Korea", ActorKind.COUNTRY, "Pyongyang", "DPRK")
                .actor(11, "russia", "Russia", ActorKind.COUNTRY, "Moscow")
                .actor(12, "kim-jong-un", "Kim Jong Un", ActorKind.PERSON)
                .represents(12, 10)
                .topic(20, "arms", "Arms trade", "shells")
                .evidence(30, "ev-shells", 1, shells, TEXT.indexOf(",", shells), Certainty.REPORTED, EvidenceStatus.CONFIRMED)
                .evidenceActor(30, 11).evidenceActor(30, 10).evidenceTopic(30, 20)
                .quantity(30, new QuantityView("2 million shells", 2_000_000, "shells", QuantityKind.COUNT, QuantityBound.EXACT,
                        at("2 million"), at("2 million") + "2 million shells".length()))
                .evidence(31, "ev-tech", 1, wants, TEXT.indexOf(".", wants) + 1, Certainty.CLAIMED, EvidenceStatus.CONFIRMED)
                .motive(40, "nk-wants-tech", 10, MotiveKind.GOAL, "North Korea wants technology.", 4)
                .motive(41, "nk-offers-shells", 10, MotiveKind.OFFER, "North Korea offers shells.", 5)
                .motiveTopic(41, 20)
                .motiveEvidence(40, 31, EvidenceRole.SUPPORTS)
                .motiveEvidence(41, 30, EvidenceRole.SUPPORTS)
                .motiveEvidence(40, 30, EvidenceRole.COMPLICATES);
    }

    @Test
    void linksRecordsBothWays() {
        KnowledgeSnapshot snapshot = base().build(7, Instant.EPOCH);
        assertThat(snapshot.generation()).isEqualTo(7);
        ActorView korea = snapshot.actor("Pyongyang").orElseThrow();
        assertThat(korea.getSlug()).isEqualTo("north-korea");
        assertThat(korea.getAliases()).containsExactly("Pyongyang", "DPRK");
        assertThat(snapshot.actor("kim-jong-un").orElseThrow().getRepresents()).isSameAs(korea);
        // Motives most important first; each role keeps the order links were added in.
        assertThat(korea.getMotives()).extracting(MotiveView::getKey).containsExactly("nk-offers-shells", "nk-wants-tech");
        MotiveView wants = snapshot.motive("nk-wants-tech").orElseThrow();
        assertThat(wants.getActor()).isSameAs(korea);
        assertThat(wants.getEvidence()).extracting(EvidenceView::getKey).containsExactly("ev-tech");
        assertThat(wants.getCounterEvidence()).extracting(EvidenceView::getKey).containsExactly("ev-shells");

        EvidenceView shells = snapshot.evidence("ev-shells").orElseThrow();
        assertThat(TEXT.substring(shells.getStart(), shells.getEnd())).isEqualTo(shells.getQuote());
        assertThat(shells.getArticle()).isSameAs(snapshot.article("talks").orElseThrow());
        assertThat(shells.getActors()).extracting(ActorView::getSlug).containsExactly("north-korea", "russia");
        assertThat(shells.getQuantities()).extracting(QuantityView::value).containsExactly(2_000_000.0);
        assertThat(shells.getTimes()).extracting(TimeExpressionView::value).containsExactly("2023-09");
        TopicView arms = snapshot.topic("Arms trade").orElseThrow();
        assertThat(arms.getMotives()).extracting(MotiveView::getKey).containsExactly("nk-offers-shells");
        assertThat(snapshot.article("talks").orElseThrow().evidenceItems()).extracting(EvidenceView::getKey)
                .containsExactly("ev-shells", "ev-tech");
        // Passages (every sentence as unreviewed evidence) name the actors they mention.
        assertThat(snapshot.passages()).anySatisfy(p -> assertThat(p.getActors()).extracting(ActorView::getSlug).contains("north-korea", "russia"));
    }

    @Test
    void evidenceThatDoesNotQuoteItsArticleIsLeftOut() {
        int start = at("Kim Jong Un");
        KnowledgeSnapshot snapshot = base()
                .evidence(new EvidenceView(32, "ev-damaged", "Kim Jong Un refuses", start, start + "Kim Jong Un refuses".length(), null,
                        Certainty.REPORTED, EvidenceKind.REPORT, 3, null, List.of(), Provenance.EDITOR, EvidenceStatus.CONFIRMED, 0,
                        Instant.EPOCH), 1, null)
                .motiveEvidence(40, 32, EvidenceRole.SUPPORTS)
                .build(1, Instant.EPOCH);
        assertThat(snapshot.evidence("ev-damaged")).isEmpty();
        assertThat(snapshot.motive("nk-wants-tech").orElseThrow().getEvidence()).extracting(EvidenceView::getKey).containsExactly("ev-tech");
    }

    @Test
    void aBuilderBuildsOneSnapshot() {
        KnowledgeSnapshotBuilder builder = base();
        builder.build(1, Instant.EPOCH);
        assertThatThrownBy(() -> builder.build(2, Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
    }
}
