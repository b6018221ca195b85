package ru.portal500.expertise.checklist;

import java.math.BigDecimal;
import java.util.Objects;

/** One option of a {@link CriterionType#CHOICE} criterion: a stable code, the text shown, the points it is worth. */
public record ChoiceOption(String code, String text, BigDecimal points) {

    public ChoiceOption {
        code = code == null ? "" : code.strip();
        text = text == null ? "" : text.strip();
        points = Points.canonical(Objects.requireNonNull(points, "points"));
    }

    public static ChoiceOption of(String code, String text, long points) {
        return new ChoiceOption(code, text, BigDecimal.valueOf(points));
    }
}
