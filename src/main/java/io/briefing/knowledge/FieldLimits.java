package io.briefing.knowledge;

/**
 * The length limits of stored text fields, defined once: the Bean Validation constraints of the
 * GraphQL inputs ({@code curation.CurationInputs}) and the {@code @Column} lengths of the entities
 * use these constants (the Flyway migrations state the same lengths in SQL). Input shape is checked
 * by Bean Validation before a service runs; services keep the business rules.
 */
public final class FieldLimits {

    private FieldLimits() {
    }

    /** Actor and topic slugs. */
    public static final int SLUG = 80;
    /** Actor and topic names, aliases, and an actor or topic named in an input (slug, name or alias). */
    public static final int NAME = 200;
    /** Descriptions of actors and topics, evidence notes. */
    public static final int DESCRIPTION = 2000;
    /** One keyword of a topic. */
    public static final int KEYWORD = 100;
    /** Motive keys. */
    public static final int MOTIVE_KEY = 120;
    /** A motive's statement. */
    public static final int STATEMENT = 1000;
    /** Evidence keys. */
    public static final int EVIDENCE_KEY = 120;
    /** An evidence item's verbatim quote. */
    public static final int QUOTE = 8000;
    /** Who asserts an evidence item. */
    public static final int SPEAKER = 300;
}
