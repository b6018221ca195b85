package ru.portal500.it;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

import java.lang.reflect.Method;
import java.net.URL;

/**
 * A browser test on the real war: a fresh headless Chromium per test, a screenshot of its last page in
 * {@code target/browser/} (the first thing to look at when one fails), and the way to log in.
 */
@PortalIntegrationTest
public abstract class BrowserTest {

    @ArquillianResource
    protected URL base;

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().map(Method::getName).orElse("test"));
        browser.close();
    }

    /** A page of the deployed portal, e.g. {@code page("/app/dashboard.xhtml")}. */
    protected String page(String path) {
        return PortalDeployment.localUrl(base) + path;
    }

    /**
     * Logs out and waits for the start page: the logout is a chain of redirects through Keycloak, and a page
     * opened before it ends would be overtaken by it.
     */
    protected void logOut() {
        browser.click("#logout");
        browser.awaitUrl(page("/"));
    }

    /** Opens the dashboard, logs in on Keycloak's page and waits for the dashboard. */
    protected void logIn(String username, String password) {
        browser.open(page("/app/dashboard.xhtml"));
        browser.awaitUrlContaining(TestInfrastructure.keycloak().issuer());
        browser.logInOnKeycloak(username, password);
        browser.awaitUrlContaining("/app/dashboard.xhtml");
    }
}
