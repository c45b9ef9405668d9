package org.claimdesk.base;

import java.sql.Connection;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;

/**
 * A Flyway migration written in Java, for values that only Claimdesk's code computes (hashes, folded search
 * keys). It works on the plain JDBC connection, in Flyway's transaction, so it runs on H2 and PostgreSQL alike.
 * Declared as Spring beans; Flyway orders them with the SQL migrations by version.
 */
public abstract class JdbcMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected JdbcMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    /** Does the migration's work on {@code connection}. */
    protected abstract void migrate(Connection connection) throws Exception;

    @Override
    public final void migrate(Context context) throws Exception {
        migrate(context.getConnection());
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
