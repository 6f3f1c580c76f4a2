package io.briefing.ops;

import io.briefing.snapshot.KnowledgeSnapshot;
import io.briefing.snapshot.KnowledgeSnapshots;
import io.briefing.snapshot.ReplicaSync;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the knowledge snapshot is published and the briefing index built (see WarmUp): before
 * that, briefings would be empty. Reports the snapshot's generation, the change-log id it was built
 * from, and (replicas) the latest change id seen in the database and when it was last read, so an
 * operator can tell a replica that lags.
 */
@Readiness
@ApplicationScoped
public class SnapshotReadiness implements HealthCheck {

    private final KnowledgeSnapshots snapshots;
    private final WarmUp warmUp;

    private final ReplicaSync sync;

    public SnapshotReadiness(KnowledgeSnapshots snapshots, WarmUp warmUp, ReplicaSync sync) {
        this.snapshots = snapshots;
        this.warmUp = warmUp;
        this.sync = sync;
    }

    @Override
    public HealthCheckResponse call() {
        KnowledgeSnapshot s = snapshots.current();
        var response = HealthCheckResponse.named("Knowledge snapshot")
                .status(warmUp.isDone() && s.generation() > 0 && !s.articles().isEmpty())
                .withData("warmedUp", warmUp.isDone())
                .withData("generation", s.generation())
                .withData("changeLogId", snapshots.builtFromMark())
                .withData("latestChangeSeen", sync.lastSeen());
        if (sync.lastSync() != null) {
            response = response.withData("lastSync", sync.lastSync().toString());
        }
        return response
                .withData("articles", s.articles().size())
                .withData("evidence", s.evidence().size())
                .withData("motives", s.motives().size())
                .build();
    }
}
