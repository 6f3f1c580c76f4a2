package io.briefing.error;

import io.smallrye.graphql.api.ErrorCode;

/** The caller is not allowed to perform a mutation (anonymous, wrong credentials, or lacking the editor role). */
@ErrorCode("forbidden")
public class NotAuthorizedException extends ClientException {

    public NotAuthorizedException(String message) {
        super(message);
    }
}
