package io.briefing.api;

import io.briefing.error.Arguments;
import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.EvidenceKind;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.MotiveKind;
import io.briefing.knowledge.ReviewStatus;
import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.ArticleView;
import io.briefing.snapshot.EvidenceView;
import io.briefing.snapshot.KnowledgeSnapshot;
import io.briefing.snapshot.KnowledgeSnapshots;
import io.briefing.snapshot.MotiveView;
import io.briefing.snapshot.TimelineEntryView;
import io.briefing.snapshot.TopicView;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.graphql.Description;
import io.smallrye.common.annotation.NonBlocking;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Read queries over the knowledge base. All of them read one immutable snapshot, so nested fields
 * (a motive's evidence, an evidence item's actors) are plain in-memory references: listing every
 * motive with its evidence costs no SQL at all, however many motives there are.
 */
@GraphQLApi
@NonBlocking // served from the in-memory snapshot: pure CPU work, no blocking I/O, so no worker-thread hop
public class KnowledgeQueries {

    private final KnowledgeSnapshots snapshots;
    private final Paging paging;

    public KnowledgeQueries(KnowledgeSnapshots snapshots, Paging paging) {
        this.snapshots = snapshots;
        this.paging = paging;
    }

    @Query("articles")
    @NonNull
    @Description("Articles in the knowledge base, ordered by slug, a page at a time.")
    public ArticleConnection articles(
            @Description("Page size, 1 to the configured maximum (100 by default); 20 when omitted.") Integer first,
            @Description("Return items after this cursor (from pageInfo.endCursor).") String after) {
        return paging.page(snapshots.current().articles(), first, after, ArticleConnection::of);
    }

    @Query("article")
    @Description("One article by slug, e.g. \"putin-visits-pyongyang\"; null when no article has that slug.")
    public ArticleView article(@NonNull @Description("The article's slug.") String slug) {
        Arguments.checkLength("slug", slug);
        return snapshots.current().article(slug).orElse(null);
    }

    @Query("actors")
    @NonNull
    @Description("Every reviewed actor, ordered by slug; with includeCandidates, also the CANDIDATE actors ingestion proposed.")
    public List<@NonNull ActorView> actors(
            @Description("Only actors of this kind.") io.briefing.knowledge.ActorKind kind,
            @Description("Include CANDIDATE actors awaiting an editor; false when omitted.") Boolean includeCandidates) {
        boolean candidates = Boolean.TRUE.equals(includeCandidates);
        return snapshots.current().actors().stream().filter(a -> kind == null || a.getKind() == kind)
                .filter(a -> candidates || a.getStatus() == ReviewStatus.CONFIRMED).toList();
    }

    @Query("actor")
    @Description("One actor by slug (\"north-korea\"), name or alias (\"Pyongyang\", \"the Kremlin\", \"Kim Jong-un\"), case-insensitively; null when nothing matches.")
    public ActorView actor(@NonNull @Description("A slug, name or alias.") String slug) {
        Arguments.checkLength("slug", slug);
        return snapshots.current().actor(slug).orElse(null);
    }

    @Query("topics")
    @NonNull
    @Description("Every topic, ordered by slug.")
    public List<@NonNull TopicView> topics() {
        return snapshots.current().topics();
    }

    @Query("topic")
    @Description("One topic by slug (\"sanctions-and-un\") or name; null when nothing matches.")
    public TopicView topic(@NonNull @Description("A slug or name.") String slug) {
        Arguments.checkLength("slug", slug);
        return snapshots.current().topic(slug).orElse(null);
    }

    @Query("motives")
    @NonNull
    @Description("Reviewed motives, most important first, optionally filtered; with includeCandidates, the CANDIDATE motives ingestion proposed follow them. An unknown actor or topic is an error that lists the valid slugs.")
    public List<@NonNull MotiveView> motives(
            @Description("Only this actor's motives: slug or alias (\"Pyongyang\"). A person's motives include those of the country they represent.") String actor,
            @Description("Only motives on this topic (slug or name).") String topic,
            @Description("Only motives of this kind.") MotiveKind kind,
            @Description("Include CANDIDATE motives awaiting an editor, after the reviewed ones; false when omitted.") Boolean includeCandidates) {
        KnowledgeSnapshot snapshot = snapshots.current();
        ActorView actorView = actor == null ? null : snapshot.requireActor("actor", Arguments.checkLength("actor", actor));
        TopicView topicView = topic == null ? null : snapshot.requireTopic("topic", Arguments.checkLength("topic", topic));
        boolean candidates = Boolean.TRUE.equals(includeCandidates);
        // Reviewed first, then candidates, each in the snapshot's order (most important first).
        Stream<MotiveView> motives = Stream.concat(
                snapshot.motives().stream().filter(m -> m.getStatus() == ReviewStatus.CONFIRMED),
                candidates ? snapshot.motives().stream().filter(m -> m.getStatus() == ReviewStatus.CANDIDATE) : Stream.empty());
        if (actorView != null) {
            ActorView country = actorView.getRepresents();
            motives = motives.filter(m -> m.getActor() == actorView || (country != null && m.getActor() == country));
        }
        if (topicView != null) {
            motives = motives.filter(m -> m.getTopics().contains(topicView));
        }
        if (kind != null) {
            motives = motives.filter(m -> m.getKind() == kind);
        }
        return motives.toList();
    }

    @Query("motive")
    @Description("One motive by key; null when no motive has that key.")
    public MotiveView motive(@NonNull @Description("The motive's key.") String key) {
        Arguments.checkLength("key", key);
        return snapshots.current().motive(key).orElse(null);
    }

    @Query("evidence")
    @NonNull
    @Description("Evidence items in reading order, filtered and a page at a time. Filters combine with AND; unknown slugs are errors that list the valid ones.")
    public EvidenceConnection evidence(
            @Description("Only evidence quoting this article (slug).") String article,
            @Description("Only evidence concerning this actor (slug or alias), or spoken by it.") String actor,
            @Description("Only evidence on this topic (slug or name).") String topic,
            @Description("Only evidence of this kind.") EvidenceKind kind,
            @Description("Only evidence with this certainty.") Certainty certainty,
            @Description("Only evidence with this status; both statuses when omitted.") EvidenceStatus status,
            @Description("Page size, 1 to the configured maximum (100 by default); 20 when omitted.") Integer first,
            @Description("Return items after this cursor (from pageInfo.endCursor).") String after) {
        KnowledgeSnapshot snapshot = snapshots.current();
        ArticleView articleView = article == null ? null : snapshot.requireArticle("article", Arguments.checkLength("article", article));
        ActorView actorView = actor == null ? null : snapshot.requireActor("actor", Arguments.checkLength("actor", actor));
        TopicView topicView = topic == null ? null : snapshot.requireTopic("topic", Arguments.checkLength("topic", topic));
        Stream<EvidenceView> items = articleView != null ? articleView.evidenceItems().stream() : snapshot.evidence().stream();
        if (actorView != null) {
            items = items.filter(e -> e.getActors().contains(actorView) || e.getSpeakerActor() == actorView);
        }
        if (topicView != null) {
            items = items.filter(e -> e.getTopics().contains(topicView));
        }
        if (kind != null) {
            items = items.filter(e -> e.getKind() == kind);
        }
        if (certainty != null) {
            items = items.filter(e -> e.getCertainty() == certainty);
        }
        if (status != null) {
            items = items.filter(e -> e.getStatus() == status);
        }
        return paging.page(items.toList(), first, after, EvidenceConnection::of);
    }

    @Query("timeline")
    @NonNull
    @Description("Dated evidence in time order: each confirmed item whose quote holds a time expression with a resolved calendar value (\"last September\" is 2023-09 in an article of 2024-06-19), dated by the first such expression; durations alone do not date an item. Filters combine with AND; unknown slugs are errors that list the valid ones.")
    public List<@NonNull TimelineEntryView> timeline(
            @Description("Only evidence concerning this actor (slug or alias), spoken by it or credited to it.") String actor,
            @Description("Only evidence on this topic (slug or name).") String topic,
            @Description("Only evidence quoting this article (slug).") String article,
            @Description("Include CANDIDATE evidence awaiting an editor; false when omitted.") Boolean includeCandidates) {
        KnowledgeSnapshot snapshot = snapshots.current();
        ArticleView articleView = article == null ? null : snapshot.requireArticle("article", Arguments.checkLength("article", article));
        ActorView actorView = actor == null ? null : snapshot.requireActor("actor", Arguments.checkLength("actor", actor));
        TopicView topicView = topic == null ? null : snapshot.requireTopic("topic", Arguments.checkLength("topic", topic));
        boolean candidates = Boolean.TRUE.equals(includeCandidates);
        return TimelineEntryView.of(articleView != null ? articleView.evidenceItems() : snapshot.evidence(), e ->
                (candidates || e.getStatus() == EvidenceStatus.CONFIRMED)
                        && (actorView == null || e.getActors().contains(actorView) || e.getSpeakerActor() == actorView)
                        && (topicView == null || e.getTopics().contains(topicView)));
    }

    @Query("evidenceItem")
    @Description("One evidence item by key; null when no item has that key.")
    public EvidenceView evidenceItem(@NonNull @Description("The evidence key, e.g. \"ev-shin-containers\".") String key) {
        Arguments.checkLength("key", key);
        return snapshots.current().evidence(key).orElse(null);
    }
}
