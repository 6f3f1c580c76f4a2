package io.briefing.briefing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("BriefingDepth")
@Description("How much a briefing says.")
public enum BriefingDepth {
    @Description("One point with one citation: the bottom line.")
    HEADLINE(1, 1),
    @Description("The main points (5 by default), two citations each, and the main caveats.")
    SUMMARY(5, 2),
    @Description("Every relevant point (10 by default) with all its evidence and all counterpoints.")
    DETAILED(10, Integer.MAX_VALUE);

    private final int defaultPoints;
    private final int evidencePerPoint;

    BriefingDepth(int defaultPoints, int evidencePerPoint) {
        this.defaultPoints = defaultPoints;
        this.evidencePerPoint = evidencePerPoint;
    }

    public int defaultPoints() {
        return defaultPoints;
    }

    public int evidencePerPoint() {
        return evidencePerPoint;
    }
}
