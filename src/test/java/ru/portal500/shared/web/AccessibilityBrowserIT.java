package ru.portal500.shared.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.FluentWait;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.Axe;
import ru.portal500.it.BrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalApi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * axe-core over the pages a campaign's people walk, as the roles that use them, with a campaign, a submitted
 * document, a regional round with its review and a published practice made through the API: the start page, search
 * with results, the practice bank and a practice (a visitor); dashboard, campaigns, identification, schools, a
 * school, expertise rounds, a round, checklists, people, audit, notifications (the operator); pairs and a risk profile
 * (the coordinator); the document queue (the curator); the documents board, a document, notifications (the school);
 * the expert's rounds and score sheet. No critical or serious WCAG 2.1 A/AA violation on any of them. Campaign 2088.
 */
class AccessibilityBrowserIT extends BrowserTest {

    private static final int YEAR = 2088;
    private static final String PRACTICE_WORD = "метеостанция";

    private final List<Axe.Violation> violations = new ArrayList<>();

    private PortalApi api() {
        return new PortalApi(base);
    }

    /** What the walk needs, made through the API. */
    private record Data(long school, long document, long round, long review, long practice) {
    }

    private Data prepare() {
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(YEAR);
        campaigns.status(YEAR, "atk-1", "LOW_RESULTS");
        String coordinator = KeycloakTokens.accessToken("coordinator");
        HttpResponse<String> pair = api().post("/regions/64/campaigns/" + YEAR + "/pairs", "{\"municipality\":\"atkarsky\","
                + "\"school\":\"atk-1\",\"curatorMunicipality\":\"atkarsky\",\"curatorSchool\":\"atk-3\"}", coordinator);
        System.out.println("The pair atk-1 ↔ atk-3: " + pair.statusCode() + " " + pair.body());

        String school = KeycloakTokens.accessToken("school");
        HttpResponse<String> uploaded = api().upload("/regions/64/campaigns/" + YEAR
                + "/schools/atkarsky/atk-1/documents/CONCEPT/versions?name="
                + URLEncoder.encode("Концепция развития.docx", StandardCharsets.UTF_8),
                docx("Миссия школы: качество образования для каждого ученика.",
                        "Цель 1: повысить результаты ВПР по математике."), school);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long document = PortalApi.json(uploaded).asJsonObject().getJsonNumber("document").longValue();
        new FluentWait<>(document).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(300))
                .withMessage("the DOCX's text extracted").until(id -> !"PENDING".equals(((JsonObject) PortalApi.json(
                        api().get("/documents/" + id, school))).getJsonArray("versions").getJsonObject(0)
                        .getString("extraction")));
        assertEquals(200, api().post("/documents/" + document + "/submission", "", school).statusCode());

        String operator = KeycloakTokens.accessToken("operator");
        long checklist = ((JsonArray) PortalApi.json(api().get("/regions/64/checklists", operator)))
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("code").equals("CONCEPT")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> round = api().post("/regions/64/campaigns/" + YEAR + "/expertise/rounds",
                "{\"kind\":\"REGIONAL\",\"title\":\"Экспертиза концепций для проверки доступности\",\"checklist\":"
                        + checklist + ",\"reviewsPerDocument\":1,\"due\":\"" + LocalDate.now().plusDays(10) + "\"}",
                operator);
        assertEquals(201, round.statusCode(), round.body());
        long roundId = ((JsonObject) PortalApi.json(round)).getJsonNumber("id").longValue();
        HttpResponse<String> assigned = api().post("/expertise/rounds/" + roundId + "/assignment", "", operator);
        assertEquals(201, assigned.statusCode(), assigned.body());
        long review = ((JsonArray) PortalApi.json(assigned)).getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<String> published = api().post("/regions/64/practices", "{\"municipality\":\"atkarsky\","
                + "\"title\":\"Школьная " + PRACTICE_WORD + "\",\"summary\":\"Ученики ведут дневник погоды на школьной "
                + PRACTICE_WORD + "е и сравнивают его с прогнозом.\",\"level\":\"ALL\",\"source\":\"EXPERT_PICK\","
                + "\"riskFactors\":[10]}", operator);
        assertEquals(201, published.statusCode(), published.body());
        long practice = PortalApi.json(published).asJsonObject().getJsonNumber("id").longValue();
        new FluentWait<>(api()).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(300))
                .withMessage("the practice indexed").until(a -> a.get("/public/search?q="
                        + URLEncoder.encode(PRACTICE_WORD, StandardCharsets.UTF_8), null).body().contains(PRACTICE_WORD));
        return new Data(Campaigns.schoolId("atk-1"), document, roundId, review, practice);
    }

    /** Opens a page and runs axe over it once its main content is there. */
    private void check(String name, String path) {
        browser.open(page(path));
        browser.find("main");
        violations.addAll(browser.axe(name));
    }

    @Test
    void everyPageOfTheWalkHasNoCriticalOrSeriousViolation() {
        Data data = prepare();

        check("start page", "/");
        check("search with results", "/search.xhtml?q=" + URLEncoder.encode(PRACTICE_WORD, StandardCharsets.UTF_8));
        check("practices", "/practices.xhtml");
        check("a practice", "/practice.xhtml?id=" + data.practice());

        logIn("operator", DemoUsers.PASSWORD);
        check("dashboard (operator)", "/app/dashboard.xhtml");
        check("campaigns", "/app/campaigns.xhtml");
        check("identification", "/app/identification.xhtml?campaign=" + YEAR);
        check("schools", "/app/schools.xhtml");
        check("a school", "/app/school.xhtml?id=" + data.school());
        check("expertise rounds (operator)", "/app/expertise.xhtml?campaign=" + YEAR);
        check("a round", "/app/expertise-round.xhtml?id=" + data.round());
        check("checklists", "/app/checklists.xhtml");
        check("people", "/app/people.xhtml");
        check("audit", "/app/audit.xhtml");
        logOut();

        logIn("coordinator", DemoUsers.PASSWORD);
        check("pairs", "/app/pairs.xhtml");
        check("risk profile", "/app/risk-profile.xhtml?campaign=" + YEAR + "&school=" + data.school());
        logOut();

        logIn("curator", DemoUsers.PASSWORD);
        check("document queue", "/app/document-queue.xhtml");
        logOut();

        logIn("school", DemoUsers.PASSWORD);
        check("documents board", "/app/documents.xhtml?campaign=" + YEAR);
        check("a document", "/app/document.xhtml?id=" + data.document());
        check("notifications", "/app/notifications.xhtml");
        logOut();

        logIn("expert", DemoUsers.PASSWORD);
        check("expertise rounds (expert)", "/app/expertise.xhtml");
        check("review sheet", "/app/review.xhtml?id=" + data.review());
        logOut();

        Axe.assertNoSeriousViolations("walk", violations);
    }

    private static byte[] docx(String... paragraphs) {
        try (XWPFDocument file = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                file.createParagraph().createRun().setText(text);
            }
            file.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
