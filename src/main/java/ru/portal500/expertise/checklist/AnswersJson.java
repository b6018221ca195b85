package ru.portal500.expertise.checklist;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import ru.portal500.expertise.domain.ExpertiseRuleException;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A score sheet's answers as stored with the review: {@code {"K1": {"scale": 2, "comment": "…"}, "K2": {"yes":
 * true}, "K3": {"choice": "full"}, "K4": {"comment": "…"}}}.
 */
public final class AnswersJson {

    private AnswersJson() {
    }

    public static String write(Map<String, Answer> answers) {
        JsonObjectBuilder all = Json.createObjectBuilder();
        answers.forEach((code, answer) -> {
            JsonObjectBuilder one = Json.createObjectBuilder();
            if (answer.mark() instanceof Mark.Scale scale) {
                one.add("scale", scale.value());
            } else if (answer.mark() instanceof Mark.YesNo yesNo) {
                one.add("yes", yesNo.yes());
            } else if (answer.mark() instanceof Mark.Choice choice) {
                one.add("choice", choice.optionCode());
            }
            if (answer.hasComment()) {
                one.add("comment", answer.comment());
            }
            all.add(code, one);
        });
        return all.build().toString();
    }

    /** The answers of a JSON object; a value of the wrong kind is refused naming its criterion. */
    public static Map<String, Answer> read(String json) {
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return read(Json.createReader(new StringReader(json)).readObject());
        } catch (JsonException | ClassCastException e) {
            throw new ExpertiseRuleException("expertise.error.answers", "");
        }
    }

    public static Map<String, Answer> read(JsonObject all) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        all.forEach((code, value) -> {
            try {
                JsonObject one = value.asJsonObject();
                Mark mark = one.containsKey("scale") ? new Mark.Scale(one.getJsonNumber("scale").bigDecimalValue())
                        : one.containsKey("yes") ? new Mark.YesNo(yes(one.get("yes")))
                        : one.containsKey("choice") ? new Mark.Choice(one.getString("choice")) : null;
                String comment = one.containsKey("comment") ? one.getString("comment") : null;
                answers.put(code, new Answer(mark, comment));
            } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
                throw new ExpertiseRuleException("expertise.error.answers", code);
            }
        });
        return answers;
    }

    private static boolean yes(JsonValue value) {
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new IllegalArgumentException("not a boolean");
        }
        return value == JsonValue.TRUE;
    }
}
