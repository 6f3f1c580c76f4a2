package io.briefing.curation;

import io.briefing.knowledge.ChangeRecord;
import java.time.Instant;

/** The context of one mutation: who makes it and when; records what it changed in the change log. */
public record Change(String user, Instant at) {

    public void record(String operation, String targetType, String targetKey, String summary) {
        ChangeRecord.of(at, user, operation, targetType, targetKey, summary).persist();
    }
}
