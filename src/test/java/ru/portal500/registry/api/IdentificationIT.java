package ru.portal500.registry.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.shared.imports.DecodedText;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Identification end to end on the real war and MariaDB: results in, the region's rule, the worksheet
 * with reasons and flags, the operator's decisions and confirmation, the statuses read within scope.
 * Works on the 2029/30 campaign so as not to meet other classes' campaigns in the shared database.
 */
class IdentificationIT extends ApiTest {

    private static final String CAMPAIGN = "/regions/64/campaigns/2030";

    private static boolean prepared;


    /** Results of 2027/28 and 2028/29 (CP1251, as regions' spreadsheets save them) and the 2029/30 campaign. */
    private void prepare() {
        if (prepared) {
            return;
        }
        byte[] results = ("Муниципалитет (код);Код школы;Учебный год;Процедура;Предмет;Доля неудовлетворительных, %\n"
                + "atkarsky;atk-1;2028/29;ВПР;математика;31,5\n"
                + "atkarsky;atk-1;2028/29;ОГЭ;русский язык;27\n"
                + "atkarsky;atk-3;2028/29;ВПР;математика;40\n"
                + "atkarsky;atk-3;2027/28;ЕГЭ;математика;30\n"
                + "balashovsky;bal-2;2028/29;ВПР;математика;50\n").getBytes(DecodedText.CP1251);
        HttpResponse<String> imported = api().upload("/regions/64/assessment-results/import", results,
                token("operator"));
        assertEquals(200, imported.statusCode(), imported.body());
        HttpResponse<String> again = api().upload("/regions/64/assessment-results/import", results,
                token("operator"));
        assertEquals(5, object(again).getInt("updated"), "the same results again replace, never duplicate");
        HttpResponse<String> planned = api().post("/regions/64/campaigns",
                "{\"schoolYear\":2030,\"name\":\"500+ 2029/30\"}", token("operator"));
        assertEquals(201, planned.statusCode(), planned.body());
        prepared = true;
    }

    private Optional<JsonObject> row(JsonArray worksheet, String school) {
        return worksheet.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonObject("school").getString("code").equals(school)).findFirst();
    }

    /** Whether the rule proposes the school (it may be on the sheet anyway, flagged or decided by another test). */
    private boolean proposed(JsonArray worksheet, String school) {
        return row(worksheet, school).map(r -> r.containsKey("rule")).orElse(false);
    }

    @Test
    void theWorksheetSaysWhyEachSchoolIsProposedAndTheRuleIsTheRegions() {
        prepare();
        HttpResponse<String> sheet = api().get(CAMPAIGN + "/identification", token("operator"));
        assertEquals(200, sheet.statusCode(), sheet.body());
        JsonObject atk1 = row(array(sheet), "atk-1").orElseThrow();
        assertEquals("PROCEDURES_LAST_YEAR", atk1.getString("rule"));
        JsonObject reason = atk1.getJsonArray("lowResults").getJsonObject(0);
        assertEquals("2028/29", reason.getString("schoolYear"));
        assertEquals(31.5, reason.getJsonNumber("share").doubleValue());
        assertEquals(25.0, reason.getJsonNumber("threshold").doubleValue());
        assertEquals("EACH_OF_TWO_YEARS", row(array(sheet), "atk-3").orElseThrow().getString("rule"));
        assertFalse(proposed(array(sheet), "bal-2"), "one low procedure in one year only");

        HttpResponse<String> stricter = api().put("/regions/64/identification-rule",
                "{\"threshold\":25,\"thresholds\":{\"ВПР\":45},\"proceduresLastYear\":2,\"proceduresEachOfTwoYears\":1}",
                token("operator"));
        assertEquals(200, stricter.statusCode(), stricter.body());
        assertEquals(45.0, object(stricter).getJsonObject("thresholds").getJsonNumber("VPR").doubleValue());
        JsonArray underStricter = array(api().get(CAMPAIGN + "/identification", token("operator")));
        assertFalse(proposed(underStricter, "atk-1"), "31.5 % in ВПР is no longer low: one procedure left");
        assertFalse(proposed(underStricter, "atk-3"));

        HttpResponse<String> bad = api().put("/regions/64/identification-rule",
                "{\"threshold\":120,\"proceduresLastYear\":2,\"proceduresEachOfTwoYears\":1}", token("operator"));
        assertEquals(400, bad.statusCode());
        assertEquals("Порог — доля неудовлетворительных результатов больше 0 и не больше 100 %.",
                object(bad).getString("message"));
        assertEquals(400, api().put("/regions/64/identification-rule",
                "{\"threshold\":25,\"thresholds\":{\"ПИСА\":10},\"proceduresLastYear\":2,\"proceduresEachOfTwoYears\":1}",
                token("operator")).statusCode());
        assertEquals(403, api().put("/regions/64/identification-rule",
                "{\"threshold\":10,\"proceduresLastYear\":1,\"proceduresEachOfTwoYears\":1}",
                token("coordinator")).statusCode(), "the regional operator sets the rule");

        HttpResponse<String> seeds = api().put("/regions/64/identification-rule",
                "{\"threshold\":25,\"proceduresLastYear\":2,\"proceduresEachOfTwoYears\":1}", token("operator"));
        assertEquals(200, seeds.statusCode(), seeds.body());
        assertEquals(25.0, object(api().get("/regions/64/identification-rule", token("coordinator")))
                .getJsonNumber("threshold").doubleValue(), "everyone in the region reads the rule");
    }

    @Test
    void theOperatorDecidesWithReasonsConfirmsTheRestAndFlagsSchools() {
        prepare();
        HttpResponse<String> silent = api().put(CAMPAIGN + "/schools/atkarsky/atk-3/status",
                "{\"status\":\"OTHER\"}", token("operator"));
        assertEquals(400, silent.statusCode(), silent.body());
        assertEquals("Школа предложена по правилу выявления: чтобы присвоить ей другой статус, укажите причину.",
                object(silent).getString("message"));
        HttpResponse<String> ssu = api().put(CAMPAIGN + "/schools/atkarsky/atk-3/status",
                "{\"status\":\"SOCIAL_RISK\",\"reason\":\"Социальный паспорт: 60 % малообеспеченных семей\"}",
                token("operator"));
        assertEquals(200, ssu.statusCode(), ssu.body());
        assertTrue(object(ssu).getBoolean("proposed"));

        HttpResponse<String> flagged = api().put(CAMPAIGN + "/schools/balashovsky/bal-2/flags",
                "{\"unreliableResults\":true,\"socialWellbeingIndex\":31.5,\"note\":\"Список Рособнадзора 2029\"}",
                token("operator"));
        assertEquals(200, flagged.statusCode(), flagged.body());
        assertEquals(400, api().put(CAMPAIGN + "/schools/balashovsky/bal-2/flags",
                "{\"socialWellbeingIndex\":101}", token("operator")).statusCode());
        HttpResponse<String> unproposed = api().put(CAMPAIGN + "/schools/balashovsky/bal-2/status",
                "{\"status\":\"LOW_RESULTS\"}", token("operator"));
        assertEquals("Правило выявления не предлагает эту школу: чтобы отнести её к ШНОР, укажите причину.",
                object(unproposed).getString("message"));

        HttpResponse<String> confirmed = api().post(CAMPAIGN + "/identification/confirmation", "", token("operator"));
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals(1, object(confirmed).getInt("confirmed"), "atk-1 only: atk-3 was decided already");
        assertEquals(0, object(api().post(CAMPAIGN + "/identification/confirmation", "", token("operator")))
                .getInt("confirmed"), "confirming twice changes nothing");

        JsonArray sheet = array(api().get(CAMPAIGN + "/identification", token("operator")));
        assertEquals("LOW_RESULTS", row(sheet, "atk-1").orElseThrow().getJsonObject("decision").getString("status"));
        assertEquals("SOCIAL_RISK", row(sheet, "atk-3").orElseThrow().getJsonObject("decision").getString("status"));
        JsonObject bal2 = row(sheet, "bal-2").orElseThrow();
        assertTrue(bal2.getJsonObject("flags").getBoolean("unreliableResults"), "flagged schools are on the sheet");
        assertFalse(bal2.containsKey("decision"), "flagged, not decided");

        JsonArray coordinatorSees = array(api().get(CAMPAIGN + "/schools", token("coordinator")));
        assertEquals(List.of("atk-1", "atk-3"), coordinatorSees.getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonObject("school").getString("code")).sorted().toList());
        JsonArray schoolSees = array(api().get(CAMPAIGN + "/schools", token("school")));
        assertEquals(1, schoolSees.size(), "a school team sees its own status only");
    }

    @Test
    void forgedSchoolsCampaignsAndOtherRegionsAreRefused() {
        prepare();
        assertEquals(404, api().put(CAMPAIGN + "/schools/atkarsky/no-such/status",
                "{\"status\":\"OTHER\",\"reason\":\"x\"}", token("operator")).statusCode());
        assertEquals(404, api().put("/regions/64/campaigns/2031/schools/atkarsky/atk-1/status",
                "{\"status\":\"OTHER\",\"reason\":\"x\"}", token("operator")).statusCode(), "no 2030/31 campaign");
        assertEquals(404, api().put(CAMPAIGN + "/schools/abinsky/abn-4/status",
                "{\"status\":\"OTHER\",\"reason\":\"x\"}", token("operator")).statusCode(), "a school of region 23");
        assertEquals(403, api().put("/regions/23/campaigns/2030/schools/abinsky/abn-4/status",
                "{\"status\":\"OTHER\",\"reason\":\"x\"}", token("operator")).statusCode());
        assertEquals(403, api().get(CAMPAIGN + "/identification", token("coordinator")).statusCode());
        HttpResponse<String> unknown = api().put(CAMPAIGN + "/schools/atkarsky/atk-1/status",
                "{\"status\":\"BEST\"}", token("operator"));
        assertEquals(400, unknown.statusCode());
        assertFalse(unknown.body().contains("Exception"), unknown.body());
        assertEquals(422, api().upload("/regions/64/assessment-results/import",
                "Код школы;Год\natk-1;2025\n".getBytes(StandardCharsets.UTF_8), token("operator")).statusCode());
    }
}
