package io.briefing.error;

import graphql.GraphQLError;
import graphql.execution.DataFetcherExceptionHandler;
import io.smallrye.graphql.api.ErrorCode;

/**
 * Resolver failures that are not the client's (a database error, a bug) reach clients as "System
 * error" with {@code extensions.code = "internal"}; without this, SmallRye derived the code from the
 * exception's class name ("generic-j-d-b-c", "arc-undeclared-throwable"), which tells an attacker
 * what runs inside. The original exception stays the cause, so the server log keeps the details.
 */
public final class ServerFaults {

    private ServerFaults() {
    }

    /** The failure every server fault is reported as: shown as "System error", code "internal". */
    @ErrorCode("internal")
    public static final class ServerFault extends RuntimeException {
        ServerFault(Throwable cause) {
            super("Internal server error", cause);
        }
    }

    /** Wraps server faults, then lets SmallRye's handler shape the error as usual. */
    public static DataFetcherExceptionHandler handler(DataFetcherExceptionHandler delegate) {
        return parameters -> {
            Throwable error = parameters.getException();
            if (isClients(error)) {
                return delegate.handleException(parameters);
            }
            return delegate.handleException(graphql.execution.DataFetcherExceptionHandlerParameters.newExceptionParameters()
                    .dataFetchingEnvironment(parameters.getDataFetchingEnvironment())
                    .exception(new ServerFault(error)).build());
        };
    }

    /**
     * Errors the client caused, and our own errors that name their cause (each with an @ErrorCode,
     * such as database-unavailable), which keep their codes and messages.
     */
    public static boolean isClients(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            boolean ours = name.startsWith("io.briefing.error.") && !(t instanceof ServerFault)
                    && t.getClass().isAnnotationPresent(io.smallrye.graphql.api.ErrorCode.class);
            if (ours || t instanceof ClientException || t instanceof GraphQLError || name.startsWith("jakarta.validation")
                    || name.startsWith("io.smallrye.graphql.transformation") || name.startsWith("org.eclipse.microprofile.graphql")) {
                return true;
            }
        }
        return false;
    }
}
