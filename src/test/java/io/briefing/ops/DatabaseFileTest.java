package io.briefing.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which file an H2 URL names, and which files the service refuses to start on. */
class DatabaseFileTest {

    @Test
    void findsTheFileBehindEmbeddedUrls() {
        assertThat(DatabaseFile.of("jdbc:h2:async:./data/briefing;DB_CLOSE_ON_EXIT=FALSE")).contains(Path.of("./data/briefing.mv.db"));
        assertThat(DatabaseFile.of("jdbc:h2:file:/var/lib/briefing/db")).contains(Path.of("/var/lib/briefing/db.mv.db"));
        assertThat(DatabaseFile.of("jdbc:h2:retry:/tmp/x;MODE=LEGACY")).contains(Path.of("/tmp/x.mv.db"));
        assertThat(DatabaseFile.of("jdbc:h2:/tmp/plain")).contains(Path.of("/tmp/plain.mv.db"));
        assertThat(DatabaseFile.of("jdbc:h2:mem:briefing-test;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(DatabaseFile.of("jdbc:h2:tcp://localhost/briefing")).isEmpty();
        assertThat(DatabaseFile.of("jdbc:postgresql://db/briefing")).isEmpty();
        assertThat(DatabaseFile.of(null)).isEmpty();
    }

    @Test
    void refusesAnEmptyFile(@TempDir Path dir) throws IOException {
        Path file = Files.createFile(dir.resolve("briefing.mv.db"));
        assertThat(DatabaseFile.problem(file)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("exists but is empty").contains(file.toString()).doesNotContain("\n"));
    }

    @Test
    void refusesAReadOnlyFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("briefing.mv.db"), "H:2,block:2");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeTrue(!Files.isWritable(file), "running as a user who can write read-only files (root)");
        assertThat(DatabaseFile.problem(file)).hasValueSatisfying(reason -> assertThat(reason).contains("read-only"));
    }

    @Test
    void acceptsAMissingOrHealthyFile(@TempDir Path dir) throws IOException {
        assertThat(DatabaseFile.problem(dir.resolve("new.mv.db"))).isEmpty();
        assertThat(DatabaseFile.problem(Files.writeString(dir.resolve("ok.mv.db"), "H:2,block:2"))).isEmpty();
    }
}
