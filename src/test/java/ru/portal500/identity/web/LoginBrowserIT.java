package ru.portal500.identity.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.Browser;
import ru.portal500.it.PortalDeployment;
import ru.portal500.it.PortalIntegrationTest;
import ru.portal500.it.TestInfrastructure;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person in headless Chromium: the start page, Keycloak's login page, the dashboard, logout, errors. */
@PortalIntegrationTest
class LoginBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.builtWar();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) {
        browser.screenshot(test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
        browser.close();
    }

    private String page(String path) {
        return PortalDeployment.localUrl(base) + path;
    }

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

        browser.click("#mainMenu a[href$='/app/territories.xhtml']");
        browser.awaitUrlContaining("/app/territories.xhtml");
        assertTrue(browser.text("#municipalities").contains("Абинский муниципальный округ"));

        browser.click("#languageForm\\:en");
        assertEquals("Territories", browser.find("h1").getText());

        browser.click("#logout");
        browser.awaitUrl(page("/"));
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
        assertFalse(browser.text("#mainMenu").contains("Территории"), "the menu follows the role");

        browser.open(page("/app/territories.xhtml"));
        assertEquals("Доступ запрещён", browser.text("#errorTitle"));
        assertFalse(browser.pageText().contains("Абинский"), "nothing of the data leaks onto the error page");
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
}
