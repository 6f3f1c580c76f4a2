package io.briefing.curation;

/**
 * The editors' mutations: each constant's {@link #fieldName()} is the GraphQL mutation field (the
 * method of {@code api.CurationMutations} with that name), the operation the write queue, the log and the
 * change log name, and {@link #targetType()} is the kind of record it changes. One place, so a
 * mutation's name is written once ({@code CurationMutationsTest} checks the two lists agree).
 */
public enum Operation {
    INGEST_ARTICLE("ingestArticle", "Article"),
    CREATE_TOPIC("createTopic", "Topic"),
    UPDATE_TOPIC("updateTopic", "Topic"),
    DELETE_TOPIC("deleteTopic", "Topic"),
    CREATE_MOTIVE("createMotive", "Motive"),
    UPDATE_MOTIVE("updateMotive", "Motive"),
    DELETE_MOTIVE("deleteMotive", "Motive"),
    ADD_ACTOR_ALIAS("addActorAlias", "Actor"),
    REMOVE_ACTOR_ALIAS("removeActorAlias", "Actor"),
    ATTACH_EVIDENCE("attachEvidence", "Motive"),
    DETACH_EVIDENCE("detachEvidence", "Motive"),
    CONFIRM_EVIDENCE("confirmEvidence", "Evidence"),
    REJECT_EVIDENCE("rejectEvidence", "Evidence"),
    CONFIRM_ACTOR("confirmActor", "Actor"),
    REJECT_ACTOR("rejectActor", "Actor"),
    CONFIRM_MOTIVE("confirmMotive", "Motive"),
    REJECT_MOTIVE("rejectMotive", "Motive");

    private final String fieldName;
    private final String targetType;

    Operation(String fieldName, String targetType) {
        this.fieldName = fieldName;
        this.targetType = targetType;
    }

    /** The GraphQL mutation field, also the change log's {@code operation}. */
    public String fieldName() {
        return fieldName;
    }

    /** The kind of record the change log names as its target, and the type of a deleted record. */
    public String targetType() {
        return targetType;
    }

    @Override
    public String toString() {
        return fieldName;
    }
}
