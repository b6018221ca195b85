package ru.portal500.expertise.checklist;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import ru.portal500.expertise.checklist.ChecklistProblem.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields of one JSON object of a checklist, read with its path ("$.sections[0].criteria[2]") and, inside a
 * criterion, that criterion's code and position, so every problem says exactly where it is.
 */
final class JsonFields {

    private final JsonObject object;
    private final String path;
    private final List<ChecklistProblem> problems;
    private String criterionCode;
    private int position;

    JsonFields(JsonObject object, String path, List<ChecklistProblem> problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** Marks the fields as a criterion's: its problems name the criterion. */
    JsonFields ofCriterion(String code, int criterionPosition) {
        this.criterionCode = code;
        this.position = criterionPosition;
        return this;
    }

    String path() {
        return path;
    }

    String pathOf(String name) {
        return path + "." + name;
    }

    void problem(Kind kind, String name, Object... values) {
        problems.add(ChecklistProblem.atPath(kind, name == null ? path : pathOf(name), criterionCode, position,
                values));
    }

    /** Reports every field that is not one of {@code known}. */
    void rejectUnknown(String... known) {
        Set<String> allowed = Set.of(known);
        new TreeSet<>(object.keySet()).stream().filter(name -> !allowed.contains(name))
                .forEach(name -> problem(Kind.UNKNOWN_FIELD, name));
    }

    boolean has(String name) {
        return object.containsKey(name) && object.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    /** The field's value of the expected type; null (and a problem when {@code required}) otherwise. */
    private JsonValue value(String name, boolean required, String expected, JsonValue.ValueType... types) {
        if (!has(name)) {
            if (required) {
                problem(Kind.MISSING_FIELD, name);
            }
            return null;
        }
        JsonValue value = object.get(name);
        if (!Arrays.asList(types).contains(value.getValueType())) {
            problem(Kind.WRONG_FIELD_TYPE, name, expected);
            return null;
        }
        return value;
    }

    /** A string field's value, or null without a problem: to name a criterion before its fields are checked. */
    String quietString(String name) {
        return object.get(name) instanceof JsonString text ? text.getString() : null;
    }

    String string(String name, boolean required) {
        JsonValue value = value(name, required, "string", JsonValue.ValueType.STRING);
        return value == null ? null : ((JsonString) value).getString();
    }

    BigDecimal decimal(String name, boolean required) {
        JsonValue value = value(name, required, "number", JsonValue.ValueType.NUMBER);
        return value == null ? null : ((JsonNumber) value).bigDecimalValue();
    }

    /** A whole number; null (with a problem) when absent and required, of another type, or fractional. */
    Integer integer(String name, boolean required) {
        JsonValue value = value(name, required, "number", JsonValue.ValueType.NUMBER);
        if (value == null) {
            return null;
        }
        JsonNumber number = (JsonNumber) value;
        try {
            return number.bigDecimalValue().intValueExact();
        } catch (ArithmeticException notWhole) {
            problem(Kind.NOT_AN_INTEGER, name, number.toString());
            return null;
        }
    }

    boolean bool(String name, boolean otherwise) {
        JsonValue value = value(name, false, "boolean", JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE);
        return value == null ? otherwise : value.getValueType() == JsonValue.ValueType.TRUE;
    }

    JsonFields object(String name, boolean required) {
        JsonValue value = value(name, required, "object", JsonValue.ValueType.OBJECT);
        return value == null ? null : new JsonFields(value.asJsonObject(), pathOf(name), problems)
                .ofCriterion(criterionCode, position);
    }

    /** The objects of an array field, each with its path; elements that are not objects are reported. */
    List<JsonFields> objects(String name, boolean required) {
        JsonValue value = value(name, required, "array", JsonValue.ValueType.ARRAY);
        List<JsonFields> elements = new ArrayList<>();
        if (value == null) {
            return elements;
        }
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String elementPath = pathOf(name) + "[" + i + "]";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(ChecklistProblem.atPath(Kind.WRONG_FIELD_TYPE, elementPath, criterionCode, position,
                        "object"));
            } else {
                elements.add(new JsonFields(array.get(i).asJsonObject(), elementPath, problems)
                        .ofCriterion(criterionCode, position));
            }
        }
        return elements;
    }

    /** An enum constant by name; null with a problem when the value is not one of them. */
    <E extends Enum<E>> E constant(String name, boolean required, Class<E> type, Kind unknownKind) {
        String text = string(name, required);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (unknownKind == Kind.UNKNOWN_VALUE) {
            problem(unknownKind, name, text, String.join(", ", allowed));
        } else {
            problem(unknownKind, name, text);
        }
        return null;
    }
}
