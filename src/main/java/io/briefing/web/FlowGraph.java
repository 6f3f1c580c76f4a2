package io.briefing.web;

import io.briefing.knowledge.MotiveKind;
import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.EvidenceView;
import io.briefing.snapshot.KnowledgeSnapshot;
import io.briefing.snapshot.MotiveView;
import io.briefing.snapshot.TopicView;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Who gives what to whom, read from the knowledge base: every OFFER motive is a flow from its actor
 * (a person counts for the country they represent) to the party its supporting evidence is about
 * most often (other than the source), or to its first topic when the evidence
 * names nobody else. Nothing here knows the seed article: new offers become new edges.
 */
public final class FlowGraph {

    private FlowGraph() {
    }

    /** One end of a flow: an actor, or a topic when no receiving actor can be told from the evidence. */
    @TemplateData
    public record Party(String slug, String name, boolean topic) {
    }

    /** A cited quote behind a flow, linking to its place in the article. */
    @TemplateData
    public record FlowEvidence(String quote, String certainty, String speaker, String articleTitle, String href,
            boolean candidate) {
    }

    /** One offer: what flows from one party to another, and the evidence for it. */
    @TemplateData
    public record Flow(String key, Party from, Party to, String what, String statement, List<FlowEvidence> evidence) {

        public String anchor() {
            return "flow-" + key;
        }
    }

    /** The actors named by one evidence item, persons folded into the countries they represent. */
    public record EvidenceActors(List<String> actors) {
    }

    /** The flows in the snapshot; with an article slug, only offers backed by evidence from that article. */
    public static List<Flow> flows(KnowledgeSnapshot snapshot, String articleSlug) {
        List<Flow> flows = new ArrayList<>();
        for (MotiveView motive : snapshot.motives()) {
            if (motive.getKind() != MotiveKind.OFFER || motive.getStatus() != io.briefing.knowledge.ReviewStatus.CONFIRMED) {
                continue; // the diagram shows reviewed offers only
            }
            List<EvidenceView> evidence = motive.getEvidence().stream()
                    .filter(e -> articleSlug == null || articleSlug.equals(e.getArticle().getSlug())).toList();
            if (evidence.isEmpty()) {
                continue;
            }
            ActorView source = country(motive.getActor());
            List<EvidenceActors> named = evidence.stream()
                    .map(e -> new EvidenceActors(e.getActors().stream().map(a -> country(a).getSlug()).toList())).toList();
            String targetSlug = target(source.getSlug(), named);
            Party to;
            if (targetSlug != null) {
                ActorView target = snapshot.actor(targetSlug).orElseThrow();
                to = new Party(target.getSlug(), target.getName(), false);
            } else if (!motive.getTopics().isEmpty()) {
                TopicView topic = motive.getTopics().get(0);
                to = new Party("topic-" + topic.getSlug(), topic.getName(), true);
            } else {
                continue;
            }
            String fallback = motive.getTopics().isEmpty() ? motive.getStatement() : motive.getTopics().get(0).getName();
            String what = what(motive.getKey(), motive.getActor().getSlug(),
                    word -> snapshot.actor(word).map(ActorView::getName).orElse(null), fallback);
            flows.add(new Flow(motive.getKey(), new Party(source.getSlug(), source.getName(), false), to, what,
                    motive.getStatement(), evidence.stream().map(FlowGraph::evidence).toList()));
        }
        return flows;
    }

    private static FlowEvidence evidence(EvidenceView e) {
        return new FlowEvidence(e.getQuote(), Words.certainty(e.getCertainty()), e.getSpeaker(), e.getArticle().getTitle(),
                Links.quote(e), e.getStatus() == io.briefing.knowledge.EvidenceStatus.CANDIDATE);
    }

    private static ActorView country(ActorView actor) {
        return actor.getRepresents() != null ? actor.getRepresents() : actor;
    }

    /**
     * The receiving party: the actor named by the most evidence items other than the source (each
     * item counts once per actor); ties go to the one named first. Null when the evidence names
     * nobody but the source. Speakers count too: the one who thanks is usually the one who receives.
     */
    static String target(String source, List<EvidenceActors> evidence) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EvidenceActors item : evidence) {
            item.actors().stream().distinct().filter(a -> !a.equals(source)).forEach(a -> counts.merge(a, 1, Integer::sum));
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * What flows, in a few words: curated and editor-made motive keys read
     * "{actor}-offers-{what}" / "{actor}-offer-{what}"; a word that is an actor's alias ("un")
     * is written as that actor's name. Keys of any other shape fall back to the given text.
     */
    static String what(String key, String actorSlug, Function<String, String> actorName, String fallback) {
        String rest = null;
        for (String verb : List.of("-offers-", "-offer-")) {
            String prefix = actorSlug + verb;
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                rest = key.substring(prefix.length());
                break;
            }
        }
        if (rest == null) {
            return fallback;
        }
        List<String> words = new ArrayList<>();
        for (String word : rest.split("-")) {
            if (word.isEmpty() || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            String name = word.length() <= 3 ? actorName.apply(word) : null;
            words.add(name != null ? "the " + name : word.toLowerCase(Locale.ROOT));
        }
        return words.isEmpty() ? fallback : String.join(" ", words).replace("the the ", "the ");
    }
}
