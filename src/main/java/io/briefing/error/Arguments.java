package io.briefing.error;


/** Shared checks on raw arguments, so an oversized string is refused before any look-up. */
public final class Arguments {

    public static final int MAX_NAME_LENGTH = 200;

    private Arguments() {
    }

    public static String checkLength(String argument, String value) {
        if (value != null && value.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("Argument '" + argument + "' is too long (" + value.length()
                    + " characters; at most " + MAX_NAME_LENGTH + ")");
        }
        return value;
    }

    /** A name argument that, when given, is neither blank nor too long. */
    public static String checkName(String argument, String value) {
        if (value != null && value.isBlank()) {
            throw new InvalidInputException("Argument '" + argument + "' is empty; omit it or give a slug");
        }
        return checkLength(argument, value);
    }
}
