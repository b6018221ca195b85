package ru.portal500.shared.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LowVisionTest {

    @Test
    void noCookieOrAnUnknownOneIsTheNormalVersion() {
        for (String cookie : new String[] {null, "", "on", "150", "300-light", "150-pink", "150-light-x", "<script>"}) {
            assertFalse(LowVision.parse(cookie).on(), String.valueOf(cookie));
            assertEquals("", LowVision.parse(cookie).htmlClass(), String.valueOf(cookie));
        }
    }

    @Test
    void theSwitchTurnsItOnWithLargeTypeBlackOnWhiteAndTheCookieKeepsIt() {
        LowVision on = LowVision.OFF.changed("true", null, null);
        assertTrue(on.on());
        assertEquals("150-light", on.cookieValue());
        assertEquals("lv lv-150 lv-light", on.htmlClass());
        assertEquals(on, LowVision.parse(on.cookieValue()));
    }

    @Test
    void aSizeOrColoursAreChangedAndKeptWhenItIsTurnedOffAndOnAgain() {
        LowVision chosen = LowVision.OFF.changed(null, "200", null).changed(null, null, "dark");
        assertEquals("lv lv-200 lv-dark", chosen.htmlClass());
        LowVision off = chosen.changed("false", null, null);
        assertFalse(off.on());
        assertNull(off.cookieValue(), "the cookie is removed");
        assertEquals("lv lv-200 lv-dark", off.changed("true", null, null).htmlClass());
        assertEquals(chosen, chosen.changed(null, "120", "pink"), "unknown choices change nothing");
    }

    @Test
    void theSwitchSendsTheBrowserBackToThePortalsOwnPageOnly() {
        assertEquals("/portal/app/review.xhtml?id=7", LowVision.back("http://localhost:8080/portal/app/review.xhtml?id=7", "/portal"));
        assertEquals("/portal", LowVision.back("http://localhost:8080/portal", "/portal"));
        assertEquals("/search.xhtml?q=%D0%B0", LowVision.back("https://portal.example/search.xhtml?q=%D0%B0", ""));
        assertEquals("/portal/", LowVision.back("https://evil.example/elsewhere", "/portal"));
        assertEquals("/portal/x", LowVision.back("//evil.example/portal/x", "/portal"), "only the path is kept");
        assertEquals("/", LowVision.back("http://localhost//evil.example/x", ""));
        assertEquals("/portal/", LowVision.back("/portalx/page", "/portal"));
        assertEquals("/portal/", LowVision.back(null, "/portal"));
        assertEquals("/portal/", LowVision.back("not a uri ^^", "/portal"));
        assertEquals("/", LowVision.back(null, ""));
    }
}
