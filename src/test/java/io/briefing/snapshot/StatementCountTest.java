package io.briefing.snapshot;

import static io.briefing.GraphQL.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.article.Article;
import io.briefing.knowledge.Actor;
import io.briefing.knowledge.Evidence;
import io.briefing.knowledge.EvidenceRole;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.Motive;
import io.briefing.knowledge.MotiveKind;
import io.briefing.knowledge.Provenance;
import io.briefing.knowledge.Topic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Listing every motive with its evidence and actors must cost a constant number of SQL statements,
 * whatever the number of motives. Reads come from the in-memory snapshot (no SQL at all); the
 * snapshot rebuild after a change reads each table once. Both are measured on the shipped base and
 * on a base enlarged here by 60 motives and 120 evidence items.
 */
@QuarkusTest
class StatementCountTest {

    private static final String ALL_MOTIVES = "{ motives { key statement actor { slug name } topics { slug } "
            + "evidence { key quote start end actors { slug } topics { slug } quantities { text } article { slug } } "
            + "counterEvidence { key actors { slug } } } }";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    KnowledgeSnapshots snapshots;

    @Test
    void listingAllMotivesWithEvidenceCostsConstantStatements() {
        Statistics stats = sessionFactory.getStatistics();
        assertThat(stats.isStatisticsEnabled()).isTrue();

        long baseRebuild = statements(stats, snapshots::refresh);
        int baseMotives = data(ALL_MOTIVES).getList("data.motives").size();
        long baseQuery = statements(stats, () -> data(ALL_MOTIVES));

        enlarge(60);
        try {
            long bigRebuild = statements(stats, snapshots::refresh);
            long[] bigQuery = new long[1];
            int[] bigMotives = new int[1];
            bigQuery[0] = statements(stats, () -> bigMotives[0] = data(ALL_MOTIVES).getList("data.motives").size());

            assertThat(bigMotives[0]).isEqualTo(baseMotives + 60);
            assertThat(baseQuery).as("SQL statements to list %d motives", baseMotives).isZero();
            assertThat(bigQuery[0]).as("SQL statements to list %d motives", bigMotives[0]).isZero();
            assertThat(bigRebuild).as("snapshot rebuild statements, enlarged vs shipped base").isEqualTo(baseRebuild);
            assertThat(baseRebuild).isLessThanOrEqualTo(12);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Motive.delete("key like ?1", "test-motive-%");
                Evidence.delete("key like ?1", "test-ev-%");
            });
            snapshots.refresh();
        }
    }

    private static long statements(Statistics stats, Runnable action) {
        stats.clear();
        action.run();
        return stats.getPrepareStatementCount();
    }

    /** Adds motives with evidence re-quoting existing passages (offsets stay exact), actors and topics. */
    private static void enlarge(int motives) {
        QuarkusTransaction.requiringNew().run(() -> {
            Article article = Article.findBySlug("putin-visits-pyongyang").orElseThrow();
            List<Evidence> existing = Evidence.listAll();
            List<Actor> actors = Actor.listAll();
            List<Topic> topics = Topic.listAll();
            Instant now = Instant.now();
            for (int i = 0; i < motives; i++) {
                Motive motive = new Motive();
                motive.key = "test-motive-" + i;
                motive.actor = actors.get(i % actors.size());
                motive.kind = MotiveKind.values()[i % 3];
                motive.statement = "Test motive " + i;
                motive.importance = 1 + i % 5;
                motive.provenance = Provenance.EDITOR;
                motive.touch("test", now);
                motive.topics.add(topics.get(i % topics.size()));
                motive.persist();
                for (int j = 0; j < 2; j++) {
                    Evidence source = existing.get((i * 2 + j) % existing.size());
                    Evidence e = Evidence.create("test-ev-" + i + "-" + j, article, Provenance.EDITOR, "test", now);
                    e.quote = source.quote;
                    e.startOffset = source.startOffset;
                    e.endOffset = source.endOffset;
                    e.certainty = source.certainty;
                    e.kind = source.kind;
                    e.importance = 2;
                    e.status = EvidenceStatus.CONFIRMED;
                    e.actors.add(actors.get((i + j) % actors.size()));
                    e.topics.add(topics.get((i + j) % topics.size()));
                    e.persist();
                    motive.link(e, j == 0 ? EvidenceRole.SUPPORTS : EvidenceRole.COMPLICATES);
                }
            }
        });
    }
}
