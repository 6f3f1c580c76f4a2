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
import io.briefing.knowledge.Motive;
import io.briefing.knowledge.MotiveEvidence;
import io.briefing.knowledge.Names;
import io.briefing.knowledge.Provenance;
import io.briefing.knowledge.ReviewStatus;
import io.briefing.knowledge.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The editors' changes to the knowledge base. Each method runs inside {@link KnowledgeWriter#write}
 * (one transaction, editor checked, snapshot republished) and records itself in the change log.
 */
@ApplicationScoped
public class CurationService {

    // ---- topics ---------------------------------------------------------------------------------

    public String createTopic(Change change, TopicInput input) {
        String name = required("createTopic", "name", input.name());
        String slug = input.slug() != null ? input.slug() : UniqueKeys.truncate(Names.slugify(name), 80);
        if (slug.isEmpty()) {
            throw new InvalidInputException("createTopic: the name must contain letters or digits");
        }
        if (Topic.findBySlug(slug).isPresent()) {
            throw new InvalidInputException("createTopic: a topic with slug '" + slug + "' already exists");
        }
        Topic topic = new Topic();
        topic.slug = slug;
        topic.name = name;
        topic.description = input.description();
        topic.keywords = io.briefing.knowledge.Keywords.join(items("createTopic", "keywords", input.keywords(), 100));
        topic.provenance = Provenance.EDITOR;
        topic.touch(change.user(), change.at());
        topic.persist();
        change.record("createTopic", "Topic", slug, "Created topic " + slug + " (" + topic.name + ")");
        return slug;
    }

    public String updateTopic(Change change, TopicUpdate input) {
        Topic topic = topic(input.slug());
        Versions.check("Topic", topic.slug, topic.version, input.version());
        if (input.name() != null) {
            topic.name = required("updateTopic", "name", input.name());
        }
        if (input.description() != null) {
            topic.description = input.description();
        }
        if (input.keywords() != null) {
            topic.keywords = io.briefing.knowledge.Keywords.join(items("updateTopic", "keywords", input.keywords(), 100));
        }
        topic.touch(change.user(), change.at());
        change.record("updateTopic", "Topic", topic.slug, "Updated topic " + topic.slug);
        return topic.slug;
    }

    public String deleteTopic(Change change, String slug, Integer version) {
        Topic topic = topic(slug);
        Versions.check("Topic", topic.slug, topic.version, version);
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
        change.record("deleteTopic", "Topic", slug, "Deleted topic " + slug + " and its links to motives and evidence");
        return slug;
    }

    // ---- motives --------------------------------------------------------------------------------

    public String createMotive(Change change, MotiveInput input) {
        Actor actor = actor(input.actor());
        String statement = required("createMotive", "statement", input.statement());
        String key = input.key() != null ? input.key()
                : uniqueMotiveKey(actor.slug + "-" + input.kind().name().toLowerCase() + "-" + firstWords(statement));
        if (Motive.findByKey(key).isPresent()) {
            throw new InvalidInputException("createMotive: a motive with key '" + key + "' already exists");
        }
        Motive motive = new Motive();
        motive.key = key;
        motive.actor = actor;
        motive.kind = input.kind();
        motive.statement = statement;
        motive.importance = input.importance() == null ? 3 : input.importance();
        motive.provenance = Provenance.EDITOR;
        motive.touch(change.user(), change.at());
        motive.topics.addAll(topics(items("createMotive", "topics", input.topics(), 80)));
        motive.persist();
        List<String> evidenceKeys = items("createMotive", "evidence", input.evidence(), 120);
        if (evidenceKeys.isEmpty()) {
            throw new InvalidInputException("createMotive: 'evidence' needs at least one evidence key");
        }
        for (String evidenceKey : new LinkedHashSet<>(evidenceKeys)) {
            motive.link(confirmed("createMotive", evidence(evidenceKey)), EvidenceRole.SUPPORTS);
        }
        change.record("createMotive", "Motive", key, "Created " + input.kind() + " motive " + key + " for " + actor.slug);
        return key;
    }

    public String updateMotive(Change change, MotiveUpdate input) {
        Motive motive = motive(input.key());
        Versions.check("Motive", motive.key, motive.version, input.version());
        if (input.statement() != null) {
            motive.statement = required("updateMotive", "statement", input.statement());
        }
        if (input.kind() != null) {
            motive.kind = input.kind();
        }
        if (input.importance() != null) {
            motive.importance = input.importance();
        }
        if (input.topics() != null) {
            motive.topics.clear();
            motive.topics.addAll(topics(items("updateMotive", "topics", input.topics(), 80)));
        }
        motive.touch(change.user(), change.at());
        change.record("updateMotive", "Motive", motive.key, "Updated motive " + motive.key);
        return motive.key;
    }

    public String deleteMotive(Change change, String key, Integer version) {
        Motive motive = motive(key);
        Versions.check("Motive", motive.key, motive.version, version);
        motive.delete();
        change.record("deleteMotive", "Motive", key, "Deleted motive " + key);
        return key;
    }

    // ---- aliases --------------------------------------------------------------------------------

    public String addAlias(Change change, AliasInput input) {
        Actor actor = actor(input.actor());
        Versions.check("Actor", actor.slug, actor.version, input.version());
        String normalized = Names.normalize(input.alias());
        if (normalized.isEmpty()) {
            throw new InvalidInputException("addActorAlias: the alias must contain letters or digits");
        }
        ActorAlias existing = ActorAlias.find("normalized", normalized).firstResult();
        if (existing != null) {
            throw new InvalidInputException("addActorAlias: '" + input.alias() + "' is already an alias of "
                    + existing.actor.slug);
        }
        if (normalized.length() > 200 || input.alias().strip().length() > 200) {
            throw new InvalidInputException("addActorAlias: the alias is too long (at most 200 characters)");
        }
        actor.aliases.add(ActorAlias.of(actor, input.alias(), false));
        actor.touch(change.user(), change.at());
        change.record("addActorAlias", "Actor", actor.slug, "Added alias '" + input.alias().strip() + "'");
        return actor.slug;
    }

    public String removeAlias(Change change, AliasInput input) {
        Actor actor = actor(input.actor());
        Versions.check("Actor", actor.slug, actor.version, input.version());
        String normalized = Names.normalize(input.alias());
        if (normalized.equals(Names.normalize(actor.name))) {
            throw new InvalidInputException("removeActorAlias: '" + input.alias() + "' is the actor's name, not a removable alias");
        }
        boolean removed = actor.aliases.removeIf(a -> a.normalized.equals(normalized));
        if (!removed) {
            throw new NotFoundException("removeActorAlias: '" + input.alias() + "' is not an alias of " + actor.slug);
        }
        actor.touch(change.user(), change.at());
        change.record("removeActorAlias", "Actor", actor.slug, "Removed alias '" + input.alias().strip() + "'");
        return actor.slug;
    }

    // ---- evidence -------------------------------------------------------------------------------

    /** Locates the quote in the article, creates (or reuses) the evidence item and links it to the motive. */
    public String attachQuote(Change change, QuoteEvidenceInput input) {
        Motive motive = motive(input.motive());
        Versions.check("Motive", motive.key, motive.version, input.motiveVersion());
        Article article = Article.findBySlug(input.article())
                .orElseThrow(() -> new NotFoundException("attachEvidence: unknown article '" + input.article() + "'"));
        TextSpan span;
        try {
            span = QuoteLocator.locate(article.body, input.quote(), input.occurrence());
        } catch (QuoteLocator.QuoteNotFoundException e) {
            throw new InvalidInputException("attachEvidence: " + e.getMessage() + " (article '" + article.slug + "')");
        }
        Evidence evidence = Evidence.<Evidence>find("article = ?1 and startOffset = ?2 and endOffset = ?3", article, span.start(), span.end())
                .firstResultOptional().orElse(null);
        if (evidence == null) {
            evidence = EvidenceFactory.create(uniqueEvidenceKey("ed-" + article.id + "-" + span.start() + "-" + span.end()), article,
                    Provenance.EDITOR, change.user(), change.at());
            EvidenceFactory.fill(evidence, input.quote(), span.start(), input.occurrence() == null ? 0 : input.occurrence(),
                    new EvidenceFactory.Grading(input.speaker(), input.certainty() == null ? Certainty.REPORTED : input.certainty(),
                            input.kind() == null ? EvidenceKind.REPORT : input.kind(), input.importance() == null ? 3 : input.importance(),
                            input.note(), EvidenceStatus.CONFIRMED),
                    List.of());
            for (String a : items("attachEvidence", "actors", input.actors(), 200)) {
                evidence.actors.add(actor(a));
            }
            evidence.topics.addAll(topics(items("attachEvidence", "topics", input.topics(), 80)));
            evidence.persist();
        } else {
            confirmed("attachEvidence", evidence);
        }
        EvidenceRole role = input.role() == null ? EvidenceRole.SUPPORTS : input.role();
        motive.link(evidence, role);
        motive.touch(change.user(), change.at());
        change.record("attachEvidence", "Motive", motive.key, "Attached " + evidence.key + " (" + role + ") at ["
                + span.start() + ", " + span.end() + ") of " + article.slug);
        return evidence.key;
    }

    public String detachEvidence(Change change, String motiveKey, Integer motiveVersion, String evidenceKey) {
        Motive motive = motive(motiveKey);
        Versions.check("Motive", motive.key, motive.version, motiveVersion);
        Evidence evidence = evidence(evidenceKey);
        MotiveEvidence link = motive.linkTo(evidence).orElseThrow(() -> new NotFoundException(
                "detachEvidence: evidence '" + evidenceKey + "' is not attached to motive '" + motiveKey + "'"));
        if (link.role == EvidenceRole.SUPPORTS
                && motive.evidence.stream().filter(l -> l.role == EvidenceRole.SUPPORTS).count() == 1) {
            throw new InvalidInputException("detachEvidence: '" + evidenceKey + "' is the last supporting evidence of motive '"
                    + motiveKey + "'; attach another first or delete the motive");
        }
        motive.evidence.remove(link);
        motive.touch(change.user(), change.at());
        change.record("detachEvidence", "Motive", motive.key, "Detached " + evidenceKey);
        return motive.key;
    }

    public String confirmEvidence(Change change, String key, Integer version) {
        Evidence evidence = evidence(key);
        Versions.check("Evidence", evidence.key, evidence.version, version);
        if (evidence.status == EvidenceStatus.CONFIRMED) {
            throw new InvalidInputException("confirmEvidence: '" + key + "' is already confirmed");
        }
        evidence.status = EvidenceStatus.CONFIRMED;
        evidence.touch(change.user(), change.at());
        change.record("confirmEvidence", "Evidence", key, "Confirmed candidate " + key);
        return key;
    }

    public String rejectEvidence(Change change, String key, Integer version) {
        Evidence evidence = evidence(key);
        Versions.check("Evidence", evidence.key, evidence.version, version);
        if (evidence.status != EvidenceStatus.CANDIDATE) {
            throw new InvalidInputException("rejectEvidence: only CANDIDATE evidence can be rejected; '" + key + "' is "
                    + evidence.status);
        }
        long linked = io.briefing.knowledge.MotiveEvidence.count("evidence", evidence);
        if (linked > 0) {
            throw new InvalidInputException("rejectEvidence: '" + key + "' backs " + linked + " motive(s); detach it first");
        }
        evidence.delete();
        change.record("rejectEvidence", "Evidence", key, "Rejected candidate " + key);
        return key;
    }

    // ---- candidate actors and motives (proposed by ingestion) -----------------------------------

    /** Confirms a CANDIDATE actor: it becomes reviewed knowledge, listed and used like a curated one. */
    public String confirmActor(Change change, String slug, Integer version) {
        Actor actor = actorBySlug("confirmActor", slug);
        Versions.check("Actor", actor.slug, actor.version, version);
        if (actor.status == ReviewStatus.CONFIRMED) {
            throw new InvalidInputException("confirmActor: actor '" + slug + "' is already confirmed");
        }
        actor.status = ReviewStatus.CONFIRMED;
        actor.touch(change.user(), change.at());
        change.record("confirmActor", "Actor", slug, "Confirmed candidate actor " + slug + " (" + actor.name + ", " + actor.kind + ")");
        return slug;
    }

    /**
     * Deletes a CANDIDATE actor and what only it owned: its aliases, its candidate motives (with the
     * candidate evidence only they used), and candidate evidence that named no other actor. Reviewed
     * evidence that names it stays and only loses the link; a person who represented it represents
     * no one. A candidate actor that a confirmed motive belongs to is refused: reject or reassign that first.
     */
    public String rejectActor(Change change, String slug, Integer version) {
        Actor actor = actorBySlug("rejectActor", slug);
        Versions.check("Actor", actor.slug, actor.version, version);
        if (actor.status != ReviewStatus.CANDIDATE) {
            throw new InvalidInputException("rejectActor: only CANDIDATE actors can be rejected; '" + slug + "' is " + actor.status);
        }
        List<Motive> motives = Motive.list("actor", actor);
        List<String> confirmed = motives.stream().filter(m -> m.status == ReviewStatus.CONFIRMED).map(m -> m.key).toList();
        if (!confirmed.isEmpty()) {
            throw new InvalidInputException("rejectActor: '" + slug + "' holds confirmed motive(s) " + String.join(", ", confirmed)
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
        change.record("rejectActor", "Actor", slug, "Rejected candidate actor " + slug + " (" + actor.name + ") with "
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
            throw new InvalidInputException("confirmMotive: motive '" + key + "' is already confirmed");
        }
        if (motive.actor.status != ReviewStatus.CONFIRMED) {
            throw new InvalidInputException("confirmMotive: motive '" + key + "' belongs to candidate actor '" + motive.actor.slug
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
        change.record("confirmMotive", "Motive", key, "Confirmed candidate motive " + key
                + (evidence.isEmpty() ? "" : " and its evidence " + String.join(", ", evidence)));
        return key;
    }

    /** Deletes a CANDIDATE motive and the candidate evidence that only it used. */
    public String rejectMotive(Change change, String key, Integer version) {
        Motive motive = motive(key);
        Versions.check("Motive", motive.key, motive.version, version);
        if (motive.status != ReviewStatus.CANDIDATE) {
            throw new InvalidInputException("rejectMotive: only CANDIDATE motives can be rejected; '" + key + "' is "
                    + motive.status + " (deleteMotive removes a reviewed one)");
        }
        int removed = removeMotive(motive);
        change.record("rejectMotive", "Motive", key, "Rejected candidate motive " + key + " and " + removed
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

    private static Actor actorBySlug(String operation, String slug) {
        return Actor.findBySlug(slug).orElseThrow(() -> new NotFoundException(operation + ": unknown actor '" + slug
                + "' (give the actor's slug, e.g. from ingestArticle's candidateActors)"));
    }

    // ---- checks and look-ups --------------------------------------------------------------------

    /** A required text: present and not only whitespace; returned stripped. */
    private static String required(String operation, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(operation + ": '" + field + "' must not be empty");
        }
        return value.strip();
    }

    /** A list argument: no null or blank items, each at most {@code maxLength} characters. */
    private static List<String> items(String operation, String field, List<String> values, int maxLength) {
        if (values == null) {
            return List.of();
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                throw new InvalidInputException(operation + ": '" + field + "' must not contain empty items");
            }
            if (value.length() > maxLength) {
                throw new InvalidInputException(operation + ": an item of '" + field + "' is longer than " + maxLength + " characters");
            }
        }
        return values.stream().map(String::strip).toList();
    }

    /** Only reviewed evidence may back a motive: a candidate is confirmed first. */
    private static Evidence confirmed(String operation, Evidence evidence) {
        if (evidence.status != EvidenceStatus.CONFIRMED) {
            throw new InvalidInputException(operation + ": evidence '" + evidence.key + "' is a " + evidence.status
                    + "; confirm it (confirmEvidence) before linking it to a motive");
        }
        return evidence;
    }

    private static Topic topic(String slug) {
        return Topic.findBySlug(slug).orElseThrow(() -> new NotFoundException("Unknown topic '" + slug + "'. Valid slugs: "
                + String.join(", ", Topic.<Topic>listAll().stream().map(t -> t.slug).sorted().toList())));
    }

    private static Set<Topic> topics(List<String> slugs) {
        Set<Topic> topics = new LinkedHashSet<>();
        for (String slug : slugs == null ? List.<String>of() : slugs) {
            topics.add(topic(slug));
        }
        return topics;
    }

    private static Actor actor(String slugOrAlias) {
        return Actor.findBySlug(slugOrAlias).or(() -> ActorAlias.<ActorAlias>find("normalized", Names.normalize(slugOrAlias))
                .firstResultOptional().map(a -> a.actor))
                .orElseThrow(() -> new NotFoundException("Unknown actor '" + slugOrAlias + "'. Valid slugs: "
                        + String.join(", ", Actor.<Actor>listAll().stream().map(a -> a.slug).sorted().toList())));
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
