package io.briefing.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a wire story opens with: "PORTO VESCA, Italy, Oct 22 (Adriatic Wire Service) - ".
 * It says where and when the report was filed, not when anything in it happens: "Oct 22" there does
 * not answer "When will the council vote?".
 */
public final class Dateline {

    /**
     * A place in capitals, perhaps a region and a date after a comma, the agency in brackets, then a
     * dash: "HALSTOW, England, Nov 18 (Shire Wire Service) - ", "SEOUL, June 19 (Reuters) - ". The
     * agency is required: "NATO, the alliance, said on Monday - in a statement" is no dateline.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M}.'\u2019\\- ]*\\p{Lu}(?:,[^()\\n]{0,80}?)?\\s*\\([^()\\n]{1,60}\\)\\s*[-\u2013\u2014]+\\s+");

    private Dateline() {
    }

    /** Where the dateline that opens a sentence ends (the offset of the story's first word), or 0 when it has none. */
    public static int end(String sentence) {
        Matcher m = DATELINE.matcher(sentence);
        return m.lookingAt() ? m.end() : 0;
    }
}
