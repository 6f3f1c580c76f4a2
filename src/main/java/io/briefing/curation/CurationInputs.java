package io.briefing.curation;

import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.EvidenceKind;
import io.briefing.knowledge.EvidenceRole;
import io.briefing.knowledge.MotiveKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL input types of the curation mutations, with their limits. */
public final class CurationInputs {

    private CurationInputs() {
    }

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    @Input("TopicInput")
    @Description("A new topic.")
    public record TopicInput(
            @Pattern(regexp = SLUG, message = "must be lower-case words joined by hyphens") @Size(max = 80)
            @Description("URL-safe unique name; derived from the name when omitted.") String slug,
            @NonNull @NotBlank @Size(max = 200) @Description("Display name.") String name,
            @Size(max = 2000) @Description("What the topic covers.") String description,
            @Size(max = 50) @Description("Words readers use for the topic (each at most 100 characters).") List<String> keywords) {
    }

    @Input("TopicUpdate")
    @Description("Changes to a topic; omitted fields stay as they are.")
    public record TopicUpdate(
            @NonNull @NotBlank @Size(max = 80) @Description("The topic to change.") String slug,
            @NonNull @NotNull @Description("The version you read; a stale version is rejected with a conflict error.") Integer version,
            @Size(min = 1, max = 200) @Description("New display name.") String name,
            @Size(max = 2000) @Description("New description.") String description,
            @Size(max = 50) @Description("New keyword list (replaces the old one).") List<String> keywords) {
    }

    @Input("MotiveInput")
    @Description("A new motive, backed by at least one existing evidence item.")
    public record MotiveInput(
            @Pattern(regexp = SLUG, message = "must be lower-case words joined by hyphens") @Size(max = 120)
            @Description("Unique key; derived from the actor and statement when omitted.") String key,
            @NonNull @NotBlank @Size(max = 200) @Description("The actor: slug or alias.") String actor,
            @NonNull @NotNull @Description("Goal, offer or concern.") MotiveKind kind,
            @NonNull @NotBlank @Size(max = 1000) @Description("The motive in one sentence, faithful to the evidence.") String statement,
            @Min(1) @Max(5) @Description("Weight in briefings, 1 to 5; 3 when omitted.") Integer importance,
            @Size(max = 20) @Description("Topic slugs.") List<String> topics,
            @NonNull @NotEmpty @Size(max = 50) @Description("Keys of the evidence items that support the motive (at least one).") List<String> evidence) {
    }

    @Input("MotiveUpdate")
    @Description("Changes to a motive; omitted fields stay as they are.")
    public record MotiveUpdate(
            @NonNull @NotBlank @Size(max = 120) @Description("The motive to change.") String key,
            @NonNull @NotNull @Description("The version you read; a stale version is rejected with a conflict error.") Integer version,
            @Size(min = 1, max = 1000) @Description("New statement.") String statement,
            @Description("New kind.") MotiveKind kind,
            @Min(1) @Max(5) @Description("New importance, 1 to 5.") Integer importance,
            @Size(max = 20) @Description("New topic slugs (replace the old ones).") List<String> topics) {
    }

    @Input("AliasInput")
    @Description("An alias to add to or remove from an actor.")
    public record AliasInput(
            @NonNull @NotBlank @Size(max = 200) @Description("The actor: slug or alias.") String actor,
            @NonNull @NotNull @Description("The actor's version you read; a stale version is rejected.") Integer version,
            @NonNull @NotBlank @Size(max = 200) @Description("The alias, e.g. \"Pyongyang\".") String alias) {
    }

    @Input("QuoteEvidenceInput")
    @Description("Evidence given by quoting an article verbatim, attached to a motive. The service finds the offsets and rejects a quote that is not in the article.")
    public record QuoteEvidenceInput(
            @NonNull @NotBlank @Size(max = 120) @Description("The motive to attach the evidence to.") String motive,
            @NonNull @NotNull @Description("The motive's version you read; a stale version is rejected.") Integer motiveVersion,
            @NonNull @NotBlank @Size(max = 120) @Description("The article quoted (slug).") String article,
            @NonNull @NotBlank @Size(max = 8000) @Description("The exact text, character for character (curly quotes included).") String quote,
            @Min(0) @Description("Which occurrence (0-based) when the quote appears more than once.") Integer occurrence,
            @Description("Whether the evidence supports (default) or complicates the motive.") EvidenceRole role,
            @Size(max = 300) @Description("Who asserts it.") String speaker,
            @Description("How firmly the article establishes it; REPORTED when omitted.") Certainty certainty,
            @Description("What kind of evidence it is; REPORT when omitted.") EvidenceKind kind,
            @Min(1) @Max(5) @Description("Weight in briefings, 1 to 5; 3 when omitted.") Integer importance,
            @Size(max = 20) @Description("Actors concerned (slugs or aliases).") List<String> actors,
            @Size(max = 20) @Description("Topic slugs.") List<String> topics,
            @Size(max = 2000) @Description("Editor's note.") String note) {
    }

    @Input("ArticleInput")
    @Description("A new article to ingest. The text is stored byte-for-byte.")
    public record ArticleInput(
            @NonNull @NotBlank @Size(max = 300) @Description("Headline.") String title,
            @NonNull @NotBlank @Description("The article text, at most 200 KB in UTF-8. Stored exactly as sent.") String text,
            @Size(max = 200) @Description("Outlet or source.") String source,
            @Size(max = 2000) @Description("Where it was published: an absolute http(s) URL.") String url,
            @Description("Publication date as YYYY-MM-DD.") String publishedOn) {
    }
}
