package io.briefing.web;

import io.briefing.article.ArtifactKind;
import io.briefing.briefing.CaveatKind;
import io.briefing.briefing.Coverage;
import io.briefing.knowledge.Certainty;
import java.util.Locale;

/** The page's words for the API's enum values, so a reader never has to decode a constant. */
final class Words {

    private Words() {
    }

    static String certainty(Certainty certainty) {
        return switch (certainty) {
            case CONFIRMED -> "confirmed";
            case REPORTED -> "reported";
            case CLAIMED -> "claimed";
            case BELIEVED -> "believed";
            case DENIED -> "denied";
            case UNCLEAR -> "unclear";
        };
    }

    static String certaintyMeaning(Certainty certainty) {
        return switch (certainty) {
            case CONFIRMED -> "confirmed by an authoritative check or plainly observed";
            case REPORTED -> "reported by a named outlet or official body, not independently confirmed";
            case CLAIMED -> "asserted by an interested party";
            case BELIEVED -> "an assessment or expectation";
            case DENIED -> "a denial by the party concerned";
            case UNCLEAR -> "the article says the matter is unclear";
        };
    }

    static String coverage(Coverage coverage) {
        return switch (coverage) {
            case FULL -> "Covered: the articles answer this question";
            case PARTIAL -> "Partly covered: some of the question is not in the articles";
            case NONE -> "Not covered: the articles do not cover this question";
        };
    }

    static String caveat(CaveatKind kind) {
        return switch (kind) {
            case COUNTERPOINT -> "Counterpoint";
            case UNCERTAIN_SOURCE -> "Uncertain source";
            case DAMAGED_TEXT -> "Damaged text";
            case NOT_COVERED -> "Not in the articles";
            case UNCONFIRMED_EVIDENCE -> "Unconfirmed evidence";
            case UNREVIEWED_TEXT -> "Unreviewed text";
            case UNREVIEWED_MOTIVE -> "Unreviewed motive";
        };
    }

    static String artifact(ArtifactKind kind) {
        return switch (kind) {
            case PLACEHOLDER_LINE -> "placeholder line";
            case FUSED_WORDS -> "fused words";
            case MISSING_SPACE -> "missing space";
            case RUN_ON_WORDS -> "run-on words";
        };
    }

    static String cssName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
