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
 * as its operator, each paired with `GET /api/me` (same token) as the baseline, one at a time, after 10 warm-ups: with
 * nothing changed between requests, with one roadmap changed before each (its version raised, as any change of it or
 * of its measures does: its counts are counted again), and with every roadmap changed before each. Target: the
 * dashboard's p95 under 500 ms. Then regions 70–83 as large again (45,000 schools in all, their campaigns written
 * straight into the database) and the federal reader's roll-up over them: target under 5 s.
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
            if (campaignId(db, "64") == null) {
                Instant started = Instant.now();
                send(http, "POST", portal + "/api/regions/64/campaigns", "{\"schoolYear\":" + YEAR
                        + ",\"name\":\"500+ бенчмарк\",\"monitoringDates\":[\"" + dates.get(0) + "\",\"" + dates.get(1)
                        + "\",\"" + dates.get(2) + "\"]}", token, 201);
                send(http, "GET", portal + "/api/monitoring/regions/64/indicators", null, token, 200);
                prepare(db, "64", campaignId(db, "64"), dates);
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
        try (Connection db = source.getConnection()) {
            long campaign = campaignId(db, "64");
            Random random = new Random(18);
            Series steady = series(http, keycloak, portal, dashboard, ROUNDS, () -> { });
            List<Long> roadmaps = new ArrayList<>();
            try (Statement q = db.createStatement(); ResultSet rs = q.executeQuery("select id from roadmap"
                    + " where campaign_id = " + campaign)) {
                while (rs.next()) {
                    roadmaps.add(rs.getLong(1));
                }
            }
            Series changed = series(http, keycloak, portal, dashboard, ROUNDS / 2, () -> touch(db,
                    "update roadmap set version = version + 1 where id = "
                            + roadmaps.get(random.nextInt(roadmaps.size()))));
            Series cold = series(http, keycloak, portal, dashboard, 20, () -> touch(db,
                    "update roadmap set version = version + 1 where campaign_id = " + campaign));
            System.out.printf("GET /api/me (baseline): p50 %.1f ms, p95 %.1f ms%n", steady.me(0.5), steady.me(0.95));
            steady.print("region dashboard (3,000 schools), nothing changed between requests");
            changed.print("region dashboard, one roadmap changed before each request");
            cold.print("region dashboard, every roadmap changed before each request (all counted again)");
            System.out.printf("target p95 < 500 ms: %s (the one-roadmap-changed series)%n",
                    changed.board(0.95) < 500 ? "met" : "NOT MET");
        }
        federal(http, portal, keycloak, source, dates);
    }

    /** Regions 70–83 beside 64, each as large (45,000 schools in all), and the federal reader's roll-up of them. */
    private static void federal(HttpClient http, String portal, String keycloak, MariaDbDataSource source,
                                List<LocalDate> dates) throws Exception {
        String token = token(http, keycloak, "federal");
        String rollUp = portal + "/api/monitoring/federal?year=" + YEAR;
        try (Connection db = source.getConnection()) {
            List<String> fresh = new ArrayList<>();
            for (int code = 70; code <= 83; code++) {
                String region = String.valueOf(code);
                if (campaignId(db, region) == null) {
                    db.setAutoCommit(true);
                    touch(db, "insert ignore into region (code, name) values ('" + region + "', 'Регион № " + region
                            + " (бенчмарк)')");
                    touch(db, "insert into campaign (region_id, school_year, name) select id, " + YEAR
                            + ", '500+ бенчмарк' from region where code = '" + region + "'");
                    long campaign = campaignId(db, region);
                    for (LocalDate date : dates) {
                        touch(db, "insert into campaign_monitoring_date (campaign_id, due) values (" + campaign + ", '"
                                + date + "')");
                    }
                    fresh.add(region);
                }
            }
            if (!fresh.isEmpty()) {
                Instant started = Instant.now();
                send(http, "GET", rollUp, null, token, 200);
                for (String region : fresh) {
                    prepare(db, region, campaignId(db, region), dates);
                }
                System.out.printf("regions %s prepared in %,d s%n", fresh, Duration.between(started, Instant.now())
                        .toSeconds());
            }
        }
        JsonObject all = Json.createReader(new StringReader(send(http, "GET", rollUp, null, token, 200))).readObject();
        System.out.printf("roll-up: %d regions, %s schools expected at their dates, %s reported%n",
                all.getJsonArray("regions").size(), all.getJsonObject("total").get("expected"),
                all.getJsonObject("total").get("reported"));
        for (int i = 0; i < 3; i++) {
            send(http, "GET", rollUp, null, token, 200);
        }
        Series steady = series(http, keycloak, "federal", portal, rollUp, 10, () -> { });
        Series cold;
        try (Connection db = source.getConnection()) {
            cold = series(http, keycloak, "federal", portal, rollUp, 3, () -> touch(db,
                    "update roadmap set version = version + 1 where campaign_id in (select id from campaign"
                            + " where school_year = " + YEAR + ")"));
        }
        steady.print("federal roll-up (15 regions, 45,000 schools), nothing changed between requests");
        cold.print("federal roll-up, every roadmap changed before each request (all counted again)");
        System.out.printf("target < 5 s: %s (the slowest of both series)%n",
                Math.max(steady.board(1.0), cold.board(1.0)) < 5000 ? "met" : "NOT MET");
    }

    /** Timings of a page and of {@code GET /api/me} (same token) one after the other, each page after a change. */
    private record Series(long[] board, long[] me) {
        double board(double quantile) {
            return ms(board, quantile);
        }

        double me(double quantile) {
            return ms(me, quantile);
        }

        void print(String what) {
            System.out.printf("%s (%d requests): p50 %.1f ms, p95 %.1f ms, max %.1f ms (p95 %.1f× /api/me's p95 of"
                            + " %.1f ms)%n", what, board.length, board(0.5), board(0.95), board(1.0),
                    board(0.95) / me(0.95), me(0.95));
        }
    }

    interface Change {
        void make() throws Exception;
    }

    private static Series series(HttpClient http, String keycloak, String portal, String page, int rounds,
                                 Change before) throws Exception {
        return series(http, keycloak, "operator", portal, page, rounds, before);
    }

    private static Series series(HttpClient http, String keycloak, String user, String portal, String page, int rounds,
                                 Change before) throws Exception {
        String token = token(http, keycloak, user);
        long[] board = new long[rounds];
        long[] me = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            before.make();
            board[i] = timed(http, page, token);
            me[i] = timed(http, portal + "/api/me", token);
            if (i % 50 == 49) {
                token = token(http, keycloak, user);
            }
        }
        Arrays.sort(board);
        Arrays.sort(me);
        return new Series(board, me);
    }

    private static void touch(Connection db, String sql) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.executeUpdate(sql);
        } finally {
            db.setAutoCommit(auto);
        }
    }

    private static Long campaignId(Connection db, String regionCode) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select c.id from campaign c join region r on r.id = c.region_id"
                + " where r.code = ? and c.school_year = ?")) {
            s.setString(1, regionCode);
            s.setInt(2, YEAR);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Municipalities, schools, statuses, roadmaps with their measures, entered values and reports. */
    private static void prepare(Connection db, String regionCode, long campaign, List<LocalDate> dates)
            throws SQLException {
        db.setAutoCommit(false);
        Random random = new Random(500 + regionCode.hashCode());
        long region = single(db, "select id from region where code = '" + regionCode + "'");
        List<long[]> schools = new ArrayList<>();
        try (PreparedStatement m = db.prepareStatement("insert into municipality (region_id, code, name) values (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement s = db.prepareStatement("insert into school (municipality_id, code, name) values (?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 1; i <= MUNICIPALITIES; i++) {
                m.setLong(1, region);
                m.setString(2, "mbench" + regionCode + "-" + i);
                m.setString(3, "Муниципальный район № " + i);
                m.executeUpdate();
                long municipality = generated(m);
                for (int j = 1; j <= SCHOOLS / MUNICIPALITIES; j++) {
                    s.setLong(1, municipality);
                    s.setString(2, "mb" + regionCode + "-" + i + "-" + j);
                    s.setString(3, "МБОУ «СОШ № " + j + "» района № " + i);
                    s.executeUpdate();
                    schools.add(new long[] {municipality, generated(s), i, j});
                }
            }
        }
        long indicators = single(db, "select count(*) from indicator where region_code = '" + regionCode + "'");
        List<Long> entered = new ArrayList<>();
        try (Statement q = db.createStatement(); ResultSet rs = q.executeQuery("select id from indicator"
                + " where region_code = '" + regionCode + "' and formula is null and retired = false")) {
            while (rs.next()) {
                entered.add(rs.getLong(1));
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement status = db.prepareStatement("insert into campaign_school (campaign_id, school_id, status,"
                + " proposed) values (?, ?, 'LOW_RESULTS', false)");
             PreparedStatement roadmap = db.prepareStatement("insert into roadmap (campaign_id, roadmap_level, region_code,"
                     + " municipality_key, school_key, owner_key, municipality_id, school_id, state, round_no,"
                     + " last_change_at) values (?, 'SCHOOL', ?, ?, ?, ?, ?, ?, 'CONFIRMED', 1, ?)",
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
                String municipalityKey = regionCode + "/mbench" + regionCode + "-" + school[2];
                String schoolKey = municipalityKey + "/mb" + regionCode + "-" + school[2] + "-" + school[3];
                roadmap.setLong(1, campaign);
                roadmap.setString(2, regionCode);
                roadmap.setString(3, municipalityKey);
                roadmap.setString(4, schoolKey);
                roadmap.setString(5, schoolKey);
                roadmap.setLong(6, school[0]);
                roadmap.setLong(7, school[1]);
                roadmap.setTimestamp(8, now);
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
        System.out.printf("written in region %s: %d municipalities, %d schools, %d measures, %d entered indicators"
                        + " of %d, values and reports at 2 of 3 dates%n", regionCode, MUNICIPALITIES, schools.size(),
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
        return token(http, keycloak, "operator");
    }

    private static String token(HttpClient http, String keycloak, String user) throws Exception {
        String form = "grant_type=password&client_id=portal-api&client_secret=portal-api-demo-secret&username=" + user
                + "&password=" + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8);
        String body = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
        return Json.createReader(new StringReader(body)).readObject().getString("access_token");
    }
}
