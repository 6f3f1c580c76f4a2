package io.briefing.snapshot;

import io.briefing.article.TextSpan;
import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.EvidenceKind;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.Provenance;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Evidence")
@Description("A verbatim quote from an article with who asserts it and how firmly. Invariant: `quote == article.text[start, end)` (UTF-16 offsets, Java substring semantics).")
public final class EvidenceView extends CuratedRecordView {

    private final String key;
    private final String quote;
    private final int start;
    private final int end;
    private final String speaker;
    private final Certainty certainty;
    private final EvidenceKind kind;
    private final int importance;
    private final String note;
    private final List<String> keywords;
    private final EvidenceStatus status;
    ArticleView article;
    ActorView speakerActor;
    List<ActorView> actors = List.of();
    List<TopicView> topics = List.of();
    List<QuantityView> quantities = List.of();
    List<TimeExpressionView> times = List.of();
    List<ArtifactView> artifacts = List.of();
    String cleanQuote;
    Integer paragraphIndex;
    String section;

    EvidenceView(long dbId, String key, String quote, int start, int end, String speaker, Certainty certainty,
            EvidenceKind kind, int importance, String note, List<String> keywords, Provenance provenance,
            EvidenceStatus status, long version, Instant updatedAt) {
        super("Evidence", dbId, provenance, version, updatedAt);
        this.key = key;
        this.quote = quote;
        this.start = start;
        this.end = end;
        this.speaker = speaker;
        this.certainty = certainty;
        this.kind = kind;
        this.importance = importance;
        this.note = note;
        this.keywords = keywords;
        this.status = status;
    }

    @NonNull
    @Description("Human-readable unique key, e.g. \"ev-shin-containers\".")
    public String getKey() {
        return key;
    }

    @NonNull
    @Description("The verbatim quote, scraping artifacts included; equals `article.text[start, end)`.")
    public String getQuote() {
        return quote;
    }

    @Description("Offset of the quote's first character in the article text (UTF-16, inclusive).")
    public int getStart() {
        return start;
    }

    @Description("Offset just past the quote's last character (UTF-16, exclusive).")
    public int getEnd() {
        return end;
    }

    @NonNull
    @Description("The article the quote comes from.")
    public ArticleView getArticle() {
        return article;
    }

    @Description("Index of the paragraph that contains the start of the quote.")
    public Integer getParagraphIndex() {
        return paragraphIndex;
    }

    @Description("The article section (heading) the quote falls under, or null before the first heading.")
    public String getSection() {
        return section;
    }

    @NonNull
    @Description("A cleaned reading of the quote (fused words separated). For reading only; cite `quote`.")
    public String getCleanQuote() {
        return cleanQuote;
    }

    @NonNull
    @Description("Scraping artifacts inside the quote, so a reader knows where the text was damaged.")
    public List<@NonNull ArtifactView> getArtifacts() {
        return artifacts;
    }

    @Description("Who asserts it, as precisely as the article allows, e.g. \"South Korean Defense Minister Shin Won-seok, interviewed by Bloomberg\".")
    public String getSpeaker() {
        return speaker;
    }

    @Description("The actor who asserts it, when the speaker is a known actor.")
    public ActorView getSpeakerActor() {
        return speakerActor;
    }

    @NonNull
    @Description("How firmly the article establishes it.")
    public Certainty getCertainty() {
        return certainty;
    }

    @NonNull
    @Description("What kind of evidence it is.")
    public EvidenceKind getKind() {
        return kind;
    }

    @Description("Weight in briefings, 1 (minor) to 5 (central).")
    public int getImportance() {
        return importance;
    }

    @NonNull
    @Description("Figures stated in the quote, structured.")
    public List<@NonNull QuantityView> getQuantities() {
        return quantities;
    }

    @NonNull
    @Description("Time expressions in the quote (\"last September\", \"on Monday\", \"for 15 years\"), in order, with article offsets and ISO values resolved against the article's publication date.")
    public List<@NonNull TimeExpressionView> getTimes() {
        return times;
    }

    @NonNull
    @Description("The outlets the article credits for this item (Reuters, Bloomberg, Rodong Sinmun, Russian state media): its actors of kind SOURCE.")
    public List<@NonNull ActorView> getSources() {
        return actors.stream().filter(a -> a.getKind() == io.briefing.knowledge.ActorKind.SOURCE).toList();
    }

    @NonNull
    @Description("Actors the quote concerns, and the outlets it is credited to (kind SOURCE).")
    public List<@NonNull ActorView> getActors() {
        return actors;
    }

    @NonNull
    @Description("Topics the quote bears on.")
    public List<@NonNull TopicView> getTopics() {
        return topics;
    }

    @Description("Curator's note on the quote, e.g. about damaged text or how to read a figure.")
    public String getNote() {
        return note;
    }

    @NonNull
    @Description("Index words a reader might search with that the quote itself lacks. Search aids, not facts.")
    public List<@NonNull String> getKeywords() {
        return keywords;
    }

    @NonNull
    @Description("CONFIRMED evidence backs briefings; CANDIDATE evidence waits for an editor.")
    public EvidenceStatus getStatus() {
        return status;
    }

    TextSpan span() {
        return new TextSpan(start, end);
    }

    String key() {
        return key;
    }
}
