package io.briefing.curation;

import io.briefing.error.InvalidInputException;
import io.briefing.error.VersionConflictException;

/** Optimistic concurrency for editors: an update must carry the version it was based on. */
final class Versions {

    private Versions() {
    }

    static void check(String what, String key, long current, Integer given) {
        if (given == null) {
            throw new InvalidInputException("'version' is required to change " + what + " '" + key + "' (current version: " + current + ")");
        }
        if (given != current) {
            throw new VersionConflictException(what + " '" + key + "' was changed by someone else: you sent version " + given
                    + ", the current version is " + current + ". Reload it and apply your change again.");
        }
    }
}
