package io.briefing.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefing.article.ArticleAnalyzer;
import io.briefing.knowledge.EvidenceStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persisted snapshot's file: what is read back builds the same snapshot; a damaged file is refused, never half-read. */
class SnapshotFileTest {

    private static final String TEXT = """
            Pyongyang talks

            North Korea has sent 2 million shells to Russia since last September, officials said.

            Kim Jong Un wants technology in return. Ünïcode survives: “quoted” — 北朝鮮.
            """;

    private static final SnapshotFile.Stamp STAMP = new SnapshotFile.Stamp("format 1, built test", "db-a", 42, "2026-11-28T10:15:30.123456Z", 40);

    @TempDir
    Path dir;

    private static KnowledgeSnapshotBuilder records() {
        return SampleRecords.builder(TEXT, EvidenceStatus.CANDIDATE);
    }

    @Test
    void readsBackTheSameSnapshotAndStamp() throws IOException {
        KnowledgeSnapshotBuilder written = records();
        KnowledgeSnapshot original = written.build(1, Instant.now());
        Path file = dir.resolve("briefing.snapshot");
        SnapshotFile.write(file, STAMP, written); // after build, as the store writes it

        assertThat(SnapshotFile.readStamp(file)).isEqualTo(STAMP);
        SnapshotFile.Contents contents = SnapshotFile.read(file, new ArticleAnalyzer()::analyse);
        assertThat(contents.stamp()).isEqualTo(STAMP);
        KnowledgeSnapshot restored = contents.builder().build(1, Instant.now());

        String expected = SnapshotDescription.of(original);
        assertThat(expected).contains("ev-shells").contains("nk-wants-tech").contains("kim-jong-un").contains("2 million shells");
        assertThat(SnapshotDescription.of(restored)).isEqualTo(expected);
        assertThat(restored.articles().get(0).getText()).isEqualTo(TEXT);
    }

    @Test
    void rewritingReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("briefing.snapshot");
        SnapshotFile.write(file, STAMP, records());
        SnapshotFile.Stamp later = new SnapshotFile.Stamp(STAMP.build(), STAMP.database(), 43, "2026-11-28T10:16:00Z", 41);
        SnapshotFile.write(file, later, records());
        assertThat(SnapshotFile.readStamp(file)).isEqualTo(later);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("briefing.snapshot");
        }
    }

    @Test
    void refusesACorruptFile() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);
        assertThatThrownBy(() -> SnapshotFile.read(file, new ArticleAnalyzer()::analyse))
                .isInstanceOf(IOException.class).hasMessageContaining("corrupt");
    }

    @Test
    void refusesATruncatedFile() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 7));
        assertThatThrownBy(() -> SnapshotFile.read(file, new ArticleAnalyzer()::analyse))
                .isInstanceOf(IOException.class).hasMessageContaining("truncated");
        Files.write(file, Arrays.copyOf(bytes, 10));
        assertThatThrownBy(() -> SnapshotFile.readStamp(file)).isInstanceOf(IOException.class).hasMessageContaining("too short");
    }

    @Test
    void refusesAnotherFormatOrAnotherKindOfFile() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).putInt(4, SnapshotFile.FORMAT + 1);
        Files.write(file, bytes);
        assertThatThrownBy(() -> SnapshotFile.readStamp(file)).isInstanceOf(IOException.class).hasMessageContaining("format");

        Files.writeString(file, "jdbc:h2 something that is not a snapshot file at all");
        assertThatThrownBy(() -> SnapshotFile.readStamp(file)).isInstanceOf(IOException.class).hasMessageContaining("not a snapshot file");
    }

    @Test
    void refusesRecordsThatDoNotParseEvenWithAValidChecksum() throws IOException {
        // A file written by a build whose records differ (same format number by mistake): the
        // checksum matches, the contents do not; an exception names it, nothing is half-built.
        Path file = dir.resolve("odd.snapshot");
        java.io.ByteArrayOutputStream payload = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(payload);
        out.writeInt(1);
        out.write('b');
        out.writeInt(1);
        out.write('d');
        out.writeLong(1);
        out.writeInt(1);
        out.write('t');
        out.writeLong(1);
        out.writeInt(1_000_000); // a million articles in a few bytes
        byte[] body = payload.toByteArray();
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body);
        ByteBuffer framed = ByteBuffer.allocate(20 + body.length);
        framed.putInt(SnapshotFile.MAGIC).putInt(SnapshotFile.FORMAT).putInt(body.length).putLong(crc.getValue()).put(body);
        Files.write(file, framed.array());
        assertThat(SnapshotFile.readStamp(file)).isEqualTo(new SnapshotFile.Stamp("b", "d", 1, "t", 1));
        assertThatThrownBy(() -> SnapshotFile.read(file, new ArticleAnalyzer()::analyse))
                .isInstanceOf(IOException.class).hasMessageContaining("impossible count");
    }

    @Test
    void aMissingFileIsAnIOException() {
        assertThatThrownBy(() -> SnapshotFile.read(dir.resolve("none.snapshot"), new ArticleAnalyzer()::analyse))
                .isInstanceOf(IOException.class);
    }

    private Path written() throws IOException {
        Path file = dir.resolve("briefing.snapshot");
        SnapshotFile.write(file, STAMP, records());
        return file;
    }

    @Test
    void aFileTheCallerRefusesByItsStampIsNotParsed() throws IOException {
        Path file = dir.resolve("briefing.snapshot");
        SnapshotFile.write(file, STAMP, records());
        assertThatThrownBy(() -> SnapshotFile.read(file, stamp -> java.util.Optional.of("written by another build"), (hash, raw) -> {
            throw new AssertionError("no article is read from a refused file");
        })).isInstanceOf(IOException.class).hasMessage("written by another build");
    }

    @Test
    void anAnalysisRememberedFromTheFileIsReused() throws IOException {
        Path file = dir.resolve("briefing.snapshot");
        SnapshotFile.write(file, STAMP, records());
        KnowledgeSnapshot restored = SnapshotFile.read(file, new ArticleAnalyzer()::analyse).builder().build(1, Instant.now());
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        ArticleView article = restored.articles().get(0);
        analyzer.remember(article.getContentHash(), article.analysis());
        assertThat(analyzer.analyse(article.getContentHash(), article.getText())).isSameAs(article.analysis());
    }
}
