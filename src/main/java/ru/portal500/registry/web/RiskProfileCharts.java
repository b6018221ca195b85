package ru.portal500.registry.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import ru.portal500.registry.application.RiskProfileView;
import ru.portal500.registry.domain.Significance;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.shared.i18n.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A risk profile as a horizontal bar chart for PrimeFaces' {@code p:chart} (a Chart.js configuration in
 * JSON): a bar per factor, as long and as coloured as its significance, chosen factors marked with ★.
 * Used by {@code /WEB-INF/includes/risk-profile-chart.xhtml}.
 */
@Named
@ApplicationScoped
public class RiskProfileCharts {

    private static final Map<Significance, String> COLOURS = Map.of(
            Significance.HIGH, "#dc2626", Significance.MEDIUM, "#f59e0b", Significance.LOW, "#16a34a");
    private static final int LINE = 38;

    @Inject
    LanguageBacking language;

    /** The Chart.js configuration. */
    public String config(RiskProfileView profile) {
        return config(profile, language.getLocale());
    }

    static String config(RiskProfileView profile, Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        profile.factors().forEach(f -> labels.add(Json.createArrayBuilder(wrap((f.chosen() ? "★ " : "")
                + f.position() + ". " + f.title()))));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Significance significance : Significance.values()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            profile.factors().forEach(f -> {
                if (f.significance() == significance) {
                    data.add(significance.weight());
                } else {
                    data.addNull();
                }
            });
            datasets.add(Json.createObjectBuilder().add("label", label(significance, locale)).add("data", data)
                    .add("backgroundColor", COLOURS.get(significance)));
        }
        JsonObjectBuilder axisX = Json.createObjectBuilder().add("min", 0).add("max", Significance.values().length)
                .add("display", false).add("stacked", true);
        JsonObjectBuilder options = Json.createObjectBuilder().add("indexAxis", "y").add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder().add("x", axisX)
                        .add("y", Json.createObjectBuilder().add("stacked", true)))
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))
                        .add("tooltip", Json.createObjectBuilder().add("enabled", false)));
        String json = Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
        // The configuration is written into a <script>: no title may close it.
        return json.replace("<", "\\u003c");
    }

    /** The chart in words, for screen readers: "1. Низкий уровень оснащения школы: высокая; …". */
    public String summary(RiskProfileView profile) {
        return summary(profile, language.getLocale());
    }

    static String summary(RiskProfileView profile, Locale locale) {
        return profile.factors().stream().map(f -> f.position() + ". " + f.title() + ": "
                        + (f.significance() == null ? "—" : label(f.significance(), locale)))
                .collect(Collectors.joining("; "));
    }

    /** Pixels: enough for every factor's bar and the legend. */
    public int height(RiskProfileView profile) {
        return 60 + 44 * profile.factors().size();
    }

    private static String label(Significance significance, Locale locale) {
        return Texts.get(locale, "Significance." + significance.name());
    }

    /** A long title on several lines of about {@value #LINE} characters (Chart.js takes an array as lines). */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
