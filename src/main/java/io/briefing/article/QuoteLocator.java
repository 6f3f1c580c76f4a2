package io.briefing.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a verbatim quote in a text. A quote is located exactly or not at all: no case folding, no
 * whitespace or quote-mark normalisation, because the API promises {@code text[start, end) == quote}.
 */
public final class QuoteLocator {

    private QuoteLocator() {
    }

    public static List<TextSpan> occurrences(String text, String quote) {
        List<TextSpan> found = new ArrayList<>();
        if (quote == null || quote.isEmpty()) {
            return found;
        }
        int from = 0;
        int at;
        while ((at = text.indexOf(quote, from)) >= 0) {
            found.add(new TextSpan(at, at + quote.length()));
            from = at + 1;
        }
        return found;
    }

    /**
     * The span of the {@code occurrence}-th (0-based) appearance of {@code quote}; with no
     * occurrence given the quote must appear exactly once.
     *
     * @throws QuoteNotFoundException naming the quote and why it could not be placed
     */
    public static TextSpan locate(String text, String quote, Integer occurrence) {
        List<TextSpan> found = occurrences(text, quote);
        String shown = abbreviate(quote);
        if (found.isEmpty()) {
            throw new QuoteNotFoundException("Quote not found in the article text: \"" + shown + "\"");
        }
        if (occurrence == null) {
            if (found.size() > 1) {
                throw new QuoteNotFoundException("Quote is ambiguous: \"" + shown + "\" appears " + found.size()
                        + " times; give an occurrence index from 0 to " + (found.size() - 1));
            }
            return found.get(0);
        }
        if (occurrence < 0 || occurrence >= found.size()) {
            throw new QuoteNotFoundException("Quote \"" + shown + "\" appears " + found.size()
                    + " time(s); occurrence " + occurrence + " does not exist");
        }
        return found.get(occurrence);
    }

    public static String abbreviate(String quote) {
        if (quote == null) {
            return "";
        }
        return quote.length() <= 80 ? quote : quote.substring(0, 77) + "...";
    }

    /** A quote that is absent from, or ambiguous in, the text it should come from. */
    public static final class QuoteNotFoundException extends RuntimeException {
        public QuoteNotFoundException(String message) {
            super(message);
        }
    }
}
