package io.briefing.ops;

import io.briefing.snapshot.KnowledgeSnapshot;
import io.briefing.snapshot.KnowledgeSnapshots;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the knowledge snapshot is published and the briefing index built (see WarmUp): before that, briefings would be empty. */
@Readiness
@ApplicationScoped
public class SnapshotReadiness implements HealthCheck {

    private final KnowledgeSnapshots snapshots;
    private final WarmUp warmUp;

    public SnapshotReadiness(KnowledgeSnapshots snapshots, WarmUp warmUp) {
        this.snapshots = snapshots;
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        KnowledgeSnapshot s = snapshots.current();
        return HealthCheckResponse.named("Knowledge snapshot")
                .status(warmUp.isDone() && s.generation() > 0 && !s.articles().isEmpty())
                .withData("warmedUp", warmUp.isDone())
                .withData("generation", s.generation())
                .withData("articles", s.articles().size())
                .withData("evidence", s.evidence().size())
                .withData("motives", s.motives().size())
                .build();
    }
}
