package io.briefing.snapshot;

import io.briefing.knowledge.MotiveKind;
import io.briefing.knowledge.Provenance;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Motive")
@Description("What an actor wants, offers or worries about, stated plainly and backed by evidence from the articles.")
public final class MotiveView {

    final long dbId;
    private final String key;
    private final MotiveKind kind;
    private final String statement;
    private final int importance;
    private final Provenance provenance;
    private final int version;
    private final Instant updatedAt;
    private final String updatedBy;
    ActorView actor;
    List<TopicView> topics = List.of();
    List<EvidenceView> supporting = List.of();
    List<EvidenceView> complicating = List.of();

    MotiveView(long dbId, String key, MotiveKind kind, String statement, int importance, Provenance provenance,
            long version, Instant updatedAt, String updatedBy) {
        this.dbId = dbId;
        this.key = key;
        this.kind = kind;
        this.statement = statement;
        this.importance = importance;
        this.provenance = provenance;
        this.version = (int) version;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    @Id
    @NonNull
    @Description("Stable identifier of the motive.")
    public String getId() {
        return "Motive:" + dbId;
    }

    @NonNull
    @Description("Human-readable unique key, e.g. \"north-korea-wants-military-technology\".")
    public String getKey() {
        return key;
    }

    @NonNull
    @Description("The actor whose motive this is.")
    public ActorView getActor() {
        return actor;
    }

    @NonNull
    @Description("Goal, offer or concern.")
    public MotiveKind getKind() {
        return kind;
    }

    @NonNull
    @Description("The motive in one plain sentence, faithful to the evidence.")
    public String getStatement() {
        return statement;
    }

    @Description("Weight in briefings, 1 (minor) to 5 (central).")
    public int getImportance() {
        return importance;
    }

    @NonNull
    @Description("Topics the motive bears on.")
    public List<@NonNull TopicView> getTopics() {
        return topics;
    }

    @NonNull
    @Description("Evidence that supports the motive, most direct first (curated order). Every curated motive has at least one.")
    public List<@NonNull EvidenceView> getEvidence() {
        return supporting;
    }

    @NonNull
    @Description("Evidence that complicates the motive (counterpoints such as doubts about munitions quality).")
    public List<@NonNull EvidenceView> getCounterEvidence() {
        return complicating;
    }

    @NonNull
    @Description("Who created the record.")
    public Provenance getProvenance() {
        return provenance;
    }

    @Description("Optimistic-lock version; send it back with updates.")
    public int getVersion() {
        return version;
    }

    @NonNull
    @Description("When the record last changed.")
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @NonNull
    @Description("Who last changed the record.")
    public String getUpdatedBy() {
        return updatedBy;
    }

    String key() {
        return key;
    }

    int importance() {
        return importance;
    }
}
