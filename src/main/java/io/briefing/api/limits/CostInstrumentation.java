package io.briefing.api.limits;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.briefing.error.RequestTimeoutException;
import graphql.ExecutionResult;
import java.util.List;
import java.util.Map;

/**
 * Applies {@link QueryCost} inside the engine, before any field is resolved (and so before SmallRye
 * builds its per-field view of the selection). Every transport passes here, WebSocket subscriptions
 * included; HTTP requests were already checked by the HTTP filter, which answers with a proper status.
 */
public class CostInstrumentation extends SimplePerformantInstrumentation {

    public static final String CODE = "query-too-expensive";
    /** GraphQL context key: System.nanoTime() after which no field is resolved. */
    static final String DEADLINE = "briefing.deadline";

    private final QueryLimits limits;

    public CostInstrumentation(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        QueryCost.Verdict verdict = QueryCost.check(execution.getDocument(), execution.getOperationDefinition(),
                execution.getCoercedVariables().toMap(), limits);
        if (verdict.refused()) {
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().message(verdict.refusal())
                    .extensions(Map.of("code", CODE)).build()));
        }
        // Mutations run to completion: stopping one half-way would answer "timeout" for a write that still commits.
        if (execution.getOperationDefinition().getOperation() != graphql.language.OperationDefinition.Operation.MUTATION) {
            execution.getGraphQLContext().put(DEADLINE, System.nanoTime() + limits.timeout().toNanos());
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** Longest error message sent back; longer ones quote client input (a field or operation name) at length. */
    static final int MAX_MESSAGE = 300;

    /**
     * Error messages that quote what the client sent (an unknown field name, an argument value) are
     * cut to {@link #MAX_MESSAGE} characters: a 200 KB name is not echoed back whole.
     */
    @Override
    public java.util.concurrent.CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().stream().noneMatch(CostInstrumentation::tooLong)) {
            return java.util.concurrent.CompletableFuture.completedFuture(result);
        }
        List<graphql.GraphQLError> errors = result.getErrors().stream().map(e -> !tooLong(e) ? e
                : GraphqlErrorBuilder.newError().message(e.getMessage().substring(0, MAX_MESSAGE - 3) + "...").locations(e.getLocations())
                        .path(e.getPath()).errorType(e.getErrorType()).extensions(e.getExtensions()).build()).toList();
        return java.util.concurrent.CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
    }

    /** Resolver errors are ours (argument checks) and keep their codes; engine errors quote the document. */
    private static boolean tooLong(graphql.GraphQLError error) {
        return !(error instanceof graphql.ExceptionWhileDataFetching) && error.getMessage() != null && error.getMessage().length() > MAX_MESSAGE;
    }

    /**
     * Past the request's deadline no further field is resolved: work already running finishes, but a
     * slow document stops at its next field instead of running to the end for a client that has
     * been answered already.
     */
    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return environment -> {
            Long deadline = environment.getGraphQlContext().get(DEADLINE);
            if (deadline != null && System.nanoTime() - deadline > 0) {
                throw new RequestTimeoutException(limits.timeout().toMillis());
            }
            return fetcher.get(environment);
        };
    }
}
