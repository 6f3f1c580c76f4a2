package io.briefing.knowledge.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.briefing.article.ContentHash;
import io.briefing.snapshot.KnowledgeSnapshots;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the curated knowledge bases shipped in src/main/resources at startup. Every file is parsed
 * and checked against its article on every start (a bad file stops the service with a message
 * naming each bad quote); it is written to the database only when its content changed since it was
 * last applied, so restarts neither duplicate records nor undo editors' later changes.
 */
@ApplicationScoped
public class CuratedBaseLoader {

    private static final Logger LOG = Logger.getLogger(CuratedBaseLoader.class);

    private final ObjectMapper strictMapper;
    private final CuratedBaseWriter writer;
    private final KnowledgeSnapshots snapshots;
    private final List<String> resources;

    public CuratedBaseLoader(ObjectMapper mapper, CuratedBaseWriter writer, KnowledgeSnapshots snapshots,
            @ConfigProperty(name = "briefing.seed.resources") List<String> resources) {
        // A typo in a curated file must fail loudly, not be skipped as an unknown property.
        this.strictMapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.writer = writer;
        this.snapshots = snapshots;
        this.resources = resources;
    }

    void onStart(@Observes @Priority(100) StartupEvent event) {
        // Parse and check every file before writing any, so one bad file writes nothing at all.
        List<Prepared> prepared = resources.stream().map(this::prepare).toList();
        CuratedBaseWriter.CuratedKeys allCurated = CuratedBaseWriter.CuratedKeys.of(prepared.stream().map(Prepared::base).toList());
        for (Prepared p : prepared) {
            boolean applied = writer.apply(p.resource(), p.hash(), p.base(), p.articleText(), p.located(), allCurated);
            LOG.infof("Curated knowledge base %s: %s (%d actors, %d topics, %d evidence, %d motives)", p.resource(),
                    applied ? "applied" : "unchanged since last start", CuratedBase.orEmpty(p.base().actors()).size(),
                    CuratedBase.orEmpty(p.base().topics()).size(), CuratedBase.orEmpty(p.base().evidence()).size(),
                    CuratedBase.orEmpty(p.base().motives()).size());
        }
        snapshots.refresh();
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
