package io.briefing.curation;

import java.util.function.Predicate;

/** Keys and slugs derived from names: "base", then "base-2", "base-3", ... until one is free. */
final class UniqueKeys {

    private UniqueKeys() {
    }

    static String first(String base, int maxLength, Predicate<String> taken) {
        String key = truncate(base, maxLength);
        String candidate = key;
        for (int i = 2; taken.test(candidate); i++) {
            candidate = key + "-" + i;
        }
        return candidate;
    }

    /** At most {@code maxLength} characters, without a dangling hyphen. */
    static String truncate(String slug, int maxLength) {
        return slug.length() <= maxLength ? slug : slug.substring(0, maxLength).replaceAll("-+$", "");
    }
}
