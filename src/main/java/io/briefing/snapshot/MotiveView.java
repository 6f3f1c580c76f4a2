package io.briefing.snapshot;

import io.briefing.knowledge.MotiveKind;
import io.briefing.knowledge.Provenance;
import io.briefing.knowledge.ReviewStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Motive")
@Description("What an actor wants, offers or worries about, stated plainly and backed by evidence from the articles.")
public final class MotiveView extends CuratedRecordView {

    private final String key;
    private final MotiveKind kind;
    private final String statement;
    private final int importance;
    private final ReviewStatus status;
    ActorView actor;
    List<TopicView> topics = List.of();
    List<EvidenceView> supporting = List.of();
    List<EvidenceView> complicating = List.of();

    /** A reviewed motive (test snapshots build these). */
    MotiveView(long dbId, String key, MotiveKind kind, String statement, int importance, Provenance provenance,
            long version, Instant updatedAt) {
        this(dbId, key, kind, statement, importance, ReviewStatus.CONFIRMED, provenance, version, updatedAt);
    }

    MotiveView(long dbId, String key, MotiveKind kind, String statement, int importance, ReviewStatus status,
            Provenance provenance, long version, Instant updatedAt) {
        super("Motive", dbId, provenance, version, updatedAt);
        this.key = key;
        this.kind = kind;
        this.statement = statement;
        this.importance = importance;
        this.status = status;
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
    @Description("CONFIRMED for curated or editor-reviewed motives; CANDIDATE for one the service proposed from a sentence of an ingested article (\"the union is demanding ...\") that no editor has confirmed yet (confirmMotive / rejectMotive). Briefings cite candidate motives only after confirmed ones, with a caveat.")
    public ReviewStatus getStatus() {
        return status;
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

    String key() {
        return key;
    }

    int importance() {
        return importance;
    }
}
