package io.briefing.briefing;

import io.briefing.error.Arguments;
import io.briefing.error.InvalidInputException;
import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.KnowledgeSnapshot;
import io.briefing.snapshot.KnowledgeSnapshots;
import io.briefing.snapshot.SnapshotListeners;
import io.briefing.snapshot.TopicView;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Answers briefing requests from the current in-memory snapshot: no database access per request.
 * The search index is built once per snapshot and swapped with it. A briefing is a pure function
 * of the request and the snapshot, so recent answers are memoised per snapshot: a new snapshot
 * starts a new cache, and nothing stale can be served.
 */
@ApplicationScoped
public class BriefingService {

    public static final int MAX_QUESTION_LENGTH = 500;
    public static final int MAX_POINTS = 20;

    private static final int MEMO_SIZE = 256;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(BriefingService.class);

    private final KnowledgeSnapshots snapshots;
    private final AtomicReference<BriefingIndex> index = new AtomicReference<>();
    private final java.util.concurrent.locks.ReentrantLock building = new java.util.concurrent.locks.ReentrantLock(true);
    private final AtomicReference<Memo> memo = new AtomicReference<>(new Memo(null));

    /** Recent briefings of one snapshot, least recently used evicted first. */
    private static final class Memo {
        final KnowledgeSnapshot snapshot;
        final java.util.Map<BriefingRequest, Briefing> answers = java.util.Collections.synchronizedMap(
                new java.util.LinkedHashMap<>(64, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(java.util.Map.Entry<BriefingRequest, Briefing> eldest) {
                        return size() > MEMO_SIZE;
                    }
                });

        Memo(KnowledgeSnapshot snapshot) {
            this.snapshot = snapshot;
        }
    }

    private final MeterRegistry meters;

    public BriefingService(KnowledgeSnapshots snapshots, MeterRegistry meters, SnapshotListeners listeners) {
        this.snapshots = snapshots;
        this.meters = meters;
        // Build each new snapshot's search index as soon as it is published, off the writer's thread,
        // so the first briefing after a change rarely waits for it.
        listeners.stream().subscribe().with(this::prepare, failure -> LOG.warn("Index preparation stopped", failure));
    }

    /**
     * Builds the search index of a published snapshot (or a newer one) before returning: called by
     * writers after a change, so the next briefing reflects it, and by the publisher thread.
     */
    public void prepare(KnowledgeSnapshot snapshot) {
        if (snapshot.generation() >= snapshots.current().generation()) {
            build(snapshot);
        }
    }

    public Briefing brief(BriefingRequest request) {
        // The answer is the index's: while a newer snapshot's index is being built, a briefing reads the
        // previous one and is remembered as that snapshot's answer, never as the newer one's (which
        // would keep serving it after the newer index is ready).
        BriefingIndex idx = indexFor(snapshots.current());
        KnowledgeSnapshot current = idx.snapshot();
        Memo m = memo.get();
        if (m.snapshot != current) {
            m = new Memo(current);
            memo.set(m);
        }
        Briefing known = m.answers.get(request);
        if (known != null) {
            count(known, "memo");
            return known;
        }
        long started = System.nanoTime();
        Briefing answer = compose(request, idx);
        meters.timer("briefing.compose").record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        m.answers.put(request, answer);
        count(answer, "composed");
        return answer;
    }

    /**
     * Builds the search index of the current snapshot and loads the word lists and WordNet, so the
     * first briefing after start does not pay for them (called by io.briefing.ops.WarmUp).
     */
    public void warmUp() {
        BriefingIndex idx = build(snapshots.current());
        io.briefing.language.WordNet.shared();
        io.briefing.language.Lemmas.shared();
        if (!idx.snapshot().articles().isEmpty()) {
            // One composition loads and links the code paths of a briefing; not counted, not memoised.
            compose(new BriefingRequest("What does North Korea want?", null, null, null, null, null, null, false), idx);
        }
    }

    /**
     * Takes over an index prepared before its snapshot was published (see io.briefing.ops.WarmUp):
     * only while that snapshot is the current one and no index of it or a newer one exists.
     */
    public void adopt(PreparedBriefings prepared) {
        building.lock();
        try {
            BriefingIndex current = index.get();
            if (snapshots.current() == prepared.snapshot()
                    && (current == null || current.snapshot().generation() < prepared.snapshot().generation())) {
                index.set(prepared.index);
                snapshots.indexed(prepared.snapshot().generation());
            }
        } finally {
            building.unlock();
        }
    }

    /** Briefings answered, by coverage (is the service answering what people ask?) and by source. */
    private void count(Briefing briefing, String source) {
        meters.counter("briefing.answers", "coverage", briefing.getCoverage().name(), "source", source).increment();
    }

    private Briefing compose(BriefingRequest request, BriefingIndex idx) {
        String question = validateQuestion(request);
        BriefingDepth depth = request.depth() == null ? BriefingDepth.SUMMARY : request.depth();
        int maxPoints = request.maxPoints() == null ? depth.defaultPoints() : request.maxPoints();
        if (maxPoints < 1 || maxPoints > MAX_POINTS) {
            throw new InvalidInputException("Argument 'maxPoints' must be between 1 and " + MAX_POINTS + ", got " + maxPoints);
        }
        KnowledgeSnapshot snapshot = idx.snapshot();
        ActorView actor = request.actor() == null ? null : snapshot.requireActor("actor", Arguments.checkName("actor", request.actor()));
        TopicView topic = request.topic() == null ? null : snapshot.requireTopic("topic", Arguments.checkName("topic", request.topic()));
        // Asked about one article: the question is read and answered against that article's own index.
        BriefingIndex searched = request.article() == null ? idx
                : idx.within(snapshot.requireArticle("article", Arguments.checkName("article", request.article())));
        // An article named with nothing else to ask is a request for its overview.
        BriefingFacet facet = request.article() != null && request.facet() == null && question == null && actor == null && topic == null
                ? BriefingFacet.OVERVIEW : request.facet();
        Interpretation interpretation = QuestionReader.read(searched, question, actor, topic, facet);
        return new BriefingComposer(searched, interpretation, depth, maxPoints, request.maxPoints() == null, request.includeCandidates())
                .compose(question, facet != null ? "ARGUMENT" : "QUESTION");
    }

    private static String validateQuestion(BriefingRequest request) {
        String question = request.question();
        if (question != null) {
            if (question.length() > MAX_QUESTION_LENGTH) {
                throw new InvalidInputException("Argument 'question' is too long (" + question.length()
                        + " characters; at most " + MAX_QUESTION_LENGTH + ")");
            }
            // Control characters have no meaning in a question; treat them as spaces.
            question = question.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\u200D]]", " ").strip();
            if (question.isEmpty()) {
                question = null;
            }
        }
        if (question == null && request.actor() == null && request.topic() == null && request.article() == null && request.facet() == null) {
            throw new InvalidInputException("Provide a non-empty 'question', or at least one of 'actor', 'topic', 'article' or 'facet'"
                    + (request.question() != null ? " (the question was empty or only whitespace)" : ""));
        }
        return question;
    }

    /**
     * The index a briefing reads: the index of this snapshot or a newer one when it exists. While
     * another thread builds a newer one, a briefing does not wait: it reads the newest complete
     * index (at most the changes of that build behind). Writers do wait ({@link #prepare}) before they
     * return, so an editor's next briefing sees the editor's own change.
     */
    private BriefingIndex indexFor(KnowledgeSnapshot snapshot) {
        BriefingIndex current = index.get();
        if (current != null && current.snapshot().generation() >= snapshot.generation()) {
            return current;
        }
        if (current != null && building.isLocked()) {
            return current;
        }
        return build(snapshot);
    }

    /**
     * Builds the index of this snapshot (or a newer one) unless it exists, waiting for a build in
     * progress: whoever builds, builds for the newest snapshot, so threads that waited share it, and
     * an index is never replaced by an older one. The lock is fair: a waiting thread waits for the
     * build in progress, never behind a stream of later ones.
     */
    private BriefingIndex build(KnowledgeSnapshot snapshot) {
        building.lock();
        try {
            BriefingIndex current = index.get();
            if (current != null && current.snapshot().generation() >= snapshot.generation()) {
                return current;
            }
            KnowledgeSnapshot latest = snapshots.current();
            KnowledgeSnapshot target = latest.generation() >= snapshot.generation() ? latest : snapshot;
            long started = System.nanoTime();
            current = new BriefingIndex(target);
            index.set(current);
            snapshots.indexed(target.generation());
            long nanos = System.nanoTime() - started;
            meters.timer("briefing.index.build").record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
            LOG.debugf("Search index of snapshot %d built in %d ms (%d documents)", target.generation(), nanos / 1_000_000,
                    current.documentCount());
            return current;
        } finally {
            building.unlock();
        }
    }
}
