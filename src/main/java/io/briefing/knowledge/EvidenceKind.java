package io.briefing.knowledge;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("EvidenceKind")
@Description("What an evidence item is.")
public enum EvidenceKind {
    @Description("Something a person or government said, wrote or pledged.")
    STATEMENT,
    @Description("A figure is the point: counts, money, durations.")
    STATISTIC,
    @Description("An account of events by media, agencies or officials.")
    REPORT,
    @Description("Interpretation by the article or by analysts.")
    ANALYSIS,
    @Description("Something shown or observed: footage, images, events on the ground.")
    OBSERVATION
}
