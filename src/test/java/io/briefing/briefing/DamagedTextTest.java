package io.briefing.briefing;

import static io.briefing.GraphQL.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every curated evidence item whose quote is damaged by scraping artifacts and carries a curator's
 * note is shown with that note wherever a briefing cites it: as the evidence of a point and as a
 * counterpoint, in the caveats and in the Markdown.
 */
@QuarkusTest
public class DamagedTextTest {

    static final String MOTIVES = """
            { motives { key kind actor { slug }
                evidence { key note artifacts { kind } }
                counterEvidence { key note artifacts { kind } } } }""";

    static final String BRIEF = """
            query($actor: String, $facet: BriefingFacet) {
              briefing(actor: $actor, facet: $facet, depth: DETAILED, maxPoints: 20) {
                markdown caveats { kind statement evidence { key } } } }""";

    @Test
    void everyDamagedItemCarriesItsNoteAsPointAndAsCounterpoint() {
        int checkedPoints = 0;
        int checkedCounterpoints = 0;
        for (Map<String, Object> motive : data(MOTIVES).<Map<String, Object>>getList("data.motives")) {
            String actor = (String) ((Map<?, ?>) motive.get("actor")).get("slug");
            String facet = switch ((String) motive.get("kind")) {
                case "OFFER" -> "OFFERS";
                case "CONCERN" -> "CONCERNS";
                default -> "MOTIVES";
            };
            for (String role : List.of("evidence", "counterEvidence")) {
                for (Map<String, Object> e : (List<Map<String, Object>>) motive.get(role)) {
                    if (e.get("note") == null || ((List<?>) e.get("artifacts")).isEmpty()) {
                        continue;
                    }
                    JsonPath b = data(BRIEF, Map.of("actor", actor, "facet", facet));
                    String note = (String) e.get("note");
                    List<Map<String, Object>> citing = b.<Map<String, Object>>getList("data.briefing.caveats").stream()
                            .filter(c -> ((List<Map<String, Object>>) c.get("evidence")).stream().anyMatch(x -> x.get("key").equals(e.get("key"))))
                            .toList();
                    assertThat(citing).as(e.get("key") + " cited in the briefing on " + actor + " " + facet).isNotEmpty();
                    assertThat(citing).as("a caveat citing " + e.get("key") + " carries the curator's note")
                            .anyMatch(c -> ((String) c.get("statement")).contains(note));
                    assertThat(EvaluationSuiteTest.unescape(b.getString("data.briefing.markdown"))).as("Markdown of " + e.get("key")).contains(note);
                    if (role.equals("evidence")) {
                        checkedPoints++;
                    } else {
                        checkedCounterpoints++;
                    }
                }
            }
        }
        assertThat(checkedPoints).as("damaged items cited as points").isPositive();
        assertThat(checkedCounterpoints + checkedPoints).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theUnPanelSentenceIsReadAsTheVetoWithItsNote() {
        JsonPath b = data("""
                { briefing(question: "What did Russia do about the U.N. panel of experts?", depth: DETAILED) {
                    markdown points { statement evidence { key } } caveats { kind statement evidence { key } } } }""");
        String markdown = EvaluationSuiteTest.unescape(b.getString("data.briefing.markdown"));
        assertThat(markdown).containsIgnoringCase("veto").contains("Curator's note");
        // The damaged quote is never presented as a verbatim claim that Russia "extended" the mandate.
        assertThat(b.getList("data.briefing.points.statement", String.class))
                .noneMatch(s -> s.contains("\u201CBooming relations") && s.contains("has extended"));
    }
}
