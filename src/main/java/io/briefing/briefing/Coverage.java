package io.briefing.briefing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Coverage")
@Description("How well the knowledge base covers a question.")
public enum Coverage {
    @Description("The question is answered from curated motives or strongly matching evidence.")
    FULL,
    @Description("Only part of the question is covered (some names or terms are absent, or matches are weak); see caveats.")
    PARTIAL,
    @Description("The articles do not address the question; the briefing has no points.")
    NONE
}
