package io.briefing.snapshot;

import io.briefing.knowledge.Provenance;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Topic")
@Description("A subject the articles cover, such as sanctions or arms for Russia's war.")
public final class TopicView extends CuratedRecordView {

    private final String slug;
    private final String name;
    private final String description;
    private final List<String> keywords;
    List<MotiveView> motives = List.of();
    List<EvidenceView> evidence = List.of();

    TopicView(long dbId, String slug, String name, String description, List<String> keywords, Provenance provenance,
            long version, Instant updatedAt) {
        super("Topic", dbId, provenance, version, updatedAt);
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.keywords = keywords;
    }

    @NonNull
    @Description("URL-safe unique name, e.g. \"sanctions-and-un\".")
    public String getSlug() {
        return slug;
    }

    @NonNull
    @Description("Display name.")
    public String getName() {
        return name;
    }

    @Description("What the topic covers.")
    public String getDescription() {
        return description;
    }

    @NonNull
    @Description("Words readers use for this topic; briefings use them to recognise it in questions.")
    public List<@NonNull String> getKeywords() {
        return keywords;
    }

    @NonNull
    @Description("Motives on this topic, most important first.")
    public List<@NonNull MotiveView> getMotives() {
        return motives;
    }

    @Description("How many evidence items are tagged with this topic (see Query.evidence to page through them).")
    public int getEvidenceCount() {
        return evidence.size();
    }

}
