package io.briefing.briefing;

/** A briefing request as the API received it, before validation. */
public record BriefingRequest(String question, String actor, String topic, BriefingFacet facet, BriefingDepth depth,
        Integer maxPoints, boolean includeCandidates) {
}
