package ru.portal500.monitoring.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import ru.portal500.monitoring.application.MonitoringDashboard;
import ru.portal500.monitoring.domain.Target;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.web.LanguageBacking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's charts as Chart.js configurations for PrimeFaces' p:chart: an indicator's trend over the monitoring
 * dates with its target, its value per place coloured by the traffic light, and how the schools spread over the
 * lights. Each chart has a table beside it on the page, and a summary in words for screen readers.
 */
@Named
@ApplicationScoped
public class MonitoringCharts {

    private static final Map<Target.Light, String> COLOURS = Map.of(Target.Light.GREEN, "#16a34a",
            Target.Light.AMBER, "#f59e0b", Target.Light.RED, "#dc2626", Target.Light.NO_VALUE, "#9ca3af");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    LanguageBacking language;

    public String trend(MonitoringDashboard.IndicatorLine line, List<LocalDate> dates) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        dates.forEach(d -> labels.add(DAY.format(d)));
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder target = Json.createArrayBuilder();
        line.trend().forEach(v -> {
            add(values, v);
            target.add(line.target());
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", line.title()).add("data", values)
                        .add("borderColor", "#1d4ed8").add("backgroundColor", "#1d4ed8").add("spanGaps", true))
                .add(Json.createObjectBuilder().add("label", text("monitoring.chart.target")).add("data", target)
                        .add("borderColor", "#16a34a").add("borderDash", Json.createArrayBuilder().add(6).add(4))
                        .add("pointRadius", 0));
        return config("line", labels, datasets, false, false);
    }

    public String places(MonitoringDashboard.IndicatorLine line) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        line.places().forEach(p -> {
            labels.add(Json.createArrayBuilder(wrap(p.name())));
            add(values, p.value());
            colours.add(COLOURS.get(p.light()));
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", line.title())
                .add("data", values).add("backgroundColor", colours));
        return config("bar", labels, datasets, true, false);
    }

    public String spread(MonitoringDashboard.IndicatorLine line) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (Target.Light light : Target.Light.values()) {
            labels.add(text("Light." + light.name()));
            values.add(line.spread().getOrDefault(light, 0L));
            colours.add(COLOURS.get(light));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", text("monitoring.chart.schools")).add("data", values).add("backgroundColor", colours));
        return config("bar", labels, datasets, false, true);
    }

    /** The trend in words: "31.05.2026: 50,0; 31.10.2026: —". */
    public String trendSummary(MonitoringDashboard.IndicatorLine line, List<LocalDate> dates) {
        StringBuilder words = new StringBuilder(line.title()).append(": ");
        for (int i = 0; i < dates.size(); i++) {
            BigDecimal v = line.trend().get(i);
            words.append(i == 0 ? "" : "; ").append(DAY.format(dates.get(i))).append(" — ")
                    .append(v == null ? "—" : v.toPlainString());
        }
        return words.toString();
    }

    private static void add(JsonArrayBuilder values, BigDecimal value) {
        if (value == null) {
            values.addNull();
        } else {
            values.add(value);
        }
    }

    private String text(String key) {
        Locale locale = language.getLocale();
        return Texts.get(locale, key);
    }

    /** A long name on lines of about 24 characters (Chart.js takes an array as lines). */
    static List<String> wrap(String text) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > 24) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * The configuration: the value axis from zero; counts (schools) in whole numbers and without a legend (the bars
     * are labelled); a horizontal chart's bars along x.
     */
    private static String config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal,
                                 boolean counts) {
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true);
        if (counts) {
            valueAxis.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("maintainAspectRatio", false).add("animation", false)
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis))
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                        .add("display", !counts && !horizontal).add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        String json = Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
        // The configuration is written into a <script>: no name may close it.
        return json.replace("<", "\\u003c");
    }
}
