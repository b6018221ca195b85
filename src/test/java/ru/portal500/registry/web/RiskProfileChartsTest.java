package ru.portal500.registry.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import ru.portal500.registry.application.RiskProfileView;
import ru.portal500.registry.domain.RiskProfileRights;
import ru.portal500.registry.domain.RiskProfileState;
import ru.portal500.registry.domain.Significance;
import ru.portal500.shared.i18n.Texts;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RiskProfileChartsTest {

    private static final RiskProfileView PROFILE = new RiskProfileView("64", "atkarsky", "atk-1", 1,
            "МБОУ «СОШ № 1»", 2026, "500+ 2025/26", RiskProfileState.DRAFT, null, null, List.of(
            new RiskProfileView.Factor(1, 1, "Низкий уровень оснащения школы", Significance.HIGH, true),
            new RiskProfileView.Factor(2, 2, "Дефицит педагогических кадров", Significance.LOW, false),
            new RiskProfileView.Factor(11, null, "</script><script>alert(1)</script>", null, false)),
            List.of(), new RiskProfileRights(true, false, false, false));

    private static JsonObject config() {
        String json = RiskProfileCharts.config(PROFILE, Texts.RUSSIAN);
        assertFalse(json.contains("<"), "no title can close the page's <script>: " + json);
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aHorizontalBarPerFactorOneDatasetPerSignificance() {
        JsonObject config = config();
        assertEquals("bar", config.getString("type"));
        assertEquals("y", config.getJsonObject("options").getString("indexAxis"));
        JsonArray datasets = config.getJsonObject("data").getJsonArray("datasets");
        assertEquals(List.of("высокая", "средняя", "низкая"), datasets.getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("label")).toList());
        JsonArray high = datasets.getJsonObject(0).getJsonArray("data");
        assertEquals(3, high.getInt(0), "a high factor's bar is the longest");
        assertEquals(JsonValue.NULL, high.get(1));
        assertEquals(1, datasets.getJsonObject(2).getJsonArray("data").getInt(1));
        assertEquals(JsonValue.NULL, datasets.getJsonObject(1).getJsonArray("data").get(2), "no significance, no bar");
    }

    @Test
    void labelsNumberTheFactorsMarkTheChosenAndWrapLongTitles() {
        JsonArray labels = config().getJsonObject("data").getJsonArray("labels");
        assertEquals("[\"★ 1. Низкий уровень оснащения школы\"]", labels.getJsonArray(0).toString());
        assertEquals("</script><script>alert(1)</script>", String.join(" ",
                labels.getJsonArray(2).getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList()).substring(4));
        List<String> lines = RiskProfileCharts.wrap(
                "3. Недостаточная предметная и методическая компетентность педагогических работников");
        assertTrue(lines.size() > 1 && lines.stream().allMatch(l -> l.length() <= 38), lines.toString());
        assertEquals("3. Недостаточная предметная и методическая компетентность педагогических работников",
                String.join(" ", lines));
    }

    @Test
    void theSummaryTellsTheChartInWords() {
        assertEquals("1. Низкий уровень оснащения школы: high; 2. Дефицит педагогических кадров: low; "
                        + "11. </script><script>alert(1)</script>: —",
                RiskProfileCharts.summary(PROFILE, java.util.Locale.ENGLISH));
    }
}
