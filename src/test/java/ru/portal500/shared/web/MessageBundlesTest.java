package ru.portal500.shared.web;

import ru.portal500.shared.i18n.Plurals;
import ru.portal500.shared.i18n.Texts;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.domain.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Russian and English bundles say the same things: equal keys, no blanks, valid patterns. */
class MessageBundlesTest {

    private static Properties load(String language) throws IOException {
        String path = "/ru/portal500/i18n/messages_" + language + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> russian = new TreeSet<>(load("ru").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("en").stringPropertyNames());
        Set<String> onlyRussian = new TreeSet<>(russian);
        onlyRussian.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(russian);
        assertEquals(Set.of(), onlyRussian, "keys missing in English");
        assertEquals(Set.of(), onlyEnglish, "keys missing in Russian");
    }

    @Test
    void noTextIsBlankAndEveryPatternParses() throws IOException {
        for (String language : new String[] {"ru", "en"}) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertFalse(text.isBlank(), language + ": " + key + " is blank");
                Locale locale = Locale.forLanguageTag(language);
                if (text.contains(",plural,")) {
                    // every category of the language has its branch, and what is left parses
                    for (int n : new int[] {1, 2, 5}) {
                        String chosen = Plurals.apply(text, locale, n, n, n, n, n);
                        assertFalse(chosen.contains(",plural,"), language + ": " + key);
                        new MessageFormat(chosen, locale);
                    }
                } else {
                    new MessageFormat(text, locale);
                }
            }
        }
    }

    @Test
    void russianIsReallyRussian() throws IOException {
        Properties russian = load("ru");
        assertTrue(russian.getProperty("dashboard.title").matches(".*[А-Яа-яЁё].*"),
                "the Russian bundle is read as UTF-8 and holds Cyrillic");
    }

    @Test
    void everyRoleHasAName() throws IOException {
        Properties russian = load("ru");
        for (Role role : Role.values()) {
            assertNotNull(russian.getProperty("Role." + role.name()), role.name());
        }
    }

    @Test
    void textsFallBackToRussianNotToTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Рабочий стол", Texts.get(Locale.GERMAN, "dashboard.title"));
            assertEquals("Dashboard", Texts.get(Locale.forLanguageTag("en-GB"), "dashboard.title"));
            assertEquals("Здравствуйте, Марина!", Texts.get(null, "dashboard.greeting", "Марина"));
        } finally {
            Locale.setDefault(before);
        }
    }

    /**
     * Every refusal the code raises with a literal key ({@code new …Exception("roadmaps.error.…")}) has its text: a
     * missing one is an empty 500 instead of a message.
     */
    @Test
    void everyRefusalRaisedWithALiteralKeyHasItsText() throws IOException {
        Properties russian = load("ru");
        java.util.regex.Pattern raised = java.util.regex.Pattern.compile(
                "Exception\\(\\s*\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (java.util.stream.Stream<java.nio.file.Path> sources = java.nio.file.Files.walk(
                java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                java.util.regex.Matcher m = raised.matcher(java.nio.file.Files.readString(source));
                while (m.find()) {
                    if (!russian.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "refusals without a text");
    }
}
