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
import io.briefing.knowledge.ActorAlias;
import io.briefing.knowledge.Evidence;
import io.briefing.knowledge.EvidenceQuantity;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.Names;
import io.briefing.knowledge.Provenance;
import io.briefing.knowledge.Topic;
import io.briefing.knowledge.extraction.EvidenceExtractor;
import io.briefing.knowledge.extraction.ExtractedQuantity;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    public IngestionService(ArticleAnalyzer analyzer,
            @ConfigProperty(name = "briefing.ingestion.max-candidates-per-article", defaultValue = "100") int maxCandidates,
            @ConfigProperty(name = "briefing.ingestion.max-total-text", defaultValue = "10000000") long maxTotalText) {
        this.analyzer = analyzer;
        this.maxCandidates = maxCandidates;
        this.maxTotalText = maxTotalText;
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

    /** The outcome: the article's slug, whether it is new, and the candidate evidence keys. */
    public record Ingested(String slug, boolean created, List<String> candidates) {
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
            List<String> keys = Evidence.<Evidence>list("article = ?1 and status = ?2", existing.get(), EvidenceStatus.CANDIDATE)
                    .stream().map(e -> e.key).toList();
            return new Ingested(existing.get().slug, false, keys);
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
        List<EvidenceExtractor.Candidate> found = new ArrayList<>();
        for (EvidenceExtractor.Candidate c : extractor.extract(text, ActorAlias.listAll(), Actor.listAll(), Topic.listAll())) {
            if (c.quote().length() <= MAX_CANDIDATE_LENGTH) { // a longer "sentence" is unpunctuated text, not a quotable claim
                found.add(c);
            }
        }
        List<EvidenceExtractor.Candidate> kept = strongest(found, maxCandidates);
        List<String> keys = new ArrayList<>();
        for (EvidenceExtractor.Candidate c : kept) {
            Evidence e = Evidence.create("cand-" + article.id + "-" + c.sentence().index(), article, Provenance.EXTRACTED,
                    change.user(), change.at());
            e.quote = c.quote();
            e.startOffset = c.sentence().span().start();
            e.endOffset = c.sentence().span().end();
            e.speaker = c.speaker();
            e.certainty = c.certainty();
            e.kind = c.kind();
            e.importance = c.importance();
            e.status = EvidenceStatus.CANDIDATE;
            e.actors.addAll(c.actors());
            e.topics.addAll(c.topics());
            List<EvidenceQuantity> quantities = new ArrayList<>();
            for (ExtractedQuantity q : c.quantities()) {
                EvidenceQuantity quantity = new EvidenceQuantity();
                quantity.text = q.text();
                quantity.amount = q.value();
                quantity.unit = q.unit().length() > 100 ? q.unit().substring(0, 100) : q.unit();
                quantity.kind = q.kind();
                quantity.bound = q.bound();
                quantity.startOffset = e.startOffset + q.start();
                quantity.endOffset = e.startOffset + q.end();
                quantities.add(quantity);
            }
            e.replaceQuantities(quantities);
            e.persist();
            keys.add(e.key);
        }
        change.record("ingestArticle", "Article", article.slug, "Ingested '" + article.title + "' (" + article.body.length()
                + " characters, " + text.artifacts().size() + " artifacts flagged, " + keys.size() + " candidate evidence"
                + (found.size() > kept.size() ? "; " + (found.size() - kept.size()) + " weaker candidates over the cap of "
                        + maxCandidates + " not proposed" : "") + ")");
        return new Ingested(article.slug, true, keys);
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
