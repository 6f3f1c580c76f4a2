package io.briefing.curation;

import static io.briefing.knowledge.FieldLimits.*;

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

/**
 * GraphQL input types of the curation mutations, with their limits. Bean Validation owns their shape
 * (lengths from {@link io.briefing.knowledge.FieldLimits}, shared with the entities' columns); the
 * services check only what needs the knowledge base (existence, uniqueness, versions, links).
 */
public final class CurationInputs {

    private CurationInputs() {
    }

    static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    /** Optional text that, when given, has a non-space character ({@code @NotBlank} would also refuse null). */
    static final String NOT_BLANK = "(?s).*\\S.*";
    static final String NOT_BLANK_MESSAGE = "must not be blank";

    @Input("TopicInput")
    @Description("A new topic.")
    public record TopicInput(
            @Pattern(regexp = SLUG_PATTERN, message = "must be lower-case words joined by hyphens") @Size(max = SLUG)
            @Description("URL-safe unique name; derived from the name when omitted.") String slug,
            @NonNull @NotBlank @Size(max = NAME) @Description("Display name.") String name,
            @Size(max = DESCRIPTION) @Description("What the topic covers.") String description,
            @Size(max = 50) @Description("Words readers use for the topic (each at most 100 characters).") List<@Size(max = KEYWORD) String> keywords) {
    }

    @Input("TopicUpdate")
    @Description("Changes to a topic; omitted fields stay as they are.")
    public record TopicUpdate(
            @NonNull @NotBlank @Size(max = NAME) @Description("The topic to change (slug or name).") String slug,
            @NonNull @NotNull @Description("The version you read; a stale version is rejected with a conflict error.") Integer version,
            @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE) @Size(min = 1, max = NAME) @Description("New display name.") String name,
            @Size(max = DESCRIPTION) @Description("New description.") String description,
            @Size(max = 50) @Description("New keyword list (replaces the old one).") List<@Size(max = KEYWORD) String> keywords) {
    }

    @Input("MotiveInput")
    @Description("A new motive, backed by at least one existing evidence item.")
    public record MotiveInput(
            @Pattern(regexp = SLUG_PATTERN, message = "must be lower-case words joined by hyphens") @Size(max = MOTIVE_KEY)
            @Description("Unique key; derived from the actor and statement when omitted.") String key,
            @NonNull @NotBlank @Size(max = NAME) @Description("The actor: slug, name or alias.") String actor,
            @NonNull @NotNull @Description("Goal, offer or concern.") MotiveKind kind,
            @NonNull @NotBlank @Size(max = STATEMENT) @Description("The motive in one sentence, faithful to the evidence.") String statement,
            @Min(1) @Max(5) @Description("Weight in briefings, 1 to 5; 3 when omitted.") Integer importance,
            @Size(max = 20) @Description("Topics (slugs or names).") List<@Size(max = NAME) String> topics,
            @NonNull @NotEmpty @Size(max = 50) @Description("Keys of the evidence items that support the motive (at least one).") List<@Size(max = EVIDENCE_KEY) String> evidence) {
    }

    @Input("MotiveUpdate")
    @Description("Changes to a motive; omitted fields stay as they are.")
    public record MotiveUpdate(
            @NonNull @NotBlank @Size(max = MOTIVE_KEY) @Description("The motive to change.") String key,
            @NonNull @NotNull @Description("The version you read; a stale version is rejected with a conflict error.") Integer version,
            @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE) @Size(min = 1, max = STATEMENT) @Description("New statement.") String statement,
            @Description("New kind.") MotiveKind kind,
            @Min(1) @Max(5) @Description("New importance, 1 to 5.") Integer importance,
            @Size(max = 20) @Description("New topics, slugs or names (replace the old ones).") List<@Size(max = NAME) String> topics) {
    }

    @Input("AliasInput")
    @Description("An alias to add to or remove from an actor.")
    public record AliasInput(
            @NonNull @NotBlank @Size(max = NAME) @Description("The actor: slug, name or alias.") String actor,
            @NonNull @NotNull @Description("The actor's version you read; a stale version is rejected.") Integer version,
            @NonNull @NotBlank @Size(max = NAME) @Description("The alias, e.g. \"Pyongyang\".") String alias) {
    }

    @Input("QuoteEvidenceInput")
    @Description("Evidence given by quoting an article verbatim, attached to a motive. The service finds the offsets and rejects a quote that is not in the article.")
    public record QuoteEvidenceInput(
            @NonNull @NotBlank @Size(max = MOTIVE_KEY) @Description("The motive to attach the evidence to.") String motive,
            @NonNull @NotNull @Description("The motive's version you read; a stale version is rejected.") Integer motiveVersion,
            @NonNull @NotBlank @Size(max = 120) @Description("The article quoted (slug).") String article,
            @NonNull @NotBlank @Size(max = QUOTE) @Description("The exact text, character for character (curly quotes included).") String quote,
            @Min(0) @Description("Which occurrence (0-based) when the quote appears more than once.") Integer occurrence,
            @Description("Whether the evidence supports (default) or complicates the motive.") EvidenceRole role,
            @Size(max = SPEAKER) @Description("Who asserts it.") String speaker,
            @Description("How firmly the article establishes it; REPORTED when omitted.") Certainty certainty,
            @Description("What kind of evidence it is; REPORT when omitted.") EvidenceKind kind,
            @Min(1) @Max(5) @Description("Weight in briefings, 1 to 5; 3 when omitted.") Integer importance,
            @Size(max = 20) @Description("Actors concerned (slugs, names or aliases).") List<@Size(max = NAME) String> actors,
            @Size(max = 20) @Description("Topics (slugs or names).") List<@Size(max = NAME) String> topics,
            @Size(max = DESCRIPTION) @Description("Editor's note.") String note) {
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
