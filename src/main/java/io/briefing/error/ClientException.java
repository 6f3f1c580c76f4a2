package io.briefing.error;

/**
 * An error the client caused and can fix; its message is shown to the client as the GraphQL error
 * message (see quarkus.smallrye-graphql.show-runtime-exception-message). Anything else is reported
 * as a generic "System error" without details.
 */
public abstract class ClientException extends RuntimeException {

    protected ClientException(String message) {
        super(message, null, false, false);
    }
}
