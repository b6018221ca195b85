package ru.portal500.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * axe-core (the npm package, from its WebJar on the test class path) run inside the page the browser shows: the
 * WCAG 2.1 A and AA rules and axe's best practices (heading order, landmarks, the skip link). A page fails on
 * critical and serious violations and on a wrong heading order or content outside landmarks; other moderate and
 * minor ones are kept in the report.
 */
public final class Axe {

    /** The rules axe runs: WCAG 2.0/2.1 levels A and AA, and axe's best practices (heading order, landmarks). */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    /** The impacts that fail a page. */
    public static final Set<String> FAILING = Set.of("critical", "serious");

    /** Moderate rules that fail a page too, as the portal fixed their class: heading order, content in landmarks. */
    public static final Set<String> FAILING_RULES = Set.of("heading-order", "region");

    private static final String RESOURCE = "META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js";

    private static String script;

    private Axe() {
    }

    /** One violated rule on one page: its id, impact, what it asks and the CSS selectors of the offending nodes. */
    public record Violation(String page, String rule, String impact, String help, List<String> targets) {

        public boolean failing() {
            return FAILING.contains(impact) || FAILING_RULES.contains(rule);
        }

        @Override
        public String toString() {
            return page + ": " + rule + " (" + impact + ", " + help + ") at " + String.join(" | ", targets);
        }
    }

    /** Runs axe over the whole document the browser shows; {@code page} names it in the violations. */
    static List<Violation> run(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        String tags = TAGS.stream().map(t -> "'" + t + "'").collect(Collectors.joining(","));
        Object answer = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: [" + tags + "]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) {"
                + "  return {id: v.id, impact: v.impact, help: v.help,"
                + "    targets: v.nodes.map(function (n) { return n.target.join(' '); })}; }))); })"
                + ".catch(function (e) { done(JSON.stringify({error: String(e)})); });");
        var parsed = Json.createReader(new StringReader(String.valueOf(answer))).read();
        if (parsed instanceof JsonObject error) {
            throw new IllegalStateException("axe failed on " + page + ": " + error.getString("error"));
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonObject v : parsed.asJsonArray().getValuesAs(JsonObject.class)) {
            violations.add(new Violation(page, v.getString("id"), v.getString("impact", "minor"), v.getString("help"),
                    v.getJsonArray("targets").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
        }
        return violations;
    }

    /** Rule → number of pages-and-nodes it was violated on, e.g. {@code color-contrast (serious) → 14}. */
    public static TreeMap<String, Integer> counts(List<Violation> violations) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        violations.forEach(v -> counts.merge(v.rule() + " (" + v.impact() + ")", v.targets().size(), Integer::sum));
        return counts;
    }

    /**
     * Fails when any violation is critical or serious, listing each (rule, impact, targets, page); every violation
     * found, failing or not, is written to {@code target/axe/NAME.txt} first.
     */
    public static void assertNoSeriousViolations(String name, List<Violation> violations) {
        try {
            Path dir = Path.of("target", "axe");
            Files.createDirectories(dir);
            StringBuilder report = new StringBuilder("Rule (impact) → nodes\n");
            counts(violations).forEach((rule, n) -> report.append(rule).append(" → ").append(n).append('\n'));
            report.append('\n');
            violations.forEach(v -> report.append(v).append('\n'));
            Files.writeString(dir.resolve(name + ".txt"), report, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            System.err.println("No axe report " + name + ": " + e.getMessage());
        }
        List<Violation> failing = violations.stream().filter(Violation::failing).toList();
        if (!failing.isEmpty()) {
            throw new AssertionError(failing.size() + " critical, serious or heading/landmark accessibility violations "
                    + counts(failing) + ":\n" + failing.stream().map(Violation::toString)
                    .collect(Collectors.joining("\n")));
        }
    }

    private static synchronized String source() {
        if (script == null) {
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("No " + RESOURCE + " on the test class path (the axe-core WebJar)");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return script;
    }

    private static String version() {
        try (InputStream in = Axe.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "4.6.3");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
