package ru.portal500.registry.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.shared.imports.DecodedText;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing a school directory file through the API, on the real war and MariaDB: all or nothing. */
class SchoolDirectoryImportIT extends ApiTest {

    private static final String HEADER = "Муниципалитет (код);Код школы;Полное наименование;Тип;"
            + "Городская/сельская;Филиал школы (код);Руководитель\n";

    private HttpResponse<String> upload(String region, byte[] file, String user, boolean dryRun) {
        return api().upload("/regions/" + region + "/schools/import" + (dryRun ? "?dryRun=true" : ""), file,
                freshToken(user));
    }

    private int schoolsOfAtkarsky() {
        HttpResponse<String> list = get("/api/municipalities");
        JsonArray municipalities = array(list);
        long id = municipalities.getJsonObject(0).getJsonNumber("id").longValue();
        return object(get("/api/municipalities/" + id)).getJsonArray("schools").size();
    }

    /** A GET of the API (path after /api) as the coordinator of Аткарский. */
    private HttpResponse<String> get(String path) {
        return api().get(path.replaceFirst("^/api", ""), freshToken("coordinator"));
    }

    @Test
    void aCoordinatorImportsAWindows1251FileThenUpdatesIt() {
        int before = schoolsOfAtkarsky();
        byte[] file = (HEADER
                + "atkarsky;atk-10;МБОУ «СОШ № 10 г. Аткарска»;СОШ;город;;Смирнова Ольга Петровна\n"
                + "atkarsky;atk-10f;Филиал МБОУ «СОШ № 10» в с. Озёрное;ООШ;село;atk-10;\n")
                .getBytes(DecodedText.CP1251);

        HttpResponse<String> dryRun = upload("64", file, "coordinator", true);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        assertFalse(object(dryRun).getBoolean("applied"));
        assertEquals(2, object(dryRun).getInt("created"));
        assertEquals(before, schoolsOfAtkarsky(), "a dry run writes nothing");

        HttpResponse<String> first = upload("64", file, "coordinator", false);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(2, object(first).getInt("created"));
        assertEquals(before + 2, schoolsOfAtkarsky());

        HttpResponse<String> again = upload("64", file, "coordinator", false);
        assertEquals(0, object(again).getInt("created"));
        assertEquals(2, object(again).getInt("updated"), "the same file again updates, never duplicates");
    }

    @Test
    void oneBadLineAppliesNothingAndIsReportedInRussian() {
        int before = schoolsOfAtkarsky();
        byte[] file = (HEADER
                + "atkarsky;atk-20;МБОУ «СОШ № 20»;СОШ;город;;\n"
                + "balashovsky;bal-20;МОУ «СОШ № 20 г. Балашова»;СОШ;город;;\n"
                + "atkarsky;atk-21;Филиал;ООШ;село;atk-99;\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = upload("64", file, "coordinator", false);
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = object(refused).getJsonArray("problems").getJsonObject(0);
        assertEquals(3, problem.getInt("line"));
        assertEquals("Муниципалитет (код)", problem.getString("column"));
        assertEquals("Муниципалитета «balashovsky» нет среди тех, которыми вы управляете.",
                problem.getString("message"));
        assertEquals(before, schoolsOfAtkarsky(), "the good line 2 was not applied either");

        byte[] orphanBranch = (HEADER + "atkarsky;atk-21;Филиал;ООШ;село;atk-99;\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> orphan = upload("64", orphanBranch, "coordinator", false);
        assertEquals(422, orphan.statusCode());
        assertTrue(orphan.body().contains("Основной школы «atk-99» нет"), orphan.body());
        JsonObject orphanProblem = object(orphan).getJsonArray("problems").getJsonObject(0);
        assertEquals(2, orphanProblem.getInt("line"), orphan.body());
        assertEquals("Филиал школы (код)", orphanProblem.getString("column"), "the branch's column is named");
        assertEquals(before, schoolsOfAtkarsky());
    }

    @Test
    void theListIsPagedSortedFilteredAndScoped() {
        byte[] file = (HEADER + "atkarsky;atk-40;МБОУ «Лицей № 40»;лицей;село;;\n"
                + "atkarsky;atk-41;МБОУ «СОШ № 41»;СОШ;город;;\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(200, upload("64", file, "operator", false).statusCode());

        JsonObject page = object(get("/api/regions/64/schools?q=%D0%BB%D0%B8%D1%86%D0%B5%D0%B9&limit=10")); // "лицей"
        assertEquals(1, page.getInt("total"), page.toString());
        assertEquals("atk-40", page.getJsonArray("schools").getJsonObject(0).getString("code"));

        JsonObject coordinators = object(get("/api/regions/64/schools?sort=code&dir=desc&limit=500"));
        assertTrue(coordinators.getJsonArray("schools").getValuesAs(JsonObject.class).stream()
                        .allMatch(s -> s.getString("municipality").startsWith("Аткарский")),
                "a coordinator of Аткарский lists Аткарский's schools only: " + coordinators);
        List<String> codes = coordinators.getJsonArray("schools").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("code")).toList();
        assertEquals(codes.stream().sorted(java.util.Comparator.reverseOrder()).toList(), codes, "sorted by code, descending");

        JsonObject rural = object(get("/api/regions/64/schools?locality=RURAL&limit=500"));
        assertTrue(rural.getJsonArray("schools").getValuesAs(JsonObject.class).stream()
                .allMatch(s -> s.getString("locality").equals("RURAL")));
        assertEquals(400, get("/api/regions/64/schools?sort=password").statusCode());
        assertEquals(400, get("/api/regions/64/schools?limit=100000").statusCode());
        assertEquals(403, get("/api/regions/23/schools").statusCode(), "no role in region 23");
    }

    @Test
    void anExportInEitherFormatImportsBackUnchanged() {
        HttpResponse<String> csv = get("/api/regions/64/schools/export?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("filename*=UTF-8''"));
        assertTrue(csv.body().contains("atk-1;МБОУ «СОШ № 1 г. Аткарска»"), csv.body());
        assertFalse(csv.body().contains("bal-2"), "another municipality's school is not exported to a coordinator");

        HttpResponse<byte[]> xlsx = api().download("/regions/64/schools/export?format=xlsx",
                freshToken("coordinator"));
        assertEquals(200, xlsx.statusCode());
        HttpResponse<String> again = upload("64", xlsx.body(), "coordinator", true);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, object(again).getInt("created"), "every exported school is known: " + again.body());
    }

    @Test
    void aCampaignIsPlannedOncePerYearWithItsStagesInOrder() {
        String campaign = "{\"schoolYear\":2026,\"name\":\"500+ 2025/26\",\"identificationUntil\":\"2025-12-20\","
                + "\"setupUntil\":\"2026-01-31\",\"diagnosticsUntil\":\"2026-02-28\",\"documentsDue\":\"2026-04-30\","
                + "\"monitoringDates\":[\"2026-10-31\",\"2026-05-31\"]}";
        String operator = freshToken("operator");
        HttpResponse<String> planned = api().post("/regions/64/campaigns", campaign, operator);
        assertEquals(201, planned.statusCode(), planned.body());
        assertEquals("[\"2026-05-31\",\"2026-10-31\"]", object(planned).getJsonArray("monitoringDates").toString());

        HttpResponse<String> twice = api().post("/regions/64/campaigns", campaign, operator);
        assertEquals(400, twice.statusCode());
        assertEquals("Кампания 2025/26 в регионе уже есть.", object(twice).getString("message"));

        HttpResponse<String> disorder = api().post("/regions/64/campaigns",
                campaign.replace("2026", "2027").replace("\"documentsDue\":\"2027-04-30\"", "\"documentsDue\":\"2027-01-15\""),
                operator);
        assertEquals(400, disorder.statusCode(), disorder.body());
        assertEquals("Срок концептуальных документов не может быть раньше диагностики.",
                object(disorder).getString("message"));

        assertEquals(403, api().post("/regions/64/campaigns", campaign.replace("2026", "2028"),
                freshToken("coordinator")).statusCode(), "coordinators read campaigns, not plan them");
        assertTrue(get("/api/regions/64/campaigns").body().contains("500+ 2025/26"));
        assertEquals(403, api().get("/regions/64/campaigns", freshToken("operator23")).statusCode());
    }

    @Test
    void onlyAdministratorsOfTheRegionImport() {
        byte[] file = (HEADER + "atkarsky;atk-30;СОШ № 30;;;;\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(403, upload("64", file, "teacher", false).statusCode());
        assertEquals(403, upload("64", file, "curator", false).statusCode());
        assertEquals(403, upload("64", file, "operator23", false).statusCode());
        assertEquals(400, upload("XX", file, "operator", false).statusCode(), "not a region code");
        assertEquals(422, upload("64", new byte[0], "operator", false).statusCode(), "an empty file is explained");
    }
}
