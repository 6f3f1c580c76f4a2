package io.briefing.curation;

import io.briefing.knowledge.ChangeRecord;
import java.time.Instant;

/**
 * The context of one mutation: which one, who makes it and when; records what it changed in the
 * change log under the mutation's name and target type.
 */
public record Change(Operation operation, String user, Instant at) {

    /** Records a change to the record {@code targetKey} of the operation's target type. */
    public void record(String targetKey, String summary) {
        ChangeRecord.of(at, user, operation.fieldName(), operation.targetType(), targetKey, summary).persist();
    }
}
