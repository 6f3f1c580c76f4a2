package io.briefing.api.limits;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
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
        return super.beginExecuteOperation(parameters, state);
    }
}
