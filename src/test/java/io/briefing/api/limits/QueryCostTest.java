package io.briefing.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Document;
import graphql.parser.Parser;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The cost analysis on parsed documents alone: no engine, no HTTP. */
class QueryCostTest {

    private static QueryCost.Verdict check(String query) {
        return check(query, Map.of());
    }

    private static QueryCost.Verdict check(String query, Map<String, Object> variables) {
        Document document = Parser.parse(query);
        return QueryCost.check(document, (String) null, variables, Limits.defaults());
    }

    @Test
    void theFragmentBombIsCountedNotExpanded() {
        long started = System.nanoTime();
        QueryCost.Verdict verdict = check(Documents.fragmentBomb(24));
        long micros = (System.nanoTime() - started) / 1000;
        assertThat(verdict.refused()).isTrue();
        // 2 + 4 + ... + 2^24 spreads below the query's own spread, and 2^24 headline fields.
        assertThat(verdict.measure().spreads()).isEqualTo((1L << 25) - 1);
        assertThat(verdict.measure().fields()).isEqualTo((1L << 24) + 1);
        assertThat(verdict.refusal()).contains("33554431 fragment spreads").contains("limit is 500");
        assertThat(micros).as("measuring must not expand").isLessThan(200_000);
    }

    @Test
    void aFarDeeperBombSaturatesInsteadOfOverflowing() {
        QueryCost.Verdict verdict = check(Documents.fragmentBomb(200));
        assertThat(verdict.refused()).isTrue();
        assertThat(verdict.measure().spreads()).isEqualTo(QueryCost.SATURATED);
        assertThat(verdict.refusal()).contains("more than");
    }

    @Test
    void smallFragmentsAreFine() {
        QueryCost.Verdict verdict = check(Documents.fragmentBomb(3));
        assertThat(verdict.refused()).isFalse();
        assertThat(verdict.measure().spreads()).isEqualTo(15);
        assertThat(verdict.measure().fields()).isEqualTo(9);
        assertThat(verdict.measure().depth()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"graphiql", "graphql-js-default", "graphql-js-all-options", "apollo-codegen"})
    void standardIntrospectionQueriesPassTheirOwnRule(String client) {
        QueryCost.Verdict verdict = check(Documents.introspection(client));
        assertThat(verdict.introspection()).isTrue();
        assertThat(verdict.refusal()).isNull();
        // Deeper than the general limit: only the introspection rule lets them through.
        assertThat(verdict.measure().depth()).isGreaterThan(12).isLessThanOrEqualTo(20);
    }

    @Test
    void depthCountsThroughFragments() {
        String deep = "{ actors " + "{ represents ".repeat(12) + "{ slug }" + " }".repeat(12) + " }";
        assertThat(check(deep).refusal()).contains("14 levels deep; the limit is 12");
        String viaFragment = "{ actors { ...R } } fragment R on Actor " + "{ represents ".repeat(11) + "{ slug }" + " }".repeat(11);
        assertThat(check(viaFragment).measure().depth()).isEqualTo(13);
        assertThat(check(viaFragment).refused()).isTrue();
        assertThat(check("{ actors { represents { slug } } }").refused()).isFalse();
    }

    @Test
    void introspectionHasItsOwnDepthLimit() {
        String hostile = "{ __schema { types " + "{ fields { type ".repeat(10) + "{ name }" + " } }".repeat(10) + " } }";
        QueryCost.Verdict verdict = check(hostile);
        assertThat(verdict.introspection()).isTrue();
        assertThat(verdict.refusal()).contains("the limit is 20 for introspection queries");
        // Mixing one ordinary field in makes it an ordinary document with the ordinary limit.
        String mixed = "{ actors { slug } __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }";
        assertThat(check(mixed).introspection()).isFalse();
        assertThat(check(mixed).refusal()).contains("the limit is 12");
    }

    @Test
    void briefingsAreCappedAndWeighed() {
        assertThat(check(Documents.aliasedBriefings(10)).refused()).isFalse();
        assertThat(check(Documents.aliasedBriefings(10)).measure().cost()).isEqualTo(10 * 51);
        assertThat(check(Documents.aliasedBriefings(11)).refusal()).contains("11 briefings; the limit is 10");
        // The 1,000 aliases fitted under the old complexity limit of 2,000.
        assertThat(check(Documents.aliasedBriefings(1000)).refused()).isTrue();
        // Briefings hidden in spreads count too.
        assertThat(check("{ ...B ...B } fragment B on Query { " + Documents.aliasedBriefings(6).substring(1)).measure().briefings())
                .isEqualTo(12);
    }

    @Test
    void connectionsCostTheirPageSize() {
        // evidence and nodes once, each item's fields once per item.
        assertThat(check("{ evidence(first: 5) { nodes { quote start end } } }").measure().cost()).isEqualTo(2 + 5 * 3);
        assertThat(check("{ evidence { nodes { quote } } }").measure().cost()).isEqualTo(2 + 20);
        assertThat(check("query ($n: Int) { evidence(first: $n) { nodes { quote } } }", Map.of("n", 50)).measure().cost())
                .isEqualTo(2 + 50);
        assertThat(check("{ evidence(first: 10) { ...Page } } fragment Page on EvidenceConnection { edges { cursor node { quote } } }")
                .measure().cost()).isEqualTo(2 + 10 * 3);
        // Counts and page info are resolved once, whatever the page size.
        assertThat(check("{ articles(first: 100) { totalCount pageInfo { endCursor } } }").measure().cost()).isEqualTo(4);
        // Out-of-range page sizes are the resolver's to refuse; the cost uses the largest page.
        assertThat(check("{ evidence(first: 99999999999999999999) { nodes { quote } } }").measure().cost()).isEqualTo(2 + 100);
        String nested = "{ evidence(first: 100) { nodes { motives { statement actors { slug name aliases kind } } quote start end speaker } } }";
        assertThat(check(nested).measure().cost()).isGreaterThan(1000);
        String wide = "{ evidence(first: 100) { nodes { " + "quote ".repeat(30) + "} } }";
        assertThat(check(wide).refusal()).contains("the limit is 2000");
    }

    @Test
    void fragmentCyclesAreLeftToTheValidator() {
        QueryCost.Verdict verdict = check("{ actors { ...F } } fragment F on Actor { slug ...F }");
        assertThat(verdict.refused()).isFalse();
    }

    @Test
    void anOperationThatCannotBeChosenIsLeftToTheEngine() {
        assertThat(QueryCost.check(Parser.parse("query A { __typename } query B { __typename }"), (String) null, Map.of(),
                Limits.defaults()).refused()).isFalse();
        assertThat(QueryCost.check(Parser.parse("query A { __typename } query B { " + Documents.aliasedBriefings(20).substring(1)),
                "B", Map.of(), Limits.defaults()).refused()).isTrue();
    }
}
