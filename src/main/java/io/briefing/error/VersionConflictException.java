package io.briefing.error;

import io.smallrye.graphql.api.ErrorCode;

/** An update carried a version that is no longer current: someone else changed the record first. */
@ErrorCode("conflict")
public class VersionConflictException extends ClientException {

    public VersionConflictException(String message) {
        super(message);
    }
}
