package io.briefing.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 14: a build refuses, in one clear line, a database URL of the other kind. */
class DatabaseKindTest {

    @Test
    void eachBuildAcceptsItsOwnKindOfUrl() {
        assertThat(DatabaseKind.mismatch("h2", "jdbc:h2:async:./data/briefing;DB_CLOSE_ON_EXIT=FALSE")).isEmpty();
        assertThat(DatabaseKind.mismatch("h2", "jdbc:h2:mem:test")).isEmpty();
        assertThat(DatabaseKind.mismatch("postgresql", "jdbc:postgresql://db:5432/briefing")).isEmpty();
        assertThat(DatabaseKind.mismatch("pg", "jdbc:postgresql://db/briefing")).isEmpty();
    }

    @Test
    void aUrlOfTheOtherKindIsRefusedWithWhatToDo() {
        assertThat(DatabaseKind.mismatch("postgresql", "jdbc:h2:async:./data/briefing;DB_CLOSE_ON_EXIT=FALSE")).get().asString()
                .contains("PostgreSQL build").contains("'jdbc:h2:async:./data/briefing'").contains("BRIEFING_DB_URL");
        assertThat(DatabaseKind.mismatch("h2", "jdbc:postgresql://db:5432/briefing?password=secret")).get().asString()
                .contains("H2 build").contains("-Dquarkus.datasource.db-kind=postgresql").doesNotContain("secret");
        assertThat(DatabaseKind.mismatch("h2", "jdbc:mysql://db/briefing")).get().asString().contains("jdbc:h2:");
    }

    @Test
    void theDefaultBuildRecordsH2() {
        // target/classes/briefing-build.properties, filtered by Maven: h2 unless built with the flag.
        assertThat(DatabaseKind.built()).isPresent();
    }
}
