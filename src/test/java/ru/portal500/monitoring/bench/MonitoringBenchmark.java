package ru.portal500.monitoring.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.mariadb.jdbc.MariaDbDataSource;
import ru.portal500.devenv.DemoUsers;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The region's monitoring dashboard over HTTP at scale (issue 18): a campaign of region 64 with 3,000 ШНОР in 60
 * municipalities, 40 roadmap measures each (120,000: done on time, done late, overdue, ahead), the five entered
 * indicators' values at each of 3 monitoring dates and the reports (on time, late, missing), written into the running
 * portal's database (`mvn -Prun`, MariaDB on 3307) once; then 200 requests of the region's dashboard at the middle date
 * as its operator, each paired with `GET /api/me` (same token) as the baseline, one at a time, after 10 warm-ups.
 * Target: the dashboard's p95 under 500 ms.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ru.portal500.monitoring.bench.MonitoringBenchmark \
 *     [-Dexec.args="http://localhost:8080 http://localhost:8180/realms/portal500 jdbc:mariadb://127.0.0.1:3307/portal"]</pre>
 */
public final class MonitoringBenchmark {

    static final int YEAR = 2090;
    static final int MUNICIPALITIES = 60;
    static final int SCHOOLS = 3_000;
    static final int MEASURES = 40;
    static final int ROUNDS = 200;

    public static void main(String[] args) throws Exception {
        String portal = args.length > 0 ? args[0] : "http://localhost:8080";
        String keycloak = args.length > 1 ? args[1] : "http://localhost:8180/realms/portal500";
        String jdbc = args.length > 2 ? args[2] : "jdbc:mariadb://127.0.0.1:3307/portal";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String token = token(http, keycloak);
        LocalDate today = LocalDate.now();
        List<LocalDate> dates = List.of(today.minusDays(120), today.minusDays(10), today.plusDays(60));
        MariaDbDataSource source = new MariaDbDataSource(jdbc);
        source.setUser("root");
        try (Connection db = source.getConnection()) {
            if (campaignId(db) == null) {
                Instant started = Instant.now();
                send(http, "POST", portal + "/api/regions/64/campaigns", "{\"schoolYear\":" + YEAR
                        + ",\"name\":\"500+ бенчмарк\",\"monitoringDates\":[\"" + dates.get(0) + "\",\"" + dates.get(1)
                        + "\",\"" + dates.get(2) + "\"]}", token, 201);
                send(http, "GET", portal + "/api/monitoring/regions/64/indicators", null, token, 200);
                prepare(db, campaignId(db), dates);
                System.out.printf("prepared in %,d s%n", Duration.between(started, Instant.now()).toSeconds());
            } else {
                System.out.println("campaign " + YEAR + " of region 64 is there: measuring the data of an earlier run");
            }
        }
        String dashboard = portal + "/api/monitoring/regions/64/dashboard?year=" + YEAR + "&date=" + dates.get(1);
        JsonObject view = Json.createReader(new StringReader(send(http, "GET", dashboard, null, token, 200)))
                .readObject();
        System.out.printf("dashboard: %d municipalities, %s of %s schools reported, %s measures overdue%n",
                view.getJsonArray("places").size(), view.getJsonObject("total").get("reported"),
                view.getJsonObject("total").get("expected"), view.getJsonObject("total").get("overdue"));
        for (int i = 0; i < 10; i++) {
            send(http, "GET", dashboard, null, token, 200);
            send(http, "GET", portal + "/api/me", null, token, 200);
        }
        long[] board = new long[ROUNDS];
        long[] me = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            board[i] = timed(http, dashboard, token);
            me[i] = timed(http, portal + "/api/me", token);
            if (i % 50 == 49) {
                token = token(http, keycloak);
            }
        }
        Arrays.sort(board);
        Arrays.sort(me);
        System.out.printf("GET /api/me (baseline): p50 %.1f ms, p95 %.1f ms%n", ms(me, 0.5), ms(me, 0.95));
        System.out.printf("region dashboard (3,000 schools): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms"
                        + " (p95 %.1f× the baseline's)%n", ms(board, 0.5), ms(board, 0.95), ms(board, 0.99),
                ms(board, 0.95) / ms(me, 0.95));
        System.out.printf("target p95 < 500 ms: %s%n", ms(board, 0.95) < 500 ? "met" : "NOT MET");
        System.out.println("the federal roll-up over 45,000 schools: not built yet (no federal reader of aggregates)");
    }

    private static Long campaignId(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select c.id from campaign c join region r on r.id = c.region_id"
                + " where r.code = '64' and c.school_year = ?")) {
            s.setInt(1, YEAR);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Municipalities, schools, statuses, roadmaps with their measures, entered values and reports. */
    private static void prepare(Connection db, long campaign, List<LocalDate> dates) throws SQLException {
        db.setAutoCommit(false);
        Random random = new Random(500);
        long region = single(db, "select id from region where code = '64'");
        List<long[]> schools = new ArrayList<>();
        try (PreparedStatement m = db.prepareStatement("insert into municipality (region_id, code, name) values (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement s = db.prepareStatement("insert into school (municipality_id, code, name) values (?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 1; i <= MUNICIPALITIES; i++) {
                m.setLong(1, region);
                m.setString(2, "mbench-" + i);
                m.setString(3, "Муниципальный район № " + i);
                m.executeUpdate();
                long municipality = generated(m);
                for (int j = 1; j <= SCHOOLS / MUNICIPALITIES; j++) {
                    s.setLong(1, municipality);
                    s.setString(2, "mb-" + i + "-" + j);
                    s.setString(3, "МБОУ «СОШ № " + j + "» района № " + i);
                    s.executeUpdate();
                    schools.add(new long[] {municipality, generated(s), i, j});
                }
            }
        }
        long indicators = single(db, "select count(*) from indicator where region_code = '64'");
        List<Long> entered = new ArrayList<>();
        try (Statement q = db.createStatement(); ResultSet rs = q.executeQuery("select id from indicator"
                + " where region_code = '64' and formula is null and retired = false")) {
            while (rs.next()) {
                entered.add(rs.getLong(1));
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement status = db.prepareStatement("insert into campaign_school (campaign_id, school_id, status,"
                + " proposed) values (?, ?, 'LOW_RESULTS', false)");
             PreparedStatement roadmap = db.prepareStatement("insert into roadmap (campaign_id, roadmap_level, region_code,"
                     + " municipality_key, school_key, owner_key, municipality_id, school_id, state, round_no,"
                     + " last_change_at) values (?, 'SCHOOL', '64', ?, ?, ?, ?, ?, 'CONFIRMED', 1, ?)",
                     Statement.RETURN_GENERATED_KEYS);
             PreparedStatement measure = db.prepareStatement("insert into roadmap_measure (roadmap_id, position, title,"
                     + " start_on, due_on, responsible, completion, done_on) values (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement value = db.prepareStatement("insert into indicator_value (indicator_id, campaign_id,"
                     + " school_id, monitoring_date, value, entered_by, entered_by_name, entered_at)"
                     + " values (?, ?, ?, ?, ?, 'bench', 'Бенчмарк', ?)");
             PreparedStatement report = db.prepareStatement("insert into monitoring_report (campaign_id, school_id,"
                     + " monitoring_date, submitted_by, submitted_by_name, submitted_at, on_time)"
                     + " values (?, ?, ?, 'bench', 'Бенчмарк', ?, ?)")) {
            LocalDate start = dates.get(0).minusDays(60);
            for (long[] school : schools) {
                status.setLong(1, campaign);
                status.setLong(2, school[1]);
                status.executeUpdate();
                String municipalityKey = "64/mbench-" + school[2];
                String schoolKey = municipalityKey + "/mb-" + school[2] + "-" + school[3];
                roadmap.setLong(1, campaign);
                roadmap.setString(2, municipalityKey);
                roadmap.setString(3, schoolKey);
                roadmap.setString(4, schoolKey);
                roadmap.setLong(5, school[0]);
                roadmap.setLong(6, school[1]);
                roadmap.setTimestamp(7, now);
                roadmap.executeUpdate();
                long roadmapId = generated(roadmap);
                for (int k = 1; k <= MEASURES; k++) {
                    LocalDate due = start.plusDays(k * 7L);
                    int fate = random.nextInt(10);
                    boolean done = due.isBefore(LocalDate.now()) ? fate < 7 : fate < 2;
                    measure.setLong(1, roadmapId);
                    measure.setInt(2, k);
                    measure.setString(3, "Мероприятие " + k);
                    measure.setDate(4, Date.valueOf(due.minusDays(30)));
                    measure.setDate(5, Date.valueOf(due));
                    measure.setString(6, "Заместитель директора");
                    measure.setString(7, done ? "CONFIRMED" : "NONE");
                    measure.setDate(8, done ? Date.valueOf(fate < 5 ? due.minusDays(2) : due.plusDays(5)) : null);
                    measure.addBatch();
                }
                measure.executeBatch();
                for (int d = 0; d < 2; d++) {
                    for (long indicator : entered) {
                        value.setLong(1, indicator);
                        value.setLong(2, campaign);
                        value.setLong(3, school[1]);
                        value.setDate(4, Date.valueOf(dates.get(d)));
                        value.setBigDecimal(5, java.math.BigDecimal.valueOf(random.nextInt(1000), 1));
                        value.setTimestamp(6, now);
                        value.addBatch();
                    }
                    if (random.nextInt(10) < 8) {
                        report.setLong(1, campaign);
                        report.setLong(2, school[1]);
                        report.setDate(3, Date.valueOf(dates.get(d)));
                        report.setTimestamp(4, now);
                        report.setBoolean(5, random.nextInt(10) < 7);
                        report.addBatch();
                    }
                }
                value.executeBatch();
                report.executeBatch();
            }
        }
        db.commit();
        System.out.printf("written: %d municipalities, %d schools, %d measures, %d entered indicators of %d,"
                        + " values and reports at 2 of 3 dates%n", MUNICIPALITIES, schools.size(),
                schools.size() * MEASURES, entered.size(), indicators);
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long generated(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static long timed(HttpClient http, String url, String token) throws Exception {
        long start = System.nanoTime();
        send(http, "GET", url, null, token, 200);
        return System.nanoTime() - start;
    }

    private static double ms(long[] sortedNanos, double quantile) {
        int index = (int) Math.ceil(quantile * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    private static String send(HttpClient http, String method, String url, String json, String token, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String token(HttpClient http, String keycloak) throws Exception {
        String form = "grant_type=password&client_id=portal-api&client_secret=portal-api-demo-secret&username=operator"
                + "&password=" + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8);
        String body = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
        return Json.createReader(new StringReader(body)).readObject().getString("access_token");
    }
}
