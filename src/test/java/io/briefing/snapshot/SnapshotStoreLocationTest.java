package io.briefing.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the persisted snapshot lives, as both the launcher (before Quarkus) and the service resolve it. */
class SnapshotStoreLocationTest {

    @Test
    void besideAnH2FileDatabaseByDefault() {
        assertThat(SnapshotStore.location(Optional.empty(), Optional.of("jdbc:h2:async:./data/briefing;DB_CLOSE_ON_EXIT=FALSE")))
                .contains(Path.of("./data/briefing.snapshot"));
        assertThat(SnapshotStore.location(Optional.empty(), Optional.of("jdbc:h2:file:/var/lib/briefing/kb")))
                .contains(Path.of("/var/lib/briefing/kb.snapshot"));
    }

    @Test
    void nowhereByDefaultForMemoryAndPostgreSQLDatabases() {
        assertThat(SnapshotStore.location(Optional.empty(), Optional.of("jdbc:h2:mem:briefing-test;DB_CLOSE_DELAY=-1"))).isEmpty();
        assertThat(SnapshotStore.location(Optional.empty(), Optional.of("jdbc:postgresql://db:5432/briefing"))).isEmpty();
        assertThat(SnapshotStore.location(Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void theSettingWinsAndOffTurnsItOff() {
        assertThat(SnapshotStore.location(Optional.of("/srv/replica-1/briefing.snapshot"), Optional.of("jdbc:postgresql://db/briefing")))
                .contains(Path.of("/srv/replica-1/briefing.snapshot"));
        assertThat(SnapshotStore.location(Optional.of("off"), Optional.of("jdbc:h2:async:./data/briefing"))).isEmpty();
        assertThat(SnapshotStore.location(Optional.of(" "), Optional.of("jdbc:h2:async:./data/briefing"))).isEmpty();
    }

    @Test
    void theDatabaseIsNamedByAHashNotItsUrl() {
        String id = SnapshotStore.databaseId("jdbc:postgresql://db/briefing?password=secret");
        assertThat(id).hasSize(32).doesNotContain("secret").isNotEqualTo(SnapshotStore.databaseId("jdbc:postgresql://db/other"));
        assertThat(SnapshotStore.buildId()).startsWith("format " + SnapshotFile.FORMAT + ", built ").doesNotEndWith("unknown");
    }
}
