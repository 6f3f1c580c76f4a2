package io.briefing.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A configured capacity of the service would be exceeded (for example the total article text it
 * stores): the request is well-formed but refused; an operator can raise the limit.
 */
@ErrorCode("limit-exceeded")
public class LimitExceededException extends ClientException {

    public LimitExceededException(String message) {
        super(message);
    }
}
