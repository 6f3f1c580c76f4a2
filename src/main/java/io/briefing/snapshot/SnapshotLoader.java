package io.briefing.snapshot;

import io.briefing.article.Article;
import io.briefing.article.ArticleAnalyzer;
import io.briefing.article.ArticleText;
import io.briefing.knowledge.Actor;
import io.briefing.knowledge.Evidence;
import io.briefing.knowledge.EvidenceQuantity;
import io.briefing.knowledge.EvidenceRole;
import io.briefing.knowledge.Motive;
import io.briefing.knowledge.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the whole knowledge base with a fixed number of SQL statements (one per table or link
 * table, eleven in all, whatever the number of records) into a {@link KnowledgeSnapshotBuilder},
 * which links it into a {@link KnowledgeSnapshot}.
 */
@ApplicationScoped
public class SnapshotLoader {

    // The snapshot's queries (JPQL), named so the start-up rehearsal can parse the same text early.
    static final String ARTICLES = "select a from Article a order by a.id";
    static final String ACTORS = "select a, r.id from Actor a left join a.represents r order by a.id";
    static final String ALIASES = "select al.actor.id, al.alias from ActorAlias al order by al.id";
    static final String TOPICS = "select t from Topic t order by t.slug";
    static final String EVIDENCE = "select e, e.article.id, sa.id from Evidence e left join e.speakerActor sa";
    static final String EVIDENCE_ACTORS = "select e.id, a.id from Evidence e join e.actors a";
    static final String EVIDENCE_TOPICS = "select e.id, t.id from Evidence e join e.topics t";
    static final String QUANTITIES = "select q, q.evidence.id from EvidenceQuantity q order by q.position";
    static final String MOTIVES = "select m, m.actor.id from Motive m";
    static final String MOTIVE_TOPICS = "select m.id, t.id from Motive m join m.topics t";
    static final String MOTIVE_EVIDENCE = "select l.motive.id, l.evidence.id, l.role from MotiveEvidence l order by l.id";
    /** Every query of {@link #load}, in order. */
    static final java.util.List<String> QUERIES = java.util.List.of(ARTICLES, ACTORS, ALIASES, TOPICS, EVIDENCE, EVIDENCE_ACTORS, EVIDENCE_TOPICS, QUANTITIES, MOTIVES, MOTIVE_TOPICS, MOTIVE_EVIDENCE);

    private final EntityManager em;
    private final ArticleAnalyzer analyzer;

    public SnapshotLoader(EntityManager em, ArticleAnalyzer analyzer) {
        this.em = em;
        this.analyzer = analyzer;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public KnowledgeSnapshot load(long generation) {
        return read().build(generation, Instant.now());
    }

    /** Keeps the article analyses of a snapshot built elsewhere (the persisted file's), so the next read does not redo them. */
    void remember(KnowledgeSnapshot snapshot) {
        if (analyzer != null) {
            snapshot.articles().forEach(a -> analyzer.remember(a.getContentHash(), a.analysis()));
        }
    }

    /**
     * Reads every record and link into a builder, not yet built: {@link KnowledgeSnapshots} builds it
     * and hands the same builder to {@link SnapshotStore} to persist.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public KnowledgeSnapshotBuilder read() {
        KnowledgeSnapshotBuilder snapshot = KnowledgeSnapshot.builder();
        List<String> contentHashes = new ArrayList<>();
        for (Article a : em.createQuery(ARTICLES, Article.class).getResultList()) {
            snapshot.article(new ArticleView(a.id, a.slug, a.title, a.source, a.url, a.publishedOn, a.origin,
                    a.contentHash, a.createdAt, analysis(a)));
            contentHashes.add(a.contentHash);
        }

        analyzer.retainOnly(contentHashes);

        for (Object[] row : rows(ACTORS)) {
            Actor a = (Actor) row[0];
            snapshot.actor(new ActorView(a.id, a.slug, a.name, a.kind, a.description, a.status, a.provenance, a.version,
                    a.updatedAt));
            if (row[1] != null) {
                snapshot.represents(a.id, (Long) row[1]);
            }
        }
        for (Object[] row : rows(ALIASES)) {
            snapshot.alias((Long) row[0], (String) row[1]);
        }

        for (Topic t : em.createQuery(TOPICS, Topic.class).getResultList()) {
            snapshot.topic(new TopicView(t.id, t.slug, t.name, t.description, t.keywordList(), t.provenance,
                    t.version, t.updatedAt));
        }

        for (Object[] row : rows(EVIDENCE)) {
            Evidence e = (Evidence) row[0];
            EvidenceView view = new EvidenceView(e.id, e.key, e.quote, e.startOffset, e.endOffset, e.speaker, e.certainty, e.kind,
                    e.importance, e.note, io.briefing.knowledge.Keywords.split(e.keywords), e.provenance, e.status, e.version,
                    e.updatedAt);
            snapshot.evidence(view, (Long) row[1], (Long) row[2]);
        }
        for (Object[] row : rows(EVIDENCE_ACTORS)) {
            snapshot.evidenceActor((Long) row[0], (Long) row[1]);
        }
        for (Object[] row : rows(EVIDENCE_TOPICS)) {
            snapshot.evidenceTopic((Long) row[0], (Long) row[1]);
        }
        for (Object[] row : rows(QUANTITIES)) {
            EvidenceQuantity q = (EvidenceQuantity) row[0];
            snapshot.quantity((Long) row[1], new QuantityView(q.text, q.amount, q.unit, q.kind, q.bound, q.startOffset, q.endOffset));
        }

        for (Object[] row : rows(MOTIVES)) {
            Motive m = (Motive) row[0];
            MotiveView view = new MotiveView(m.id, m.key, m.kind, m.statement, m.importance, m.status, m.provenance, m.version,
                    m.updatedAt);
            snapshot.motive(view, (Long) row[1]);
        }
        for (Object[] row : rows(MOTIVE_TOPICS)) {
            snapshot.motiveTopic((Long) row[0], (Long) row[1]);
        }
        for (Object[] row : rows(MOTIVE_EVIDENCE)) {
            snapshot.motiveEvidence((Long) row[0], (Long) row[1], (EvidenceRole) row[2]);
        }

        em.clear();
        return snapshot;
    }

    private ArticleText analysis(Article article) {
        return analyzer.analyse(article.contentHash, article.body);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String jpql) {
        return em.createQuery(jpql).getResultList();
    }
}
