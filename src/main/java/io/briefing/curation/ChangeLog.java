package io.briefing.curation;

import io.briefing.knowledge.ChangeRecord;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Reads the change log. The database is only touched inside this transactional method, which
 * returns detached, immutable records: nothing lazy escapes to a resolver that might run after the
 * client has gone and the request's session is closed.
 */
@ApplicationScoped
public class ChangeLog {

    @Description("One change to the knowledge base: who made it, when, and what it did.")
    public record ChangeEntry(
            @NonNull @Description("When the change was committed.") Instant changedAt,
            @NonNull @Description("The editor who made it (\"curator\" for the shipped base).") String user,
            @NonNull @Description("The mutation, e.g. \"attachEvidence\".") String operation,
            @NonNull @Description("The kind of record changed.") String targetType,
            @NonNull @Description("Its slug or key.") String targetKey,
            @NonNull @Description("What changed, in words.") String summary) {
    }

    @Transactional
    public List<ChangeEntry> latest(int count) {
        return ChangeRecord.<ChangeRecord>findAll(Sort.descending("id")).page(Page.ofSize(count)).list().stream()
                .map(r -> new ChangeEntry(r.changedAt, r.username, r.operation, r.targetType, r.targetKey, r.summary))
                .toList();
    }
}
