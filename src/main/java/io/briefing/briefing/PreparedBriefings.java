package io.briefing.briefing;

import io.briefing.snapshot.KnowledgeSnapshot;

/**
 * The search index of a snapshot built before the service publishes it (at start-up, from the
 * persisted snapshot, while the framework starts), with one briefing composed over it so its code
 * paths are loaded; {@link BriefingService#adopt} takes it over when that snapshot is published.
 */
public final class PreparedBriefings {

    final BriefingIndex index;

    private PreparedBriefings(BriefingIndex index) {
        this.index = index;
    }

    /** Indexes {@code snapshot} and composes one briefing over it (not counted, not memoised). */
    public static PreparedBriefings of(KnowledgeSnapshot snapshot) {
        BriefingIndex index = new BriefingIndex(snapshot);
        if (!snapshot.articles().isEmpty()) {
            String question = "What does North Korea want?";
            Interpretation interpretation = QuestionReader.read(index, question, null, null, null);
            new BriefingComposer(index, interpretation, BriefingDepth.SUMMARY, BriefingDepth.SUMMARY.defaultPoints(), false)
                    .compose(question, "QUESTION").getMarkdown();
        }
        return new PreparedBriefings(index);
    }

    public KnowledgeSnapshot snapshot() {
        return index.snapshot();
    }
}
