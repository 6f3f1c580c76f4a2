package io.briefing.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The server is busy with other writes and did not start this one: nothing was written, and the
 * same request can simply be sent again a little later.
 */
@ErrorCode("busy")
public class BusyException extends ClientException {

    public BusyException(String message) {
        super(message);
    }
}
