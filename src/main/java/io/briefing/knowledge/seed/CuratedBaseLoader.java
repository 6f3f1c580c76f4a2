package io.briefing.knowledge.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.briefing.article.ContentHash;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads the curated knowledge bases shipped in src/main/resources at startup. Every file is parsed
 * and checked against its article on every start (a bad file stops the service with a message
 * naming each bad quote); it is written to the database only when its content changed since it was
 * last applied, so restarts neither duplicate records nor undo editors' later changes. On a restart
 * with unchanged files (their hash equals the recorded one) nothing is parsed or checked: the file
 * was checked when that hash was recorded. The snapshot is built afterwards by
 * {@link io.briefing.ops.WarmUp}, in parallel with the HTTP server's start.
 */
@ApplicationScoped
public class CuratedBaseLoader {

    private static final Logger LOG = Logger.getLogger(CuratedBaseLoader.class);

    private final ObjectMapper strictMapper;
    private final ObjectMapper plainMapper;
    private final CuratedBaseWriter writer;
    private final List<String> resources;
    private final jakarta.enterprise.inject.Instance<javax.sql.DataSource> dataSource;

    public CuratedBaseLoader(ObjectMapper mapper, CuratedBaseWriter writer, jakarta.enterprise.inject.Instance<javax.sql.DataSource> dataSource,
            io.briefing.config.BriefingSettings settings) {
        this.plainMapper = mapper;
        this.dataSource = dataSource;
        // A typo in a curated file must fail loudly, not be skipped as an unknown property.
        this.strictMapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.writer = writer;
        this.resources = settings.seed().resources();
    }

    void onStart(@Observes @Priority(100) StartupEvent event) {
        long t0 = System.nanoTime();
        // A restart with unchanged files: the recorded hashes prove every file was checked and applied
        // as it is, so neither the check nor the write is needed (the snapshot is built by WarmUp).
        if (unchangedSinceLastStart()) {
            LOG.infof("Curated knowledge bases %s: unchanged since last start (recorded hash matches; not re-checked) in %d ms",
                    resources, (System.nanoTime() - t0) / 1_000_000);
            return;
        }
        // Parse and check every file before writing any, so one bad file writes nothing at all.
        List<Prepared> prepared = resources.stream().map(this::prepare).toList();
        long t1 = System.nanoTime();
        CuratedBaseWriter.CuratedKeys allCurated = CuratedBaseWriter.CuratedKeys.of(prepared.stream().map(Prepared::base).toList());
        for (Prepared p : prepared) {
            boolean applied = writer.apply(p.resource(), p.hash(), p.base(), p.articleText(), p.located(), allCurated);
            LOG.infof("Curated knowledge base %s: %s (%d actors, %d topics, %d evidence, %d motives)", p.resource(),
                    applied ? "applied" : "unchanged since last start", CuratedBase.orEmpty(p.base().actors()).size(),
                    CuratedBase.orEmpty(p.base().topics()).size(), CuratedBase.orEmpty(p.base().evidence()).size(),
                    CuratedBase.orEmpty(p.base().motives()).size());
        }
        LOG.infof("Curated knowledge bases: read and checked in %d ms, applied in %d ms", (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
    }

    /**
     * Whether every curated file hashes (file and article text, as {@link #prepare} computes it) to
     * the hash recorded when it was last applied. Read with plain JDBC: cheaper than a first
     * Hibernate transaction on the start-up path. Any doubt (unreadable file, no table, no record)
     * answers false, and the full check then reports the problem.
     */
    boolean unchangedSinceLastStart() {
        if (dataSource.isUnsatisfied()) {
            return false;
        }
        java.util.Map<String, String> recorded = new java.util.HashMap<>();
        try (var connection = dataSource.get().getConnection();
                var statement = connection.prepareStatement("select resource, content_hash from seed_state");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                recorded.put(rows.getString(1), rows.getString(2));
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            return false;
        }
        for (String resource : resources) {
            String hash;
            try {
                hash = fingerprint(resource);
            } catch (RuntimeException e) {
                return false;
            }
            if (!hash.equals(recorded.get(resource))) {
                return false;
            }
        }
        return true;
    }

    /** The hash {@link #prepare} records, computed without parsing the file into its schema or checking it. */
    String fingerprint(String resource) {
        byte[] json = readResource(resource);
        String article;
        try {
            article = plainMapper.readTree(json).path("article").path("resource").asText(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (article == null) {
            throw new IllegalStateException("no article resource");
        }
        String articleText = decodeUtf8(article, readResource(article));
        return ContentHash.of(new String(json, StandardCharsets.UTF_8) + "\u0000" + articleText);
    }

    /** A curated file parsed and checked against its article, ready to write. */
    record Prepared(String resource, CuratedBase base, String articleText, CuratedBaseValidator.Located located, String hash) {
    }

    Prepared prepare(String resource) {
        byte[] json = readResource(resource);
        CuratedBase base;
        try {
            base = strictMapper.readValue(json, CuratedBase.class);
        } catch (IOException e) {
            throw new IllegalStateException("Curated knowledge base " + resource + " is not valid JSON for its schema: "
                    + e.getMessage(), e);
        }
        if (base.article() == null || base.article().resource() == null) {
            throw new IllegalStateException("Curated knowledge base " + resource + " names no article resource");
        }
        String articleText = decodeUtf8(base.article().resource(), readResource(base.article().resource()));
        CuratedBaseValidator.Located located = CuratedBaseValidator.validate(resource, base, articleText);
        String fileHash = ContentHash.of(new String(json, StandardCharsets.UTF_8) + "\u0000" + articleText);
        return new Prepared(resource, base, articleText, located, fileHash);
    }

    static byte[] readResource(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource
                        + " (list it in quarkus.native.resources.includes for the native image)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Decodes strictly: a shipped article with broken UTF-8 would make every offset suspect. */
    static String decodeUtf8(String resource, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(resource + " is not valid UTF-8", e);
        }
    }
}
