package io.briefing.knowledge;

import static io.briefing.GraphQL.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The corrected curated base as the running service serves it (issue 9). */
@QuarkusTest
class CorrectedKnowledgeTest {

    @Test
    void theUnPanelItemSupportsTheVetoReadingAndCarriesItsNote() {
        JsonPath r = data("""
                { evidenceItem(key: "ev-un-panel-mandate") { certainty note artifacts { text } }
                  diplomatic: motive(key: "russia-offers-diplomatic-support-at-un") { statement evidence { key } counterEvidence { key } }
                  gains: motive(key: "north-korea-gains-at-the-un") { statement evidence { key } counterEvidence { key } }
                  panel: actor(slug: "un-panel-of-experts") { description } }""");
        assertThat(r.getString("data.evidenceItem.certainty")).isEqualTo("REPORTED");
        assertThat(r.getString("data.evidenceItem.note")).contains("vetoed the renewal").contains("mandate ended");
        assertThat(r.getList("data.evidenceItem.artifacts.text")).isNotEmpty();
        for (String motive : List.of("diplomatic", "gains")) {
            assertThat(r.getList("data." + motive + ".evidence.key")).as(motive).contains("ev-un-panel-mandate");
            assertThat(r.getList("data." + motive + ".counterEvidence.key")).as(motive).doesNotContain("ev-un-panel-mandate");
        }
        assertThat(r.getString("data.diplomatic.statement")).contains("Russia vetoed");
        assertThat(r.getString("data.panel.description")).contains("mandate ended");
        // No motive offers the literal, inverted reading as a counterpoint any more.
        List<Map<String, Object>> motives = data("{ motives { key counterEvidence { key } } }").getList("data.motives");
        assertThat(motives).allSatisfy(m -> assertThat(m.get("counterEvidence").toString()).doesNotContain("ev-un-panel-mandate"));
    }

    @Test
    void defenceMinisterTitlesNeedTheCountryOrTheName() {
        for (String name : List.of("Shin Won-sik", "Shin Won-seok", "South Korean Defense Minister", "South Korea's defence minister",
                "Defense Minister Shin")) {
            assertThat(data("query($s: String!) { actor(slug: $s) { slug } }", Map.of("s", name)).getString("data.actor.slug"))
                    .as(name).isEqualTo("shin-won-seok");
        }
        for (String name : List.of("defense minister", "defence minister", "the Russian defense minister")) {
            assertThat(data("query($s: String!) { actor(slug: $s) { slug } }", Map.of("s", name)).getString("data.actor")).as(name).isNull();
        }
    }

    @Test
    void sourcesAreActorsAndEvidenceNamesItsSources() {
        assertThat(data("{ actors(kind: SOURCE) { slug } }").getList("data.actors.slug"))
                .containsExactlyInAnyOrder("bloomberg", "reuters", "rodong-sinmun", "russian-state-media");
        JsonPath reuters = data("{ evidence(actor: \"Reuters\") { nodes { key certainty sources { slug } } } }");
        assertThat(reuters.getList("data.evidence.nodes.key")).containsExactly("ev-un-monitors-kharkiv-debris", "ev-un-monitors-kharkiv-embargo");
        assertThat(reuters.getList("data.evidence.nodes.certainty")).containsOnly("REPORTED");
        assertThat(reuters.getList("data.evidence.nodes.sources.slug").toString()).contains("reuters");
        JsonPath firstVisit = data("{ evidenceItem(key: \"ev-first-visit-24-years\") { certainty speakerActor { slug } sources { slug kind } } }");
        assertThat(firstVisit.getString("data.evidenceItem.certainty")).isEqualTo("REPORTED");
        assertThat(firstVisit.getString("data.evidenceItem.speakerActor.slug")).isEqualTo("russian-state-media");
        assertThat(firstVisit.getList("data.evidenceItem.sources.slug")).containsExactly("russian-state-media");
        assertThat(data("{ evidenceItem(key: \"ev-video-footage\") { sources { slug } } }").getList("data.evidenceItem.sources")).isEmpty();
        assertThat(data("{ actor(slug: \"Kim's grandfather\") { slug kind represents { slug } } }").getString("data.actor.slug"))
                .isEqualTo("kim-il-sung");
        assertThat(data("{ actor(slug: \"Kharkiv\") { kind } }").getString("data.actor.kind")).isEqualTo("PLACE");
        assertThat(data("{ actor(slug: \"the West\") { kind } }").getString("data.actor.kind")).isEqualTo("GROUP");
    }

    @Test
    void whatDidReutersReport() {
        JsonPath r = data("{ briefing(question: \"What did Reuters report?\") { coverage points { evidence { key } } } }");
        assertThat(r.getString("data.briefing.coverage")).isNotEqualTo("NONE");
        assertThat(r.getList("data.briefing.points[0].evidence.key").toString()).contains("ev-un-monitors-kharkiv");
    }
}
