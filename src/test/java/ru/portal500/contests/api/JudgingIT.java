package ru.portal500.contests.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.contests.JudgingFixture;
import ru.portal500.it.ApiTest;
import ru.portal500.it.RealmAdmin;

import static ru.portal500.contests.JudgingFixture.answers;
import static ru.portal500.contests.JudgingFixture.id;
import static ru.portal500.contests.JudgingFixture.version;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Judging through the API on the real war, with its role matrix: judging opens only after the entries closed; the
 * organiser seats each nomination's jury (a person of another region is refused), the solver assigns the entries
 * (never to the juror whose home school entered them), a juror scores with drafts (409 on a stale save), submits
 * (every required criterion named when missing), a divergence with nobody free to add asks the organiser to
 * moderate; a juror reads only their own reviews (another's is an audited 404), a juror whose home became the
 * entering school is refused (an audited 403), and neither another region's organiser nor an entrant sees the board.
 */
class JudgingIT extends ApiTest {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private static String sheet(JsonObject answers, long version) {
        return Json.createObjectBuilder().add("answers", answers).add("remarks", "Отзыв " + RUN)
                .add("version", version).build().toString();
    }

    private JsonObject reviewOf(String juror, long entry) {
        return array(api().get("/contest-reviews", freshToken(juror))).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("entry").longValue() == entry).findFirst()
                .orElseThrow(() -> new AssertionError(juror + " has no review of entry " + entry));
    }

    @Test
    void theJuryScoresFreeOfConflictAndNobodyElseSeesOrScores() throws Exception {
        JudgingFixture fixture = new JudgingFixture(api(), this::token, RUN);
        String homeJuror = "jhome-" + RUN;
        String juror = "jtwo-" + RUN;
        String other = "jone-" + RUN;
        for (String user : List.of(homeJuror, juror, other)) {
            fixture.juror(user);
        }
        assertEquals(200, api().put("/people/" + homeJuror + "/home", "{\"home\":\"/64/atkarsky/atk-1\"}",
                token("operator")).statusCode(), "one juror works at the entering school");

        JsonObject contest = fixture.contest("Судейство " + RUN);
        long contestId = id(contest);
        long nomination = JudgingFixture.nomination(contest);
        long school = fixture.school(contestId);
        long first = fixture.admittedEntry(contestId, school, nomination, "Час чтения " + RUN);
        long second = fixture.admittedEntry(contestId, school, nomination, "Наставничество " + RUN);

        HttpResponse<String> early = api().post("/contests/" + contestId + "/judging", "", token("organiser"));
        assertEquals(400, early.statusCode(), early.body());
        assertTrue(object(early).getString("message").startsWith("Открыть судейство пока нельзя: приём заявок идёт до"),
                early.body());

        fixture.closeEntries(contestId);
        assertEquals(403, api().post("/contests/" + contestId + "/judging", "", token("school")).statusCode(),
                "an entrant does not open judging");
        HttpResponse<String> opened = api().post("/contests/" + contestId + "/judging", "", token("organiser"));
        assertEquals(200, opened.statusCode(), opened.body());

        String jury = "/contests/" + contestId + "/judging/nominations/" + nomination + "/jury";
        for (String member : List.of(other, juror, homeJuror)) {
            HttpResponse<String> seated = api().post(jury, "{\"username\":\"" + member + "\"}", token("organiser"));
            assertEquals(200, seated.statusCode(), seated.body());
        }
        HttpResponse<String> stranger = api().post(jury, "{\"username\":\"operator23\"}", token("organiser"));
        assertEquals(400, stranger.statusCode(), "another region's person is not seated: " + stranger.body());

        HttpResponse<String> assigned = api().post("/contests/" + contestId + "/judging/nominations/" + nomination
                + "/assignment", "", token("organiser"));
        assertEquals(200, assigned.statusCode(), assigned.body());
        List<String> jurors = array(assigned).getValuesAs(JsonObject.class).stream().map(r -> r.getString("juror"))
                .sorted().toList();
        assertEquals(List.of(other, other, juror, juror).stream().sorted().toList(), jurors,
                "two reviews an entry, never the juror whose home school entered them");
        assertEquals(0, array(api().get("/contest-reviews", freshToken(homeJuror))).size());
        String search = "/public/search?q=" + java.net.URLEncoder.encode("Час чтения " + RUN, StandardCharsets.UTF_8);
        String firstCase = "\"case:" + first + "\"";
        ru.portal500.it.Await.until("the organiser finds the entry being judged", java.time.Duration.ofMinutes(1),
                () -> api().get(search, freshToken("organiser")).body().contains(firstCase));
        assertTrue(api().get(search, freshToken(juror)).body().contains(firstCase), "a juror judging it finds it");
        assertFalse(api().get(search, freshToken(homeJuror)).body().contains(firstCase),
                "a juror of the nomination kept from it by a conflict does not find it");
        assertFalse(api().get(search, null).body().contains(firstCase), "nor does a visitor");
        assertFalse(api().get(search, token("operator")).body().contains(firstCase), "nor the region's operator");
        String secondCase = "\"case:" + second + "\"";
        String search2 = "/public/search?q=" + java.net.URLEncoder.encode("Наставничество " + RUN,
                StandardCharsets.UTF_8);
        assertTrue(api().get(search2, freshToken(other)).body().contains(secondCase)
                && api().get(search2, freshToken(juror)).body().contains(secondCase), "its jurors find the other entry");
        String toScore = api().get("/me/work", freshToken(juror)).body();
        assertTrue(toScore.contains("contests.toScore") && toScore.contains("Час чтения " + RUN),
                "the juror's work lists the entries to score: " + toScore);
        ru.portal500.it.Await.until("the juror is told of the assignment with its due date",
                java.time.Duration.ofMinutes(1), () -> api().get("/notifications", freshToken(juror)).body()
                        .contains("вам назначено работ на оценку: 2"));

        HttpResponse<String> byHand = api().post("/contests/" + contestId + "/judging/reviews", "{\"entry\":" + first
                + ",\"juror\":\"" + homeJuror + "\"}", token("organiser"));
        assertEquals(400, byHand.statusCode(), byHand.body());
        assertTrue(object(byHand).getString("message").contains("из-за конфликта интересов"), byHand.body());

        JsonObject mine = reviewOf(juror, first);
        long review = id(mine);
        assertEquals(404, api().get("/contest-reviews/" + review, freshToken(other)).statusCode(),
                "another juror's review is not found");
        assertEquals(404, api().get("/contest-reviews/" + review, freshToken(homeJuror)).statusCode());
        assertEquals(401, api().get("/contest-reviews/" + review, null).statusCode());
        JsonObject opening = object(api().get("/contest-reviews/" + review, freshToken(juror)));
        assertEquals("CONTEST_CASE", opening.getJsonObject("checklist").getString("appliesTo"));

        HttpResponse<String> draft = api().put("/contest-reviews/" + review + "/draft", sheet(answers(3), version(mine)),
                token(juror));
        assertEquals(200, draft.statusCode(), draft.body());
        HttpResponse<String> stale = api().put("/contest-reviews/" + review + "/draft", sheet(answers(1),
                version(mine)), token(juror));
        assertEquals(409, stale.statusCode(), "a save over a newer one: " + stale.body());
        JsonObject incomplete = Json.createObjectBuilder(answers(3)).remove("C1").remove("R2").build();
        HttpResponse<String> missing = api().post("/contest-reviews/" + review + "/submission",
                sheet(incomplete, version(object(draft))), token(juror));
        assertEquals(400, missing.statusCode(), missing.body());
        assertTrue(object(missing).getString("message").startsWith("Не заполнены обязательные критерии: 4, 6"),
                missing.body());
        HttpResponse<String> submitted = api().post("/contest-reviews/" + review + "/submission",
                sheet(answers(3), version(object(draft))), token(juror));
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", object(submitted).getString("state"));
        assertEquals(400, api().put("/contest-reviews/" + review + "/draft", sheet(answers(0),
                version(object(submitted))), token(juror)).statusCode(), "a submitted sheet is locked");

        JsonObject othersReview = reviewOf(other, first);
        HttpResponse<String> low = api().post("/contest-reviews/" + id(othersReview) + "/submission",
                sheet(answers(0), version(othersReview)), token(other));
        assertEquals(200, low.statusCode(), low.body());
        ru.portal500.it.Await.until("the organiser is asked to moderate the divergent entry nobody can be added to",
                java.time.Duration.ofMinutes(1), () -> api().get("/notifications", freshToken("organiser")).body()
                        .contains("оценки работы № " + first + " расходятся"));
        JsonObject row = array(api().get("/contests/" + contestId + "/judging", token("organiser"))).getJsonObject(0)
                .getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("entry").longValue() == first).findFirst().orElseThrow();
        assertEquals("EXTRA_JUROR_NEEDED", row.getString("divergence"), "nobody free to add: " + row);
        assertTrue(row.getJsonArray("conflicted").toString().contains(homeJuror + ":[OWN_SCHOOL]"), row.toString());

        HttpResponse<String> noReason = api().post("/contests/" + contestId + "/judging/moderation", "{\"entry\":"
                + first + ",\"total\":20}", token("organiser"));
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertEquals(204, api().post("/contests/" + contestId + "/judging/moderation", "{\"entry\":" + first
                + ",\"total\":20,\"reason\":\"Решение после обсуждения жюри\"}", token("organiser")).statusCode());
        JsonObject board = array(api().get("/contests/" + contestId + "/judging?sort=disagreement",
                token("organiser"))).getJsonObject(0);
        JsonObject top = board.getJsonArray("entries").getJsonObject(0);
        assertEquals(first, top.getJsonNumber("entry").longValue(), "the most disagreed-on first: " + board);
        assertEquals(1, top.getInt("place"), "the moderated entry ranks: " + top);

        String organiser23 = "judging-org23-" + RUN;
        RealmAdmin.createUser(organiser23, "Ольга", "Кубанская");
        assertEquals(204, api().post("/grants", "{\"username\":\"" + organiser23
                + "\",\"role\":\"contest-organiser\",\"scope\":\"/23\"}", token("operator23")).statusCode());
        assertEquals(404, api().get("/contests/" + contestId + "/judging", freshToken(organiser23)).statusCode(),
                "another region's organiser");
        assertEquals(403, api().get("/contests/" + contestId + "/judging", token("school")).statusCode(),
                "an entrant does not see the board");
        assertEquals(403, api().get("/contests/" + contestId + "/judging", freshToken(juror)).statusCode(),
                "nor does a juror");

        JsonObject pending = reviewOf(other, second);
        assertEquals(200, api().put("/people/" + other + "/home", "{\"home\":\"/64/atkarsky/atk-1\"}",
                token("operator")).statusCode(), "the juror's home becomes the entering school");
        assertEquals(403, api().get("/contest-reviews/" + id(pending), freshToken(other)).statusCode(),
                "a conflict found since the assignment counts at once");
        ru.portal500.it.Await.until("the juror's new conflict takes the entry out of what they find",
                java.time.Duration.ofMinutes(1), () -> !api().get(search2, freshToken(other)).body()
                        .contains(secondCase));
        assertTrue(api().get(search2, freshToken("organiser")).body().contains(secondCase), "the organiser still does");
        assertEquals(200, api().post("/search/index/rebuild", "", freshToken("operator")).statusCode());
        ru.portal500.it.Await.until("the index is rebuilt in the background, the cases with it",
                java.time.Duration.ofMinutes(2), () -> {
                    JsonObject progress = object(api().get("/search/index/progress", freshToken("operator")));
                    return !progress.getBoolean("running") && progress.getJsonNumber("total").longValue() > 0
                            && progress.getJsonNumber("done").longValue() == progress.getJsonNumber("total")
                            .longValue();
                });
        assertTrue(api().get(search2, freshToken("organiser")).body().contains(secondCase),
                "after a rebuild the organiser finds the case");
        assertFalse(api().get(search2, freshToken(other)).body().contains(secondCase),
                "and the conflicted juror still does not");
        assertEquals(403, api().post("/contest-reviews/" + id(pending) + "/submission", sheet(answers(2),
                version(pending)), token(other)).statusCode(), "nor can they score it");
        String refusals = api().get("/audit?type=ACCESS_DENIED&actor=" + other + "&limit=50", freshToken("operator"))
                .body();
        assertTrue(refusals.contains("contests.judge"), "the refusal is on record: " + refusals);
        String notFound = api().get("/audit?type=ACCESS_DENIED&actor=" + homeJuror + "&limit=50",
                freshToken("operator")).body();
        assertTrue(notFound.contains("contest-review/" + review), "the 404 is on record: " + notFound);

        HttpResponse<String> declared = api().post("/contest-reviews/" + id(reviewOf(juror, second)) + "/conflict",
                "{\"reason\":\"Я консультировал эту школу\"}", token(juror));
        assertEquals(200, declared.statusCode(), declared.body());
        assertEquals("DECLARED", object(declared).getString("state"));
        ru.portal500.it.Await.until("a declared conflict takes the entry out of what the juror finds",
                java.time.Duration.ofMinutes(1), () -> !api().get(search2, freshToken(juror)).body()
                        .contains(secondCase));
        assertEquals(403, api().get("/contest-reviews/" + id(reviewOf(juror, second)), token(juror)).statusCode(),
                "a declared conflict closes the entry to the juror");

        HttpResponse<String> notDone = api().post("/contests/" + contestId + "/results", "", token("organiser"));
        assertEquals(400, notDone.statusCode(), notDone.body());
        assertTrue(object(notDone).getString("message").startsWith("Утвердить итоги пока нельзя: 1 оценка ещё не"
                + " отправлена"), notDone.body());
        assertEquals(403, api().post("/contests/" + contestId + "/results", "", token("school")).statusCode(),
                "an entrant confirms nothing");
        assertEquals(204, api().delete("/contests/" + contestId + "/judging/reviews/" + id(pending), "",
                token("organiser")).statusCode(), "the organiser withdraws the review nothing was saved on");
        HttpResponse<String> confirmed = api().post("/contests/" + contestId + "/results", "", token("organiser"));
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        String sha256 = object(confirmed).getString("protocolSha256");
        assertEquals("RESULTS_PUBLISHED", object(confirmed).getString("state"));

        JsonObject published = object(api().get("/public/contests/" + contestId, null));
        assertEquals(sha256, published.getString("protocolSha256"), "the hash is public");
        HttpResponse<byte[]> protocol = api().download("/public/contests/" + contestId + "/protocol.pdf", null);
        assertEquals(200, protocol.statusCode());
        assertEquals(sha256, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(protocol.body())), "the protocol everyone downloads is the one frozen");
        JsonArray lines = array(api().get("/public/contests/" + contestId + "/results", null));
        JsonObject winner = lines.getJsonObject(0);
        assertEquals(first, winner.getJsonNumber("entry").longValue(), lines.toString());
        assertEquals(1, winner.getInt("place"));
        assertEquals("WINNER", winner.getString("award"));
        assertEquals("PARTICIPANT", lines.getJsonObject(1).getString("award"), "the unranked entry takes part");
        HttpResponse<byte[]> diplomas = api().download("/contests/" + contestId + "/results/diplomas.pdf",
                token("organiser"));
        assertEquals(200, diplomas.statusCode());
        assertTrue(new String(diplomas.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertEquals(200, api().download("/contests/" + contestId + "/results/reviews.xlsx", token("organiser"))
                .statusCode());
        assertEquals(403, api().download("/contests/" + contestId + "/results/diplomas.pdf", token("school"))
                .statusCode(), "the diplomas of every entrant are the organiser's to hand out");
        assertEquals(0, array(api().get("/contest-reviews", freshToken(juror))).size(),
                "the jury's roles lapsed with the results");
        ru.portal500.it.Await.until("the entrant is told of the results", java.time.Duration.ofMinutes(1),
                () -> api().get("/notifications", freshToken("school")).body().contains(sha256));

        assertEquals(403, api().post("/contests/" + contestId + "/results/bank", "", token("school")).statusCode(),
                "an entrant puts nothing into the bank");
        HttpResponse<String> intoBank = api().post("/contests/" + contestId + "/results/bank", "", token("organiser"));
        assertEquals(200, intoBank.statusCode(), intoBank.body());
        JsonArray practices = array(intoBank);
        assertEquals(1, practices.size(), "the winner alone: " + practices);
        long practice = practices.getJsonObject(0).getJsonNumber("practice").longValue();
        assertEquals(practices.toString(), array(api().post("/contests/" + contestId + "/results/bank", "",
                token("organiser"))).toString(), "an entry goes into the bank once");
        JsonObject page = object(api().get("/public/practices/" + practice, null));
        assertEquals("Час чтения " + RUN, page.getString("title"));
        JsonObject origin = page.getJsonObject("origin");
        assertEquals(contestId, origin.getJsonNumber("contest").longValue(), page.toString());
        assertEquals("WINNER", origin.getString("award"));
        assertEquals(1, origin.getInt("place"));
        assertEquals("CONTEST_WINNER", page.getString("source"));
        assertEquals(1, page.getJsonArray("files").size(), "the case's file came with it");
        ru.portal500.it.Await.until("the practice is found by a visitor's search", java.time.Duration.ofMinutes(1),
                () -> api().get("/public/search?q=" + java.net.URLEncoder.encode("Час чтения " + RUN,
                        StandardCharsets.UTF_8), null).body().contains("\"practice:" + practice + "\""));
        HttpResponse<String> picked = api().post("/contests/" + contestId + "/results/bank/" + second, "",
                token("organiser"));
        assertEquals(200, picked.statusCode(), "the organiser picks a participant too: " + picked.body());

        String history = new String(api().download("/contests/" + contestId + "/history.csv", token("organiser"))
                .body(), StandardCharsets.UTF_8);
        assertTrue(history.contains("Судейство открыто") && history.contains("Член жюри отправил оценку")
                && history.contains("Решение после обсуждения жюри") && history.contains("Я консультировал эту школу")
                && history.contains("Итоги утверждены, протокол заморожен") && history.contains(sha256)
                && history.contains("Работа передана в банк практик"),
                history);
        String work = api().get("/me/work", freshToken(juror)).body();
        assertFalse(work.contains("Час чтения " + RUN), "a submitted review leaves the juror's work: " + work);
    }

    @Test
    void aNominationShortOfTheMinimumIsMergedOrCancelledWithAReasonAndItsEntrantsAreTold() {
        JudgingFixture fixture = new JudgingFixture(api(), this::token, RUN);
        JsonObject contest = fixture.contest("Номинации " + RUN, List.of("Управление", "Обучение", "Воспитание"));
        long contestId = id(contest);
        List<JsonObject> nominations = contest.getJsonArray("nominations").getValuesAs(JsonObject.class);
        long management = id(nominations.get(0));
        long teaching = id(nominations.get(1));
        long upbringing = id(nominations.get(2));
        long school = fixture.school(contestId);
        long moved = fixture.admittedEntry(contestId, school, management, "Школьный совет " + RUN);
        long cancelled = fixture.admittedEntry(contestId, school, upbringing, "Клуб выходного дня " + RUN);
        String closure = "/contests/" + contestId + "/nominations/" + management + "/closure";
        long version = version(object(api().get("/contests/" + contestId, token("organiser"))));

        HttpResponse<String> early = api().post(closure, "{\"into\":" + teaching + ",\"reason\":\"Мало заявок\","
                + "\"version\":" + version + "}", token("organiser"));
        assertEquals(400, early.statusCode(), early.body());
        assertTrue(object(early).getString("message").startsWith("Номинацию можно объединить с другой или отменить"
                + " только после окончания приёма заявок"), early.body());

        fixture.closeEntries(contestId);
        version = version(object(api().get("/contests/" + contestId, token("organiser"))));
        assertEquals(403, api().post(closure, "{\"reason\":\"Мало\",\"version\":" + version + "}", token("school"))
                .statusCode(), "an entrant decides nothing");
        HttpResponse<String> noReason = api().post(closure, "{\"into\":" + teaching + ",\"version\":" + version + "}",
                token("organiser"));
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(object(noReason).getString("message").startsWith("Укажите причину"), noReason.body());
        HttpResponse<String> stale = api().post(closure, "{\"into\":" + teaching + ",\"reason\":\"Мало заявок\","
                + "\"version\":" + (version - 1) + "}", token("organiser"));
        assertEquals(409, stale.statusCode(), "a list changed since it was read: " + stale.body());

        HttpResponse<String> merged = api().post(closure, "{\"into\":" + teaching + ",\"reason\":\"Мало заявок в"
                + " номинации\",\"version\":" + version + "}", token("organiser"));
        assertEquals(200, merged.statusCode(), merged.body());
        JsonObject after = object(merged);
        JsonObject closed = after.getJsonArray("nominations").getValuesAs(JsonObject.class).stream()
                .filter(n -> id(n) == management).findFirst().orElseThrow();
        assertEquals("MERGED", closed.getString("closure"));
        assertEquals(teaching, closed.getJsonNumber("mergedInto").longValue());
        assertEquals(teaching, object(api().get("/entries/" + moved, token("school"))).getJsonNumber("nominationId")
                .longValue(), "the entry goes on in the other nomination");
        HttpResponse<String> again = api().post(closure, "{\"reason\":\"Ещё раз\",\"version\":"
                + version(after) + "}", token("organiser"));
        assertEquals(400, again.statusCode(), "a closed nomination is not closed twice: " + again.body());

        HttpResponse<String> cancel = api().post("/contests/" + contestId + "/nominations/" + upbringing + "/closure",
                "{\"reason\":\"Номинация не набрала заявок\",\"version\":" + version(after) + "}", token("organiser"));
        assertEquals(200, cancel.statusCode(), cancel.body());
        JsonObject refused = object(api().get("/entries/" + cancelled, token("school")));
        assertEquals("REFUSED", refused.getString("state"), refused.toString());
        ru.portal500.it.Await.until("the entrant is told", java.time.Duration.ofMinutes(1),
                () -> api().get("/notifications", freshToken("school")).body().contains("Клуб выходного дня " + RUN
                        + "» не будет оцениваться"));
        JsonObject published = object(api().get("/public/contests/" + contestId, null));
        assertTrue(published.getJsonArray("nominations").toString().contains("Номинация не набрала заявок"),
                "everyone reads why: " + published);
        String history = new String(api().download("/contests/" + contestId + "/history.csv", token("organiser"))
                .body(), StandardCharsets.UTF_8);
        assertTrue(history.contains("Номинация объединена с другой") && history.contains("Мало заявок в номинации")
                && history.contains("Номинация отменена"), history);

        HttpResponse<String> opened = api().post("/contests/" + contestId + "/judging", "", token("organiser"));
        assertEquals(200, opened.statusCode(), "judging opens with the open nominations alone: " + opened.body());
        assertEquals(1, array(api().get("/contests/" + contestId + "/judging", token("organiser"))).size(),
                "the board has the one nomination left");
    }
}
