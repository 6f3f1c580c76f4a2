package io.briefing.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.EvidenceKind;
import io.briefing.knowledge.EvidenceRole;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.Provenance;
import java.time.Instant;
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
        return SampleRecords.builder(TEXT, EvidenceStatus.CONFIRMED);
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
