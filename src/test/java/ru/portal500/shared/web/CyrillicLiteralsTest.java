package ru.portal500.shared.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text a person reads lives in the bundles: no string, text block or char literal in {@code src/main/java} holds a
 * Cyrillic letter, except in the few files below whose literals are reference data (names the portal reads from
 * files and documents, not sentences it says). Comments and javadoc may be Russian.
 */
class CyrillicLiteralsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** The files whose Cyrillic literals are data, each with the reason. */
    static final Map<String, String> REFERENCE_DATA = Map.ofEntries(
            Map.entry("ru/portal500/registry/domain/RiskFactorCatalogue.java",
                    "the federal list of ten risk factors, seeded into a region's editable catalogue"),
            Map.entry("ru/portal500/documents/domain/DocumentType.java",
                    "the default document types seeded into a region's editable list"),
            Map.entry("ru/portal500/registry/domain/AssessmentProcedure.java",
                    "names of assessment procedures (ВПР, ОГЭ…) as results files write them"),
            Map.entry("ru/portal500/registry/domain/Significance.java",
                    "significance words as risk-profile files write them (read, not shown)"),
            Map.entry("ru/portal500/tenancy/domain/SchoolKind.java",
                    "school kinds (СОШ, гимназия…) as directory files write them (read, not shown)"),
            Map.entry("ru/portal500/tenancy/domain/Locality.java",
                    "urban/rural words as directory files write them (read, not shown)"),
            Map.entry("ru/portal500/registry/application/AssessmentResultsFile.java",
                    "column headings an imported results file may carry"),
            Map.entry("ru/portal500/registry/application/RiskProfileFile.java",
                    "column headings an imported risk-profile file may carry"),
            Map.entry("ru/portal500/registry/application/SchoolDirectoryFile.java",
                    "column headings an imported school directory may carry"),
            Map.entry("ru/portal500/people/application/OnboardingFile.java",
                    "column headings an imported list of people may carry"),
            Map.entry("ru/portal500/people/domain/StaffRole.java",
                    "role words as lists of people write them (read, not shown)"),
            Map.entry("ru/portal500/shared/imports/DecodedText.java",
                    "the letters CP1251 text turns into when read as UTF-8 (to detect it)"),
            Map.entry("ru/portal500/shared/imports/ImportColumns.java",
                    "the alphabet: ё compared as е in headings and values"),
            Map.entry("ru/portal500/search/engine/QueryFactory.java", "the alphabet: ё searched as е"),
            Map.entry("ru/portal500/search/engine/RussianLetterFilter.java", "the alphabet: ё indexed as е"),
            Map.entry("ru/portal500/similarity/domain/Words.java", "the alphabet: ё compared as е for near-copies"),
            Map.entry("ru/portal500/roadmaps/importing/PlanTables.java",
                    "the header names of plan tables as the seeds and schools write them"),
            Map.entry("ru/portal500/monitoring/domain/BuiltInIndicators.java",
                    "the seeds' indicators as their orders word them, stored as a region's data it may reword"),
            Map.entry("ru/portal500/roadmaps/domain/TermPhrases.java",
                    "the words of terms in plan tables: months, «до», «квартал», «в течение учебного года»"),
            Map.entry("ru/portal500/search/engine/SpellCorrection.java", "the alphabet: ё corrected as е"),
            Map.entry("ru/portal500/search/engine/KeyboardLayout.java",
                    "the alphabet: the Russian keyboard's letters on the keys of the Latin layout"),
            Map.entry("ru/portal500/search/engine/Transliteration.java",
                    "the alphabet: the Latin spellings of Russian letters a query may be typed in"),
            Map.entry("ru/portal500/search/engine/QueryReadings.java",
                    "the alphabet: Cyrillic letters that look like Latin ones"),
            Map.entry("ru/portal500/shared/files/ContentDisposition.java",
                    "the alphabet: the transliteration table of a file name's ASCII fallback"),
            Map.entry("ru/portal500/shared/files/FileNames.java",
                    "the stored name of a file uploaded without one (data kept with the file, not a message)"));

    @Test
    void noCyrillicLiteralOutsideReferenceData() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (REFERENCE_DATA.containsKey(relative)) {
                    continue;
                }
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (Literal literal : JavaLiterals.of(source)) {
                    if (literal.text().codePoints().anyMatch(CyrillicLiteralsTest::cyrillic)) {
                        found.add(relative + ":" + literal.line() + " " + literal.text());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "Cyrillic literals belong in the bundles (messages_*.properties)");
    }

    @Test
    void everyReferenceDataFileStillExistsAndHoldsCyrillic() throws IOException {
        for (String relative : REFERENCE_DATA.keySet()) {
            Path file = SOURCES.resolve(relative);
            assertTrue(Files.exists(file), relative + " is listed as reference data but is gone");
            boolean cyrillic = JavaLiterals.of(Files.readString(file, StandardCharsets.UTF_8)).stream()
                    .anyMatch(l -> l.text().codePoints().anyMatch(CyrillicLiteralsTest::cyrillic));
            assertTrue(cyrillic, relative + " holds no Cyrillic literal any more: take it off the list");
        }
    }

    @Test
    void theScannerReadsLiteralsNotComments() {
        String source = """
                // «комментарий» "в кавычках"
                /** javadoc «Б» */
                class A {
                    /* block "МБ" */
                    String a = "a\\"б";
                    char c = 'я';
                    char q = '\\'';
                    String u = "\\u0411";
                    String t = \"""
                        текст
                        \""";
                    String url = "http://x"; // «после»
                }
                """;
        List<String> texts = JavaLiterals.of(source).stream().map(Literal::text).toList();
        assertEquals(List.of("a\"б", "я", "'", "Б", "текст", "http://x"), texts.stream().map(String::strip).toList());
        assertEquals(5, JavaLiterals.of(source).get(0).line());
    }

    private static boolean cyrillic(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.CYRILLIC;
    }

    record Literal(int line, String text) {
    }

    /** A small Java lexer: string, text-block and char literals, with escapes decoded; comments skipped. */
    static final class JavaLiterals {

        private JavaLiterals() {
        }

        static List<Literal> of(String source) {
            String s = unicodeEscapes(source);
            List<Literal> literals = new ArrayList<>();
            int i = 0;
            int line = 1;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                } else if (s.startsWith("//", i)) {
                    while (i < s.length() && s.charAt(i) != '\n') {
                        i++;
                    }
                } else if (s.startsWith("/*", i)) {
                    int end = s.indexOf("*/", i + 2);
                    end = end < 0 ? s.length() : end + 2;
                    line += count(s, i, end);
                    i = end;
                } else if (s.startsWith("\"\"\"", i)) {
                    int start = s.indexOf('\n', i) + 1;
                    int end = start;
                    while (!s.startsWith("\"\"\"", end)) {
                        end += s.charAt(end) == '\\' ? 2 : 1;
                    }
                    literals.add(new Literal(line, unescape(s.substring(start, end))));
                    line += count(s, i, end);
                    i = end + 3;
                } else if (c == '"' || c == '\'') {
                    int end = i + 1;
                    while (s.charAt(end) != c) {
                        end += s.charAt(end) == '\\' ? 2 : 1;
                    }
                    literals.add(new Literal(line, unescape(s.substring(i + 1, end))));
                    i = end + 1;
                } else {
                    i++;
                }
            }
            return literals;
        }

        private static int count(String s, int from, int to) {
            int n = 0;
            for (int k = from; k < to; k++) {
                if (s.charAt(k) == '\n') {
                    n++;
                }
            }
            return n;
        }

        /** \\uXXXX escapes are translated before lexing, as javac does. */
        private static String unicodeEscapes(String s) {
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                    out.append("\\\\");
                    i++;
                } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'u') {
                    int k = i + 1;
                    while (s.charAt(k) == 'u') {
                        k++;
                    }
                    out.append((char) Integer.parseInt(s.substring(k, k + 4), 16));
                    i = k + 3;
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private static String unescape(String body) {
            StringBuilder out = new StringBuilder(body.length());
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c != '\\' || i + 1 >= body.length()) {
                    out.append(c);
                    continue;
                }
                char e = body.charAt(++i);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 's' -> out.append(' ');
                    case '\n' -> { }
                    default -> {
                        if (e >= '0' && e <= '7') {
                            int k = i;
                            while (k < body.length() && k < i + 3 && body.charAt(k) >= '0' && body.charAt(k) <= '7') {
                                k++;
                            }
                            out.append((char) Integer.parseInt(body.substring(i, k), 8));
                            i = k - 1;
                        } else {
                            out.append(e);
                        }
                    }
                }
            }
            return out.toString();
        }
    }
}
