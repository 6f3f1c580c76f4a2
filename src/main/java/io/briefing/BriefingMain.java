package io.briefing;

import io.briefing.db.DatabaseKind;
import io.briefing.ops.DatabaseFile;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The packaged application's entry point. Before Quarkus starts (and Flyway, Hibernate and the
 * connection pool open the database), it refuses a database file that exists but is empty or
 * read-only, with a one-line reason on stderr and exit status 78 (EX_CONFIG). Opening such a file
 * would silently create a fresh database or fail every write later. It also refuses a database URL
 * of the other kind than the build's (H2 build, PostgreSQL URL, or the reverse; the kind is fixed at
 * build time), which would otherwise fail deep inside the connection pool.
 */
@QuarkusMain
public final class BriefingMain {

    private BriefingMain() {
    }

    public static void main(String... args) {
        Optional<String> url = databaseUrl();
        Optional<String> problem = url.flatMap(u -> DatabaseKind.built().flatMap(kind -> DatabaseKind.mismatch(kind, u)))
                .or(() -> url.flatMap(DatabaseFile::of).flatMap(DatabaseFile::problem));
        if (problem.isPresent()) {
            System.err.println("Briefing cannot start: " + problem.get());
            System.exit(78);
        }
        // Word lists, WordNet and a briefing rehearsal (or the persisted snapshot, built and indexed) on
        // the second core while the framework starts.
        io.briefing.ops.StartupRehearsal.start(io.briefing.snapshot.SnapshotStore.location(setting("briefing.startup.snapshot-file"), url));
        Quarkus.run(args);
    }

    /**
     * The datasource URL as Quarkus will resolve it: system properties, environment variables
     * (QUARKUS_DATASOURCE_JDBC_URL, and BRIEFING_DB_URL through the expression in
     * application.properties) and application.properties, under the active profile.
     */
    static Optional<String> databaseUrl() {
        return setting("quarkus.datasource.jdbc.url");
    }

    /** One setting as Quarkus will resolve it (see {@link #databaseUrl}); empty when unset or unreadable. */
    static Optional<String> setting(String key) {
        try {
            SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().addDefaultSources()
                    .withProfile(System.getProperty("quarkus.profile", Optional.ofNullable(System.getenv("QUARKUS_PROFILE")).orElse("prod")));
            URL properties = BriefingMain.class.getClassLoader().getResource("application.properties");
            if (properties != null) {
                builder.withSources(new PropertiesConfigSource(properties, 250));
            }
            Path external = Path.of("config", "application.properties");
            if (external.toFile().isFile()) {
                builder.withSources(new PropertiesConfigSource(external.toUri().toURL(), 260));
            }
            SmallRyeConfig config = builder.build();
            return config.getOptionalValue(key, String.class);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // Quarkus itself will report a broken configuration
        }
    }
}
