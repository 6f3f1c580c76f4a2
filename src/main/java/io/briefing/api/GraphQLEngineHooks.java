package io.briefing.api;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.briefing.api.limits.CostInstrumentation;
import io.briefing.api.limits.QueryLimits;
import io.briefing.error.ServerFaults;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;

/**
 * Adjusts the graphql-java engine when SmallRye builds it: {@link CostInstrumentation} runs before
 * SmallRye's own instrumentation, and resolver failures that are not the client's are reported as
 * {@link ServerFaults server faults} (code "internal") rather than with codes derived from exception
 * class names. SmallRye finds this class with ServiceLoader (META-INF/services), hence the reflection
 * registration; a null config key means "always enabled", so SmallRye's CDI events (one per resolved
 * field) stay off. After each execution the response cache sees the result. The other callbacks are the interface's no-op defaults.
 */
@RegisterForReflection
public class GraphQLEngineHooks implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // Before build(): graphql-java creates the query and mutation strategies with this handler.
        builder.defaultDataFetcherExceptionHandler(ServerFaults.handler(new ExceptionHandler()));
        // The builder has no getter: build once to read the instrumentation SmallRye configured, then chain ours first.
        var existing = builder.build().getInstrumentation();
        QueryLimits limits = Arc.container().instance(io.briefing.config.BriefingSettings.class).get().query();
        return builder.instrumentation(new ChainedInstrumentation(List.of(new CostInstrumentation(limits), existing)));
    }

    /** Marks answers without errors and captures cacheable ones (see ResponseCaching). */
    @Override
    public void afterExecute(io.smallrye.graphql.api.Context context) {
        io.briefing.api.http.ResponseCaching.afterExecute(context);
    }
}
