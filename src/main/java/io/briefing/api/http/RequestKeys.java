package io.briefing.api.http;

import graphql.language.AstPrinter;
import graphql.language.Document;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 keys of GraphQL requests. The document is normalised first (printed compactly from its
 * syntax tree: whitespace, commas and comments do not matter), so the same query sent with other
 * formatting shares one entry. The key covers everything the answer depends on: the document, the
 * variables (as sent), the operation name, the knowledge-snapshot generation and the response
 * media type. Fields are separated by a byte that cannot occur in any of them.
 */
public final class RequestKeys {

    /** Query text -> digest of its normalised document. */
    private static final BoundedMemo<String> DOCUMENTS = new BoundedMemo<>(512, 4096);

    private RequestKeys() {
    }

    /** Hex SHA-256 of a text, as Apollo's persisted queries use it. */
    public static String sha256(String text) {
        return io.briefing.article.ContentHash.of(text);
    }

    /** Digest of the normalised document. */
    static String documentDigest(String query, Document document) {
        String known = DOCUMENTS.get(query);
        if (known != null) {
            return known;
        }
        String digest = sha256(AstPrinter.printAstCompact(document));
        DOCUMENTS.put(query, digest);
        return digest;
    }

    /** The request key: document digest, variables JSON, operation name, generation, media type. */
    static String key(String documentDigest, String variablesJson, String operationName, String version, String mediaType) {
        MessageDigest md = digest();
        update(md, documentDigest);
        update(md, variablesJson == null ? "null" : variablesJson);
        update(md, operationName == null ? "" : operationName);
        update(md, version);
        update(md, mediaType);
        return HexFormat.of().formatHex(md.digest());
    }

    private static void update(MessageDigest md, String field) {
        md.update(field.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
