package ru.portal500.expertise.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.BrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalApi;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The expertise pages in a real browser: the expert finds the review on «Экспертиза», scores beside the
 * document, saves a draft, is told which required criteria a submit still lacks; the operator follows the round.
 * Campaign 2093.
 */
class ExpertiseBrowserIT extends BrowserTest {

    private static final int YEAR = 2093;

    private long prepareRound() {
        PortalApi api = new PortalApi(base);
        Campaigns campaigns = new Campaigns(api);
        campaigns.plan(YEAR);
        campaigns.status(YEAR, "atk-1", "LOW_RESULTS");
        String school = KeycloakTokens.accessToken("school");
        HttpResponse<String> uploaded = api.upload("/regions/64/campaigns/" + YEAR + "/schools/atkarsky/atk-1/documents"
                + "/CONCEPT/versions?name=" + URLEncoder.encode("Концепция.txt", StandardCharsets.UTF_8),
                "Концепция развития школы".getBytes(StandardCharsets.UTF_8), school);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long document = ((JsonObject) PortalApi.json(uploaded)).getJsonNumber("document").longValue();
        assertEquals(200, api.post("/documents/" + document + "/submission", "", school).statusCode());
        String operator = KeycloakTokens.accessToken("operator");
        long checklist = ((JsonArray) PortalApi.json(api.get("/regions/64/checklists", operator)))
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("code").equals("CONCEPT")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> round = api.post("/regions/64/campaigns/" + YEAR + "/expertise/rounds",
                "{\"kind\":\"REGIONAL\",\"title\":\"Экспертиза концепций в браузере\",\"checklist\":" + checklist
                        + ",\"reviewsPerDocument\":1,\"due\":\"" + LocalDate.now().plusDays(10) + "\"}", operator);
        assertEquals(201, round.statusCode(), round.body());
        long id = ((JsonObject) PortalApi.json(round)).getJsonNumber("id").longValue();
        assertEquals(201, api.post("/expertise/rounds/" + id + "/assignment", "", operator).statusCode());
        return id;
    }

    @Test
    void theExpertScoresBesideTheDocumentAndTheOperatorFollowsTheRound() {
        long round = prepareRound();

        logIn("expert", DemoUsers.PASSWORD);
        browser.open(page("/app/expertise.xhtml"));
        browser.awaitText("Мои экспертизы");
        browser.driver().findElement(By.partialLinkText("Концепция")).click();
        browser.awaitUrlContaining("/app/review.xhtml?id=");
        browser.awaitText("Экспертиза концепций в браузере");
        assertTrue(!browser.driver().findElements(By.tagName("iframe")).isEmpty(), "the document beside the checklist");
        browser.type("#sheet\\:recommendations", "Уточнить целевые показатели");
        browser.click("#sheet\\:save");
        browser.awaitText("Черновик сохранён.");
        browser.click("#sheet\\:submit");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Не заполнены обязательные критерии №");
        logOut();

        logIn("operator", DemoUsers.PASSWORD);
        browser.open(page("/app/expertise-round.xhtml?id=" + round));
        browser.awaitText("Экспертиза концепций в браузере");
        String text = browser.pageText();
        assertTrue(text.contains("Елена Экспертова") || text.contains("expert"), text);
        assertTrue(text.contains("Черновик"), "the review's state: " + text);
        browser.open(page("/app/expertise.xhtml?campaign=" + YEAR));
        browser.awaitText("Экспертиза концепций в браузере");
        browser.open(page("/app/expertise-round.xhtml?id=999999"));
        browser.awaitText("Страница не найдена");
    }
}
