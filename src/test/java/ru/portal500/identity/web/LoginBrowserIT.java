package ru.portal500.identity.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.Await;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalApi;
import ru.portal500.it.RealmAdmin;
import ru.portal500.it.TestInfrastructure;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person in headless Chromium: the start page, Keycloak's login page, the dashboard, logout, errors. */
class LoginBrowserIT extends ApiBrowserTest {

    private void logInFromStartPage(String username) {
        browser.open(page("/"));
        assertEquals("Поддержка школ с низкими образовательными результатами", browser.text("#startHeading"));
        browser.click("#login");
        browser.awaitUrlContaining(TestInfrastructure.keycloak().issuer() + "/protocol/openid-connect/auth");
        assertEquals("Вход в учетную запись", browser.text("#kc-page-title"), "Keycloak's page speaks Russian too");
        browser.logInOnKeycloak(username, DemoUsers.PASSWORD);
        browser.awaitUrlContaining("/app/dashboard.xhtml");
    }

    @Test
    void aCoordinatorLogsInThroughKeycloakSeesTheDashboardAndLogsOutOfBoth() {
        logInFromStartPage("coordinator");
        assertEquals("Здравствуйте, Марина Координаторова!", browser.text("#greeting"));
        browser.screenshot("dashboard");
        assertEquals("Муниципальный координатор", browser.text("#roles"));
        assertEquals("Марина Координаторова", browser.text("#callerName"));

        browser.menu("/app/territories.xhtml");
        browser.awaitUrlContaining("/app/territories.xhtml");
        assertTrue(browser.text("#municipalities").contains("Аткарский муниципальный район"));
        assertFalse(browser.text("#municipalities").contains("Абинский"), "another region's municipality");
        assertFalse(browser.text("#municipalities").contains("Балашовский"), "another municipality");

        browser.menu("/app/schools.xhtml");
        browser.awaitUrlContaining("/app/schools.xhtml");
        assertTrue(browser.text("#schools\\:list").contains("МБОУ «СОШ № 1 г. Аткарска»"), "the lazy school list");
        assertFalse(browser.text("#schools\\:list").contains("Балашова"), "another municipality's school");
        browser.type("#schools\\:text", "№ 3");
        browser.click("#schools\\:search");
        browser.awaitText("1–1 / 1");
        assertTrue(browser.text("#schools\\:list").contains("МБОУ «СОШ № 3 г. Аткарска»"));

        browser.click("#languageForm\\:en");
        assertEquals("Schools", browser.find("h1").getText());
        // The choice is kept in the person's record for the next login: the demo coordinator gets Russian back.
        browser.click("#languageForm\\:ru");
        assertEquals("Школы", browser.find("h1").getText());

        logOut();
        assertTrue(browser.find("#login").isDisplayed(), "back on the start page, logged out");

        // Keycloak's session ended too: the dashboard asks for the password again.
        browser.open(page("/app/dashboard.xhtml"));
        browser.awaitUrlContaining(TestInfrastructure.keycloak().issuer());
        assertTrue(browser.find("#password").isDisplayed());
    }

    @Test
    void aTeacherSeesTheirRoleButNotTheTerritories() {
        logInFromStartPage("teacher");
        assertEquals("Педагог", browser.text("#roles"));
        assertFalse(browser.menuOffers("/app/territories.xhtml"), "the menu follows the role");

        browser.open(page("/app/territories.xhtml"));
        assertEquals("Доступ запрещён", browser.text("#errorTitle"));
        assertFalse(browser.pageText().contains("Абинский"), "nothing of the data leaks onto the error page");
    }

    @Test
    void aRevokedRoleLeavesAnOpenSessionWhenItsTokenIsRefreshed() throws Exception {
        PortalApi api = api();
        String grant = "{\"username\":\"teacher\",\"role\":\"curator\",\"scope\":\"/64/atkarsky/atk-3\"}";
        assertEquals(204, api.post("/grants", grant, freshToken("operator")).statusCode());
        try (var shortLived = KeycloakTokens.shortLivedTokens("portal", 3)) {
            logInFromStartPage("teacher");
            assertTrue(browser.text("#places").contains("МБОУ «СОШ № 3 г. Аткарска»"));

            assertEquals(204, api.delete("/grants", grant, freshToken("operator")).statusCode());
            // once the 3 s token is due, the next page refreshes it and the session takes the fresh roles
            Await.until("the revoked school gone from the session", Duration.ofSeconds(30), () -> {
                browser.open(page("/app/dashboard.xhtml"));
                return browser.driver().findElements(org.openqa.selenium.By.id("places")).isEmpty();
            });
            assertEquals("Педагог", browser.text("#roles"), "still logged in, with the fresh roles only");
        }
    }

    @Test
    void unknownPagesAndExpiredViewsAreExplainedInRussian() {
        browser.open(page("/no-such-page.xhtml"));
        assertEquals("Страница не найдена", browser.text("#errorTitle"));

        browser.open(page("/"));
        browser.find("#languageForm\\:en");
        for (Cookie cookie : browser.driver().manage().getCookies()) {
            browser.driver().manage().deleteCookie(cookie);
        }
        browser.click("#languageForm\\:en");
        assertEquals("Страница устарела", browser.text("#errorTitle"));
    }

    /** The labels a PrimeFaces select offers (its id with the form's, e.g. "people:grantRole"), from its hidden select. */
    private List<String> offered(String selectId) {
        return browser.driver().findElements(By.cssSelector("#" + selectId.replace(":", "\\:") + "_input option"))
                .stream().map(option -> option.getAttribute("textContent").strip()).toList();
    }

    @Test
    void theOperatorGrantsAnExpertForTheWholeRegionWhoThenReviewsInARegionalRound() {
        RealmAdmin.createUser("region-expert", "Роза", "Региональная");
        Campaigns campaigns = new Campaigns(api());
        assertEquals(201, campaigns.plan(2047).statusCode());
        campaigns.status(2047, "atk-1", "LOW_RESULTS");
        logIn("operator", DemoUsers.PASSWORD);
        browser.open(page("/app/people.xhtml"));
        browser.type("#people\\:username", "region-expert");
        browser.choose("people:grantRole", "Эксперт");
        browser.choose("people:grantScope", "Саратовская область — весь регион");
        browser.find("h1").click();
        browser.click("#people\\:grant");
        browser.awaitText("Роль выдана.");
        try {
            String holders = browser.text("#people\\:holders");
            assertTrue(holders.contains("Роза Региональная (region-expert)"), holders);
            assertTrue(holders.contains("Саратовская область — весь регион"), "the region's own roles are listed");

            String token = freshToken("school");
            HttpResponse<String> uploaded = api().upload("/regions/64/campaigns/2047/schools/atkarsky/atk-1/documents"
                    + "/CONCEPT/versions?name=" + URLEncoder.encode("Концепция.txt", StandardCharsets.UTF_8),
                    "Концепция развития: цели, задачи, мониторинг.".getBytes(StandardCharsets.UTF_8), token);
            assertEquals(201, uploaded.statusCode(), uploaded.body());
            long document = object(uploaded).getJsonNumber("document").longValue();
            assertEquals(200, api().post("/documents/" + document + "/submission", "", token).statusCode());
            String operator = freshToken("operator");
            long checklist = ((JsonArray) PortalApi.json(api().get("/regions/64/checklists", operator)))
                    .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("code").equals("CONCEPT"))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            HttpResponse<String> round = api().post("/regions/64/campaigns/2047/expertise/rounds",
                    "{\"kind\":\"REGIONAL\",\"title\":\"Экспертиза концепций 2047\",\"checklist\":" + checklist
                            + ",\"reviewsPerDocument\":2,\"due\":\"" + LocalDate.now().plusDays(30) + "\"}", operator);
            assertEquals(201, round.statusCode(), round.body());
            long roundId = object(round).getJsonNumber("id").longValue();
            HttpResponse<String> assigned = api().post("/expertise/rounds/" + roundId + "/assignment", "", operator);
            assertEquals(201, assigned.statusCode(), "two reviewers of the whole region: " + assigned.body());
            assertEquals(List.of("expert", "region-expert"), array(assigned)
                    .getValuesAs(JsonObject.class).stream().map(r -> r.getString("reviewer")).sorted().toList());
        } finally {
            assertEquals(204, api().delete("/grants", "{\"username\":\"region-expert\",\"role\":\"expert\","
                    + "\"scope\":\"/64\"}", freshToken("operator")).statusCode());
        }
    }

    @Test
    void aCoordinatorIsOfferedOnlyTheRolesAndPlacesTheyMayGrantAllInRussian() {
        logIn("coordinator", DemoUsers.PASSWORD);
        browser.open(page("/app/people.xhtml"));
        assertEquals(List.of("Куратор", "Эксперт", "Управленческая команда школы", "Педагог"),
                offered("people:grantRole"), "nothing above a coordinator, nothing held only region-wide");
        assertEquals(offered("people:grantRole"), offered("people:inviteRole"));
        List<String> places = offered("people:grantScope");
        assertEquals("Аткарский муниципальный район", places.get(0), places.toString());
        assertTrue(places.contains("МБОУ «СОШ № 1 г. Аткарска»"), places.toString());
        assertTrue(places.stream().noneMatch(p -> p.contains("/") || p.contains("Саратовская")), places.toString());

        browser.type("#people\\:username", "teacher");
        browser.choose("people:grantRole", "Куратор");
        browser.choose("people:grantScope", "Аткарский муниципальный район");
        browser.find("h1").click();
        browser.click("#people\\:grant");
        browser.awaitText("Роль «Куратор» не выдаётся");
        String said = browser.text("#messages");
        assertTrue(said.contains("Роль «Куратор» не выдаётся в «Аткарский муниципальный район»: её выдают для школы."
                + " Выберите подходящее место в списке «Где»."), said);
        WebElement table = browser.find("#people\\:holders");
        assertFalse(table.getText().contains("/64"), "places by their names: " + table.getText());
    }
}
