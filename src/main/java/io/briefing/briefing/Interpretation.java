package io.briefing.briefing;

import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.TopicView;
import java.util.List;
import java.util.Map;

/**
 * How a request was read: the actors named (subject first), the topics, the question's type and the
 * kind of answer it expects, its focus (the content words that say what it is about, with the
 * stems and related words to search for) and the names and words the articles never contain.
 *
 * @param subject the actor the question is about (not one named after "from", "to", ...), or null
 * @param focus the focus words with their WordNet relatives
 * @param queryStems stems to search for, weighted: focus 1.0, related words (WordNet) less
 * @param cueStems the motive, offer or concern words the question used ("demanding")
 * @param contentTerms the question's content words as written (for the interpretation shown to clients)
 * @param unknownNames names in the question that appear nowhere in the articles
 * @param unknownTerms focus words that, with every related word, appear nowhere in the articles
 * @param unknownBesideKnown an unknown name is coordinated with a known actor ("Russia and India")
 * @param answerClass the noun a what/which/how-many question asks for ("what car", "which newspaper",
 *        "how many shells"), as one of the focus words; null when the question names none
 * @param corpusNames stems of names in the question that are no actor's but appear in the articles
 * @param expected the kind of thing the answer must contain
 * @param excluded stems of what an "apart from" / "besides" clause says the answer is not
 * @param placeNoun the stem of the kind of place a "where" question names ("which city"), or null
 */
record Interpretation(String question, ActorView subject, List<ActorView> actors, List<TopicView> topics,
        BriefingFacet facet, QuestionType type, List<Focus> focus, Map<String, Double> queryStems, java.util.Set<String> cueStems,
        List<String> contentTerms, List<String> unknownNames, List<String> unknownTerms, boolean unknownBesideKnown,
        Focus answerClass, List<String> corpusNames, AnswerType expected, java.util.Set<String> excluded, String placeNoun) {

    /** The country whose motives answer a question about this actor: a person's country, else itself. */
    ActorView motiveHolder() {
        if (subject == null) {
            return null;
        }
        return subject.getRepresents() != null ? subject.getRepresents() : subject;
    }

    /** The focus words' stems, in question order. */
    List<String> focusStems() {
        return focus.stream().map(Focus::stem).toList();
    }

    /** The kind of thing the answer must contain: the type's, or what a yes-no question's indefinite asks for ("anywhere else"). */
    AnswerType answerType() {
        return expected;
    }

}
