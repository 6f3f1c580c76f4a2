package io.briefing.curation;

import static io.briefing.GraphQL.asEditor;
import static io.briefing.GraphQL.data;
import static io.briefing.GraphQL.editorErrors;
import static io.briefing.GraphQL.errors;
import static io.briefing.GraphQL.postAs;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.article.Article;
import io.briefing.knowledge.ChangeRecord;
import io.briefing.knowledge.Evidence;
import io.briefing.knowledge.Motive;
import io.briefing.knowledge.Topic;
import io.briefing.snapshot.KnowledgeSnapshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Editors' flows over real requests: ingest, review candidates, curate, and see briefings change. */
@QuarkusTest
class CurationTest {

    static final String INGEST = """
            mutation($i: ArticleInput!) { ingestArticle(input: $i) {
              created article { slug text contentHash artifacts { kind text } }
              candidates { key quote start end version status provenance speaker certainty kind
                           quantities { text value unit kind bound start end } actors { slug } } } }""";
    static final String ARTICLE_COUNT = "{ articles(first: 100) { totalCount } }";

    @Inject
    KnowledgeSnapshots snapshots;

    @AfterEach
    void removeWhatTheTestAdded() {
        QuarkusTransaction.requiringNew().run(() -> {
            Motive.delete("key like ?1", "test-%");
            Topic.delete("slug like ?1", "test-%");
            Article.delete("origin = ?1", io.briefing.article.ArticleOrigin.INGESTED);
            Evidence.delete("provenance = ?1", io.briefing.knowledge.Provenance.EDITOR);
            io.briefing.knowledge.ActorAlias.delete("alias = ?1", "The Hermit Kingdom");
        });
        snapshots.refresh();
    }

    @Test
    void ingestReviewConfirmAttachAndBrief() {
        String text = followUp();
        JsonPath ingested = asEditor(INGEST, Map.of("i", Map.of("title", "Russia and North Korea sign defense pact",
                "text", text, "source", "Test wire", "url", "https://example.org/pact", "publishedOn", "2024-06-20")));
        assertThat(ingested.getBoolean("data.ingestArticle.created")).isTrue();
        String slug = ingested.getString("data.ingestArticle.article.slug");
        assertThat(ingested.getString("data.ingestArticle.article.text")).isEqualTo(text);
        assertThat(ingested.getList("data.ingestArticle.article.artifacts.kind")).contains("PLACEHOLDER_LINE");

        List<Map<String, Object>> candidates = ingested.getList("data.ingestArticle.candidates");
        assertThat(candidates).isNotEmpty().allMatch(c -> c.get("status").equals("CANDIDATE") && c.get("provenance").equals("EXTRACTED"));
        for (Map<String, Object> c : candidates) {
            assertThat(text.substring((int) c.get("start"), (int) c.get("end"))).isEqualTo(c.get("quote"));
            for (Map<String, Object> q : (List<Map<String, Object>>) c.get("quantities")) {
                assertThat(text.substring((int) q.get("start"), (int) q.get("end"))).isEqualTo(q.get("text"));
            }
        }
        Map<String, Object> analysts = candidate(candidates, "Analysts believe");
        assertThat(analysts.get("certainty")).isEqualTo("BELIEVED");
        assertThat(analysts.get("speaker")).isEqualTo("analysts");
        assertThat(analysts.toString()).contains("2 million").contains("UP_TO");
        Map<String, Object> ushakov = candidate(candidates, "Yuri Ushakov told reporters");
        assertThat(ushakov.get("speaker")).isEqualTo("Yuri Ushakov");
        assertThat(ushakov.get("kind")).isEqualTo("STATEMENT");
        Map<String, Object> trade = candidate(candidates, "nine times");
        assertThat(trade.toString()).contains("MULTIPLIER").contains("$34 million").contains("APPROXIMATE");
        assertThat(candidate(candidates, "It is unclear").get("certainty")).isEqualTo("UNCLEAR");

        // A candidate cannot back a motive before an editor confirms it.
        assertThat(editorErrors("mutation($e: String!) { createMotive(input: {key: \"test-too-early\", actor: \"russia\", kind: GOAL, statement: \"s\", evidence: [$e]}) { key } }",
                Map.of("e", analysts.get("key"))).get(0).get("message").toString()).contains("confirm it");

        // Candidates stay out of briefings until confirmed, unless asked for.
        String question = "How many more artillery shells could the pact let Moscow draw on?";
        assertThat(citedKeys(question, false)).doesNotContain((String) analysts.get("key"));
        assertThat(citedKeys(question, true)).contains((String) analysts.get("key"));

        JsonPath confirmed = asEditor("mutation($k: String!, $v: Int!) { confirmEvidence(key: $k, version: $v) { key status version } }",
                Map.of("k", analysts.get("key"), "v", analysts.get("version")));
        assertThat(confirmed.getString("data.confirmEvidence.status")).isEqualTo("CONFIRMED");
        assertThat(citedKeys(question, false)).contains((String) analysts.get("key"));

        // Attach it to what Russia wants, by quoting; the service finds the same span and reuses it.
        int motiveVersion = data("{ motive(key: \"russia-wants-munitions-for-ukraine-war\") { version } }").getInt("data.motive.version");
        JsonPath attached = asEditor("""
                mutation($i: QuoteEvidenceInput!) { attachEvidence(input: $i) {
                  evidence { key start end quote } motive { version evidence { key } } } }""",
                Map.of("i", Map.of("motive", "russia-wants-munitions-for-ukraine-war", "motiveVersion", motiveVersion,
                        "article", slug, "quote", analysts.get("quote"))));
        assertThat(attached.getString("data.attachEvidence.evidence.key")).isEqualTo(analysts.get("key"));
        assertThat(attached.getInt("data.attachEvidence.motive.version")).isEqualTo(motiveVersion + 1);
        JsonPath briefing = data("{ briefing(question: \"What does Russia want?\", depth: DETAILED) { sources { key article { slug } } } }");
        assertThat(briefing.getList("data.briefing.sources.key")).contains(analysts.get("key"));

        // Evidence that backs a motive cannot be rejected (that would silently remove the support).
        int evidenceVersion = data("query($k: String!) { evidenceItem(key: $k) { version } }", Map.of("k", analysts.get("key")))
                .getInt("data.evidenceItem.version");
        assertThat(editorErrors("mutation($k: String!, $v: Int!) { rejectEvidence(key: $k, version: $v) { key } }",
                Map.of("k", analysts.get("key"), "v", evidenceVersion)).get(0).get("message").toString())
                .containsAnyOf("only CANDIDATE", "detach it first");

        // Detach again so the shipped motive is as it was (the motive keeps its curated evidence).
        asEditor("mutation($m: String!, $v: Int!, $e: String!) { detachEvidence(motive: $m, motiveVersion: $v, evidence: $e) { key } }",
                Map.of("m", "russia-wants-munitions-for-ukraine-war", "v", motiveVersion + 1, "e", analysts.get("key")));

        // The change log records who did what.
        List<String> operations = QuarkusTransaction.requiringNew().call(() -> ChangeRecord.<ChangeRecord>list("username", "editor")
                .stream().map(r -> r.operation).toList());
        assertThat(operations).contains("ingestArticle", "confirmEvidence", "attachEvidence", "detachEvidence");
    }

    @Test
    void sameTextTwiceReturnsTheStoredArticle() {
        String text = followUp();
        JsonPath first = asEditor(INGEST, Map.of("i", Map.of("title", "First title", "text", text)));
        int count = data(ARTICLE_COUNT).getInt("data.articles.totalCount");
        JsonPath second = asEditor(INGEST, Map.of("i", Map.of("title", "Another title", "text", text)));
        assertThat(second.getBoolean("data.ingestArticle.created")).isFalse();
        assertThat(second.getString("data.ingestArticle.article.slug")).isEqualTo(first.getString("data.ingestArticle.article.slug"));
        assertThat(data(ARTICLE_COUNT).getInt("data.articles.totalCount")).isEqualTo(count);
    }

    @Test
    void rejectedInputsWriteNothing() {
        int count = data(ARTICLE_COUNT).getInt("data.articles.totalCount");
        String text = followUp();
        assertRejected(Map.of("title", " ", "text", text), "title");
        assertRejected(Map.of("title", "T", "text", " \n "), "text");
        assertRejected(Map.of("title", "T", "text", "x".repeat(210 * 1024)), "200 KB");
        assertRejected(Map.of("title", "T", "text", text, "publishedOn", "2024-13-45"), "YYYY-MM-DD");
        assertRejected(Map.of("title", "T", "text", text, "publishedOn", "yesterday"), "YYYY-MM-DD");
        assertRejected(Map.of("title", "T", "text", text, "url", "javascript:alert(1)"), "http or https");
        assertRejected(Map.of("title", "T", "text", text, "url", "not a url"), "url");
        assertRejected(Map.of("title", "T".repeat(301), "text", text), "title");
        assertThat(data(ARTICLE_COUNT).getInt("data.articles.totalCount")).isEqualTo(count);
    }

    @Test
    void anonymousAndWrongCredentialsAreRefused() {
        int count = data(ARTICLE_COUNT).getInt("data.articles.totalCount");
        Map<String, Object> vars = Map.of("i", Map.of("title", "T", "text", followUp()));
        assertForbidden(errors(INGEST, vars), "send HTTP Basic credentials");
        assertForbidden(postAs("editor", "wrong", INGEST, vars).getList("errors"), "user name or password is wrong");
        assertForbidden(postAs("intruder", "test-only-password", INGEST, vars).getList("errors"), "wrong");
        assertForbidden(errors("mutation { createTopic(input: {name: \"Test anonymous\"}) { slug } }", Map.of()), "editor");
        assertThat(data(ARTICLE_COUNT).getInt("data.articles.totalCount")).isEqualTo(count);
        assertThat(data("{ topic(slug: \"test-anonymous\") { slug } }").getString("data.topic")).isNull();
        // Reads stay public, even with bad credentials.
        assertThat(postAs("editor", "wrong", "{ actors { slug } }", Map.of()).getList("data.actors")).isNotEmpty();
    }

    @Test
    void topicLifecycleWithVersionConflicts() {
        JsonPath created = asEditor("mutation { createTopic(input: {slug: \"test-energy\", name: \"Test energy\", keywords: [\"energy\", \"transport\"]}) { slug version provenance updatedAt } }", Map.of());
        int version = created.getInt("data.createTopic.version");
        assertThat(created.getString("data.createTopic.provenance")).isEqualTo("EDITOR");
        assertThat(asEditor("{ changes(last: 1) { user operation targetKey } }", Map.of()).getString("data.changes[0].targetKey"))
                .isEqualTo("test-energy");
        String update = "mutation($v: Int!, $n: String) { updateTopic(input: {slug: \"test-energy\", version: $v, name: $n}) { name version } }";
        Map<String, Object> vars = new HashMap<>();
        vars.put("v", version);
        vars.put("n", "Test energy and transport");
        JsonPath updated = asEditor(update, vars);
        assertThat(updated.getInt("data.updateTopic.version")).isGreaterThan(version);
        // A second editor still holding the old version is refused, and nothing changes.
        vars.put("n", "Overwritten");
        List<Map<String, Object>> conflict = editorErrors(update, vars);
        assertThat(((Map<?, ?>) conflict.get(0).get("extensions")).get("code")).isEqualTo("conflict");
        assertThat((String) conflict.get(0).get("message")).contains("changed by someone else").contains("version " + version);
        assertThat(data("{ topic(slug: \"test-energy\") { name } }").getString("data.topic.name")).isEqualTo("Test energy and transport");
        assertThat(editorErrors("mutation { createTopic(input: {slug: \"test-energy\", name: \"Again\"}) { slug } }", Map.of())
                .get(0).get("message").toString()).contains("already exists");
        assertThat(editorErrors("mutation { createTopic(input: {name: \"Test nulls\", keywords: [\"a\", null]}) { slug } }", Map.of())
                .get(0).get("message").toString()).contains("empty items");
        assertThat(editorErrors("mutation { createTopic(input: {name: \"   \"}) { slug } }", Map.of())
                .get(0).get("message").toString()).doesNotContain("System error");
        // A motive on the topic is changed by the deletion too: its version moves on.
        asEditor("mutation { createMotive(input: {key: \"test-energy-motive\", actor: \"russia\", kind: GOAL, statement: \"Test.\", topics: [\"test-energy\"], evidence: [\"ev-ushakov-agenda\"]}) { key } }", Map.of());
        int motiveVersion = data("{ motive(key: \"test-energy-motive\") { version } }").getInt("data.motive.version");
        asEditor("mutation($v: Int!) { deleteTopic(slug: \"test-energy\", version: $v) { key } }",
                Map.of("v", updated.getInt("data.updateTopic.version")));
        JsonPath motive = data("{ motive(key: \"test-energy-motive\") { version topics { slug } } }");
        assertThat(motive.getInt("data.motive.version")).isGreaterThan(motiveVersion);
        assertThat(motive.getList("data.motive.topics")).isEmpty();
        assertThat(data("{ topic(slug: \"test-energy\") { slug } }").getString("data.topic")).isNull();
    }

    @Test
    void motivesAndAliasesFeedBriefingsAtOnce() {
        int actorVersion = data("{ actor(slug: \"north-korea\") { version } }").getInt("data.actor.version");
        asEditor("mutation($v: Int!) { addActorAlias(input: {actor: \"north-korea\", version: $v, alias: \"The Hermit Kingdom\"}) { aliases } }",
                Map.of("v", actorVersion));
        assertThat(data("{ actor(slug: \"the hermit kingdom\") { slug } }").getString("data.actor.slug")).isEqualTo("north-korea");
        assertThat(data("{ briefing(question: \"What does the Hermit Kingdom want?\") { interpretation { subject { slug } facet } } }")
                .getString("data.briefing.interpretation.subject.slug")).isEqualTo("north-korea");
        assertThat(editorErrors("mutation($v: Int!) { addActorAlias(input: {actor: \"russia\", version: $v, alias: \"Pyongyang\"}) { slug } }",
                Map.of("v", data("{ actor(slug: \"russia\") { version } }").getInt("data.actor.version"))).get(0).get("message").toString())
                .contains("already an alias of north-korea");

        JsonPath motive = asEditor("""
                mutation { createMotive(input: {key: "test-vietnam-wants-attention", actor: "Hanoi", kind: GOAL,
                  statement: "Test statement about Vietnam.", importance: 5, evidence: ["ev-vietnam-visit"]}) {
                  key actor { slug } evidence { key } version } }""", Map.of());
        assertThat(motive.getString("data.createMotive.actor.slug")).isEqualTo("vietnam");
        JsonPath briefing = data("{ briefing(actor: \"vietnam\", facet: MOTIVES) { coverage points { statement evidence { key } } } }");
        assertThat(briefing.getList("data.briefing.points.statement")).contains("Test statement about Vietnam.");

        // A failure part-way writes nothing: the second evidence key does not exist.
        List<Map<String, Object>> failed = editorErrors("""
                mutation { createMotive(input: {key: "test-half-written", actor: "vietnam", kind: GOAL,
                  statement: "Never stored.", evidence: ["ev-vietnam-visit", "ev-does-not-exist"]}) { key } }""", Map.of());
        assertThat(failed.get(0).get("message").toString()).contains("ev-does-not-exist");
        assertThat(data("{ motive(key: \"test-half-written\") { key } }").getString("data.motive")).isNull();
    }

    @Test
    void mutationsNameActorsAndTopicsAsQueriesDo() {
        // The same words a query accepts (NameLookup): an actor's slug read as words, a topic's name.
        assertThat(data("{ motives(actor: \"north korea\", topic: \"sanctions and un\") { key } }").getList("data.motives")).isNotNull();
        String topicName = data("{ topic(slug: \"sanctions-and-un\") { name } }").getString("data.topic.name");
        JsonPath motive = asEditor("""
                mutation($t: String!) { createMotive(input: {key: "test-named-by-words", actor: "north korea", kind: GOAL,
                  statement: "Test statement.", topics: [$t], evidence: ["ev-vietnam-visit"]}) { actor { slug } topics { slug } } }""",
                Map.of("t", topicName.toUpperCase(java.util.Locale.ROOT)));
        assertThat(motive.getString("data.createMotive.actor.slug")).isEqualTo("north-korea");
        assertThat(motive.getList("data.createMotive.topics.slug")).containsExactly("sanctions-and-un");
        // An unknown name is the same not-found error, listing the valid slugs, on both sides.
        Map<String, Object> error = editorErrors("""
                mutation { createMotive(input: {key: "test-unknown-actor", actor: "France", kind: GOAL,
                  statement: "Never stored.", evidence: ["ev-vietnam-visit"]}) { key } }""", Map.of()).get(0);
        assertThat(error.get("message").toString()).startsWith("Unknown actor 'France' in argument 'input.actor'. Use a slug or alias; valid slugs: ")
                .contains("north-korea");
        assertThat(error.get("extensions").toString()).contains("not-found");
        assertThat(errors("{ motives(actor: \"France\") { key } }").get(0).get("message").toString())
                .startsWith("Unknown actor 'France' in argument 'actor'. Use a slug or alias; valid slugs: ");
    }

    @Test
    void beanValidationOwnsTheShapeOfInputs() {
        // Item lengths and blank updates are refused before the service runs, naming the property.
        Map<String, Object> longKeyword = editorErrors("mutation($k: [String]) { createTopic(input: {name: \"Test long keyword\", keywords: $k}) { slug } }",
                Map.of("k", List.of("ok", "k".repeat(101)))).get(0);
        assertThat(longKeyword.get("message").toString()).contains("keywords").contains("100");
        assertThat(data("{ topic(slug: \"test-long-keyword\") { slug } }").getString("data.topic")).isNull();

        JsonPath created = asEditor("mutation { createTopic(input: {slug: \"test-shape\", name: \"  Test shape  \", keywords: [\"" + "k".repeat(100) + "\"]}) { name version } }", Map.of());
        assertThat(created.getString("data.createTopic.name")).isEqualTo("Test shape");
        Map<String, Object> blank = editorErrors("mutation($v: Int!) { updateTopic(input: {slug: \"test-shape\", version: $v, name: \"   \"}) { name } }",
                Map.of("v", created.getInt("data.createTopic.version"))).get(0);
        assertThat(blank.get("message").toString()).contains("name").contains("must not be blank");
        assertThat(data("{ topic(slug: \"test-shape\") { name } }").getString("data.topic.name")).isEqualTo("Test shape");

        Map<String, Object> noEvidence = editorErrors("mutation { createMotive(input: {key: \"test-no-evidence\", actor: \"russia\", kind: GOAL, statement: \"s\", evidence: []}) { key } }",
                Map.of()).get(0);
        assertThat(noEvidence.get("message").toString()).contains("evidence");
        assertThat(data("{ motive(key: \"test-no-evidence\") { key } }").getString("data.motive")).isNull();
    }

    @Test
    void quotesMustBeInTheArticle() {
        int version = data("{ motive(key: \"north-korea-wants-combat-testing\") { version } }").getInt("data.motive.version");
        Map<String, Object> input = new HashMap<>(Map.of("motive", "north-korea-wants-combat-testing", "motiveVersion", version,
                "article", "putin-visits-pyongyang", "quote", "North Korea wants to win the World Cup."));
        assertThat(editorErrors("mutation($i: QuoteEvidenceInput!) { attachEvidence(input: $i) { evidence { key } } }", Map.of("i", input))
                .get(0).get("message").toString()).contains("Quote not found");
        input.put("quote", "advertise");
        assertThat(editorErrors("mutation($i: QuoteEvidenceInput!) { attachEvidence(input: $i) { evidence { key } } }", Map.of("i", input))
                .get(0).get("message").toString()).contains("appears 5 times").contains("occurrence");
        assertThat(data("{ motive(key: \"north-korea-wants-combat-testing\") { version } }").getInt("data.motive.version")).isEqualTo(version);
    }

    private static void assertRejected(Map<String, Object> input, String fragment) {
        List<Map<String, Object>> errors = editorErrors(INGEST, Map.of("i", input));
        assertThat(errors.get(0).get("message").toString()).contains(fragment).doesNotContain("System error");
    }

    private static void assertForbidden(List<Map<String, Object>> errors, String fragment) {
        assertThat(errors).isNotNull().isNotEmpty();
        assertThat(((Map<?, ?>) errors.get(0).get("extensions")).get("code")).isEqualTo("forbidden");
        assertThat(errors.get(0).get("message").toString()).contains(fragment);
    }

    private static List<String> citedKeys(String question, boolean includeCandidates) {
        return data("query($q: String!, $c: Boolean!) { briefing(question: $q, includeCandidates: $c, depth: DETAILED) { sources { key } } }",
                Map.of("q", question, "c", includeCandidates)).getList("data.briefing.sources.key");
    }

    private static Map<String, Object> candidate(List<Map<String, Object>> candidates, String fragment) {
        return candidates.stream().filter(c -> c.get("quote").toString().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate containing " + fragment + " in " + candidates));
    }

    static String followUp() {
        try (InputStream in = CurationTest.class.getClassLoader().getResourceAsStream("articles/follow-up-report.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
