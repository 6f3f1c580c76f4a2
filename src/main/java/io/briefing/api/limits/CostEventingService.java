package io.briefing.api.limits;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;

/**
 * Puts {@link CostInstrumentation} in front of SmallRye's own instrumentation when SmallRye builds
 * its graphql-java engine. SmallRye finds this class with ServiceLoader (META-INF/services), hence
 * the reflection registration; a null config key means "always enabled", so SmallRye's CDI events
 * (one per resolved field) stay off. The other callbacks are the interface's no-op defaults.
 */
@RegisterForReflection
public class CostEventingService implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // The builder has no getter: build once to read the instrumentation SmallRye configured, then chain ours first.
        var existing = builder.build().getInstrumentation();
        QueryLimits limits = Arc.container().instance(QueryLimits.class).get();
        return builder.instrumentation(new ChainedInstrumentation(List.of(new CostInstrumentation(limits), existing)));
    }
}
