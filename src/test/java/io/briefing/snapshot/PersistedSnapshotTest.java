package io.briefing.snapshot;

import static io.briefing.GraphQL.asEditor;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.article.ArticleAnalyzer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The persisted snapshot against the real database (the shipped knowledge base): read back, it builds
 * the same snapshot as the database does, and its stamp matches the database exactly until a change
 * commits. (Restarts that use it or refuse it: RestartPersistenceIT, on the packaged application.)
 */
@QuarkusTest
class PersistedSnapshotTest {

    @Inject
    SnapshotStore store;

    @Inject
    SnapshotLoader loader;

    @Test
    void matchesAnUnchangedDatabaseAndNotAChangedOne() throws Exception {
        Path dir = Files.createTempDirectory("persisted-snapshot");
        Path file = dir.resolve("briefing.snapshot");
        try {
            SnapshotFile.Stamp before = store.stamp();
            KnowledgeSnapshotBuilder records = loader.read();
            KnowledgeSnapshot fromDatabase = records.build(99, Instant.now());
            SnapshotFile.write(file, before, records);

            SnapshotFile.Contents contents = SnapshotFile.read(file, new ArticleAnalyzer()::analyse);
            assertThat(store.mismatch(contents.stamp())).as("an unchanged database").isEmpty();
            String expected = SnapshotDescription.of(fromDatabase);
            assertThat(fromDatabase.evidence()).hasSizeGreaterThan(20);
            assertThat(SnapshotDescription.of(contents.builder().build(99, Instant.now()))).isEqualTo(expected);

            String slug = "persisted-" + System.nanoTime();
            asEditor("mutation($i: TopicInput!) { createTopic(input: $i) { slug } }",
                    Map.of("i", Map.of("slug", slug, "name", "Persisted snapshot check")));

            assertThat(store.mismatch(contents.stamp())).as("after a change").hasValueSatisfying(
                    reason -> assertThat(reason).contains("the database changed since"));
            SnapshotFile.Stamp after = store.stamp();
            assertThat(after.changeId()).isGreaterThan(before.changeId());
            assertThat(after.changeCount()).isEqualTo(before.changeCount() + 1);

            // Another build's file or another database's is refused even when the change log agrees.
            assertThat(store.mismatch(new SnapshotFile.Stamp("format 1, built earlier", after.database(), after.changeId(),
                    after.changeAt(), after.changeCount()))).hasValueSatisfying(r -> assertThat(r).contains("another build"));
            assertThat(store.mismatch(new SnapshotFile.Stamp(after.build(), "another", after.changeId(), after.changeAt(), after.changeCount())))
                    .hasValueSatisfying(r -> assertThat(r).contains("another database"));
            // The same id and count at another time: the log was replaced (a restored backup, then changed).
            assertThat(store.mismatch(new SnapshotFile.Stamp(after.build(), after.database(), after.changeId(), "2001-01-01T00:00:00Z",
                    after.changeCount()))).hasValueSatisfying(r -> assertThat(r).contains("the database changed since"));
            assertThat(after.changeAt()).isNotEqualTo("none");
            assertThat(store.mismatch(after)).isEmpty();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
