package io.briefing.error;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** Test-only resolvers that fail the way server faults do (part of the @QuarkusTest application, never of the jar). */
@GraphQLApi
public class FaultyQueries {

    @Query("testServerFault")
    @Description("Test only: fails with an unexpected exception carrying an internal detail.")
    public String testServerFault() {
        throw new IllegalStateException("connection pool jdbc:h2:secret exhausted");
    }

    @Query("testCheckedFault")
    @Description("Test only: fails with a checked exception, which MicroProfile GraphQL would show to the client.")
    public String testCheckedFault() throws java.io.IOException {
        throw new java.io.IOException("disk /var/lib/briefing full");
    }
}
