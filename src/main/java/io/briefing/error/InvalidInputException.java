package io.briefing.error;

import io.smallrye.graphql.api.ErrorCode;

/** The request's arguments are invalid: the message names the argument and the rule it broke. */
@ErrorCode("bad-input")
public class InvalidInputException extends ClientException {

    public InvalidInputException(String message) {
        super(message);
    }
}
