package io.briefing.briefing;

/** A briefing request as the API received it, before validation; {@code article} is the slug of the one article to answer from, or null for all. */
public record BriefingRequest(String question, String actor, String topic, String article, BriefingFacet facet, BriefingDepth depth,
        Integer maxPoints, boolean includeCandidates) {
}
