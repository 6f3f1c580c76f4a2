package io.briefing.knowledge;

import java.util.Arrays;
import java.util.List;

/** Search words stored in one text column, one per line (topics' keywords, evidence index words). */
public final class Keywords {

    private Keywords() {
    }

    public static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String join(List<String> values) {
        return values == null ? null : String.join("\n", values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }
}
