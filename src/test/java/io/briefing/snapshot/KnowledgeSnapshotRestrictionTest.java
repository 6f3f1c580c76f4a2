package io.briefing.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefing.knowledge.ActorKind;
import io.briefing.knowledge.MotiveKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A snapshot seen through one article (what a briefing asked about one article reads). */
class KnowledgeSnapshotRestrictionTest {

    private static final KnowledgeSnapshot TWO = new InMemorySnapshot()
            .article("spring", "Spring talks", "The union wants a shorter week.\n", LocalDate.of(2026, 3, 2))
            .article("autumn", "Autumn talks", "The union also wants new cranes.\n", LocalDate.of(2026, 9, 2))
            .actor("union", "the union", ActorKind.ORGANIZATION)
            .motive("union", MotiveKind.GOAL, "The union wants a shorter week.", "spring", "The union wants a shorter week.")
            .motive("union", MotiveKind.GOAL, "The union wants new cranes.", "autumn", "The union also wants new cranes.")
            .build(5);

    @Test
    void keepsTheArticleItsEvidenceAndTheMotivesItSupportsWithEveryActor() {
        ArticleView spring = TWO.article("spring").orElseThrow();
        KnowledgeSnapshot within = TWO.restrictedTo(spring);
        assertThat(within.generation()).as("a view of the same state").isEqualTo(5);
        assertThat(within.articles()).containsExactly(spring);
        assertThat(within.evidence()).isNotEmpty().allMatch(e -> e.getArticle() == spring);
        assertThat(within.motives()).extracting(MotiveView::getStatement).containsExactly("The union wants a shorter week.");
        assertThat(within.actors()).as("names are read as in the whole snapshot").isEqualTo(TWO.actors());
        assertThat(within.passages()).allMatch(p -> p.getArticle() == spring);
    }

    @Test
    void refusesAnArticleOfAnotherSnapshot() {
        KnowledgeSnapshot other = new InMemorySnapshot().article("spring", "Spring talks", "The union wants a shorter week.\n",
                LocalDate.of(2026, 3, 2)).build();
        assertThatThrownBy(() -> TWO.restrictedTo(other.article("spring").orElseThrow()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spring");
    }
}
