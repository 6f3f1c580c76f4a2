package io.briefing.error;

import io.smallrye.graphql.api.ErrorCode;

/** A request ran past the configured execution timeout (briefing.query.timeout) and was stopped. */
@ErrorCode("timeout")
public class RequestTimeoutException extends ClientException {

    public RequestTimeoutException(long timeoutMillis) {
        super("The request ran longer than " + timeoutMillis + " ms and was stopped; ask for less in one request");
    }
}
