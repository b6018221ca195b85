package ru.portal500.platform.database;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import ru.portal500.it.TestInfrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Flyway migrations, applied to a fresh database on the real MariaDB. */
class MigrationsIT {

    private MariaDbDataSource dataSource;

    @BeforeEach
    void freshDatabase() throws SQLException {
        var db = TestInfrastructure.database();
        try (Connection c = new MariaDbDataSource(db.jdbcUrl("mysql")).getConnection("root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS migrations_it");
            s.execute("CREATE DATABASE migrations_it CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        dataSource = new MariaDbDataSource(db.jdbcUrl("migrations_it"));
        dataSource.setUser("root");
    }

    @Test
    void schemaThenDemoDataThenNothingMore() throws SQLException {
        MigrateResult schema = DatabaseMigrations.apply(dataSource, false, getClass().getClassLoader());
        assertTrue(schema.success);
        assertTrue(schema.migrationsExecuted >= 1, "the schema migrations ran");
        assertEquals(0, count("select count(*) from region"), "no demo data unless asked for");
        assertEquals(0, count("select count(*) from practice"), "no demo practices unless asked for");

        MigrateResult demo = DatabaseMigrations.apply(dataSource, true, getClass().getClassLoader());
        assertEquals(1, demo.migrationsExecuted, "only the demo data ran");
        assertEquals(2, count("select count(*) from region"));
        assertEquals(4, count("select count(*) from municipality"));
        assertEquals(List.of("Абинский муниципальный округ"),
                strings("select name from municipality where code = 'abinsky'"), "Cyrillic survives the round trip");

        assertEquals(0, count("select count(*) from practice"), "demo data without the demo bank adds no practice");

        MigrateResult again = DatabaseMigrations.apply(dataSource, true, getClass().getClassLoader());
        assertEquals(0, again.migrationsExecuted, "a second start applies nothing");
        MigrateResult withoutDemo = DatabaseMigrations.apply(dataSource, false, getClass().getClassLoader());
        assertTrue(withoutDemo.success, "turning demo data off later is not an error");
    }

    @Test
    void theDemoBankAddsItsPracticesOnceWithTheirPlacesAndRisks() throws SQLException {
        MigrateResult bank = DatabaseMigrations.apply(dataSource, true, true, getClass().getClassLoader());
        assertTrue(bank.success);
        assertEquals(38, count("select count(*) from practice"), "on a fresh database, after the places they are in");
        assertEquals(0, count("select count(*) from practice where municipality_id is null or region_code not in ('64', '23')"),
                "every entry is in a demo municipality");
        assertTrue(count("select count(*) from practice where school_id is not null") > 0, "some name a demo school");
        assertEquals(List.of("Саратовская область › Аткарский муниципальный район › МБОУ «СОШ № 3 г. Аткарска»"),
                strings("select distinct place from practice where school_code = 'atk-3'"));
        assertEquals(0, count("select count(*) from practice p where not exists "
                + "(select 1 from practice_risk_factor f where f.practice_id = p.id)"), "each addresses a risk factor");

        execute("delete from flyway_schema_history where script like '%practice_bank_demo%'");
        DatabaseMigrations.apply(dataSource, true, true, getClass().getClassLoader());
        assertEquals(38, count("select count(*) from practice"), "applied again (a changed script), nothing is doubled");
    }

    @Test
    void theSchemaKeepsItsRules() throws SQLException {
        DatabaseMigrations.apply(dataSource, true, getClass().getClassLoader());
        assertThrows(SQLException.class, () -> execute(
                "insert into municipality (region_id, code, name) values (999999, 'x', 'нет такого региона')"),
                "a municipality needs an existing region");
        assertThrows(SQLException.class, () -> execute(
                "insert into region (code, name) values ('64', 'Дубль')"), "region codes are unique");
    }

    private int count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
