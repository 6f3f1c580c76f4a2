package io.briefing.error;

import io.smallrye.graphql.api.ErrorCode;

/** A slug, key or alias given as an argument does not name an existing record. */
@ErrorCode("not-found")
public class NotFoundException extends ClientException {

    public NotFoundException(String message) {
        super(message);
    }
}
