package io.briefing.curation;

import io.briefing.article.Article;
import io.briefing.article.QuoteLocator;
import io.briefing.article.TextSpan;
import io.briefing.curation.CurationInputs.AliasInput;
import io.briefing.curation.CurationInputs.MotiveInput;
import io.briefing.curation.CurationInputs.MotiveUpdate;
import io.briefing.curation.CurationInputs.QuoteEvidenceInput;
import io.briefing.curation.CurationInputs.TopicInput;
import io.briefing.curation.CurationInputs.TopicUpdate;
import io.briefing.error.InvalidInputException;
import io.briefing.error.NotFoundException;
import io.briefing.knowledge.Actor;
import io.briefing.knowledge.ActorAlias;
import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.Evidence;
import io.briefing.knowledge.EvidenceFactory;
import io.briefing.knowledge.EvidenceKind;
import io.briefing.knowledge.EvidenceRole;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.FieldLimits;
import io.briefing.knowledge.Motive;
import io.briefing.knowledge.MotiveEvidence;
import io.briefing.knowledge.NameLookup;
import io.briefing.knowledge.Names;
import io.briefing.knowledge.Provenance;
import io.briefing.knowledge.ReviewStatus;
import io.briefing.knowledge.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editors' changes to the knowledge base. Each method runs inside {@link KnowledgeWriter#write}
 * (one transaction, editor checked, snapshot republished) and records itself in the change log.
 */
@ApplicationScoped
public class CurationService {

    // ---- topics ---------------------------------------------------------------------------------

    public String createTopic(Change change, TopicInput input) {
        String name = input.name().strip();
        String slug = input.slug() != null ? input.slug() : UniqueKeys.truncate(Names.slugify(name), FieldLimits.SLUG);
        if (slug.isEmpty()) {
            throw new InvalidInputException(change.operation() + ": the name must contain letters or digits");
        }
        if (Topic.findBySlug(slug).isPresent()) {
            throw new InvalidInputException(change.operation() + ": a topic with slug '" + slug + "' already exists");
        }
        Topic topic = new Topic();
        topic.slug = slug;
        topic.name = name;
        topic.description = input.description();
        topic.keywords = io.briefing.knowledge.Keywords.join(items(change, "keywords", input.keywords()));
        topic.provenance = Provenance.EDITOR;
        topic.touch(change.user(), change.at());
        topic.persist();
        change.record(slug, "Created topic " + slug + " (" + topic.name + ")");
        return slug;
    }

    public String updateTopic(Change change, TopicUpdate input) {
        Topic topic = topic("input.slug", input.slug());
        Versions.check(change.operation().targetType(), topic.slug, topic.version, input.version());
        if (input.name() != null) {
            topic.name = input.name().strip();
        }
        if (input.description() != null) {
            topic.description = input.description();
        }
        if (input.keywords() != null) {
            topic.keywords = io.briefing.knowledge.Keywords.join(items(change, "keywords", input.keywords()));
        }
        topic.touch(change.user(), change.at());
        change.record(topic.slug, "Updated topic " + topic.slug);
        return topic.slug;
    }

    public String deleteTopic(Change change, String slug, Integer version) {
        Topic topic = topic("slug", slug);
        Versions.check(change.operation().targetType(), topic.slug, topic.version, version);
        // Records that lose the topic change too: bump their versions so stale editors are told.
        Motive.<Motive>list("select m from Motive m join m.topics t where t = ?1", topic).forEach(m -> {
            m.topics.remove(topic);
            m.touch(change.user(), change.at());
        });
        Evidence.<Evidence>list("select e from Evidence e join e.topics t where t = ?1", topic).forEach(e -> {
            e.topics.remove(topic);
            e.touch(change.user(), change.at());
        });
        topic.delete();
        change.record(slug, "Deleted topic " + slug + " and its links to motives and evidence");
        return slug;
    }

    // ---- motives --------------------------------------------------------------------------------

    public String createMotive(Change change, MotiveInput input) {
        Actor actor = actor("input.actor", input.actor());
        String statement = input.statement().strip();
        String key = input.key() != null ? input.key()
                : uniqueMotiveKey(actor.slug + "-" + input.kind().name().toLowerCase() + "-" + firstWords(statement));
        if (Motive.findByKey(key).isPresent()) {
            throw new InvalidInputException(change.operation() + ": a motive with key '" + key + "' already exists");
        }
        Motive motive = new Motive();
        motive.key = key;
        motive.actor = actor;
        motive.kind = input.kind();
        motive.statement = statement;
        motive.importance = input.importance() == null ? 3 : input.importance();
        motive.provenance = Provenance.EDITOR;
        motive.touch(change.user(), change.at());
        motive.topics.addAll(topics("input.topics", items(change, "topics", input.topics())));
        motive.persist();
        List<String> evidenceKeys = items(change, "evidence", input.evidence());
        for (String evidenceKey : new LinkedHashSet<>(evidenceKeys)) {
            motive.link(confirmed(change, evidence(evidenceKey)), EvidenceRole.SUPPORTS);
        }
        change.record(key, "Created " + input.kind() + " motive " + key + " for " + actor.slug);
        return key;
    }

    public String updateMotive(Change change, MotiveUpdate input) {
        Motive motive = motive(input.key());
        Versions.check(change.operation().targetType(), motive.key, motive.version, input.version());
        if (input.statement() != null) {
            motive.statement = input.statement().strip();
        }
        if (input.kind() != null) {
            motive.kind = input.kind();
        }
        if (input.importance() != null) {
            motive.importance = input.importance();
        }
        if (input.topics() != null) {
            motive.topics.clear();
            motive.topics.addAll(topics("input.topics", items(change, "topics", input.topics())));
        }
        motive.touch(change.user(), change.at());
        change.record(motive.key, "Updated motive " + motive.key);
        return motive.key;
    }

    public String deleteMotive(Change change, String key, Integer version) {
        Motive motive = motive(key);
        Versions.check(change.operation().targetType(), motive.key, motive.version, version);
        motive.delete();
        change.record(key, "Deleted motive " + key);
        return key;
    }

    // ---- aliases --------------------------------------------------------------------------------

    public String addAlias(Change change, AliasInput input) {
        Actor actor = actor("input.actor", input.actor());
        Versions.check(change.operation().targetType(), actor.slug, actor.version, input.version());
        String normalized = Names.normalize(input.alias());
        if (normalized.isEmpty()) {
            throw new InvalidInputException(change.operation() + ": the alias must contain letters or digits");
        }
        ActorAlias existing = ActorAlias.find("normalized", normalized).firstResult();
        if (existing != null) {
            throw new InvalidInputException(change.operation() + ": '" + input.alias() + "' is already an alias of "
                    + existing.actor.slug);
        }
        if (normalized.length() > FieldLimits.NAME) {
            // The input's length is checked by Bean Validation; Unicode normalisation can lengthen it.
            throw new InvalidInputException(change.operation() + ": the alias is too long (at most " + FieldLimits.NAME + " characters)");
        }
        actor.aliases.add(ActorAlias.of(actor, input.alias(), false));
        actor.touch(change.user(), change.at());
        change.record(actor.slug, "Added alias '" + input.alias().strip() + "'");
        return actor.slug;
    }

    public String removeAlias(Change change, AliasInput input) {
        Actor actor = actor("input.actor", input.actor());
        Versions.check(change.operation().targetType(), actor.slug, actor.version, input.version());
        String normalized = Names.normalize(input.alias());
        if (normalized.equals(Names.normalize(actor.name))) {
            throw new InvalidInputException(change.operation() + ": '" + input.alias() + "' is the actor's name, not a removable alias");
        }
        boolean removed = actor.aliases.removeIf(a -> a.normalized.equals(normalized));
        if (!removed) {
            throw new NotFoundException(change.operation() + ": '" + input.alias() + "' is not an alias of " + actor.slug);
        }
        actor.touch(change.user(), change.at());
        change.record(actor.slug, "Removed alias '" + input.alias().strip() + "'");
        return actor.slug;
    }

    // ---- evidence -------------------------------------------------------------------------------

    /** Locates the quote in the article, creates (or reuses) the evidence item and links it to the motive. */
    public String attachQuote(Change change, QuoteEvidenceInput input) {
        Motive motive = motive(input.motive());
        Versions.check(change.operation().targetType(), motive.key, motive.version, input.motiveVersion());
        Article article = Article.findBySlug(input.article())
                .orElseThrow(() -> new NotFoundException(change.operation() + ": unknown article '" + input.article() + "'"));
        TextSpan span;
        try {
            span = QuoteLocator.locate(article.body, input.quote(), input.occurrence());
        } catch (QuoteLocator.QuoteNotFoundException e) {
            throw new InvalidInputException(change.operation() + ": " + e.getMessage() + " (article '" + article.slug + "')");
        }
        Evidence evidence = Evidence.<Evidence>find("article = ?1 and startOffset = ?2 and endOffset = ?3", article, span.start(), span.end())
                .firstResultOptional().orElse(null);
        if (evidence == null) {
            evidence = Evidence.create(uniqueEvidenceKey("ed-" + article.id + "-" + span.start() + "-" + span.end()), article,
                    Provenance.EDITOR, change.user(), change.at());
            EvidenceFactory.fill(evidence, input.quote(), span.start(), input.occurrence() == null ? 0 : input.occurrence(),
                    new EvidenceFactory.Grading(input.speaker(), input.certainty() == null ? Certainty.REPORTED : input.certainty(),
                            input.kind() == null ? EvidenceKind.REPORT : input.kind(), input.importance() == null ? 3 : input.importance(),
                            input.note(), EvidenceStatus.CONFIRMED),
                    List.of());
            List<String> actors = items(change, "actors", input.actors());
            if (!actors.isEmpty()) {
                NameLookup<Actor> names = actorNames();
                for (String a : actors) {
                    evidence.actors.add(names.require("input.actors", a));
                }
            }
            evidence.topics.addAll(topics("input.topics", items(change, "topics", input.topics())));
            evidence.persist();
        } else {
            confirmed(change, evidence);
        }
        EvidenceRole role = input.role() == null ? EvidenceRole.SUPPORTS : input.role();
        motive.link(evidence, role);
        motive.touch(change.user(), change.at());
        change.record(motive.key, "Attached " + evidence.key + " (" + role + ") at ["
                + span.start() + ", " + span.end() + ") of " + article.slug);
        return evidence.key;
    }

    public String detachEvidence(Change change, String motiveKey, Integer motiveVersion, String evidenceKey) {
        Motive motive = motive(motiveKey);
        Versions.check(change.operation().targetType(), motive.key, motive.version, motiveVersion);
        Evidence evidence = evidence(evidenceKey);
        MotiveEvidence link = motive.linkTo(evidence).orElseThrow(() -> new NotFoundException(
                change.operation() + ": evidence '" + evidenceKey + "' is not attached to motive '" + motiveKey + "'"));
        if (link.role == EvidenceRole.SUPPORTS
                && motive.evidence.stream().filter(l -> l.role == EvidenceRole.SUPPORTS).count() == 1) {
            throw new InvalidInputException(change.operation() + ": '" + evidenceKey + "' is the last supporting evidence of motive '"
                    + motiveKey + "'; attach another first or delete the motive");
        }
        motive.evidence.remove(link);
        motive.touch(change.user(), change.at());
        change.record(motive.key, "Detached " + evidenceKey);
        return motive.key;
    }

    public String confirmEvidence(Change change, String key, Integer version) {
        Evidence evidence = evidence(key);
        Versions.check(change.operation().targetType(), evidence.key, evidence.version, version);
        if (evidence.status == EvidenceStatus.CONFIRMED) {
            throw new InvalidInputException(change.operation() + ": '" + key + "' is already confirmed");
        }
        evidence.status = EvidenceStatus.CONFIRMED;
        evidence.touch(change.user(), change.at());
        change.record(key, "Confirmed candidate " + key);
        return key;
    }

    public String rejectEvidence(Change change, String key, Integer version) {
        Evidence evidence = evidence(key);
        Versions.check(change.operation().targetType(), evidence.key, evidence.version, version);
        if (evidence.status != EvidenceStatus.CANDIDATE) {
            throw new InvalidInputException(change.operation() + ": only CANDIDATE evidence can be rejected; '" + key + "' is "
                    + evidence.status);
        }
        long linked = io.briefing.knowledge.MotiveEvidence.count("evidence", evidence);
        if (linked > 0) {
            throw new InvalidInputException(change.operation() + ": '" + key + "' backs " + linked + " motive(s); detach it first");
        }
        evidence.delete();
        change.record(key, "Rejected candidate " + key);
        return key;
    }

    // ---- candidate actors and motives (proposed by ingestion) -----------------------------------

    /** Confirms a CANDIDATE actor: it becomes reviewed knowledge, listed and used like a curated one. */
    public String confirmActor(Change change, String slug, Integer version) {
        Actor actor = actorBySlug(change, slug);
        Versions.check("Actor", actor.slug, actor.version, version);
        if (actor.status == ReviewStatus.CONFIRMED) {
            throw new InvalidInputException(change.operation() + ": actor '" + slug + "' is already confirmed");
        }
        actor.status = ReviewStatus.CONFIRMED;
        actor.touch(change.user(), change.at());
        change.record(slug, "Confirmed candidate actor " + slug + " (" + actor.name + ", " + actor.kind + ")");
        return slug;
    }

    /**
     * Deletes a CANDIDATE actor and what only it owned: its aliases, its candidate motives (with the
     * candidate evidence only they used), and candidate evidence that named no other actor. Reviewed
     * evidence that names it stays and only loses the link; a person who represented it represents
     * no one. A candidate actor that a confirmed motive belongs to is refused: reject or reassign that first.
     */
    public String rejectActor(Change change, String slug, Integer version) {
        Actor actor = actorBySlug(change, slug);
        Versions.check("Actor", actor.slug, actor.version, version);
        if (actor.status != ReviewStatus.CANDIDATE) {
            throw new InvalidInputException(change.operation() + ": only CANDIDATE actors can be rejected; '" + slug + "' is " + actor.status);
        }
        List<Motive> motives = Motive.list("actor", actor);
        List<String> confirmed = motives.stream().filter(m -> m.status == ReviewStatus.CONFIRMED).map(m -> m.key).toList();
        if (!confirmed.isEmpty()) {
            throw new InvalidInputException(change.operation() + ": '" + slug + "' holds confirmed motive(s) " + String.join(", ", confirmed)
                    + "; delete them first");
        }
        int removedEvidence = 0;
        for (Motive motive : motives) {
            removedEvidence += removeMotive(motive);
        }
        for (Evidence e : Evidence.<Evidence>list("select e from Evidence e join e.actors a where a = ?1", actor)) {
            e.actors.remove(actor);
            if (e.status == EvidenceStatus.CANDIDATE && e.actors.isEmpty() && MotiveEvidence.count("evidence", e) == 0) {
                e.delete();
                removedEvidence++;
            } else {
                e.touch(change.user(), change.at());
            }
        }
        for (Evidence e : Evidence.<Evidence>list("speakerActor", actor)) {
            e.speakerActor = null;
            e.touch(change.user(), change.at());
        }
        for (Actor person : Actor.<Actor>list("represents", actor)) {
            person.represents = null;
            person.touch(change.user(), change.at());
        }
        actor.delete();
        change.record(slug, "Rejected candidate actor " + slug + " (" + actor.name + ") with "
                + motives.size() + " candidate motive(s) and " + removedEvidence + " candidate evidence item(s) only it used");
        return slug;
    }

    /**
     * Confirms a CANDIDATE motive. Its actor must be confirmed first; the candidate evidence that
     * supports it is confirmed with it (the editor has read the sentence it rests on).
     */
    public String confirmMotive(Change change, String key, Integer version) {
        Motive motive = motive(key);
        Versions.check("Motive", motive.key, motive.version, version);
        if (motive.status == ReviewStatus.CONFIRMED) {
            throw new InvalidInputException(change.operation() + ": motive '" + key + "' is already confirmed");
        }
        if (motive.actor.status != ReviewStatus.CONFIRMED) {
            throw new InvalidInputException(change.operation() + ": motive '" + key + "' belongs to candidate actor '" + motive.actor.slug
                    + "'; confirm the actor (confirmActor) first, or reject the motive");
        }
        List<String> evidence = new java.util.ArrayList<>();
        for (MotiveEvidence link : motive.evidence) {
            if (link.role == EvidenceRole.SUPPORTS && link.evidence.status == EvidenceStatus.CANDIDATE) {
                link.evidence.status = EvidenceStatus.CONFIRMED;
                link.evidence.touch(change.user(), change.at());
                evidence.add(link.evidence.key);
            }
        }
        motive.status = ReviewStatus.CONFIRMED;
        motive.touch(change.user(), change.at());
        change.record(key, "Confirmed candidate motive " + key
                + (evidence.isEmpty() ? "" : " and its evidence " + String.join(", ", evidence)));
        return key;
    }

    /** Deletes a CANDIDATE motive and the candidate evidence that only it used. */
    public String rejectMotive(Change change, String key, Integer version) {
        Motive motive = motive(key);
        Versions.check("Motive", motive.key, motive.version, version);
        if (motive.status != ReviewStatus.CANDIDATE) {
            throw new InvalidInputException(change.operation() + ": only CANDIDATE motives can be rejected; '" + key + "' is "
                    + motive.status + " (deleteMotive removes a reviewed one)");
        }
        int removed = removeMotive(motive);
        change.record(key, "Rejected candidate motive " + key + " and " + removed
                + " candidate evidence item(s) only it used");
        return key;
    }

    /** Deletes a motive and the CANDIDATE evidence no other motive uses and that was proposed for it alone. */
    private static int removeMotive(Motive motive) {
        List<Evidence> owned = new java.util.ArrayList<>();
        for (MotiveEvidence link : motive.evidence) {
            Evidence e = link.evidence;
            if (e.status == EvidenceStatus.CANDIDATE && MotiveEvidence.count("evidence = ?1 and motive <> ?2", e, motive) == 0
                    && e.actors.stream().allMatch(a -> a.id.equals(motive.actor.id))) {
                owned.add(e);
            }
        }
        motive.evidence.clear();
        motive.delete();
        Motive.getEntityManager().flush();
        owned.forEach(Evidence::delete);
        return owned.size();
    }

    private static Actor actorBySlug(Change change, String slug) {
        return Actor.findBySlug(slug).orElseThrow(() -> new NotFoundException(change.operation() + ": unknown actor '" + slug
                + "' (give the actor's slug, e.g. from ingestArticle's candidateActors)"));
    }

    // ---- checks and look-ups --------------------------------------------------------------------

    /**
     * A list argument without null or blank items, stripped. Its length and its items' lengths are
     * Bean Validation's (CurationInputs); null items are checked here because a {@code @NotNull} on
     * the item type would also make the schema's item type non-null.
     */
    private static List<String> items(Change change, String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                throw new InvalidInputException(change.operation() + ": '" + field + "' must not contain empty items");
            }
        }
        return values.stream().map(String::strip).toList();
    }

    /** Only reviewed evidence may back a motive: a candidate is confirmed first. */
    private static Evidence confirmed(Change change, Evidence evidence) {
        if (evidence.status != EvidenceStatus.CONFIRMED) {
            throw new InvalidInputException(change.operation() + ": evidence '" + evidence.key + "' is a " + evidence.status
                    + "; confirm it (" + Operation.CONFIRM_EVIDENCE + ") before linking it to a motive");
        }
        return evidence;
    }

    // Actors and topics are named as in queries (slug, name or alias): NameLookup owns the rule, here
    // over the database inside the write's transaction (the snapshot may not show a write just made).

    private static Topic topic(String argument, String slugOrName) {
        return topicNames().require(argument, slugOrName);
    }

    private static Set<Topic> topics(String argument, List<String> slugsOrNames) {
        Set<Topic> topics = new LinkedHashSet<>();
        if (slugsOrNames.isEmpty()) {
            return topics;
        }
        NameLookup<Topic> names = topicNames();
        for (String value : slugsOrNames) {
            topics.add(names.require(argument, value));
        }
        return topics;
    }

    private static NameLookup<Topic> topicNames() {
        return NameLookup.topics(Topic.list("order by slug"), t -> t.slug, t -> t.name);
    }

    private static Actor actor(String argument, String slugOrAlias) {
        return actorNames().require(argument, slugOrAlias);
    }

    /** Two statements: the actors, then every alias in the order it was added. */
    private static NameLookup<Actor> actorNames() {
        List<Actor> actors = Actor.list("order by slug");
        Map<Long, List<String>> names = new HashMap<>();
        actors.forEach(a -> names.put(a.id, new ArrayList<>(List.of(a.name))));
        for (ActorAlias alias : ActorAlias.<ActorAlias>list("order by id")) {
            names.computeIfAbsent(alias.actor.id, k -> new ArrayList<>()).add(alias.alias);
        }
        return NameLookup.actors(actors, a -> a.slug, a -> names.get(a.id));
    }

    private static Motive motive(String key) {
        return Motive.findByKey(key).orElseThrow(() -> new NotFoundException("Unknown motive '" + key + "'"));
    }

    private static Evidence evidence(String key) {
        return Evidence.findByKey(key).orElseThrow(() -> new NotFoundException("Unknown evidence '" + key + "'"));
    }

    private static String firstWords(String statement) {
        String slug = Names.slugify(statement);
        String[] words = slug.split("-");
        return String.join("-", java.util.Arrays.copyOf(words, Math.min(5, words.length)));
    }

    private static String uniqueMotiveKey(String base) {
        return UniqueKeys.first(base, 100, key -> Motive.findByKey(key).isPresent());
    }

    private static String uniqueEvidenceKey(String base) {
        return UniqueKeys.first(base, 110, key -> Evidence.findByKey(key).isPresent());
    }
}
