package io.briefing.briefing;

import io.briefing.snapshot.KnowledgeSnapshot;

/**
 * Composes one briefing over a throwaway snapshot (see io.briefing.snapshot.SnapshotRehearsal), so
 * the classes and code paths of the search index, the question reader and the composer are loaded
 * and compiled while the framework starts, not when the first real snapshot is indexed. The index
 * built here is discarded; nothing is memoised or counted.
 */
public final class BriefingRehearsal {

    private BriefingRehearsal() {
    }

    public static void run(KnowledgeSnapshot snapshot, String question) {
        BriefingIndex index = new BriefingIndex(snapshot);
        Interpretation interpretation = QuestionReader.read(index, question, null, null, null);
        new BriefingComposer(index, interpretation, BriefingDepth.SUMMARY, BriefingDepth.SUMMARY.defaultPoints(), false)
                .compose(question, "QUESTION").getMarkdown();
    }
}
