package io.briefing.api;

import io.briefing.curation.ChangeLog;
import io.briefing.curation.ChangeLog.ChangeEntry;
import io.briefing.error.InvalidInputException;
import io.briefing.security.EditorGuard;
import io.briefing.security.EditorIdentityProvider;
import io.briefing.security.EditorOperation;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The audit trail, for editors. Read from the database (not the snapshot): it is the record of writes. */
@GraphQLApi
public class ChangeLogQueries {

    private final ChangeLog changeLog;
    private final EditorGuard guard;

    public ChangeLogQueries(ChangeLog changeLog, EditorGuard guard) {
        this.changeLog = changeLog;
        this.guard = guard;
    }

    @Query("changes")
    @EditorOperation
    @RolesAllowed(EditorIdentityProvider.EDITOR_ROLE)
    @NonNull
    @Description("The most recent changes to the knowledge base, newest first. Editors only (HTTP Basic).")
    public List<@NonNull ChangeEntry> changes(@DefaultValue("20") @Description("How many, 1 to 100.") Integer last) {
        guard.requireEditor();
        if (last == null || last < 1 || last > 100) {
            throw new InvalidInputException("Argument 'last' must be between 1 and 100, got " + last);
        }
        return changeLog.latest(last);
    }
}
