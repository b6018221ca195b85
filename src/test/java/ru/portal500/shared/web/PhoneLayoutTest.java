package ru.portal500.shared.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages are written for phones from the start: every PrimeFaces table becomes stacked rows on a narrow screen
 * ({@code reflow="true"}; a table of several columns squeezed into 390 px left the first column 0 px wide), and
 * the layout carries the phone rules and the menu button.
 */
class PhoneLayoutTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    private static final Pattern TABLE = Pattern.compile("<p:dataTable\\b[^>]*>");

    @Test
    void everyTableOfEveryPageReflowsOnAPhone() throws IOException {
        List<String> fixed = new ArrayList<>();
        for (Path page : pages()) {
            Matcher table = TABLE.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (table.find()) {
                if (!table.group().contains("reflow=\"true\"")) {
                    Matcher id = Pattern.compile("id=\"([^\"]*)\"").matcher(table.group());
                    fixed.add(WEBAPP.relativize(page) + " " + (id.find() ? id.group(1) : "(a table without id)"));
                }
            }
        }
        assertTrue(fixed.isEmpty(), "tables that keep their columns on a phone (add reflow=\"true\"): " + fixed);
    }

    @Test
    void theLayoutLinksThePhoneRulesAndTheMenuButton() throws IOException {
        String layout = Files.readString(WEBAPP.resolve("WEB-INF/templates/layout.xhtml"), StandardCharsets.UTF_8);
        assertTrue(layout.contains("css/phone.css") && layout.contains("js/phone.js"), "phone.css and phone.js linked");
        assertTrue(layout.contains("id=\"menuToggle\"") && layout.contains("aria-controls=\"mainMenu portalSession\""),
                "the menu button names what it opens");
        assertTrue(Files.isRegularFile(WEBAPP.resolve("resources/css/phone.css")));
        assertTrue(Files.isRegularFile(WEBAPP.resolve("resources/js/phone.js")));
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
        }
    }
}
