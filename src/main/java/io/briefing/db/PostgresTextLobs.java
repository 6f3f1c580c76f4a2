package io.briefing.db;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.LongVarcharJdbcType;

/**
 * On PostgreSQL, a {@code @Lob String} (article bodies) is stored as {@code text}, read and written
 * as a plain string. Hibernate's default there is an {@code oid} column pointing at a large object:
 * a separate store PostgreSQL does not delete with the row, that needs a transaction to read, and
 * that {@code length()} cannot measure. On H2 nothing changes ({@code clob}, as the V1 migration made it).
 */
@PersistenceUnitExtension
@ApplicationScoped
public class PostgresTextLobs implements TypeContributor {

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry services) {
        JdbcServices jdbc = services.getService(JdbcServices.class);
        boolean postgres = jdbc != null && jdbc.getDialect() instanceof PostgreSQLDialect
                || jdbc == null && DatabaseKind.isPostgreSQL();
        if (postgres) {
            contributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(SqlTypes.CLOB, LongVarcharJdbcType.INSTANCE);
        }
    }
}
