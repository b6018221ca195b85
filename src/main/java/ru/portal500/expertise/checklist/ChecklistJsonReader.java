package ru.portal500.expertise.checklist;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import ru.portal500.expertise.checklist.ChecklistProblem.Kind;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a checklist from its JSON form ({@value ChecklistJsonWriter#FORMAT}). Absent optional fields take their
 * defaults: guidance empty, weight 1, not required, shown to the school, no remarks threshold, a failed required
 * criterion caps at "conforms with remarks", {@link DivergenceRules#DEFAULT}. Fields this format does not have
 * are problems, so a misspelt "wieght" is not silently weight 1.
 */
public final class ChecklistJsonReader {

    private static final String ROOT = "$";

    public ChecklistImport read(String json) {
        return read(new StringReader(json));
    }

    /** Reads UTF-8 JSON; the stream is closed afterwards (as JSON-P closes its input). */
    public ChecklistImport read(InputStream json) {
        return read(new InputStreamReader(json, StandardCharsets.UTF_8));
    }

    public ChecklistImport read(Reader json) {
        JsonValue root;
        try (JsonReader reader = Json.createReader(json)) {
            root = reader.readValue();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            return failed(ChecklistProblem.atText(Kind.MALFORMED_JSON, at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber(), e.getMessage()));
        } catch (JsonException e) {
            return failed(ChecklistProblem.atText(Kind.MALFORMED_JSON, 0, 0, e.getMessage()));
        }
        if (root.getValueType() != JsonValue.ValueType.OBJECT) {
            return failed(ChecklistProblem.atPath(Kind.WRONG_FIELD_TYPE, ROOT, null, 0, "object"));
        }
        List<ChecklistProblem> problems = new ArrayList<>();
        JsonFields fields = new JsonFields(root.asJsonObject(), ROOT, problems);
        String format = fields.string("format", true);
        if (format == null) {
            return new ChecklistImport(Optional.empty(), problems);
        }
        if (!ChecklistJsonWriter.FORMAT.equals(format)) {
            return failed(ChecklistProblem.atPath(Kind.UNSUPPORTED_FORMAT, fields.pathOf("format"), null, 0,
                    format));
        }
        Checklist checklist = checklist(fields);
        if (!problems.isEmpty()) {
            return new ChecklistImport(Optional.empty(), problems);
        }
        return new ChecklistImport(Optional.of(checklist), checklist.problems());
    }

    private static ChecklistImport failed(ChecklistProblem problem) {
        return new ChecklistImport(Optional.empty(), List.of(problem));
    }

    private static Checklist checklist(JsonFields fields) {
        fields.rejectUnknown("format", "title", "appliesTo", "version", "verdict", "divergence", "sections");
        String title = fields.string("title", true);
        String appliesTo = fields.string("appliesTo", true);
        Integer version = fields.integer("version", true);
        JsonFields verdict = fields.object("verdict", true);
        VerdictRules verdictRules = verdict == null ? null : verdictRules(verdict);
        JsonFields divergence = fields.object("divergence", false);
        DivergenceRules divergenceRules = divergence == null ? DivergenceRules.DEFAULT : divergenceRules(divergence);
        List<ChecklistSection> sections = new ArrayList<>();
        int position = 0;
        for (JsonFields section : fields.objects("sections", true)) {
            section.rejectUnknown("title", "criteria");
            List<Criterion> criteria = new ArrayList<>();
            for (JsonFields criterion : section.objects("criteria", true)) {
                Criterion read = criterion(criterion, ++position);
                if (read != null) {
                    criteria.add(read);
                }
            }
            sections.add(new ChecklistSection(section.string("title", false), criteria));
        }
        if (title == null || appliesTo == null || version == null || verdictRules == null) {
            return null;
        }
        return new Checklist(title, appliesTo, version, sections, verdictRules, divergenceRules);
    }

    private static VerdictRules verdictRules(JsonFields verdict) {
        verdict.rejectUnknown("passThreshold", "remarksThreshold", "onRequiredFailure");
        JsonFields pass = verdict.object("passThreshold", true);
        Threshold passThreshold = pass == null ? null : threshold(pass);
        JsonFields remarks = verdict.object("remarksThreshold", false);
        Threshold remarksThreshold = remarks == null ? null : threshold(remarks);
        RequiredCriterionRule rule = verdict.has("onRequiredFailure")
                ? verdict.constant("onRequiredFailure", false, RequiredCriterionRule.class, Kind.UNKNOWN_VALUE)
                : RequiredCriterionRule.CAP_AT_REMARKS;
        if (passThreshold == null || (remarks != null && remarksThreshold == null) || rule == null) {
            return null;
        }
        return new VerdictRules(passThreshold, remarksThreshold, rule);
    }

    private static Threshold threshold(JsonFields threshold) {
        threshold.rejectUnknown("unit", "value");
        Threshold.Unit unit = threshold.constant("unit", true, Threshold.Unit.class, Kind.UNKNOWN_VALUE);
        BigDecimal value = threshold.decimal("value", true);
        return unit == null || value == null ? null : new Threshold(unit, value);
    }

    private static DivergenceRules divergenceRules(JsonFields divergence) {
        divergence.rejectUnknown("totalSpreadPercentPoints", "criterionSpreadPercent");
        BigDecimal total = divergence.decimal("totalSpreadPercentPoints", false);
        BigDecimal criterion = divergence.decimal("criterionSpreadPercent", false);
        return new DivergenceRules(total == null ? DivergenceRules.DEFAULT.totalSpreadPercentPoints() : total,
                criterion == null ? DivergenceRules.DEFAULT.criterionSpreadPercent() : criterion);
    }

    private static Criterion criterion(JsonFields fields, int position) {
        fields.ofCriterion(fields.quietString("code"), position);
        fields.rejectUnknown("code", "text", "guidance", "type", "min", "max", "options", "weight", "required",
                "shownToSchool", "maxSpread");
        String code = fields.string("code", true);
        String text = fields.string("text", true);
        String guidance = fields.string("guidance", false);
        CriterionType type = fields.constant("type", true, CriterionType.class, Kind.UNKNOWN_CRITERION_TYPE);
        boolean scale = type == CriterionType.SCALE;
        BigDecimal min = fields.decimal("min", scale);
        BigDecimal max = fields.decimal("max", scale);
        List<ChoiceOption> options = new ArrayList<>();
        for (JsonFields option : fields.objects("options", type == CriterionType.CHOICE)) {
            option.rejectUnknown("code", "text", "points");
            String optionCode = option.string("code", true);
            String optionText = option.string("text", true);
            BigDecimal points = option.decimal("points", true);
            if (points != null) {
                options.add(new ChoiceOption(optionCode, optionText, points));
            }
        }
        BigDecimal weight = fields.has("weight") ? fields.decimal("weight", false) : BigDecimal.ONE;
        boolean required = fields.bool("required", false);
        boolean shownToSchool = fields.bool("shownToSchool", true);
        BigDecimal maxSpread = fields.decimal("maxSpread", false);
        if (code == null || text == null || type == null || weight == null) {
            return null;
        }
        return new Criterion(code, text, guidance, type, min, max, options, weight, required, shownToSchool,
                maxSpread);
    }
}
