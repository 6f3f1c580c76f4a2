package io.briefing.briefing;

import io.briefing.error.InvalidInputException;
import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.KnowledgeSnapshot;
import io.briefing.snapshot.KnowledgeSnapshots;
import io.briefing.snapshot.TopicView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Answers briefing requests from the current in-memory snapshot: no database access per request.
 * The search index is built once per snapshot and swapped with it.
 */
@ApplicationScoped
public class BriefingService {

    public static final int MAX_QUESTION_LENGTH = 500;
    public static final int MAX_POINTS = 20;

    private final KnowledgeSnapshots snapshots;
    private final AtomicReference<BriefingIndex> index = new AtomicReference<>();

    public BriefingService(KnowledgeSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    public Briefing brief(BriefingRequest request) {
        String question = validateQuestion(request);
        BriefingDepth depth = request.depth() == null ? BriefingDepth.SUMMARY : request.depth();
        int maxPoints = request.maxPoints() == null ? depth.defaultPoints() : request.maxPoints();
        if (maxPoints < 1 || maxPoints > MAX_POINTS) {
            throw new InvalidInputException("Argument 'maxPoints' must be between 1 and " + MAX_POINTS + ", got " + maxPoints);
        }
        BriefingIndex idx = indexFor(snapshots.current());
        KnowledgeSnapshot snapshot = idx.snapshot();
        ActorView actor = request.actor() == null ? null : snapshot.requireActor("actor", checkName("actor", request.actor()));
        TopicView topic = request.topic() == null ? null : snapshot.requireTopic("topic", checkName("topic", request.topic()));
        Interpretation interpretation = QuestionInterpreter.interpret(idx, question, actor, topic, request.facet());
        Briefing briefing = new BriefingComposer(idx, interpretation, depth, maxPoints, request.includeCandidates())
                .compose(question, request.facet() != null ? "ARGUMENT" : "QUESTION");
        return new Briefing(briefing.question(), briefing.interpretation(), briefing.headline(), briefing.points(),
                briefing.caveats(), briefing.coverage(), briefing.sources(), MarkdownRenderer.render(briefing));
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
        if (question == null && request.actor() == null && request.topic() == null && request.facet() == null) {
            throw new InvalidInputException("Provide a non-empty 'question', or at least one of 'actor', 'topic' or 'facet'"
                    + (request.question() != null ? " (the question was empty or only whitespace)" : ""));
        }
        return question;
    }

    private static String checkName(String argument, String value) {
        if (value.isBlank()) {
            throw new InvalidInputException("Argument '" + argument + "' is empty; omit it or give a slug");
        }
        if (value.length() > 200) {
            throw new InvalidInputException("Argument '" + argument + "' is too long (" + value.length() + " characters; at most 200)");
        }
        return value;
    }

    private BriefingIndex indexFor(KnowledgeSnapshot snapshot) {
        BriefingIndex current = index.get();
        if (current != null && current.snapshot() == snapshot) {
            return current;
        }
        BriefingIndex built = new BriefingIndex(snapshot);
        index.set(built);
        return built;
    }
}
