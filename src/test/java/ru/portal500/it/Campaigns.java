package ru.portal500.it;

import org.mariadb.jdbc.MariaDbDataSource;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Campaigns of region 64 for integration tests: planned through the API as the regional operator, and
 * schools' statuses in them written straight into the test database (as the identification would).
 */
public final class Campaigns {

    private final PortalApi api;

    public Campaigns(PortalApi api) {
        this.api = api;
    }

    /** Plans the region's campaign of the year (if an earlier test did not); the API's answer. */
    public HttpResponse<String> plan(int year) {
        return api.post("/regions/64/campaigns", "{\"schoolYear\":" + year + ",\"name\":\"500+ " + (year - 1) + "/"
                + String.format("%02d", year % 100) + "\"}", KeycloakTokens.accessToken("operator"));
    }

    /** Gives a school of region 64 (by code) a status (LOW_RESULTS, SOCIAL_RISK, OTHER…) in the year's campaign. */
    public void status(int year, String schoolCode, String status) {
        sql("insert into campaign_school (campaign_id, school_id, status, proposed)"
                + " select c.id, s.id, ?, false from campaign c join region r on r.id = c.region_id"
                + " join municipality m on m.region_id = r.id join school s on s.municipality_id = m.id"
                + " where r.code = '64' and c.school_year = ? and s.code = ?"
                + " on duplicate key update status = values(status)", status, year, schoolCode);
    }

    /**
     * Uploads a concept as a text file for an Atkarsky school in the year's campaign as the given team member and
     * submits it; the document's id.
     */
    public long submittedConcept(int year, String school, String user, String text) {
        HttpResponse<String> uploaded = api.upload("/regions/64/campaigns/" + year + "/schools/atkarsky/" + school
                + "/documents/CONCEPT/versions?name=" + java.net.URLEncoder.encode("Концепция.txt",
                java.nio.charset.StandardCharsets.UTF_8), text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                KeycloakTokens.accessToken(user));
        if (uploaded.statusCode() != 201) {
            throw new AssertionError("upload as " + user + ": " + uploaded.statusCode() + " " + uploaded.body());
        }
        long id = jakarta.json.Json.createReader(new java.io.StringReader(uploaded.body())).readObject()
                .getJsonNumber("document").longValue();
        HttpResponse<String> submitted = api.post("/documents/" + id + "/submission", "",
                KeycloakTokens.accessToken(user));
        if (submitted.statusCode() != 200) {
            throw new AssertionError("submission as " + user + ": " + submitted.statusCode() + " " + submitted.body());
        }
        return id;
    }

    /** The database id of a school (codes of the demo schools are unique across regions). */
    public static long schoolId(String code) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(
                "select id from school where code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No school " + code);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database id of a municipality of region 64 (by code). */
    public static long municipalityId(String code) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(
                "select m.id from municipality m join region r on r.id = m.region_id where r.code = '64' and m.code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No municipality " + code);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String statement, Object... parameters) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            if (s.executeUpdate() == 0) {
                throw new IllegalStateException("Nothing written: " + statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connection() throws SQLException {
        MariaDbDataSource source = new MariaDbDataSource(TestInfrastructure.database().jdbcUrl("portal"));
        source.setUser("root");
        return source.getConnection();
    }
}
