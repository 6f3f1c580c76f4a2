package io.briefing.briefing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("CaveatKind")
@Description("Why a caveat is attached to a briefing.")
public enum CaveatKind {
    @Description("Evidence in the article that complicates or contradicts a point.")
    COUNTERPOINT,
    @Description("A cited source is uncertain, disputed or an interested party (certainty UNCLEAR, DENIED, CLAIMED or BELIEVED).")
    UNCERTAIN_SOURCE,
    @Description("A cited quote contains scraping artifacts; its cleaned reading is shown, the quote stays verbatim.")
    DAMAGED_TEXT,
    @Description("Part of the question is not covered by the articles (a name or term they never mention).")
    NOT_COVERED,
    @Description("The briefing cites machine-extracted evidence that no editor has confirmed.")
    UNCONFIRMED_EVIDENCE,
    @Description("A point rests on article text that no editor has reviewed: the sentence is quoted exactly, but nobody has checked its reading.")
    UNREVIEWED_TEXT,
    @Description("A point is a motive the service proposed from an ingested article's sentence (\"the union is demanding ...\") and no editor has reviewed yet; it is cited after reviewed motives, with the sentence it was read from.")
    UNREVIEWED_MOTIVE
}
