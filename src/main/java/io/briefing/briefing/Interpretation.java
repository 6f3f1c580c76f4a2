package io.briefing.briefing;

import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.TopicView;
import java.util.List;
import java.util.Map;

/**
 * How a request was read: the actors named (subject first), the topics, the facet and the search
 * terms, plus the words the articles do not contain at all.
 *
 * @param subject the actor the question is about (not one named after "from", "to", ...), or null
 * @param queryStems stems to search for, weighted (reader's words 1.0, synonyms less)
 * @param contentTerms the question's content words (no stop words, no cue-only words)
 * @param unknownNames capitalised names in the question that appear nowhere in the articles
 * @param unknownTerms content words that appear nowhere in the articles
 */
record Interpretation(String question, ActorView subject, List<ActorView> actors, List<TopicView> topics,
        BriefingFacet facet, Map<String, Double> queryStems, List<String> contentTerms,
        List<String> unknownNames, List<String> unknownTerms, boolean asksForFigures) {

    /** The country whose motives answer a question about this actor: a person's country, else itself. */
    ActorView motiveHolder() {
        if (subject == null) {
            return null;
        }
        return subject.getRepresents() != null ? subject.getRepresents() : subject;
    }
}
