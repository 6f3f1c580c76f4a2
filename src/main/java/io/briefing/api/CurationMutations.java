package io.briefing.api;

import static io.briefing.curation.Operation.*;

import io.briefing.curation.CurationInputs.AliasInput;
import io.briefing.curation.CurationInputs.ArticleInput;
import io.briefing.curation.CurationInputs.MotiveInput;
import io.briefing.curation.CurationInputs.MotiveUpdate;
import io.briefing.curation.CurationInputs.QuoteEvidenceInput;
import io.briefing.curation.CurationInputs.TopicInput;
import io.briefing.curation.CurationInputs.TopicUpdate;
import io.briefing.curation.CurationService;
import io.briefing.curation.IngestionService;
import io.briefing.curation.KnowledgeWriter;
import io.briefing.curation.Operation;
import io.briefing.snapshot.ActorView;
import io.briefing.snapshot.ArticleView;
import io.briefing.snapshot.EvidenceView;
import io.briefing.snapshot.KnowledgeSnapshot;
import io.briefing.snapshot.MotiveView;
import io.briefing.snapshot.TopicView;
import io.briefing.security.EditorOperation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Editors' mutations. Every one needs HTTP Basic credentials with the editor role (Quarkus security:
 * {@code @RolesAllowed("editor")}, refusals as "forbidden" GraphQL errors by {@link EditorOperation}), runs in one
 * transaction (a failure writes nothing), is recorded in the change log, and returns the record as
 * the new snapshot already shows it, so the next briefing reflects the change.
 */
@GraphQLApi
@EditorOperation
@RolesAllowed(io.briefing.security.EditorIdentityProvider.EDITOR_ROLE)
public class CurationMutations {

    private final KnowledgeWriter writer;
    private final CurationService curation;
    private final IngestionService ingestion;

    public CurationMutations(KnowledgeWriter writer, CurationService curation, IngestionService ingestion) {
        this.writer = writer;
        this.curation = curation;
        this.ingestion = ingestion;
    }

    @Mutation
    @NonNull
    @Description("Stores an article byte-for-byte, flags scraping artifacts and proposes CANDIDATE evidence, CANDIDATE actors (people, organisations, places, countries it names that are no actor yet) and CANDIDATE motives (sentences where an actor wants, demands, fears, warns, offers, pledges ...). The same text again returns the stored article (created: false). Limits: title 1-300 characters, text at most 200 KB, url absolute http(s), publishedOn YYYY-MM-DD.")
    public IngestArticlePayload ingestArticle(@NonNull @Valid @Description("The article.") ArticleInput input) {
        var written = writer.write(INGEST_ARTICLE, () -> ingestion.prepare(input),
                (change, prepared) -> ingestion.ingest(change, input, prepared));
        KnowledgeSnapshot snapshot = written.snapshot();
        ArticleView article = published(snapshot.article(written.result().slug()), written.result().slug());
        List<EvidenceView> candidates = written.result().candidates().stream()
                .map(key -> published(snapshot.evidence(key), key)).toList();
        List<ActorView> actors = written.result().actors().stream().map(slug -> published(snapshot.actor(slug), slug)).toList();
        List<MotiveView> motives = written.result().motives().stream().map(key -> published(snapshot.motive(key), key)).toList();
        return new IngestArticlePayload(article, written.result().created(), candidates, actors, motives);
    }

    @Mutation
    @NonNull
    @Description("Creates a topic.")
    public TopicView createTopic(@NonNull @Valid @Description("The new topic.") TopicInput input) {
        var written = writer.write(CREATE_TOPIC, change -> curation.createTopic(change, input));
        return published(written.snapshot().topic(written.result()), written.result());
    }

    @Mutation
    @NonNull
    @Description("Changes a topic. Send the version you read; a stale version is a conflict error.")
    public TopicView updateTopic(@NonNull @Valid @Description("The changes.") TopicUpdate input) {
        var written = writer.write(UPDATE_TOPIC, change -> curation.updateTopic(change, input));
        return published(written.snapshot().topic(written.result()), written.result());
    }

    @Mutation
    @NonNull
    @Description("Deletes a topic and its links to motives and evidence (the motives and evidence stay).")
    public DeletedRecord deleteTopic(@NonNull @Description("The topic's slug.") String slug,
            @NonNull @Description("The version you read.") Integer version) {
        return delete(DELETE_TOPIC, change -> curation.deleteTopic(change, slug, version));
    }

    @Mutation
    @NonNull
    @Description("Creates a motive backed by existing evidence (by key).")
    public MotiveView createMotive(@NonNull @Valid @Description("The new motive.") MotiveInput input) {
        var written = writer.write(CREATE_MOTIVE, change -> curation.createMotive(change, input));
        return published(written.snapshot().motive(written.result()), written.result());
    }

    @Mutation
    @NonNull
    @Description("Changes a motive. Send the version you read; a stale version is a conflict error.")
    public MotiveView updateMotive(@NonNull @Valid @Description("The changes.") MotiveUpdate input) {
        var written = writer.write(UPDATE_MOTIVE, change -> curation.updateMotive(change, input));
        return published(written.snapshot().motive(written.result()), written.result());
    }

    @Mutation
    @NonNull
    @Description("Deletes a motive (its evidence stays).")
    public DeletedRecord deleteMotive(@NonNull @Description("The motive's key.") String key,
            @NonNull @Description("The version you read.") Integer version) {
        return delete(DELETE_MOTIVE, change -> curation.deleteMotive(change, key, version));
    }

    @Mutation
    @NonNull
    @Description("Adds an alias to an actor. An alias already used by any actor is refused.")
    public ActorView addActorAlias(@NonNull @Valid @Description("The actor, its version and the alias.") AliasInput input) {
        var written = writer.write(ADD_ACTOR_ALIAS, change -> curation.addAlias(change, input));
        return published(written.snapshot().actor(written.result()), written.result());
    }

    @Mutation
    @NonNull
    @Description("Removes an alias from an actor.")
    public ActorView removeActorAlias(@NonNull @Valid @Description("The actor, its version and the alias.") AliasInput input) {
        var written = writer.write(REMOVE_ACTOR_ALIAS, change -> curation.removeAlias(change, input));
        return published(written.snapshot().actor(written.result()), written.result());
    }

    @Mutation
    @NonNull
    @Description("Attaches evidence to a motive by quoting an article verbatim. The service finds the quote's offsets (give `occurrence` when it repeats) and refuses a quote that is not in the article. Reuses an existing evidence item with the same span.")
    public AttachEvidencePayload attachEvidence(@NonNull @Valid @Description("The motive and the quote.") QuoteEvidenceInput input) {
        var written = writer.write(ATTACH_EVIDENCE, change -> curation.attachQuote(change, input));
        KnowledgeSnapshot snapshot = written.snapshot();
        return new AttachEvidencePayload(published(snapshot.motive(input.motive()), input.motive()),
                published(snapshot.evidence(written.result()), written.result()));
    }

    @Mutation
    @NonNull
    @Description("Detaches an evidence item from a motive. A motive's last supporting evidence cannot be detached.")
    public MotiveView detachEvidence(@NonNull @Description("The motive's key.") String motive,
            @NonNull @Description("The motive's version you read.") Integer motiveVersion,
            @NonNull @Description("The evidence key.") String evidence) {
        var written = writer.write(DETACH_EVIDENCE, change -> curation.detachEvidence(change, motive, motiveVersion, evidence));
        return published(written.snapshot().motive(written.result()), written.result());
    }

    @Mutation
    @NonNull
    @Description("Confirms a CANDIDATE actor that ingestion proposed, so it is listed and used as reviewed knowledge. Errors: not-found for an unknown slug, bad-input when it is already confirmed, conflict for a stale version.")
    public ActorView confirmActor(@NonNull @Description("The actor's slug.") String slug,
            @NonNull @Description("The version you read.") Integer version) {
        var written = writer.write(CONFIRM_ACTOR, change -> curation.confirmActor(change, slug, version));
        return published(written.snapshot().actor(written.result()), written.result());
    }

    @Mutation
    @NonNull
    @Description("Deletes a CANDIDATE actor and what only it owned (its aliases, its candidate motives, candidate evidence naming no other actor), in one transaction. Reviewed evidence naming it stays. Errors: not-found, bad-input when it is not a candidate or holds confirmed motives, conflict for a stale version.")
    public DeletedRecord rejectActor(@NonNull @Description("The actor's slug.") String slug,
            @NonNull @Description("The version you read.") Integer version) {
        return delete(REJECT_ACTOR, change -> curation.rejectActor(change, slug, version));
    }

    @Mutation
    @NonNull
    @Description("Confirms a CANDIDATE motive, and the candidate evidence that supports it; its actor must be confirmed first. Errors: not-found, bad-input when it is already confirmed or its actor is a candidate, conflict for a stale version.")
    public MotiveView confirmMotive(@NonNull @Description("The motive's key.") String key,
            @NonNull @Description("The version you read.") Integer version) {
        var written = writer.write(CONFIRM_MOTIVE, change -> curation.confirmMotive(change, key, version));
        return published(written.snapshot().motive(written.result()), written.result());
    }

    @Mutation
    @NonNull
    @Description("Deletes a CANDIDATE motive and the candidate evidence only it used, in one transaction. Errors: not-found, bad-input when it is not a candidate (deleteMotive removes a reviewed one), conflict for a stale version.")
    public DeletedRecord rejectMotive(@NonNull @Description("The motive's key.") String key,
            @NonNull @Description("The version you read.") Integer version) {
        return delete(REJECT_MOTIVE, change -> curation.rejectMotive(change, key, version));
    }

    @Mutation
    @NonNull
    @Description("Confirms a CANDIDATE evidence item so briefings use it by default.")
    public EvidenceView confirmEvidence(@NonNull @Description("The evidence key.") String key,
            @NonNull @Description("The version you read.") Integer version) {
        var written = writer.write(CONFIRM_EVIDENCE, change -> curation.confirmEvidence(change, key, version));
        return published(written.snapshot().evidence(written.result()), written.result());
    }

    @Mutation
    @NonNull
    @Description("Deletes a CANDIDATE evidence item that should not be used.")
    public DeletedRecord rejectEvidence(@NonNull @Description("The evidence key.") String key,
            @NonNull @Description("The version you read.") Integer version) {
        return delete(REJECT_EVIDENCE, change -> curation.rejectEvidence(change, key, version));
    }

    /** Runs a delete; the record it removed is typed by what the operation changes. */
    private DeletedRecord delete(Operation operation, Function<io.briefing.curation.Change, String> work) {
        return new DeletedRecord(operation.targetType(), writer.write(operation, work).result());
    }

    /**
     * The record as the snapshot published right after the write shows it. It can only be missing
     * when a concurrent change deleted it in between; that is reported, not a "System error".
     */
    private static <T> T published(java.util.Optional<T> record, String key) {
        return record.orElseThrow(() -> new io.briefing.error.NotFoundException(
                "'" + key + "' was saved, then changed or deleted by a concurrent edit before it could be returned; reload it"));
    }

    @Description("The result of ingesting an article.")
    public record IngestArticlePayload(
            @NonNull @Description("The stored article (the existing one when the same text was ingested before).") ArticleView article,
            @Description("True when the article is new; false when the same text (same SHA-256) was already stored.") boolean created,
            @NonNull @Description("Candidate evidence proposed from the article, awaiting an editor.") List<@NonNull EvidenceView> candidates,
            @NonNull @Description("CANDIDATE actors proposed from the article: people, organisations, places and countries it names that were no actor yet, with aliases (an acronym, a surname, \"the union\"). Confirm or reject each (confirmActor, rejectActor).") List<@NonNull ActorView> candidateActors,
            @NonNull @Description("CANDIDATE motives proposed from sentences where an actor wants, demands, fears, warns, offers or pledges something, each backed by its sentence. Confirm or reject each (confirmMotive, rejectMotive).") List<@NonNull MotiveView> candidateMotives) {
    }

    @Description("The result of attaching evidence to a motive.")
    public record AttachEvidencePayload(
            @NonNull @Description("The motive, with the evidence attached.") MotiveView motive,
            @NonNull @Description("The evidence item, with its located offsets.") EvidenceView evidence) {
    }

    @Description("A record that a mutation deleted.")
    public record DeletedRecord(
            @NonNull @Description("Its type: Topic, Motive, Evidence or Actor.") String type,
            @NonNull @Description("Its slug or key.") String key) {
    }
}
