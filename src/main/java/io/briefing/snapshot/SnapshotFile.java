package io.briefing.snapshot;

import io.briefing.article.ArticleOrigin;
import io.briefing.article.ArticleText;
import io.briefing.knowledge.ActorKind;
import io.briefing.knowledge.Certainty;
import io.briefing.knowledge.EvidenceKind;
import io.briefing.knowledge.EvidenceRole;
import io.briefing.knowledge.EvidenceStatus;
import io.briefing.knowledge.MotiveKind;
import io.briefing.knowledge.Provenance;
import io.briefing.knowledge.QuantityBound;
import io.briefing.knowledge.QuantityKind;
import io.briefing.knowledge.ReviewStatus;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The persisted snapshot: what a {@link KnowledgeSnapshotBuilder} was given (the database's records
 * and links, article texts included), written to one file with the {@link Stamp} of the database
 * state it was read from, and read back into a new builder. A restart on an unchanged database then
 * builds its snapshot from this file while the framework starts, instead of through Hibernate after
 * it (see io.briefing.ops.WarmUp). Only the records are stored: everything derived from them (text
 * analysis, passages, reverse links) is recomputed by the same builder code, so a snapshot read back
 * equals one loaded from the database.
 * <p>
 * An explicit binary format (no Java serialisation, no reflection: native-image friendly). The file
 * starts with a magic number, the format version, the payload's length and its CRC-32; a file that
 * is truncated, corrupt, of another format or of another build is refused with an {@link IOException}
 * naming the reason, and the caller falls back to the database. Bump {@link #FORMAT} whenever what
 * is written changes (the build's time in the stamp also refuses every file written by another build).
 */
public final class SnapshotFile {

    static final int MAGIC = 0x42524653; // "BRFS"
    /** Version of the layout below. */
    static final int FORMAT = 1;
    /** Magic, format, payload length, payload CRC-32. */
    private static final int HEADER = 20;
    /** Refuse absurd lengths before allocating (a corrupt length field). */
    private static final int MAX_PAYLOAD = 1 << 30;

    /**
     * The database state a snapshot was read from: the build that wrote it (format and build time),
     * a hash of the database URL, and the change log's latest id, that change's time and the log's
     * row count, read just before the records were loaded. Every change to the knowledge base commits
     * one change-log row with it, so an equal stamp read from the database later means the same
     * records; an out-of-order commit (a lower id committed after a higher one) changes the count, and
     * an id used again (a database restored from a backup, then changed) almost surely its time.
     */
    public record Stamp(String build, String database, long changeId, String changeAt, long changeCount) {
    }

    /** What {@link #read} found: the stamp and a builder holding the records, not yet built. */
    public record Contents(Stamp stamp, KnowledgeSnapshotBuilder builder) {
    }

    private SnapshotFile() {
    }

    /**
     * Writes {@code builder}'s records (a builder filled by the loader, built or not) atomically: a
     * temporary file beside the target, then a rename. Streamed: memory stays a buffer's worth
     * whatever the size of the articles' texts. The header's length and checksum are filled in last.
     */
    public static void write(Path file, Stamp stamp, KnowledgeSnapshotBuilder builder) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.allocate(HEADER)); // placeholder
                CRC32 crc = new CRC32();
                CountingOutputStream counted = new CountingOutputStream(
                        new CheckedOutputStream(Channels.newOutputStream(channel), crc));
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(counted, 64 * 1024));
                writeStamp(out, stamp);
                writeRecords(out, builder);
                out.flush();
                if (counted.count > MAX_PAYLOAD) {
                    throw new IOException("knowledge base too large to persist (" + counted.count + " bytes)");
                }
                ByteBuffer header = ByteBuffer.allocate(HEADER).putInt(MAGIC).putInt(FORMAT).putInt((int) counted.count)
                        .putLong(crc.getValue());
                header.flip();
                channel.write(header, 0);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Counts the bytes written through it (the payload's length for the header). */
    private static final class CountingOutputStream extends FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Only the stamp (no records are parsed; the whole file is still read and checksummed); throws when the file cannot be used. */
    public static Stamp readStamp(Path file) throws IOException {
        return readStamp(payload(file));
    }

    /**
     * Reads the file into a new builder; {@code analyse} gives each article's analysis from its
     * content hash and text (as the loader does). Throws an IOException naming the problem when the
     * file is missing, truncated, corrupt or of another format.
     */
    public static Contents read(Path file, BiFunction<String, String, ArticleText> analyse) throws IOException {
        return read(file, stamp -> Optional.empty(), analyse);
    }

    /**
     * The same, refused before any record is parsed when {@code refuse} gives a reason for the file's
     * stamp ("written by another build"): the file is read and checksummed once.
     */
    public static Contents read(Path file, java.util.function.Function<Stamp, Optional<String>> refuse,
            BiFunction<String, String, ArticleText> analyse) throws IOException {
        DataInputStream in = payload(file);
        Stamp stamp = readStamp(in);
        Optional<String> refused = refuse.apply(stamp);
        if (refused.isPresent()) {
            throw new IOException(refused.get());
        }
        try {
            KnowledgeSnapshotBuilder builder = readRecords(in, analyse);
            if (in.available() != 0) {
                throw new IOException("persisted snapshot " + file + " has " + in.available() + " bytes after its records");
            }
            return new Contents(stamp, builder);
        } catch (EOFException e) {
            throw new IOException("persisted snapshot " + file + " ends early", e);
        } catch (IllegalArgumentException | NullPointerException | IndexOutOfBoundsException e) {
            // An unknown enum name, a negative size: the file's contents are not what this build writes.
            throw new IOException("persisted snapshot " + file + " is not readable: " + e, e);
        }
    }

    private static DataInputStream payload(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
        if (all.length < HEADER) {
            throw new IOException("persisted snapshot " + file + " is too short (" + all.length + " bytes)");
        }
        int magic = in.readInt();
        int format = in.readInt();
        if (magic != MAGIC) {
            throw new IOException("persisted snapshot " + file + " is not a snapshot file");
        }
        if (format != FORMAT) {
            throw new IOException("persisted snapshot " + file + " has format " + format + ", this build reads " + FORMAT);
        }
        int length = in.readInt();
        long expected = in.readLong();
        if (length < 0 || length > MAX_PAYLOAD || length != all.length - HEADER) {
            throw new IOException("persisted snapshot " + file + " is truncated or has trailing bytes");
        }
        CRC32 crc = new CRC32();
        crc.update(all, HEADER, length);
        if (crc.getValue() != expected) {
            throw new IOException("persisted snapshot " + file + " is corrupt (checksum mismatch)");
        }
        return in;
    }

    // ---- stamp ---------------------------------------------------------------------------------

    private static void writeStamp(DataOutputStream out, Stamp stamp) throws IOException {
        string(out, stamp.build());
        string(out, stamp.database());
        out.writeLong(stamp.changeId());
        string(out, stamp.changeAt());
        out.writeLong(stamp.changeCount());
    }

    private static Stamp readStamp(DataInputStream in) throws IOException {
        return new Stamp(string(in), string(in), in.readLong(), string(in), in.readLong());
    }

    // ---- records ------------------------------------------------------------------------------

    private static void writeRecords(DataOutputStream out, KnowledgeSnapshotBuilder b) throws IOException {
        out.writeInt(b.articles.size());
        for (ArticleView a : b.articles.values()) {
            out.writeLong(a.dbId);
            string(out, a.getSlug());
            string(out, a.getTitle());
            string(out, a.getSource());
            string(out, a.getUrl());
            date(out, a.getPublishedOn());
            enumName(out, a.getOrigin());
            string(out, a.getContentHash());
            instant(out, a.getCreatedAt());
            string(out, a.getText());
        }
        out.writeInt(b.actors.size());
        for (ActorView a : b.actors.values()) {
            out.writeLong(a.dbId);
            string(out, a.getSlug());
            string(out, a.getName());
            enumName(out, a.getKind());
            string(out, a.getDescription());
            enumName(out, a.getStatus());
            record(out, a);
        }
        out.writeInt(b.represents.size());
        for (Map.Entry<Long, Long> e : b.represents.entrySet()) {
            out.writeLong(e.getKey());
            out.writeLong(e.getValue());
        }
        out.writeInt(b.aliases.size());
        for (Map.Entry<Long, List<String>> e : b.aliases.entrySet()) {
            out.writeLong(e.getKey());
            strings(out, e.getValue());
        }
        out.writeInt(b.topics.size());
        for (TopicView t : b.topics.values()) {
            out.writeLong(t.dbId);
            string(out, t.getSlug());
            string(out, t.getName());
            string(out, t.getDescription());
            strings(out, t.getKeywords());
            record(out, t);
        }
        out.writeInt(b.evidence.size());
        for (KnowledgeSnapshotBuilder.EvidenceRecord r : b.evidence.values()) {
            EvidenceView e = r.view();
            out.writeLong(e.dbId);
            string(out, e.getKey());
            string(out, e.getQuote());
            out.writeInt(e.getStart());
            out.writeInt(e.getEnd());
            string(out, e.getSpeaker());
            enumName(out, e.getCertainty());
            enumName(out, e.getKind());
            out.writeInt(e.getImportance());
            string(out, e.getNote());
            strings(out, e.getKeywords());
            enumName(out, e.getStatus());
            record(out, e);
            out.writeLong(r.articleId());
            nullableLong(out, r.speakerActorId());
        }
        links(out, b.evidenceActors);
        links(out, b.evidenceTopics);
        out.writeInt(b.quantities.size());
        for (Map.Entry<Long, List<QuantityView>> e : b.quantities.entrySet()) {
            out.writeLong(e.getKey());
            out.writeInt(e.getValue().size());
            for (QuantityView q : e.getValue()) {
                string(out, q.text());
                out.writeDouble(q.value());
                string(out, q.unit());
                enumName(out, q.kind());
                enumName(out, q.bound());
                out.writeInt(q.start());
                out.writeInt(q.end());
            }
        }
        out.writeInt(b.motives.size());
        for (KnowledgeSnapshotBuilder.MotiveRecord r : b.motives.values()) {
            MotiveView m = r.view();
            out.writeLong(m.dbId);
            string(out, m.getKey());
            enumName(out, m.getKind());
            string(out, m.getStatement());
            out.writeInt(m.getImportance());
            enumName(out, m.getStatus());
            record(out, m);
            out.writeLong(r.actorId());
        }
        links(out, b.motiveTopics);
        out.writeInt(b.motiveLinks.size());
        for (KnowledgeSnapshotBuilder.MotiveLink l : b.motiveLinks) {
            out.writeLong(l.motiveId());
            out.writeLong(l.evidenceId());
            enumName(out, l.role());
        }
    }

    private static KnowledgeSnapshotBuilder readRecords(DataInputStream in, BiFunction<String, String, ArticleText> analyse)
            throws IOException {
        KnowledgeSnapshotBuilder b = KnowledgeSnapshot.builder();
        for (int i = size(in); i > 0; i--) {
            long id = in.readLong();
            String slug = string(in);
            String title = string(in);
            String source = string(in);
            String url = string(in);
            LocalDate publishedOn = date(in);
            ArticleOrigin origin = enumValue(in, ArticleOrigin.class);
            String hash = string(in);
            Instant createdAt = instant(in);
            String text = string(in);
            b.article(new ArticleView(id, slug, title, source, url, publishedOn, origin, hash, createdAt, analyse.apply(hash, text)));
        }
        for (int i = size(in); i > 0; i--) {
            long id = in.readLong();
            String slug = string(in);
            String name = string(in);
            ActorKind kind = enumValue(in, ActorKind.class);
            String description = string(in);
            ReviewStatus status = enumValue(in, ReviewStatus.class);
            Provenance provenance = enumValue(in, Provenance.class);
            int version = in.readInt();
            Instant updatedAt = instant(in);
            b.actor(new ActorView(id, slug, name, kind, description, status, provenance, version, updatedAt));
        }
        for (int i = size(in); i > 0; i--) {
            b.represents(in.readLong(), in.readLong());
        }
        for (int i = size(in); i > 0; i--) {
            long actor = in.readLong();
            for (String alias : strings(in)) {
                b.alias(actor, alias);
            }
        }
        for (int i = size(in); i > 0; i--) {
            long id = in.readLong();
            String slug = string(in);
            String name = string(in);
            String description = string(in);
            List<String> keywords = strings(in);
            Provenance provenance = enumValue(in, Provenance.class);
            int version = in.readInt();
            Instant updatedAt = instant(in);
            b.topic(new TopicView(id, slug, name, description, keywords, provenance, version, updatedAt));
        }
        for (int i = size(in); i > 0; i--) {
            long id = in.readLong();
            String key = string(in);
            String quote = string(in);
            int start = in.readInt();
            int end = in.readInt();
            String speaker = string(in);
            Certainty certainty = enumValue(in, Certainty.class);
            EvidenceKind kind = enumValue(in, EvidenceKind.class);
            int importance = in.readInt();
            String note = string(in);
            List<String> keywords = strings(in);
            EvidenceStatus status = enumValue(in, EvidenceStatus.class);
            Provenance provenance = enumValue(in, Provenance.class);
            int version = in.readInt();
            Instant updatedAt = instant(in);
            long article = in.readLong();
            Long speakerActor = nullableLong(in);
            b.evidence(new EvidenceView(id, key, quote, start, end, speaker, certainty, kind, importance, note, keywords,
                    provenance, status, version, updatedAt), article, speakerActor);
        }
        readLinks(in, b::evidenceActor);
        readLinks(in, b::evidenceTopic);
        for (int i = size(in); i > 0; i--) {
            long evidence = in.readLong();
            for (int j = size(in); j > 0; j--) {
                b.quantity(evidence, new QuantityView(string(in), in.readDouble(), string(in), enumValue(in, QuantityKind.class),
                        enumValue(in, QuantityBound.class), in.readInt(), in.readInt()));
            }
        }
        for (int i = size(in); i > 0; i--) {
            long id = in.readLong();
            String key = string(in);
            MotiveKind kind = enumValue(in, MotiveKind.class);
            String statement = string(in);
            int importance = in.readInt();
            ReviewStatus status = enumValue(in, ReviewStatus.class);
            Provenance provenance = enumValue(in, Provenance.class);
            int version = in.readInt();
            Instant updatedAt = instant(in);
            long actor = in.readLong();
            b.motive(new MotiveView(id, key, kind, statement, importance, status, provenance, version, updatedAt), actor);
        }
        readLinks(in, b::motiveTopic);
        for (int i = size(in); i > 0; i--) {
            b.motiveEvidence(in.readLong(), in.readLong(), enumValue(in, EvidenceRole.class));
        }
        return b;
    }

    // ---- fields -------------------------------------------------------------------------------

    /** The fields every curated record has (provenance, version, last change). */
    private static void record(DataOutputStream out, CuratedRecordView r) throws IOException {
        enumName(out, r.getProvenance());
        out.writeInt(r.getVersion());
        instant(out, r.getUpdatedAt());
    }

    private static void links(DataOutputStream out, Map<Long, List<Long>> links) throws IOException {
        out.writeInt(links.size());
        for (Map.Entry<Long, List<Long>> e : links.entrySet()) {
            out.writeLong(e.getKey());
            out.writeInt(e.getValue().size());
            for (Long target : e.getValue()) {
                out.writeLong(target);
            }
        }
    }

    @FunctionalInterface
    private interface Link {
        KnowledgeSnapshotBuilder add(long from, long to);
    }

    private static void readLinks(DataInputStream in, Link link) throws IOException {
        for (int i = size(in); i > 0; i--) {
            long from = in.readLong();
            for (int j = size(in); j > 0; j--) {
                link.add(from, in.readLong());
            }
        }
    }

    private static int size(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("persisted snapshot has an impossible count (" + n + ")");
        }
        return n;
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > in.available()) {
            throw new IOException("persisted snapshot has an impossible string length (" + n + ")");
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        if (values == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(values.size());
        for (String v : values) {
            string(out, v);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > in.available()) {
            throw new IOException("persisted snapshot has an impossible list size (" + n + ")");
        }
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(string(in));
        }
        return List.copyOf(values);
    }

    private static void enumName(DataOutputStream out, Enum<?> value) throws IOException {
        string(out, value == null ? null : value.name());
    }

    private static <E extends Enum<E>> E enumValue(DataInputStream in, Class<E> type) throws IOException {
        String name = string(in);
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static void instant(DataOutputStream out, Instant t) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        }
    }

    private static Instant instant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    private static void date(DataOutputStream out, LocalDate d) throws IOException {
        out.writeBoolean(d != null);
        if (d != null) {
            out.writeLong(d.toEpochDay());
        }
    }

    private static LocalDate date(DataInputStream in) throws IOException {
        return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
    }

    private static void nullableLong(DataOutputStream out, Long v) throws IOException {
        out.writeBoolean(v != null);
        if (v != null) {
            out.writeLong(v);
        }
    }

    private static Long nullableLong(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readLong() : null;
    }
}
