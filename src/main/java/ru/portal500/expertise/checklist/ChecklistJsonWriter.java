package ru.portal500.expertise.checklist;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

/**
 * Writes a checklist in its JSON form, {@value #FORMAT}: the form it is stored in and exchanged as. Every field
 * is written, defaults included, in a fixed order, so the same checklist always gives the same text.
 */
public final class ChecklistJsonWriter {

    /** The marker of this format; a later, incompatible format gets a new number. */
    public static final String FORMAT = "portal500-checklist/1";

    private static final JsonWriterFactory PRETTY =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    /** The checklist as a JSON object. */
    public JsonObject toJson(Checklist checklist) {
        JsonArrayBuilder sections = Json.createArrayBuilder();
        checklist.sections().forEach(s -> sections.add(section(s)));
        return Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("title", checklist.title())
                .add("appliesTo", checklist.appliesTo())
                .add("version", checklist.version())
                .add("verdict", verdict(checklist.verdictRules()))
                .add("divergence", divergence(checklist.divergenceRules()))
                .add("sections", sections)
                .build();
    }

    /** The checklist as indented JSON text. */
    public String write(Checklist checklist) {
        StringWriter text = new StringWriter();
        write(checklist, text);
        return text.toString().strip() + "\n";
    }

    public void write(Checklist checklist, Writer out) {
        try (JsonWriter writer = PRETTY.createWriter(out)) {
            writer.writeObject(toJson(checklist));
        }
    }

    private static JsonObjectBuilder verdict(VerdictRules rules) {
        JsonObjectBuilder verdict = Json.createObjectBuilder().add("passThreshold", threshold(rules.passThreshold()));
        if (rules.remarksThreshold() != null) {
            verdict.add("remarksThreshold", threshold(rules.remarksThreshold()));
        }
        return verdict.add("onRequiredFailure", rules.onRequiredFailure().name());
    }

    private static JsonObjectBuilder threshold(Threshold threshold) {
        return Json.createObjectBuilder().add("unit", threshold.unit().name()).add("value", threshold.value());
    }

    private static JsonObjectBuilder divergence(DivergenceRules rules) {
        return Json.createObjectBuilder()
                .add("totalSpreadPercentPoints", rules.totalSpreadPercentPoints())
                .add("criterionSpreadPercent", rules.criterionSpreadPercent());
    }

    private static JsonObjectBuilder section(ChecklistSection section) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (section.title() != null) {
            json.add("title", section.title());
        }
        JsonArrayBuilder criteria = Json.createArrayBuilder();
        section.criteria().forEach(c -> criteria.add(criterion(c)));
        return json.add("criteria", criteria);
    }

    private static JsonObjectBuilder criterion(Criterion criterion) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("code", criterion.code())
                .add("text", criterion.text())
                .add("guidance", criterion.guidance())
                .add("type", criterion.type().name());
        if (criterion.min() != null) {
            json.add("min", criterion.min());
        }
        if (criterion.max() != null) {
            json.add("max", criterion.max());
        }
        if (!criterion.options().isEmpty() || criterion.type() == CriterionType.CHOICE) {
            JsonArrayBuilder options = Json.createArrayBuilder();
            criterion.options().forEach(o -> options.add(Json.createObjectBuilder()
                    .add("code", o.code()).add("text", o.text()).add("points", o.points())));
            json.add("options", options);
        }
        json.add("weight", criterion.weight())
                .add("required", criterion.required())
                .add("shownToSchool", criterion.shownToSchool());
        if (criterion.maxSpread() != null) {
            json.add("maxSpread", criterion.maxSpread());
        }
        return json;
    }
}
