package io.briefing.curation;

import io.briefing.article.Article;
import io.briefing.article.ArticleAnalyzer;
import io.briefing.article.ArticleOrigin;
import io.briefing.article.ArticleText;
import io.briefing.article.ContentHash;
import io.briefing.curation.CurationInputs.ArticleInput;
import io.briefing.error.InvalidInputException;
import io.briefing.error.LimitExceededException;
import io.briefing.knowledge.Actor;
import io.briefing.knowledge.ActorKind;
import io.briefing.knowledge.ActorAlias;
import io.briefing.knowledge.Evidence;
import io.briefing.knowledge.EvidenceFactory;
import io.briefing.knowledge.EvidenceRole;
import io.briefing.knowledge.FieldLimits;
import io.briefing.knowledge.Motive;
import io.briefing.knowledge.ReviewStatus;
import io.briefing.knowledge.extraction.ActorRecognizer;
import io.briefing.knowledge.extraction.MotiveProposer;
import io.briefing.language.NameVariants;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.Names;
import io.briefing.knowledge.Provenance;
import io.briefing.knowledge.Topic;
import io.briefing.knowledge.extraction.EvidenceExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Stores a new article exactly as sent and proposes candidate evidence from it. The same text sent
 * twice (same SHA-256) returns the stored article instead of a copy.
 */
@ApplicationScoped
public class IngestionService {

    /** 200 KB of UTF-8: far beyond a news article, small enough to analyse in a request. */
    public static final int MAX_TEXT_BYTES = 200 * 1024;
    /** Longest candidate quote proposed (the evidence column holds 8,000 characters). */
    static final int MAX_CANDIDATE_LENGTH = 2000;

    private final ArticleAnalyzer analyzer;
    private final EvidenceExtractor extractor = new EvidenceExtractor();
    private final int maxCandidates;
    private final long maxTotalText;
    private final int maxActors;
    private final int maxMotives;

    public IngestionService(ArticleAnalyzer analyzer, io.briefing.config.BriefingSettings settings) {
        this.analyzer = analyzer;
        this.maxCandidates = settings.ingestion().maxCandidatesPerArticle();
        this.maxTotalText = settings.ingestion().maxTotalText();
        this.maxActors = settings.ingestion().maxCandidateActorsPerArticle();
        this.maxMotives = settings.ingestion().maxCandidateMotivesPerArticle();
    }

    /**
     * Checks the input and analyses the text (paragraphs, sentences, artifacts), with no database
     * access: run before the writer's turn and the transaction (see {@link KnowledgeWriter#write(String,
     * java.util.function.Supplier, java.util.function.BiFunction)}). The analysis is kept by content hash.
     */
    public Prepared prepare(ArticleInput input) {
        validate(input);
        String hash = ContentHash.of(input.text());
        return new Prepared(hash, analyzer.analyse(hash, input.text()));
    }

    /** A validated article input, its content hash and its analysis. */
    public record Prepared(String hash, ArticleText text) {
    }

    /** The outcome: the article's slug, whether it is new, and the keys of the candidate evidence, actors (slugs) and motives proposed. */
    public record Ingested(String slug, boolean created, List<String> candidates, List<String> actors, List<String> motives) {
    }

    /** Checks the input; called first thing in {@link #ingest}, so a bad request writes nothing. */
    public static void validate(ArticleInput input) {
        if (input.title() == null || input.title().isBlank()) {
            throw new InvalidInputException("ingestArticle: 'title' must not be empty");
        }
        if (input.title().length() > 300) {
            throw new InvalidInputException("ingestArticle: 'title' is too long (" + input.title().length() + " characters; at most 300)");
        }
        if (input.text() == null || input.text().isBlank()) {
            throw new InvalidInputException("ingestArticle: 'text' must not be empty");
        }
        int bytes = input.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_TEXT_BYTES) {
            throw new InvalidInputException("ingestArticle: 'text' is " + bytes + " bytes of UTF-8; the limit is "
                    + MAX_TEXT_BYTES + " bytes (200 KB)");
        }
        for (int i = 0; i < input.text().length(); i++) {
            char c = input.text().charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < input.text().length()
                    && Character.isLowSurrogate(input.text().charAt(i + 1)))) {
                throw new InvalidInputException("ingestArticle: 'text' has invalid Unicode (an unpaired surrogate) at offset " + i);
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        if (input.url() != null && !input.url().isBlank()) {
            try {
                URI uri = new URI(input.url().strip());
                if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                        || uri.getHost() == null) {
                    throw new InvalidInputException("ingestArticle: 'url' must be an absolute http or https URL, got '" + abbreviate(input.url()) + "'");
                }
            } catch (URISyntaxException e) {
                throw new InvalidInputException("ingestArticle: 'url' is not a valid URL: " + abbreviate(input.url()));
            }
        }
        publishedOn(input);
    }

    public Ingested ingest(Change change, ArticleInput input) {
        return ingest(change, input, prepare(input));
    }

    public Ingested ingest(Change change, ArticleInput input, Prepared prepared) {
        String hash = prepared.hash();
        Optional<Article> existing = Article.findByContentHash(hash);
        if (existing.isPresent()) {
            List<Evidence> candidates = Evidence.list("article = ?1 and status = ?2", existing.get(), EvidenceStatus.CANDIDATE);
            List<String> keys = candidates.stream().map(e -> e.key).toList();
            // What the first ingestion proposed and no editor has settled yet: motives backed by this
            // article's candidates, and the candidate actors they or the candidates name.
            List<Motive> motives = Motive.list("select distinct m from Motive m join m.evidence l where l.evidence.article = ?1 and m.status = ?2",
                    existing.get(), ReviewStatus.CANDIDATE);
            Set<String> actors = new java.util.LinkedHashSet<>();
            candidates.forEach(e -> e.actors.stream().filter(a -> a.status == ReviewStatus.CANDIDATE).forEach(a -> actors.add(a.slug)));
            motives.stream().filter(m -> m.actor.status == ReviewStatus.CANDIDATE).forEach(m -> actors.add(m.actor.slug));
            return new Ingested(existing.get().slug, false, keys, List.copyOf(actors), motives.stream().map(m -> m.key).toList());
        }
        long stored = Article.getEntityManager().createQuery("select coalesce(sum(length(a.body)), 0) from Article a", Number.class)
                .getSingleResult().longValue();
        if (stored + input.text().length() > maxTotalText) {
            throw new LimitExceededException("ingestArticle: the service stores " + stored + " characters of article text and this "
                    + "article adds " + input.text().length() + "; the limit is " + maxTotalText
                    + " (briefing.ingestion.max-total-text). Nothing was written");
        }
        Article article = new Article();
        article.slug = uniqueSlug(Names.slugify(input.title()));
        article.title = input.title().strip();
        article.source = blankToNull(input.source());
        article.url = blankToNull(input.url());
        article.publishedOn = publishedOn(input);
        article.body = input.text();
        article.contentHash = hash;
        article.origin = ArticleOrigin.INGESTED;
        article.createdAt = change.at();
        article.createdBy = change.user();
        article.persist();

        ArticleText text = prepared.text();
        List<Actor> actors = new ArrayList<>(Actor.<Actor>listAll());
        List<ActorAlias> aliases = new ArrayList<>(ActorAlias.<ActorAlias>listAll());
        Map<Actor, List<String>> descriptionsOf = new HashMap<>();
        List<Actor> newActors = proposeActors(change, text, actors, aliases, descriptionsOf);
        actors.addAll(newActors);
        newActors.forEach(a -> aliases.addAll(a.aliases));
        List<Topic> topics = Topic.listAll();

        List<EvidenceExtractor.Candidate> found = new ArrayList<>();
        // Candidate evidence is proposed for reviewed actors, as before; a candidate actor's sentences
        // become evidence only where they state a motive (below). Proposing every sentence that names
        // a new organisation or place flooded the review queue and the search index with sentences
        // nobody asked about (measured on the evaluation suite: seed-article recall fell 0.71 to 0.67).
        List<ActorAlias> reviewedAliases = aliases.stream().filter(a -> a.actor.status == ReviewStatus.CONFIRMED).toList();
        List<Actor> reviewedActors = actors.stream().filter(a -> a.status == ReviewStatus.CONFIRMED).toList();
        for (EvidenceExtractor.Candidate c : extractor.extract(text, reviewedAliases, reviewedActors, topics)) {
            if (c.quote().length() <= MAX_CANDIDATE_LENGTH) { // a longer "sentence" is unpunctuated text, not a quotable claim
                found.add(c);
            }
        }
        List<EvidenceExtractor.Candidate> kept = strongest(found, maxCandidates);
        List<String> keys = new ArrayList<>();
        Map<Integer, Evidence> bySentence = new HashMap<>();
        for (EvidenceExtractor.Candidate c : kept) {
            Evidence e = candidateEvidence(change, article, c);
            bySentence.put(c.sentence().index(), e);
            keys.add(e.key);
        }
        Map<Actor, List<String>> aliasesOf = new HashMap<>();
        aliases.forEach(al -> aliasesOf.computeIfAbsent(al.actor, k -> new ArrayList<>()).add(al.alias));
        List<String> motiveKeys = proposeMotives(change, article, text, actors, aliasesOf, newActors, descriptionsOf, topics, bySentence, keys);
        change.record(article.slug, "Ingested '" + article.title + "' (" + article.body.length()
                + " characters, " + text.artifacts().size() + " artifacts flagged, " + keys.size() + " candidate evidence"
                + (found.size() > kept.size() ? "; " + (found.size() - kept.size()) + " weaker candidates over the cap of "
                        + maxCandidates + " not proposed" : "") + ", " + newActors.size() + " candidate actors, "
                + motiveKeys.size() + " candidate motives)");
        return new Ingested(article.slug, true, keys, newActors.stream().map(a -> a.slug).toList(), motiveKeys);
    }

    /** A CANDIDATE evidence item for one sentence, built by the one {@link EvidenceFactory}. */
    private static Evidence candidateEvidence(Change change, Article article, EvidenceExtractor.Candidate c) {
        Evidence e = Evidence.create("cand-" + article.id + "-" + c.sentence().index(), article, Provenance.EXTRACTED,
                change.user(), change.at());
        EvidenceFactory.fill(e, c.quote(), c.sentence().span().start(), 0,
                new EvidenceFactory.Grading(c.speaker(), c.certainty(), c.kind(), c.importance(), null, EvidenceStatus.CANDIDATE),
                EvidenceFactory.figures(c.quantities()));
        e.actors.addAll(c.actors());
        e.topics.addAll(c.topics());
        e.persist();
        return e;
    }

    /**
     * People, organisations, places and countries the article names that are no actor's name or
     * alias yet (nor a common variant of one, such as "North Korean"), stored as CANDIDATE actors.
     */
    private List<Actor> proposeActors(Change change, ArticleText text, List<Actor> actors, List<ActorAlias> aliases,
            Map<Actor, List<String>> descriptionsOf) {
        Set<String> taken = new HashSet<>();
        Map<String, Actor> byName = new HashMap<>();
        for (Actor a : actors) {
            for (String name : List.of(a.name, a.slug.replace('-', ' '))) {
                taken.add(Names.normalize(name));
                byName.putIfAbsent(Names.normalize(name), a);
            }
            NameVariants.shared().variantsOf(a.name, a.kind.name()).forEach(v -> taken.add(Names.normalize(v)));
        }
        for (ActorAlias alias : aliases) {
            taken.add(alias.normalized);
            byName.putIfAbsent(alias.normalized, alias.actor);
        }
        Set<String> slugs = new HashSet<>();
        actors.forEach(a -> slugs.add(a.slug));
        List<Actor> created = new ArrayList<>();
        Map<Actor, String> represents = new HashMap<>();
        for (ActorRecognizer.Proposal p : new ActorRecognizer(maxActors).recognise(text, taken::contains)) {
            if (p.name().length() > FieldLimits.NAME) {
                continue;
            }
            Actor actor = new Actor();
            String base = UniqueKeys.truncate(Names.slugify(p.name()), FieldLimits.SLUG);
            // Room for the "-N" a taken slug gets.
            actor.slug = UniqueKeys.first(base.isEmpty() ? "actor" : base, FieldLimits.SLUG - 4, slugs::contains);
            slugs.add(actor.slug);
            actor.name = p.name();
            actor.kind = p.kind();
            actor.description = p.description() == null ? null : UniqueKeys.truncate(p.description(), FieldLimits.DESCRIPTION);
            actor.provenance = Provenance.EXTRACTED;
            actor.status = ReviewStatus.CANDIDATE;
            actor.touch(change.user(), change.at());
            actor.aliases.add(ActorAlias.of(actor, p.name(), false));
            p.aliases().stream().filter(al -> al.length() <= FieldLimits.NAME).forEach(al -> actor.aliases.add(ActorAlias.of(actor, al, false)));
            actor.persist();
            created.add(actor);
            descriptionsOf.put(actor, p.descriptions());
            byName.put(Names.normalize(p.name()), actor);
            if (p.represents() != null) {
                represents.put(actor, p.represents());
            }
        }
        // "Fjordfly's chief executive, Marit Hovland": the person acts for the airline.
        represents.forEach((person, name) -> person.represents = byName.get(Names.normalize(name)));
        return created;
    }

    /**
     * CANDIDATE motives from sentences where an actor wants, demands, fears, warns, offers, pledges
     * ...: each backed by its sentence as CANDIDATE evidence (the one already proposed for it, or a
     * new one), attached to its subject's actor, existing or candidate.
     */
    private List<String> proposeMotives(Change change, Article article, ArticleText text, List<Actor> actors,
            Map<Actor, List<String>> aliasesOf, List<Actor> newActors, Map<Actor, List<String>> descriptionsOf,
            List<Topic> topics, Map<Integer, Evidence> bySentence, List<String> evidenceKeys) {
        Map<String, Actor> byId = new HashMap<>();
        List<MotiveProposer.Named> named = new ArrayList<>();
        // A description ("the federation") names the one organisation of its own article: another
        // article's federation keeps its alias, but it never takes this article's sentences, and this
        // article's one federation answers to it here even when the alias was taken.
        Map<String, List<Actor>> newByHead = new HashMap<>();
        for (Actor a : newActors) {
            if (a.kind == ActorKind.ORGANIZATION) {
                String[] words = Names.normalize(a.name).split(" ");
                newByHead.computeIfAbsent("the " + words[words.length - 1], k -> new ArrayList<>()).add(a);
            }
        }
        for (Actor a : actors) {
            byId.put(a.slug, a);
            List<String> aliases = new ArrayList<>();
            for (String alias : aliasesOf.getOrDefault(a, List.of())) {
                boolean description = Names.normalize(alias).startsWith("the ");
                if (!description || newActors.contains(a)) {
                    aliases.add(alias);
                }
            }
            newByHead.forEach((description, owners) -> {
                if (owners.size() == 1 && owners.get(0) == a && !aliases.contains(description)) {
                    aliases.add(description);
                }
            });
            // "The company also promises ...": what the article calls its new body, though another article's
            // company holds the alias "the company".
            descriptionsOf.getOrDefault(a, List.of()).stream().filter(d -> !aliases.contains(d)).forEach(aliases::add);
            named.add(new MotiveProposer.Named(a.slug, a.name, aliases, a.kind));
        }
        List<String> keys = new ArrayList<>();
        // The candidate keys in use, read once rather than once per proposed motive.
        Set<String> motiveKeys = new HashSet<>(Motive.getEntityManager()
                .createQuery("select m.key from Motive m where m.key like 'cand-%'", String.class).getResultList());
        for (MotiveProposer.Proposal p : new MotiveProposer(maxMotives).propose(text, named)) {
            if (p.quote().length() > MAX_CANDIDATE_LENGTH) {
                continue;
            }
            Actor actor = byId.get(p.actorId());
            Evidence evidence = bySentence.get(p.sentence().index());
            if (evidence == null) {
                evidence = candidateEvidence(change, article, extractor.describe(text, p.sentence(), new LinkedHashSet<>(List.of(actor)), topics));
                bySentence.put(p.sentence().index(), evidence);
                evidenceKeys.add(evidence.key);
            } else {
                evidence.actors.add(actor);
            }
            Motive motive = new Motive();
            String words = Names.slugify(p.statement().substring(Math.min(actor.name.length(), p.statement().length())));
            String[] parts = words.split("-");
            // Room for the "-N" a taken key gets.
            motive.key = UniqueKeys.first(UniqueKeys.truncate("cand-" + actor.slug + "-" + String.join("-",
                    java.util.Arrays.copyOf(parts, Math.min(6, parts.length))), FieldLimits.MOTIVE_KEY - 10), FieldLimits.MOTIVE_KEY - 10,
                    motiveKeys::contains);
            motiveKeys.add(motive.key);
            motive.actor = actor;
            motive.kind = p.kind();
            motive.statement = UniqueKeys.truncate(p.statement(), FieldLimits.STATEMENT);
            motive.importance = 3;
            motive.provenance = Provenance.EXTRACTED;
            motive.status = ReviewStatus.CANDIDATE;
            motive.touch(change.user(), change.at());
            motive.topics.addAll(evidence.topics);
            motive.persist();
            motive.link(evidence, EvidenceRole.SUPPORTS);
            keys.add(motive.key);
        }
        return keys;
    }

    /**
     * At most {@code cap} candidates: the most important ones (ties: earlier in the text), returned
     * in reading order. Each candidate costs database rows, snapshot memory and search-index entries,
     * so a long article must not flood the review queue (a 200 KB text gave about 1,570).
     */
    static List<EvidenceExtractor.Candidate> strongest(List<EvidenceExtractor.Candidate> candidates, int cap) {
        if (candidates.size() <= cap) {
            return candidates;
        }
        return candidates.stream()
                .sorted(java.util.Comparator.comparingInt(EvidenceExtractor.Candidate::importance).reversed()
                        .thenComparingInt(c -> c.sentence().span().start()))
                .limit(Math.max(0, cap))
                .sorted(java.util.Comparator.comparingInt(c -> c.sentence().span().start()))
                .toList();
    }

    private static LocalDate publishedOn(ArticleInput input) {
        if (input.publishedOn() == null || input.publishedOn().isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(input.publishedOn().strip());
            if (date.isAfter(LocalDate.now().plusDays(1))) {
                throw new InvalidInputException("ingestArticle: 'publishedOn' is in the future: " + date);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("ingestArticle: 'publishedOn' must be a date as YYYY-MM-DD, got '"
                    + abbreviate(input.publishedOn()) + "'");
        }
    }

    private static String uniqueSlug(String base) {
        return UniqueKeys.first(base.isEmpty() ? "article" : base, 100, slug -> Article.findBySlug(slug).isPresent());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String abbreviate(String value) {
        return io.briefing.article.QuoteLocator.abbreviate(value);
    }
}
