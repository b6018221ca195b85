package ru.portal500.portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.identity.domain.Caller;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each demo user (as the realm grants them) sees a short menu grouped by what they do, with the pages they need. */
class PortalMenuTest {

    /** The most top-level elements a menu may have, so that it stays short on every screen. */
    private static final int HANDFUL = 6;

    private static List<String> entries(Caller caller) {
        return PortalMenu.entriesFor(caller).stream().map(PortalMenu.Entry::labelKey).toList();
    }

    private static List<String> top(Caller caller) {
        return PortalMenu.menuFor(caller).stream().map(PortalMenu.Top::labelKey).toList();
    }

    /** The demo users with their groups and realm roles from the realm file the run and the tests import. */
    private static Map<String, Caller> demoCallers() throws IOException {
        try (Reader file = Files.newBufferedReader(Path.of("realm-config/portal500-realm.json"));
             JsonReader reader = Json.createReader(file)) {
            return reader.readObject().getJsonArray("users").getValuesAs(JsonObject.class).stream()
                    .filter(u -> DemoUsers.ALL.stream().anyMatch(d -> d.username().equals(u.getString("username"))))
                    .collect(Collectors.toMap(u -> u.getString("username"), u -> Caller.authenticated("s",
                            u.getString("username"), u.getString("username"), strings(u, "realmRoles"),
                            strings(u, "groups"))));
        }
    }

    private static List<String> strings(JsonObject user, String field) {
        return user.containsKey(field) ? user.getJsonArray(field).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList() : List.of();
    }

    @Test
    void aVisitorSeesTheHomePageThePracticesAndTheSearch() {
        Caller visitor = Caller.anonymous();
        assertEquals(List.of("menu.home", "menu.practices", "menu.search"), entries(visitor));
        assertEquals(List.of("menu.home", "menu.group.practices"), top(visitor));
    }

    @Test
    void everyDemoUserSeesTheEntriesTheirWorkNeedsAndNoMore() throws IOException {
        Map<String, Caller> callers = demoCallers();
        assertEquals(DemoUsers.ALL.size(), callers.size(), "every demo user is in the realm");
        Map<String, List<String>> expected = Map.of(
                "operator", List.of("menu.dashboard", "menu.notifications", "menu.profile", "menu.schools", "menu.campaigns",
                        "menu.identification", "menu.pairs", "menu.roadmap", "menu.monitoring", "menu.expertise",
                        "menu.checklists", "menu.practices",
                        "menu.search", "menu.territories", "menu.people", "menu.onboarding", "menu.audit", "menu.searchSettings"),
                "coordinator", List.of("menu.dashboard", "menu.notifications", "menu.profile", "menu.municipality", "menu.schools",
                        "menu.campaigns", "menu.pairs", "menu.documentQueue", "menu.roadmap", "menu.monitoring",
                        "menu.expertise", "menu.practices",
                        "menu.search", "menu.territories", "menu.people", "menu.onboarding"),
                "curator", List.of("menu.dashboard", "menu.notifications", "menu.profile", "menu.schools", "menu.campaigns",
                        "menu.riskProfile", "menu.documents", "menu.documentQueue", "menu.roadmap",
                        "menu.monitoringReport", "menu.expertise", "menu.entries",
                        "menu.practices", "menu.search"),
                "expert", List.of("menu.dashboard", "menu.notifications", "menu.profile", "menu.schools", "menu.campaigns",
                        "menu.expertise", "menu.practices", "menu.search"),
                "school", List.of("menu.dashboard", "menu.notifications", "menu.profile", "menu.schools", "menu.campaigns",
                        "menu.riskProfile", "menu.documents", "menu.roadmap", "menu.monitoringReport", "menu.expertise",
                        "menu.entries", "menu.practices",
                        "menu.search"),
                "teacher", List.of("menu.dashboard", "menu.notifications", "menu.profile", "menu.entries", "menu.practices",
                        "menu.search"),
                "federal", List.of("menu.dashboard", "menu.notifications", "menu.profile", "menu.federal",
                        "menu.practices", "menu.search"));
        expected.forEach((user, entries) -> assertEquals(entries, entries(callers.get(user)), user));
        assertEquals(expected.get("operator"), entries(callers.get("operator23")), "every regional operator alike");
        assertEquals(expected.get("coordinator"), entries(callers.get("coordinator23")));
        assertEquals(List.of("menu.dashboard", "menu.notifications", "menu.profile", "menu.contests", "menu.practices",
                "menu.search"), entries(callers.get("organiser")), "the contest organiser: the region's contests");
        assertEquals(List.of("menu.dashboard", "menu.notifications", "menu.profile", "menu.practices", "menu.search"),
                entries(callers.get("jury")), "jury: no page of their own yet");
        callers.forEach((user, caller) -> assertTrue(top(caller).size() <= HANDFUL, user + ": " + top(caller)));
    }

    @Test
    void theMenuIsGroupedByWhatPeopleDoAndAGroupOfOneIsThatPage() throws IOException {
        Map<String, Caller> callers = demoCallers();
        assertEquals(List.of("menu.group.work", "menu.group.schools", "menu.group.documents", "menu.group.expertise",
                "menu.group.practices", "menu.group.admin"), top(callers.get("operator")));
        PortalMenu.Top schools = PortalMenu.menuFor(callers.get("operator")).get(1);
        assertTrue(schools.isGroup());
        assertTrue(schools.entries().stream().anyMatch(e -> e.labelKey().equals("menu.identification")
                && e.outcome().equals("/app/identification.xhtml")), "the operator's menu leads to the identification");
        assertEquals(List.of("menu.group.work", "menu.group.schools", "menu.group.documents", "menu.expertise",
                "menu.group.practices", "menu.group.admin"), top(callers.get("coordinator")));
        assertEquals(List.of("menu.group.work", "menu.group.schools", "menu.group.documents", "menu.group.expertise",
                "menu.group.practices"),
                top(callers.get("curator")), "a curator school's team enters contests too");
        assertEquals(List.of("menu.group.work", "menu.entries", "menu.group.practices"), top(callers.get("teacher")),
                "a teacher enters contests in their own name");
        PortalMenu.menuFor(callers.get("school")).stream().filter(t -> !t.isGroup())
                .forEach(t -> assertTrue(t.entries().isEmpty() && t.outcome().startsWith("/"), t.toString()));
    }

    /** A person given one contest (organiser or juror of it alone) finds «Конкурсы» leading to what they may open. */
    @Test
    void aPersonGivenOneContestFindsItUnderContests() {
        Caller organiser = Caller.authenticated("s", "lead", "Лев", List.of(), List.of("/64/_contests/17/contest-organiser"));
        assertTrue(entries(organiser).contains("menu.contests"), "the contest's own organiser: " + entries(organiser));
        assertEquals(List.of("/app/contest.xhtml?id=17"), outcomes(organiser, "menu.contests"));
        assertTrue(top(organiser).contains("menu.contests"), "one entry alone stands at the top: " + top(organiser));

        Caller juror = Caller.authenticated("s", "juror", "Юлия", List.of(), List.of("/64/_contests/17/jury-member"));
        assertEquals(List.of("/app/judging.xhtml"), outcomes(juror, "menu.judging"), "the juror: their reviews to score");
        assertTrue(top(juror).contains("menu.judging"), "one entry alone stands at the top: " + top(juror));

        Caller both = Caller.authenticated("s", "both", "Борис", List.of(), List.of("/64/_contests/17/contest-organiser",
                "/64/_contests/18/jury-member"));
        List<PortalMenu.Entry> contests = PortalMenu.entriesFor(both).stream()
                .filter(e -> e.labelKey().startsWith("menu.contest") || e.labelKey().equals("menu.judging")).toList();
        assertEquals(List.of("/app/contest.xhtml?id=17", "/app/judging.xhtml"),
                contests.stream().map(PortalMenu.Entry::outcome).toList(), "the contest organised, the reviews");
        assertEquals(List.of("menu.contests", "menu.judging"), contests.stream().map(PortalMenu.Entry::labelKey).toList());

        Caller two = Caller.authenticated("s", "two", "Тамара", List.of(), List.of("/64/_contests/17/contest-organiser",
                "/64/_contests/19/contest-organiser"));
        List<PortalMenu.Entry> organised = PortalMenu.entriesFor(two).stream()
                .filter(e -> e.labelKey().startsWith("menu.contest")).toList();
        assertEquals(List.of("menu.contest.organised", "menu.contest.organised"),
                organised.stream().map(PortalMenu.Entry::labelKey).toList(), "each contest under its number");
        assertEquals(List.of("17"), organised.get(0).arguments());

        Caller regionOrganiser = Caller.authenticated("s", "organiser", "Ольга", List.of(),
                List.of("/64/contest-organiser", "/64/_contests/17/contest-organiser"));
        assertEquals(List.of("/app/contests.xhtml"), outcomes(regionOrganiser, "menu.contests"),
                "the region's organiser has the list, which has the contest");
    }

    private static List<String> outcomes(Caller caller, String labelKey) {
        return PortalMenu.entriesFor(caller).stream().filter(e -> e.labelKey().equals(labelKey))
                .map(PortalMenu.Entry::outcome).toList();
    }
}
