package io.briefing.snapshot;

import io.briefing.knowledge.ActorKind;
import io.briefing.knowledge.Provenance;
import io.briefing.knowledge.ReviewStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Actor")
@Description("A country, organisation or person the articles talk about.")
public final class ActorView extends CuratedRecordView {

    private final String slug;
    private final String name;
    private final ActorKind kind;
    private final String description;
    private final ReviewStatus status;
    List<String> aliases = List.of();
    ActorView represents;
    List<MotiveView> motives = List.of();

    /** A reviewed actor (test snapshots build these). */
    ActorView(long dbId, String slug, String name, ActorKind kind, String description, Provenance provenance,
            long version, Instant updatedAt) {
        this(dbId, slug, name, kind, description, ReviewStatus.CONFIRMED, provenance, version, updatedAt);
    }

    ActorView(long dbId, String slug, String name, ActorKind kind, String description, ReviewStatus status,
            Provenance provenance, long version, Instant updatedAt) {
        super("Actor", dbId, provenance, version, updatedAt);
        this.slug = slug;
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.status = status;
    }

    @NonNull
    @Description("URL-safe unique name, e.g. \"north-korea\".")
    public String getSlug() {
        return slug;
    }

    @NonNull
    @Description("Display name, e.g. \"North Korea\".")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("Country, organisation, person, news source, place or group.")
    public ActorKind getKind() {
        return kind;
    }

    @Description("One-line description drawn from the article.")
    public String getDescription() {
        return description;
    }

    @NonNull
    @Description("CONFIRMED for curated or editor-reviewed actors; CANDIDATE for a person, organisation or place the service recognised in an ingested article and no editor has confirmed yet (confirmActor / rejectActor).")
    public ReviewStatus getStatus() {
        return status;
    }

    @NonNull
    @Description("Other names the actor goes by (\"Pyongyang\", \"the Kremlin\"); any of them finds the actor.")
    public List<@NonNull String> getAliases() {
        return aliases;
    }

    @Description("For a person, the country they act for (Kim Jong Un: North Korea); null otherwise.")
    public ActorView getRepresents() {
        return represents;
    }

    @NonNull
    @Description("The actor's motives (goals, offers, concerns): reviewed ones most important first, then CANDIDATE motives awaiting an editor (see Motive.status).")
    public List<@NonNull MotiveView> getMotives() {
        return motives;
    }

    /**
     * Whether an article can name this actor: anyone but a person whose full name it never gives.
     * "Okafor said she ..." in one story is not the Daniel Okafor another story introduced.
     */
    public boolean introducedIn(ArticleView article) {
        String needle = fullNameNeedle();
        // Asked once per sentence that mentions the actor: the whole-text search is done once per article.
        return needle.isEmpty() || introduced.computeIfAbsent(article, a -> a.normalizedText().contains(needle));
    }

    /**
     * Whether an article gives this actor's whole name: where a name several actors share ("Lindqvist",
     * "the trust") is written, it is the one the article names in full.
     */
    public boolean namedInFull(ArticleView article) {
        return namedInFull.computeIfAbsent(article, a -> a.normalizedText().contains(" " + io.briefing.knowledge.Names.normalize(name) + " "));
    }

    private final java.util.Map<ArticleView, Boolean> namedInFull = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether each article asked about gives the full name (articles of this snapshot, as this view is). */
    private final java.util.Map<ArticleView, Boolean> introduced = new java.util.concurrent.ConcurrentHashMap<>();

    private volatile String fullNameNeedle;

    /** A person's full name as it appears in a normalised text, or "" when the actor is not a person named in several words. */
    private String fullNameNeedle() {
        String n = fullNameNeedle;
        if (n == null) {
            n = kind == ActorKind.PERSON && name.trim().indexOf(' ') >= 0 ? " " + io.briefing.knowledge.Names.normalize(name) + " " : "";
            fullNameNeedle = n;
        }
        return n;
    }
}
