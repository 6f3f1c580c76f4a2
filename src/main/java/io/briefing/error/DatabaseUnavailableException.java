package io.briefing.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The database could not be reached (stopped, restarting, network cut): nothing was written. Reads
 * keep being served from the last knowledge snapshot; the same write can be sent again once the
 * database is back, and the service reconnects by itself. Not a {@link ClientException}: the client
 * did nothing wrong, so the request is still counted as a server error, but its message is shown
 * (quarkus.smallrye-graphql.show-runtime-exception-message) instead of "System error".
 */
@ErrorCode("database-unavailable")
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message) {
        super(message, null, false, false);
    }
}
