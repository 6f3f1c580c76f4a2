package io.briefing.knowledge;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("QuantityKind")
@Description("What a structured quantity measures.")
public enum QuantityKind {
    @Description("A number of things (containers, shells, tests).")
    COUNT,
    @Description("An amount of money; the unit names the currency.")
    MONEY,
    @Description("A length of time.")
    DURATION,
    @Description("A ratio such as \"nine times\".")
    MULTIPLIER,
    @Description("A percentage.")
    PERCENTAGE,
    @Description("A calendar year.")
    YEAR
}
