package io.briefing.curation;

import io.briefing.article.Article;
import io.briefing.article.ArticleAnalyzer;
import io.briefing.article.ArticleOrigin;
import io.briefing.article.ArticleText;
import io.briefing.article.ContentHash;
import io.briefing.curation.CurationInputs.ArticleInput;
import io.briefing.error.InvalidInputException;
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

    public IngestionService(ArticleAnalyzer analyzer) {
        this.analyzer = analyzer;
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
        validate(input);
        String hash = ContentHash.of(input.text());
        Optional<Article> existing = Article.findByContentHash(hash);
        if (existing.isPresent()) {
            List<String> keys = Evidence.<Evidence>list("article = ?1 and status = ?2", existing.get(), EvidenceStatus.CANDIDATE)
                    .stream().map(e -> e.key).toList();
            return new Ingested(existing.get().slug, false, keys);
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

        ArticleText text = analyzer.analyse(hash, article.body);
        List<String> keys = new ArrayList<>();
        for (EvidenceExtractor.Candidate c : extractor.extract(text, ActorAlias.listAll(), Actor.listAll(), Topic.listAll())) {
            if (c.quote().length() > MAX_CANDIDATE_LENGTH) {
                continue; // a "sentence" this long is unpunctuated text, not a quotable claim
            }
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
                + " characters, " + text.artifacts().size() + " artifacts flagged, " + keys.size() + " candidate evidence)");
        return new Ingested(article.slug, true, keys);
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
