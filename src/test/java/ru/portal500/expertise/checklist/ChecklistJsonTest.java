package ru.portal500.expertise.checklist;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.expertise.checklist.ChecklistProblem.Kind;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.expertise.checklist.SampleChecklists.number;
import static ru.portal500.expertise.checklist.SampleChecklists.sample;

class ChecklistJsonTest {

    private final ChecklistJsonWriter writer = new ChecklistJsonWriter();
    private final ChecklistJsonReader reader = new ChecklistJsonReader();

    /** The smallest checklist the format accepts: everything optional left out. */
    private static final String MINIMAL = """
            {
              "format": "portal500-checklist/1",
              "title": "Экспертиза концепции развития",
              "appliesTo": "CONCEPT",
              "version": 3,
              "verdict": {"passThreshold": {"unit": "PERCENT", "value": 75}},
              "sections": [
                {"criteria": [
                  {"code": "K1", "text": "Проведён самоанализ", "type": "YES_NO"},
                  {"code": "K2", "text": "Цели измеримы", "type": "SCALE", "min": 0, "max": 2}
                ]}
              ]
            }
            """;

    private static String replace(String json, String from, String to) {
        assertTrue(json.contains(from), from);
        return json.replace(from, to);
    }

    private ChecklistProblem onlyProblem(String json) {
        List<ChecklistProblem> problems = reader.read(json).problems();
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    @Test
    void aChecklistSurvivesTheRoundTripAndItsTextIsStable() {
        String json = writer.write(sample());
        ChecklistImport read = reader.read(json);
        assertEquals(List.of(), read.problems());
        assertEquals(sample(), read.validChecklist());
        assertEquals(json, writer.write(read.validChecklist()), "the same checklist always gives the same text");
    }

    @Test
    void theTextHasTheFormatMarkerAndStableFieldNames() {
        JsonObject json = Json.createReader(new StringReader(writer.write(sample()))).readObject();
        assertEquals("portal500-checklist/1", json.getString("format"));
        assertEquals("ANTIRISK_PROGRAMME", json.getString("appliesTo"));
        assertEquals(List.of("format", "title", "appliesTo", "version", "verdict", "divergence", "sections"),
                List.copyOf(json.keySet()));
        JsonObject a1 = json.getJsonArray("sections").getJsonObject(0).getJsonArray("criteria").getJsonObject(0);
        assertEquals(List.of("code", "text", "guidance", "type", "min", "max", "weight", "required", "shownToSchool"),
                List.copyOf(a1.keySet()));
        assertEquals("PERCENT", json.getJsonObject("verdict").getJsonObject("passThreshold").getString("unit"));
        JsonObject b1 = json.getJsonArray("sections").getJsonObject(1).getJsonArray("criteria").getJsonObject(0);
        assertEquals(2, b1.getJsonArray("options").getJsonObject(0).getInt("points"));
    }

    @Test
    void absentOptionalFieldsTakeTheirDefaults() {
        Checklist checklist = reader.read(MINIMAL).validChecklist();
        assertEquals(3, checklist.version());
        assertEquals(null, checklist.sections().get(0).title());
        Criterion k1 = checklist.criteria().get(0);
        assertEquals(BigDecimal.ONE, k1.weight());
        assertFalse(k1.required());
        assertTrue(k1.shownToSchool());
        assertEquals("", k1.guidance());
        assertEquals(null, checklist.verdictRules().remarksThreshold());
        assertEquals(RequiredCriterionRule.CAP_AT_REMARKS, checklist.verdictRules().onRequiredFailure());
        assertEquals(DivergenceRules.DEFAULT, checklist.divergenceRules());
    }

    @Test
    void malformedJsonSaysWhereTheParserStopped() {
        ChecklistProblem problem = onlyProblem("{\n  \"format\": \"portal500-checklist/1\",\n  \"title\": }");
        assertEquals(Kind.MALFORMED_JSON, problem.kind());
        assertEquals(3, problem.line());
        assertTrue(problem.column() > 0, problem::toString);
        assertEquals(1, problem.values().size(), "the parser's own message");
    }

    @Test
    void emptyTextAndAnArrayAreNotChecklists() {
        assertEquals(Kind.MALFORMED_JSON, onlyProblem("").kind());
        ChecklistProblem array = onlyProblem("[1, 2]");
        assertEquals(Kind.WRONG_FIELD_TYPE, array.kind());
        assertEquals("$", array.path());
    }

    @Test
    void theFormatMarkerIsRequiredAndChecked() {
        ChecklistProblem missing = onlyProblem("{\"title\": \"Без маркера\"}");
        assertEquals(Kind.MISSING_FIELD, missing.kind());
        assertEquals("$.format", missing.path());
        ChecklistProblem other = onlyProblem(replace(MINIMAL, "portal500-checklist/1", "portal500-checklist/2"));
        assertEquals(Kind.UNSUPPORTED_FORMAT, other.kind());
        assertEquals(List.of("portal500-checklist/2"), other.values());
    }

    @Test
    void anUnknownCriterionTypeNamesTheCriterionItsPositionAndPath() {
        ChecklistProblem problem = onlyProblem(replace(MINIMAL, "\"SCALE\"", "\"STARS\""));
        assertEquals(Kind.UNKNOWN_CRITERION_TYPE, problem.kind());
        assertEquals("K2", problem.criterionCode());
        assertEquals(2, problem.position());
        assertEquals("$.sections[0].criteria[1].type", problem.path());
        assertEquals(List.of("STARS"), problem.values());
    }

    @Test
    void aMisspeltFieldIsAProblemNotADefault() {
        ChecklistProblem problem = onlyProblem(replace(MINIMAL, "\"type\": \"YES_NO\"",
                "\"type\": \"YES_NO\", \"wieght\": 2"));
        assertEquals(Kind.UNKNOWN_FIELD, problem.kind());
        assertEquals("$.sections[0].criteria[0].wieght", problem.path());
        assertEquals("K1", problem.criterionCode());
    }

    @Test
    void aFieldOfTheWrongTypeSaysWhatWasExpected() {
        ChecklistProblem problem = onlyProblem(replace(MINIMAL, "\"max\": 2", "\"max\": \"2\""));
        assertEquals(Kind.WRONG_FIELD_TYPE, problem.kind());
        assertEquals("$.sections[0].criteria[1].max", problem.path());
        assertEquals(List.of("number"), problem.values());
    }

    @Test
    void aScaleWithoutItsMaximumIsAMissingField() {
        ChecklistProblem problem = onlyProblem(replace(MINIMAL, ", \"max\": 2", ""));
        assertEquals(Kind.MISSING_FIELD, problem.kind());
        assertEquals("$.sections[0].criteria[1].max", problem.path());
    }

    @Test
    void theVersionIsAWholeNumber() {
        ChecklistProblem problem = onlyProblem(replace(MINIMAL, "\"version\": 3", "\"version\": 3.5"));
        assertEquals(Kind.NOT_AN_INTEGER, problem.kind());
        assertEquals(List.of("3.5"), problem.values());
    }

    @Test
    void anUnknownUnitListsTheAllowedOnes() {
        ChecklistProblem problem = onlyProblem(replace(MINIMAL, "\"PERCENT\"", "\"PERCENTS\""));
        assertEquals(Kind.UNKNOWN_VALUE, problem.kind());
        assertEquals("$.verdict.passThreshold.unit", problem.path());
        assertEquals(List.of("PERCENTS", "PERCENT, POINTS"), problem.values());
    }

    @Test
    void aWellFormedButInvalidChecklistIsReadWithItsProblems() {
        ChecklistImport read = reader.read(replace(MINIMAL, "\"max\": 2", "\"max\": 0"));
        assertTrue(read.checklist().isPresent(), "an editor can still open the draft");
        assertFalse(read.isValid());
        assertEquals(List.of(Kind.SCALE_MIN_NOT_BELOW_MAX), read.problems().stream().map(ChecklistProblem::kind)
                .toList());
        InvalidChecklistException thrown = assertThrows(InvalidChecklistException.class, read::validChecklist);
        assertEquals("ChecklistProblem.SCALE_MIN_NOT_BELOW_MAX", thrown.messageKey());
        assertEquals(read.problems(), thrown.problems());
    }

    @Test
    void severalStructuralProblemsAreReportedTogether() {
        String json = replace(replace(MINIMAL, "\"YES_NO\"", "\"MAYBE\""), "\"appliesTo\": \"CONCEPT\",", "");
        List<Kind> kinds = reader.read(json).problems().stream().map(ChecklistProblem::kind).toList();
        assertEquals(List.of(Kind.MISSING_FIELD, Kind.UNKNOWN_CRITERION_TYPE), kinds);
    }

    @Test
    void decimalsAreKeptExactly() {
        String json = replace(MINIMAL, "\"min\": 0, \"max\": 2", "\"min\": 0, \"max\": 2, \"weight\": 1.5");
        Criterion k2 = reader.read(json).validChecklist().criteria().get(1);
        assertEquals(number("1.5"), k2.weight());
        assertTrue(writer.write(reader.read(json).validChecklist()).contains("\"weight\": 1.5")
                || writer.write(reader.read(json).validChecklist()).contains("\"weight\":1.5"));
    }
}
