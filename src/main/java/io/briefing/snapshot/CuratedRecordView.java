package io.briefing.snapshot;

import io.briefing.knowledge.Provenance;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What every curated record (actor, topic, motive, evidence) shows about itself: a stable id, who
 * created it, and the optimistic-lock version and time editors need to change it safely. Editors'
 * user names are not public: they are in the editors-only change log (Query.changes).
 *
 * <p>Registered for reflection because SmallRye GraphQL reads inherited getters such as
 * {@code getVersion()} with {@code getMethod} on the subclass; in the native executable only the
 * subclasses' own methods were registered and {@code version} failed with a server error.
 */
@RegisterForReflection
public abstract class CuratedRecordView {

    final long dbId;
    private final String type;
    private final Provenance provenance;
    private final int version;
    private final Instant updatedAt;

    CuratedRecordView(String type, long dbId, Provenance provenance, long version, Instant updatedAt) {
        this.type = type;
        this.dbId = dbId;
        this.provenance = provenance;
        this.version = (int) version;
        this.updatedAt = updatedAt;
    }

    @Id
    @NonNull
    @Description("Stable identifier of the record.")
    public String getId() {
        return type + ":" + dbId;
    }

    @NonNull
    @Description("Who created the record: curated, machine extracted, or an editor.")
    public Provenance getProvenance() {
        return provenance;
    }

    @Description("Optimistic-lock version; send it back with updates. A stale version is rejected.")
    public int getVersion() {
        return version;
    }

    @NonNull
    @Description("When the record last changed.")
    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
