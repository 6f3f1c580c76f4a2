package io.briefing.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file behind an embedded H2 URL, and why the service must not open it. H2 silently creates a
 * new, empty database over a zero-length file (the service would then re-seed it: every editor's
 * change gone, no warning) and opens a read-only file read-only (every write then fails). Both are
 * refused at start-up, before anything opens the database.
 */
public final class DatabaseFile {

    /** H2 file-system prefixes that name a file on disk ("file:" and the wrappers around it). */
    private static final String[] PREFIXES = {"file:", "async:", "retry:", "nio:", "nioMapped:", "split:"};

    private DatabaseFile() {
    }

    /**
     * The {@code .mv.db} file of an embedded H2 URL such as {@code jdbc:h2:async:./data/briefing;...};
     * empty for in-memory, server (tcp/ssl) and non-H2 URLs.
     */
    public static Optional<Path> of(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring("jdbc:h2:".length());
        int semicolon = name.indexOf(';');
        if (semicolon >= 0) {
            name = name.substring(0, semicolon);
        }
        if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:") || name.startsWith("zip:")) {
            return Optional.empty();
        }
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : PREFIXES) {
                if (name.startsWith(prefix)) {
                    name = name.substring(prefix.length());
                    stripped = true;
                }
            }
        }
        if (name.isBlank() || name.contains(":") && !name.matches("^[A-Za-z]:[\\\\/].*")) {
            return Optional.empty(); // another file system (memFS:, ...) or not a path
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name + ".mv.db"));
    }

    /** Why the service must not start on this file, in one line; empty when it may (including "does not exist yet"). */
    public static Optional<String> problem(Path file) {
        if (!Files.exists(file)) {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null && Files.exists(dir) && !Files.isWritable(dir)) {
                return Optional.of("Database directory " + dir + " is not writable; cannot create " + file.getFileName());
            }
            return Optional.empty();
        }
        try {
            if (Files.size(file) == 0) {
                return Optional.of("Database file " + file + " exists but is empty (0 bytes); refusing to start so it is not "
                        + "silently replaced by a fresh database. Restore it from a backup, or delete it to start afresh");
            }
        } catch (java.io.IOException e) {
            return Optional.of("Database file " + file + " cannot be read: " + e.getMessage());
        }
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            return Optional.of("Database file " + file + " is read-only (or unreadable) for this user; every write would fail. "
                    + "Fix its permissions or point BRIEFING_DB_URL elsewhere");
        }
        return Optional.empty();
    }
}
