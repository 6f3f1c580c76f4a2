package io.briefing.knowledge;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("QuantityBound")
@Description("How the article bounds a figure.")
public enum QuantityBound {
    @Description("Stated as a plain figure.")
    EXACT,
    @Description("A lower bound (\"at least\").")
    AT_LEAST,
    @Description("An upper bound (\"as many as\", \"up to\").")
    UP_TO,
    @Description("An approximation (\"about\").")
    APPROXIMATE,
    @Description("Strictly more than the figure (\"more than\").")
    MORE_THAN
}
