package io.briefing.curation;

import static io.briefing.GraphQL.asEditor;
import static io.briefing.GraphQL.data;
import static io.briefing.GraphQL.editorErrors;
import static io.briefing.GraphQL.errors;
import static io.briefing.GraphQL.postAs;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.article.Article;
import io.briefing.article.ArticleOrigin;
import io.briefing.knowledge.Actor;
import io.briefing.knowledge.ChangeRecord;
import io.briefing.knowledge.Motive;
import io.briefing.knowledge.Provenance;
import io.briefing.snapshot.KnowledgeSnapshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An article on a subject the knowledge base knows nothing about becomes knowledge on ingestion:
 * CANDIDATE actors and motives, reviewed through confirm/reject mutations, and briefings that answer
 * "What does the union want?" from them, with exact quotes and a caveat.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class CandidateKnowledgeTest {

    /** A made-up port strike: no name in it is an actor of the shipped knowledge base. */
    static final String STRIKE = """
            Dock workers at Vellmar halt the port

            The Baltic Dockworkers' Federation (BDF) said on Tuesday that crane operators at the port of Vellmar would stop work from Monday. The federation is demanding a wage increase of 7 percent and an end to twelve-hour shifts.

            "Our members are exhausted," said federation president Jonas Lindqvist. Lindqvist said the federation also fears that automation will replace two hundred jobs by 2027.

            Vellmar Terminals' chief executive, Hanna Oberg, said talks would continue. Vellmar Terminals has offered a 3 percent rise. Oberg warned that a long strike would divert ships to Gdańsk and cost the terminal 2 million euros a week.
            """;

    static final String INGEST = """
            mutation($i: ArticleInput!) { ingestArticle(input: $i) {
              created article { slug text }
              candidateActors { slug name kind status aliases description version represents { slug } }
              candidateMotives { key kind status statement version actor { slug name status }
                                 evidence { key quote start end status } } } }""";

    @Inject
    KnowledgeSnapshots snapshots;

    @AfterEach
    void removeWhatTheTestAdded() {
        QuarkusTransaction.requiringNew().run(() -> {
            Motive.delete("provenance", Provenance.EXTRACTED);
            Article.delete("origin", ArticleOrigin.INGESTED);
            Actor.update("represents = null where provenance = ?1", Provenance.EXTRACTED);
            Actor.delete("provenance", Provenance.EXTRACTED);
        });
        snapshots.refresh();
    }

    private static JsonPath ingest() {
        return asEditor(INGEST, Map.of("i", Map.of("title", "Dock workers at Vellmar halt the port", "text", STRIKE,
                "publishedOn", "2025-03-04")));
    }

    private static Map<String, Object> byName(List<Map<String, Object>> items, String name) {
        return items.stream().filter(a -> name.equals(a.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + items));
    }

    @Test
    void ingestionProposesActorsAndMotivesBackedByExactQuotes() {
        JsonPath ingested = ingest();
        String text = ingested.getString("data.ingestArticle.article.text");
        List<Map<String, Object>> actors = ingested.getList("data.ingestArticle.candidateActors");

        Map<String, Object> federation = byName(actors, "Baltic Dockworkers' Federation");
        assertThat(federation.get("kind")).isEqualTo("ORGANIZATION");
        assertThat(federation.get("status")).isEqualTo("CANDIDATE");
        assertThat((List<Object>) federation.get("aliases")).contains("BDF", "the federation");
        Map<String, Object> lindqvist = byName(actors, "Jonas Lindqvist");
        assertThat(lindqvist.get("kind")).isEqualTo("PERSON");
        assertThat((List<Object>) lindqvist.get("aliases")).contains("Lindqvist");
        assertThat(lindqvist.get("description").toString()).contains("federation president");
        Map<String, Object> oberg = byName(actors, "Hanna Oberg");
        assertThat(oberg.get("kind")).isEqualTo("PERSON");
        assertThat(((Map<?, ?>) oberg.get("represents")).get("slug")).isEqualTo(byName(actors, "Vellmar Terminals").get("slug"));
        assertThat(byName(actors, "Vellmar").get("kind")).isEqualTo("PLACE");
        assertThat(actors).noneMatch(a -> List.of("Tuesday", "Monday", "Our", "Gdańsk Vellmar").contains(a.get("name")));

        List<Map<String, Object>> motives = ingested.getList("data.ingestArticle.candidateMotives");
        assertThat(motives).extracting(m -> ((Map<?, ?>) m.get("actor")).get("name") + ":" + m.get("kind"))
                .contains("Baltic Dockworkers' Federation:GOAL", "Baltic Dockworkers' Federation:CONCERN", "Hanna Oberg:CONCERN",
                        "Vellmar Terminals:OFFER");
        for (Map<String, Object> motive : motives) {
            assertThat(motive.get("status")).isEqualTo("CANDIDATE");
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) motive.get("evidence");
            assertThat(evidence).isNotEmpty();
            for (Map<String, Object> e : evidence) {
                assertThat(text.substring((Integer) e.get("start"), (Integer) e.get("end"))).isEqualTo(e.get("quote"));
                assertThat(e.get("status")).isEqualTo("CANDIDATE");
            }
        }
        Map<String, Object> demand = motives.stream().filter(m -> "GOAL".equals(m.get("kind"))
                && m.get("statement").toString().startsWith("Baltic Dockworkers' Federation is demanding")).findFirst().orElseThrow();
        assertThat(((List<Map<String, Object>>) demand.get("evidence")).get(0).get("quote").toString())
                .startsWith("The federation is demanding a wage increase of 7 percent");

        // Listed only when asked for; the one-actor look-up finds a candidate by any alias.
        assertThat(data("{ actors { slug } }").getList("data.actors.slug")).doesNotContain(federation.get("slug"));
        assertThat(data("{ actors(includeCandidates: true) { slug } }").getList("data.actors.slug")).contains(federation.get("slug"));
        assertThat(data("{ actor(slug: \"BDF\") { slug status } }").getString("data.actor.status")).isEqualTo("CANDIDATE");
        assertThat(data("{ motives { key } }").getList("data.motives.key")).doesNotContain(demand.get("key"));
        List<String> withCandidates = data("{ motives(includeCandidates: true) { key status } }").getList("data.motives.status");
        assertThat(withCandidates).contains("CANDIDATE");
        assertThat(withCandidates.indexOf("CANDIDATE")).isGreaterThan(withCandidates.lastIndexOf("CONFIRMED"));

        // The same text again proposes nothing new and names what is still awaiting review.
        JsonPath again = ingest();
        assertThat(again.getBoolean("data.ingestArticle.created")).isFalse();
        assertThat(again.getList("data.ingestArticle.candidateMotives.key")).containsExactlyInAnyOrderElementsOf(
                motives.stream().map(m -> m.get("key")).toList());
    }

    @Test
    void whatTheArticleCallsANewBodyStatesItsMotives() {
        String solar = """
                Brightmoor plans a bigger campus

                The Oslo-based software company Brightmoor Systems wants to double its campus at Tansey. The company also promises to build a solar farm next to the campus.
                """;
        JsonPath ingested = asEditor(INGEST, Map.of("i", Map.of("title", "Brightmoor plans a bigger campus", "text", solar,
                "publishedOn", "2025-03-05")));
        List<Map<String, Object>> motives = ingested.getList("data.ingestArticle.candidateMotives");
        assertThat(motives).extracting(m -> ((Map<?, ?>) m.get("actor")).get("name") + ":" + m.get("kind"))
                .as("'The company also promises': the software company named before").contains("Brightmoor Systems:OFFER");
    }

    @Test
    void briefingAnswersFromCandidateMotivesWithExactQuotesAndACaveat() {
        String text = ingest().getString("data.ingestArticle.article.text");
        JsonPath briefing = data("""
                { briefing(question: "What does the federation want?") {
                    coverage headline interpretation { subject { slug } method }
                    points { statement evidence { quote start end status } } caveats { kind statement } markdown } }""");
        assertThat(briefing.getString("data.briefing.coverage")).isNotEqualTo("NONE");
        assertThat(briefing.getString("data.briefing.interpretation.method")).isEqualTo("MOTIVES");
        List<Map<String, Object>> points = briefing.getList("data.briefing.points");
        assertThat(points).isNotEmpty();
        assertThat(points.get(0).get("statement").toString()).contains("demanding a wage increase of 7 percent");
        for (Map<String, Object> point : points) {
            for (Map<String, Object> e : (List<Map<String, Object>>) point.get("evidence")) {
                assertThat(text.substring((Integer) e.get("start"), (Integer) e.get("end"))).isEqualTo(e.get("quote"));
            }
        }
        assertThat(briefing.getList("data.briefing.caveats.kind")).contains("UNREVIEWED_MOTIVE");
        assertThat(briefing.getString("data.briefing.markdown")).contains("Unreviewed motive");

        // Reviewed knowledge first: the shipped article's curated motives are untouched by candidates.
        JsonPath curated = data("{ briefing(question: \"What does North Korea want?\") { caveats { kind } } }");
        assertThat(curated.getList("data.briefing.caveats.kind")).doesNotContain("UNREVIEWED_MOTIVE");
    }

    @Test
    void editorsConfirmAndRejectActorsAndMotives() {
        JsonPath ingested = ingest();
        List<Map<String, Object>> actors = ingested.getList("data.ingestArticle.candidateActors");
        List<Map<String, Object>> motives = ingested.getList("data.ingestArticle.candidateMotives");
        Map<String, Object> federation = byName(actors, "Baltic Dockworkers' Federation");
        String slug = (String) federation.get("slug");
        int version = (Integer) federation.get("version");
        Map<String, Object> goal = motives.stream().filter(m -> "GOAL".equals(m.get("kind"))
                && slug.equals(((Map<?, ?>) m.get("actor")).get("slug"))).findFirst().orElseThrow();
        String confirmActor = "mutation($s: String!, $v: Int!) { confirmActor(slug: $s, version: $v) { slug status version } }";
        String confirmMotive = "mutation($k: String!, $v: Int!) { confirmMotive(key: $k, version: $v) { key status evidence { key status } } }";
        String rejectActor = "mutation($s: String!, $v: Int!) { rejectActor(slug: $s, version: $v) { type key } }";
        String rejectMotive = "mutation($k: String!, $v: Int!) { rejectMotive(key: $k, version: $v) { type key } }";

        // Not an editor: refused, nothing changes.
        List<Map<String, Object>> anonymous = errors(confirmActor, Map.of("s", slug, "v", version));
        assertThat(code(anonymous)).isEqualTo("forbidden");
        assertThat(code(postAs("editor", "wrong-password", confirmActor, Map.of("s", slug, "v", version)).getList("errors")))
                .isEqualTo("forbidden");
        // Bad input: typed errors naming the problem.
        assertThat(code(editorErrors(confirmActor, Map.of("s", "no-such-actor", "v", 0)))).isEqualTo("not-found");
        assertThat(code(editorErrors(confirmActor, Map.of("s", slug, "v", version + 5)))).isEqualTo("conflict");
        List<Map<String, Object>> early = editorErrors(confirmMotive, Map.of("k", goal.get("key"), "v", goal.get("version")));
        assertThat(code(early)).isEqualTo("bad-input");
        assertThat(early.get(0).get("message").toString()).contains("confirm the actor");
        assertThat(code(editorErrors(rejectActor, Map.of("s", "russia", "v", data("{ actor(slug: \"russia\") { version } }")
                .getInt("data.actor.version"))))).isEqualTo("bad-input");

        // Confirm the federation, then its goal (which confirms the sentence it rests on).
        JsonPath confirmed = asEditor(confirmActor, Map.of("s", slug, "v", version));
        assertThat(confirmed.getString("data.confirmActor.status")).isEqualTo("CONFIRMED");
        assertThat(editorErrors(confirmActor, Map.of("s", slug, "v", confirmed.getInt("data.confirmActor.version")))
                .get(0).get("message").toString()).contains("already confirmed");
        JsonPath motive = asEditor(confirmMotive, Map.of("k", goal.get("key"), "v", goal.get("version")));
        assertThat(motive.getString("data.confirmMotive.status")).isEqualTo("CONFIRMED");
        assertThat(motive.getList("data.confirmMotive.evidence.status")).containsOnly("CONFIRMED");
        assertThat(data("{ actors { slug } }").getList("data.actors.slug")).contains(slug);
        int goalVersion = data("query($k: String!) { motive(key: $k) { version } }", Map.of("k", goal.get("key"))).getInt("data.motive.version");
        List<Map<String, Object>> reviewed = editorErrors(rejectMotive, Map.of("k", goal.get("key"), "v", goalVersion));
        assertThat(code(reviewed)).isEqualTo("bad-input");
        assertThat(reviewed.get(0).get("message").toString()).contains("only CANDIDATE");

        // Reject a candidate person: gone, with the motive and evidence only she had.
        Map<String, Object> oberg = byName(actors, "Hanna Oberg");
        List<String> obergMotives = motives.stream().filter(m -> oberg.get("slug").equals(((Map<?, ?>) m.get("actor")).get("slug")))
                .map(m -> (String) m.get("key")).toList();
        assertThat(obergMotives).isNotEmpty();
        assertThat(asEditor(rejectActor, Map.of("s", oberg.get("slug"), "v", oberg.get("version"))).getString("data.rejectActor.type"))
                .isEqualTo("Actor");
        assertThat(data("query($s: String!) { actor(slug: $s) { slug } }", Map.of("s", oberg.get("slug"))).getString("data.actor")).isNull();
        assertThat(data("query($s: String!) { actor(slug: $s) { slug } }", Map.of("s", "Oberg")).getString("data.actor")).isNull();
        for (String key : obergMotives) {
            assertThat(data("query($k: String!) { motive(key: $k) { key } }", Map.of("k", key)).getString("data.motive")).isNull();
        }

        // Reject a candidate motive: gone; unknown and stale are typed errors.
        Map<String, Object> concern = motives.stream().filter(m -> "CONCERN".equals(m.get("kind"))
                && slug.equals(((Map<?, ?>) m.get("actor")).get("slug"))).findFirst().orElseThrow();
        assertThat(code(editorErrors(rejectMotive, Map.of("k", concern.get("key"), "v", (Integer) concern.get("version") + 3))))
                .isEqualTo("conflict");
        asEditor(rejectMotive, Map.of("k", concern.get("key"), "v", concern.get("version")));
        assertThat(data("query($k: String!) { motive(key: $k) { key } }", Map.of("k", concern.get("key"))).getString("data.motive")).isNull();
        assertThat(code(editorErrors(rejectMotive, Map.of("k", concern.get("key"), "v", 0)))).isEqualTo("not-found");

        List<String> operations = QuarkusTransaction.requiringNew().call(() -> ChangeRecord.<ChangeRecord>list("username", "editor")
                .stream().map(r -> r.operation).toList());
        assertThat(operations).contains("confirmActor", "confirmMotive", "rejectActor", "rejectMotive");
    }

    private static String code(List<Map<String, Object>> errors) {
        assertThat(errors).isNotEmpty();
        assertThat(errors.get(0).get("message").toString()).doesNotContain("System error");
        return (String) ((Map<?, ?>) errors.get(0).get("extensions")).get("code");
    }
}
