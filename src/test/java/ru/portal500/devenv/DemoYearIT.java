package ru.portal500.devenv;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mariadb.jdbc.MariaDbDataSource;
import ru.portal500.it.Await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The one-command run's demo year from a fresh data folder: {@link RunPortal}'s own code starts MariaDB, Keycloak (the
 * realm imported afresh) and the portal on free ports in a folder of this test alone — apart from the other ITs'
 * shared servers, which never see the demo year's data or grants — then seeds the year through the API as the demo
 * users, and every demo user finds work waiting. A second seeding on the same data changes nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoYearIT {

    /** Demo users whose work has no place in the portal yet, with the reason. */
    static final Map<String, String> WITHOUT_WORK = Map.of(
            "teacher", "a teacher holds no place (no region, municipality or school), so no work can be theirs",
            "federal", "a federal reader of aggregates reads the roll-up and owes nothing: no work is theirs");

    private static final LocalDate TODAY = DemoCalendar.regionToday();
    private static RunPortal run;
    private static DemoYear demoYear;
    private static DemoYear.Outcome seeded;
    private static Duration startTook;

    @BeforeAll
    static void startAFreshRunAndSeed() {
        Path target = Path.of(System.getProperty("it.data.dir", "target/it-data")).toAbsolutePath().getParent();
        Path home = target.resolve("demo-year-it");
        removeEarlierRuns(home);
        int keycloakPort = freePortWithManagement();
        RunPortal.Settings settings = new RunPortal.Settings(home.resolve("data-" + System.currentTimeMillis()),
                freePort(), keycloakPort, freePort(), freePort(), Path.of(property("it.war")),
                Path.of(property("it.realm.dir")), Path.of(environment("MICRO_JAR")),
                Path.of(property("keycloak.dist.zip")), home.resolve("keycloak"), true);
        Instant started = Instant.now();
        run = new RunPortal(settings, line -> System.out.println("[demo-year-it] " + line));
        run.start();
        startTook = Duration.between(started, Instant.now());
        demoYear = run.demoYear(TODAY);
        seeded = demoYear.seedIfNew();
        System.out.println("[demo-year-it] servers ready in " + startTook.toSeconds() + " s, demo year seeded in "
                + seeded.took().toSeconds() + " s");
    }

    @AfterAll
    static void stop() {
        if (run != null) {
            run.close();
        }
    }

    @Test
    @Order(1)
    void theFreshDataWereSeededWithBothYears() {
        assertTrue(seeded.seeded(), "a fresh data folder is seeded");
        assertEquals(new DemoCalendar(TODAY).thisYear(), seeded.thisYear());
        JsonArray campaigns = demoYear.api().get("operator", "/regions/64/campaigns").asJsonArray();
        assertEquals(List.of(seeded.thisYear(), seeded.lastYear()), campaigns.getValuesAs(JsonObject.class).stream()
                .map(c -> c.getInt("schoolYear")).toList(), "this year's and last year's campaigns, newest first");
        assertEquals(1, demoYear.api().get("operator23", "/regions/23/campaigns").asJsonArray().size());
    }

    @Test
    @Order(1)
    void seed000sContestIsInItsJudgingAndASecondCallTakesEntries() {
        JsonArray published = demoYear.api().get("organiser", "/public/contests?region=64").asJsonArray();
        assertEquals(Set.of(DemoYear.CONTEST_TITLE, DemoYear.OPEN_CALL_TITLE,
                DemoYear.lastContestTitle(seeded.lastYear())), published.getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("title")).collect(Collectors.toSet()));
        JsonObject judged = published.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").equals(DemoYear.CONTEST_TITLE)).findFirst().orElseThrow();
        assertEquals(2, judged.getJsonArray("nominations").size());
        assertEquals("JUDGING", judged.getString("state"));
        assertEquals(new DemoCalendar(TODAY).judgedContestStages().get("judging").toString(),
                judged.getJsonObject("stages").getString("judging"));
        JsonArray board = demoYear.api().get("organiser", "/contests/" + judged.getJsonNumber("id").longValue()
                + "/judging").asJsonArray();
        List<JsonObject> entries = board.getValuesAs(JsonObject.class).stream()
                .flatMap(n -> n.getJsonArray("entries").getValuesAs(JsonObject.class).stream()).toList();
        assertEquals(6, entries.size(), "three admitted entries a nomination: " + board);
        assertTrue(entries.stream().allMatch(e -> e.getJsonArray("reviews").size() == 2), "each with its two reviews");
        assertTrue(entries.stream().anyMatch(e -> e.getInt("submitted") == 2 && e.containsKey("place")
                && !e.isNull("place")), "an entry scored by both its jurors is ranked: " + board);
        assertEquals(1, entries.stream().filter(e -> "EXTRA_JUROR_NEEDED".equals(e.getString("divergence", "")))
                .count(), "one entry's jurors disagree: " + board);
        JsonArray open = demoYear.api().get("jury", "/contest-reviews").asJsonArray();
        assertTrue(open.getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("state").equals("ASSIGNED")),
                "the jury has entries left to score: " + open);
    }

    /**
     * Last year's contest as a visitor finds it, without logging in: its results published with the protocol's
     * SHA-256 (in the API and on its public page, whose protocol matches it), every entry placed, the winners and
     * prize-winners in the bank with where they came from, each practice's page linking back to the contest.
     */
    @Test
    @Order(1)
    void aVisitorFindsLastYearsContestJudgedAndItsWinnersInTheBank() throws Exception {
        DemoApi api = demoYear.api();
        String title = DemoYear.lastContestTitle(seeded.lastYear());
        JsonObject contest = api.visitorGet("/public/contests?region=64").asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("title").equals(title)).findFirst().orElseThrow();
        long id = contest.getJsonNumber("id").longValue();
        assertEquals(seeded.lastYear(), contest.getInt("schoolYear"));
        assertEquals("RESULTS_PUBLISHED", contest.getString("state"));
        String sha256 = contest.getString("protocolSha256", "");
        assertTrue(sha256.matches("[0-9a-f]{64}"), "the protocol's SHA-256 is public: " + contest);
        JsonObject stages = contest.getJsonObject("stages");
        new DemoCalendar(TODAY).lastContestStages().forEach((stage, day) -> assertEquals(day.toString(),
                stages.getString(stage), stage + " in last year's autumn: " + stages));

        byte[] protocol = api.visitorFile("/api/public/contests/" + id + "/protocol.pdf");
        assertEquals(sha256, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(protocol)), "the protocol a visitor downloads is the one its hash names");
        String page = api.visitorPage("/contest.xhtml?id=" + id);
        assertTrue(page.contains(sha256), "the public page shows the protocol's SHA-256");

        List<JsonObject> results = api.visitorGet("/public/contests/" + id + "/results").asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(DemoYear.LAST_ENTRIES, results.size(), "every admitted entry in the results: " + results);
        assertTrue(results.stream().allMatch(r -> !r.isNull("place") && r.getInt("place") > 0), "all ranked: " + results);
        Map<String, Long> awards = results.stream().collect(Collectors.groupingBy(r -> r.getString("award"),
                Collectors.counting()));
        assertEquals(Map.of("WINNER", 2L, "PRIZE_WINNER", 3L, "PARTICIPANT", 1L), awards, "by award: " + results);
        Set<String> winners = results.stream().filter(r -> !r.getString("award").equals("PARTICIPANT"))
                .map(r -> r.getString("title")).collect(Collectors.toSet());

        List<JsonObject> fromContest = api.visitorGet("/public/practices?region=64&max=100").asJsonObject()
                .getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.containsKey("origin") && !p.isNull("origin")
                        && p.getJsonObject("origin").getJsonNumber("contest").longValue() == id).toList();
        assertEquals(DemoYear.LAST_WINNERS, fromContest.size(), "the winners and prize-winners are in the bank");
        assertEquals(winners, fromContest.stream().map(p -> p.getString("title")).collect(Collectors.toSet()));
        for (JsonObject practice : fromContest) {
            JsonObject origin = practice.getJsonObject("origin");
            assertEquals(title, origin.getString("contestTitle"));
            assertEquals(seeded.lastYear(), origin.getInt("schoolYear"));
            assertTrue(Set.of("WINNER", "PRIZE_WINNER").contains(origin.getString("award")), origin.toString());
            assertEquals("CONTEST_WINNER", practice.getString("source"));
            assertTrue(practice.getString("author", "").contains("Директоров"), "its consenting author: " + practice);
        }
        String practicePage = api.visitorPage("/practice.xhtml?id=" + fromContest.get(0).getJsonNumber("id"));
        assertTrue(practicePage.contains("contest.xhtml?id=" + id), "the practice's page links to its contest");

        List<JsonObject> judged = api.get("organiser", "/contests/" + id + "/judging").asJsonArray()
                .getValuesAs(JsonObject.class).stream().flatMap(n -> n.getJsonArray("entries")
                        .getValuesAs(JsonObject.class).stream()).toList();
        assertEquals(DemoYear.LAST_ENTRIES, judged.size());
        assertTrue(judged.stream().allMatch(e -> e.getJsonArray("reviews").size() == 2 && e.getInt("submitted") == 2
                && "AGREED".equals(e.getString("divergence", ""))), "every review submitted, none apart: " + judged);
    }

    @Test
    @Order(2)
    void everyDemoUserFindsWork() {
        for (DemoUsers.User user : DemoUsers.ALL) {
            if (WITHOUT_WORK.containsKey(user.username())) {
                continue;
            }
            assertHasWork(user.username());
        }
        assertHasWork(DemoYear.BAL2_TEAM);
        assertHasWork(DemoYear.ABN4_TEAM);
        assertEquals(Set.of("teacher", "federal"), DemoUsers.ALL.stream().map(DemoUsers.User::username)
                .filter(WITHOUT_WORK::containsKey).collect(Collectors.toSet()), "the exceptions are demo users");
    }

    /**
     * The user's first screen has work: {@code GET /api/me/work} (what the dashboard shows) answers {@code total > 0},
     * each group's count agrees with its items, every item links to a page of the portal, and there is more to do
     * than to read notifications.
     */
    private static void assertHasWork(String user) {
        JsonObject work = demoYear.api().get(user, "/me/work").asJsonObject();
        if (work.getInt("total") == 0) {
            fail(user + " finds no work after the demo year was seeded: " + work);
        }
        List<String> found = new ArrayList<>();
        int counted = 0;
        for (JsonObject group : work.getJsonArray("groups").getValuesAs(JsonObject.class)) {
            List<JsonObject> items = group.getJsonArray("items").getValuesAs(JsonObject.class);
            assertFalse(items.isEmpty(), user + ": a group without items " + group);
            assertTrue(items.size() <= group.getInt("count"), user + ": " + group);
            items.forEach(item -> assertTrue(item.getString("link").startsWith("/"), user + ": " + item));
            counted += group.getInt("count");
            found.add(group.getString("kind") + "=" + group.getInt("count"));
        }
        assertEquals(work.getInt("total"), counted, user + ": the total is the sum of the groups");
        assertTrue(found.stream().anyMatch(kind -> !kind.startsWith("notifications.")),
                user + " has work beyond unread notifications: " + found);
        System.out.println("[demo-year-it] work of " + user + ": " + found);
    }

    private static boolean hasDocument(JsonObject owed) {
        return owed.containsKey("document") && !owed.isNull("document");
    }

    @Test
    @Order(3)
    void atk1sDocumentsAreInEveryState() {
        DemoApi api = demoYear.api();
        String board = "/regions/64/campaigns/" + seeded.thisYear() + "/schools/atkarsky/atk-1/documents";
        Map<String, JsonObject> bySlot = new LinkedHashMap<>();
        for (JsonObject owed : api.get("school", board).asJsonObject().getJsonArray("owed").getValuesAs(JsonObject.class)) {
            if (hasDocument(owed)) {
                bySlot.put(owed.getString("slot"), owed.getJsonObject("document"));
            }
        }
        assertEquals("APPROVED", bySlot.get("CONCEPT").getString("state"), bySlot.toString());
        assertEquals("SUBMITTED", bySlot.get("MEDIUM_TERM_PROGRAMME").getString("state"));
        assertEquals("RETURNED", bySlot.get("ANTIRISK_PROGRAMME:3").getString("state"));
        assertEquals("SUBMITTED", bySlot.get("ANTIRISK_PROGRAMME:8").getString("state"));
        assertEquals("DRAFT", bySlot.get("ROADMAP").getString("state"));
        assertEquals("DRAFT", bySlot.get("SELF_EVALUATION").getString("state"));

        JsonObject resubmitted = api.get("school", "/documents/" + bySlot.get("ANTIRISK_PROGRAMME:8")
                .getJsonNumber("id")).asJsonObject();
        assertEquals(2, resubmitted.getJsonArray("versions").size(), "a second version after the return");
        JsonObject returned = api.get("school", "/documents/" + bySlot.get("ANTIRISK_PROGRAMME:3")
                .getJsonNumber("id")).asJsonObject();
        assertTrue(returned.getJsonArray("comments").toString().contains("предметной компетентности"),
                "the curator's comment is on record: " + returned.getJsonArray("comments"));

        long selfEvaluation = bySlot.get("SELF_EVALUATION").getJsonNumber("id").longValue();
        long concept = bySlot.get("CONCEPT").getJsonNumber("id").longValue();
        String failed = Await.until("the self-evaluation's extraction ended", Duration.ofSeconds(90),
                () -> extraction(selfEvaluation), state -> !"PENDING".equals(state));
        String done = Await.until("the concept's extraction ended", Duration.ofSeconds(90),
                () -> extraction(concept), state -> !"PENDING".equals(state));
        assertEquals("FAILED", failed, "the password-protected PDF's text cannot be read");
        assertEquals("DONE", done, "the generated DOCX is read");
    }

    private static String extraction(long document) {
        JsonArray versions = demoYear.api().get("school", "/documents/" + document).asJsonObject()
                .getJsonArray("versions");
        return versions.getJsonObject(versions.size() - 1).getString("extraction");
    }

    @Test
    @Order(4)
    void lastYearsRoundIsClosedAndThisYearsIsUnderWay() {
        DemoApi api = demoYear.api();
        JsonArray last = api.get("coordinator", "/regions/64/campaigns/" + seeded.lastYear() + "/expertise/rounds")
                .asJsonArray();
        assertEquals(1, last.size());
        assertEquals("CLOSED", last.getJsonObject(0).getString("state"), "closed: " + last);
        List<JsonObject> expertsReviews = api.get("expert", "/expertise/reviews").asJsonArray()
                .getValuesAs(JsonObject.class);
        assertTrue(expertsReviews.stream().anyMatch(r -> r.getString("state").equals("SUBMITTED")
                && r.getString("school").equals("bal-2")), "one of this year's reviews submitted: " + expertsReviews);
        assertTrue(api.get("curator", "/expertise/reviews").asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("state").equals("ASSIGNED") && r.getString("school").equals("bal-2")),
                "the curator's review of bal-2 is still to score");
    }

    @Test
    @Order(4)
    void theOrganiserSeesLastYearsWinnerEnteredAgainUnderANewTitle() {
        DemoApi api = demoYear.api();
        long call = api.visitorGet("/public/contests?region=64").asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").equals(DemoYear.OPEN_CALL_TITLE)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long again = api.get("organiser", "/contests/" + call + "/entries").asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("title").startsWith("Команда перемен")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject seen = Await.until("the re-entered case's near-copies", Duration.ofSeconds(60),
                () -> api.get("organiser", "/near-copies/entry/" + again).asJsonObject(),
                v -> v.getJsonArray("copies").size() >= 2);
        List<JsonObject> copies = seen.getJsonArray("copies").getValuesAs(JsonObject.class);
        assertTrue(copies.stream().anyMatch(c -> c.getInt("percent") == 100 && c.getBoolean("named")
                && c.getString("label").contains("Рабочая группа и электронная дорожная карта")), seen.toString());
        assertTrue(copies.stream().anyMatch(c -> c.getString("label").startsWith("практика банка")), seen.toString());
    }

    @Test
    @Order(4)
    void theDemoRoadmapsAndThePassedMonitoringDateShowEveryState() {
        DemoApi api = demoYear.api();
        JsonObject atk1 = api.get("school", "/roadmaps/school?year=" + demoYear.calendar().thisYear()).asJsonObject();
        assertEquals("CHANGED", atk1.getString("state"), "confirmed by the curator, a measure moved since");
        List<String> statuses = atk1.getJsonArray("measures").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("status")).toList();
        assertTrue(statuses.contains("DONE") && statuses.contains("OVERDUE") && statuses.contains("IN_PROGRESS"),
                statuses.toString());
        assertEquals("MOVED", atk1.getJsonArray("drift").getJsonObject(0).getString("kind"));
        assertEquals(0, atk1.getJsonArray("uncovered").size(), "risks 3 and 8 addressed");
        assertEquals(List.of("TAKEN", "DROPPED"), atk1.getJsonArray("carried").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("state")).toList(), "last year's two unfinished measures decided");
        int lastYear = demoYear.calendar().lastYear();
        assertTrue(api.get("operator", "/regions/64/campaigns").asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getInt("schoolYear") == lastYear && c.getBoolean("archived")), "last year archived");
        assertEquals("CONFIRMED", api.get("coordinator", "/regions/64/campaigns/" + demoYear.calendar().thisYear()
                + "/carried-pairs").asJsonArray().getJsonObject(0).getString("state"));
        JsonObject lastRoadmap = api.get("school", "/roadmaps/school?year=" + lastYear).asJsonObject();
        assertEquals(3, lastRoadmap.getJsonArray("measures").size(), "last year's roadmap stays readable");
        assertFalse(lastRoadmap.getJsonObject("rights").getBoolean("mayWrite"), "and is not changed any more");
        JsonObject region = api.get("operator", "/monitoring/regions/64/dashboard").asJsonObject();
        assertEquals(demoYear.calendar().passedMonitoringDate().toString(), region.getString("date"));
        JsonObject total = region.getJsonObject("total");
        assertEquals(1, total.getInt("reported"), "atk-1 reported under its exception: " + total);
        assertEquals(0, total.getInt("onTime"), "after the lock");
        assertTrue(total.getInt("expected") >= 2 && total.getInt("overdue") >= 2, total.toString());
        JsonObject quality = region.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals("KNOWLEDGE_QUALITY")).findFirst().orElseThrow();
        assertEquals(0, quality.getJsonNumber("value").bigDecimalValue().compareTo(new java.math.BigDecimal("38.5")));
        assertEquals(200, api.status("coordinator", "/roadmaps/municipality/" + atk1.getJsonNumber("municipalityId")));
    }

    @Test
    @Order(5)
    void aSecondSeedingOnTheSameDataChangesNothing() {
        Map<String, Long> before = counts();
        DemoYear.Outcome again = run.demoYear(TODAY).seedIfNew();
        assertFalse(again.seeded(), "the data hold the year: nothing seeded again");
        assertEquals(before, counts());
    }

    /** Rows of every table the seeding writes to, in the run's own database. */
    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            MariaDbDataSource source = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + run.settings().dbPort()
                    + "/portal");
            source.setUser("root");
            try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
                for (String table : List.of("campaign", "campaign_school", "assessment_result", "curator_pair",
                        "pair_helper", "risk_profile", "risk_profile_change", "document", "document_version",
                        "document_comment", "document_event", "expertise_round", "expert_review", "notification",
                        "audit_event", "roadmap", "roadmap_measure", "roadmap_event", "indicator_value",
                        "monitoring_report")) {
                    try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(counts.get("document") > 0, "the counts are of the seeded data: " + counts);
        return counts;
    }

    /** Each run's data folder takes ~0.7 GB (MariaDB, Payara): the one of the last run is kept until the next. */
    private static void removeEarlierRuns(Path home) {
        if (!java.nio.file.Files.isDirectory(home)) {
            return;
        }
        try (var runs = java.nio.file.Files.list(home)) {
            for (Path run : runs.filter(p -> p.getFileName().toString().startsWith("data-")).toList()) {
                try (var paths = java.nio.file.Files.walk(run)) {
                    for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        java.nio.file.Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Earlier runs could not be removed from " + home, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free port whose neighbour 1000 up (Keycloak's management port in the run) is free as well. */
    private static int freePortWithManagement() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            if (port + 1000 < 65536) {
                try (ServerSocket management = new ServerSocket(port + 1000, 1, InetAddress.getLoopbackAddress())) {
                    return port;
                } catch (IOException taken) {
                    // try another
                }
            }
        }
        throw new IllegalStateException("No free pair of ports for Keycloak");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set (run through mvn verify)");
        }
        return value;
    }

    private static String environment(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Environment variable " + name + " is not set (run through mvn verify)");
        }
        return value;
    }
}
