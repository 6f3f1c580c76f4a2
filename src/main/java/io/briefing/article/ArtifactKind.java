package io.briefing.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ArtifactKind")
@Description("The kind of scraping artifact found in an article's raw text. Artifacts are flagged, never removed from the stored text.")
public enum ArtifactKind {
    @Description("A stand-alone line left by an advertisement slot, such as \"advertise\".")
    PLACEHOLDER_LINE,
    @Description("Link text fused to a neighbouring word with no space, seen as a lower-case letter followed by a capital (\"MoscowOpened\", \"vetoRussia\").")
    FUSED_WORDS,
    @Description("Two sentences joined without a space after the full stop (\"relations.President\").")
    MISSING_SPACE,
    @Description("Two lower-case words run together (\"downand\", \"arsenalthereby\"), found because the token is not an English word but splits into two.")
    RUN_ON_WORDS
}
