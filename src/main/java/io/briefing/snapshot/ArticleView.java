package io.briefing.snapshot;

import io.briefing.article.ArticleOrigin;
import io.briefing.article.ArticleText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Article")
@Description("A news article, stored byte-for-byte. Every offset in the API indexes `text` with UTF-16 code units, half-open `[start, end)` as Java's String.substring.")
public final class ArticleView {

    final long dbId;
    private final String slug;
    private final String title;
    private final String source;
    private final String url;
    private final LocalDate publishedOn;
    private final ArticleOrigin origin;
    private final String contentHash;
    private final Instant createdAt;
    private final ArticleText analysis;
    private final List<ArtifactView> artifacts;
    List<EvidenceView> evidence = List.of();
    List<EvidenceView> passages = List.of();

    ArticleView(long dbId, String slug, String title, String source, String url, LocalDate publishedOn,
            ArticleOrigin origin, String contentHash, Instant createdAt, ArticleText analysis) {
        this.dbId = dbId;
        this.slug = slug;
        this.title = title;
        this.source = source;
        this.url = url;
        this.publishedOn = publishedOn;
        this.origin = origin;
        this.contentHash = contentHash;
        this.createdAt = createdAt;
        this.analysis = analysis;
        this.artifacts = analysis.artifacts().stream().map(ArtifactView::new).toList();
    }

    @Id
    @NonNull
    @Description("Stable identifier of the article.")
    public String getId() {
        return "Article:" + dbId;
    }

    @NonNull
    @Description("URL-safe unique name, used to look the article up.")
    public String getSlug() {
        return slug;
    }

    @NonNull
    @Description("Headline of the article.")
    public String getTitle() {
        return title;
    }

    @NonNull
    @Description("The raw article text exactly as received, scraping artifacts included. Evidence offsets index this string.")
    public String getText() {
        return analysis.raw();
    }

    @NonNull
    @Description("A cleaned reading: placeholder lines dropped and fused words separated. For people only; never quoted.")
    public String getCleanText() {
        return analysis.cleanText();
    }

    @Description("Outlet or source of the article, when known.")
    public String getSource() {
        return source;
    }

    @Description("Where the article was published, when known.")
    public String getUrl() {
        return url;
    }

    @Description("Publication date, when known (the shipped article: 2024-06-19, the day the visit began). Relative time expressions in its evidence (\"last year\", \"on Monday\") are resolved against it.")
    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    @NonNull
    @Description("Whether the article shipped with the service or was ingested.")
    public ArticleOrigin getOrigin() {
        return origin;
    }

    @NonNull
    @Description("SHA-256 of the text's UTF-8 bytes (hex). Ingesting the same text again returns this article.")
    public String getContentHash() {
        return contentHash;
    }

    @NonNull
    @Description("When the article was stored.")
    public Instant getCreatedAt() {
        return createdAt;
    }


    @NonNull
    @Description("The article's paragraphs in order, headings and placeholder lines included (flagged).")
    public List<@NonNull ParagraphView> getParagraphs() {
        // Built when asked (cheap views over the shared analysis) rather than held by every snapshot.
        return analysis.paragraphs().stream().map(p -> new ParagraphView(p, analysis)).toList();
    }

    @NonNull
    @Description("Section headings recognised in the article, such as \"What does Russia want?\".")
    public List<@NonNull ParagraphView> getHeadings() {
        return analysis.paragraphs().stream().filter(p -> p.heading()).map(p -> new ParagraphView(p, analysis)).toList();
    }

    @NonNull
    @Description("All scraping artifacts in the text, in order.")
    public List<@NonNull ArtifactView> getArtifacts() {
        return artifacts;
    }

    @Description("How many evidence items quote this article (confirmed and candidates).")
    public int getEvidenceCount() {
        return evidence.size();
    }

    ArticleText analysis() {
        return analysis;
    }

    private volatile String normalizedText;

    /** The text as {@code Names.normalize} gives it, padded with spaces, worked out once: who it names in full (see ActorView.introducedIn). */
    String normalizedText() {
        String n = normalizedText;
        if (n == null) {
            n = " " + io.briefing.knowledge.Names.normalize(getText()) + " ";
            normalizedText = n;
        }
        return n;
    }

    /** Every sentence of the article as UNREVIEWED evidence (see {@link Passages}), in reading order. */
    public List<EvidenceView> passages() {
        return passages;
    }

    /** The words the article writes capitalised where no sentence, quotation or dateline starts (see {@link ArticleText#capitalisedMidSentence}). */
    public java.util.Set<String> capitalisedMidSentence() {
        return analysis.capitalisedMidSentence();
    }

    /** Evidence quoting this article, in reading order. */
    public List<EvidenceView> evidenceItems() {
        return evidence;
    }
}
