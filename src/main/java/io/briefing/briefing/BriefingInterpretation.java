package io.briefing.briefing;

import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.TopicView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How the service read a briefing request, so a client can see why it got this answer.")
public record BriefingInterpretation(
        @Description("The actor the question is about (for a person, see `represents`), or null when none was recognised.") ActorView subject,
        @NonNull @Description("Every actor recognised, by argument or by name/alias in the question, subject first.") List<@NonNull ActorView> actors,
        @NonNull @Description("Topics recognised, by argument or by their keywords in the question.") List<@NonNull TopicView> topics,
        @NonNull @Description("The facet answered.") BriefingFacet facet,
        @NonNull @Description("Where the facet came from: ARGUMENT, QUESTION (cue words) or DEFAULT.") String facetSource,
        @NonNull @Description("How points were chosen: MOTIVES (curated motives of the subject), SEARCH (ranked search over every sentence and curated evidence item) OVERVIEW (each article's opening sentences and each actor's foremost motive) or ARTICLE (the opening sentences of the one article an overview question points to, then the closest sentences).") String method,
        @NonNull @Description("The question's type, read from its wording (who, when, where, how many, why, yes-no, motives, ...).") QuestionType questionType,
        @NonNull @Description("The kind of thing the answer must contain; sentences that contain one rank higher.") AnswerType answerType,
        @NonNull @Description("The question's focus: the content words searched for (names of actors and question words excluded).") List<@NonNull String> terms,
        @NonNull @Description("Words and names in the question that the articles never mention.") List<@NonNull String> notInArticles,
        @NonNull @Description("The reading in one sentence.") String summary) {
}
