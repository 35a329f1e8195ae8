package dev.cgsnap.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and migrates the schema before the service takes requests. Flyway's own lock keeps two
 * instances starting at once from migrating twice.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    String product = databaseProduct();
    Flyway flyway =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration", "classpath:db/migration-" + vendor(product))
            .placeholders(Map.of("timestamp", timestampType(product)))
            .load();
    int applied = flyway.migrate().migrationsExecuted;
    LOG.info(
        () ->
            "Schema on "
                + product
                + " is at version "
                + flyway.info().current().getVersion()
                + " ("
                + applied
                + " migrations applied now)");
  }

  private String databaseProduct() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("The default datasource is not reachable", e);
    }
  }

  /** Migrations that only one database needs live in {@code db/migration-<vendor>}. */
  private static String vendor(String product) {
    String name = product.toLowerCase();
    return name.contains("mariadb") || name.contains("mysql")
        ? "mariadb"
        : name.contains("postgres") ? "postgresql" : "h2";
  }

  /** MariaDB's TIMESTAMP converts time zones and ends in 2038; DATETIME does neither. */
  private static String timestampType(String product) {
    return product.toLowerCase().contains("mariadb") || product.toLowerCase().contains("mysql")
        ? "DATETIME(6)"
        : "TIMESTAMP(6)";
  }
}
