package io.briefing.api;

import io.briefing.error.InvalidInputException;

/** Shared checks on raw arguments, so an oversized string is refused before any look-up. */
final class Arguments {

    static final int MAX_NAME_LENGTH = 200;

    private Arguments() {
    }

    static String checkLength(String argument, String value) {
        if (value != null && value.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("Argument '" + argument + "' is too long (" + value.length()
                    + " characters; at most " + MAX_NAME_LENGTH + ")");
        }
        return value;
    }
}
