package ru.portal500.expertise.checklist;

import java.math.BigDecimal;
import java.util.Objects;

/** What an expert gives a scored criterion: points on a scale, yes or no, or one of the options. */
public sealed interface Mark permits Mark.Scale, Mark.YesNo, Mark.Choice {

    /** The criterion type this mark answers. */
    CriterionType answers();

    static Mark points(BigDecimal value) {
        return new Scale(value);
    }

    static Mark points(long value) {
        return new Scale(BigDecimal.valueOf(value));
    }

    static Mark yes() {
        return new YesNo(true);
    }

    static Mark no() {
        return new YesNo(false);
    }

    static Mark option(String optionCode) {
        return new Choice(optionCode);
    }

    /** Points on a {@link CriterionType#SCALE}. */
    record Scale(BigDecimal value) implements Mark {

        public Scale {
            value = Points.canonical(Objects.requireNonNull(value, "value"));
        }

        @Override
        public CriterionType answers() {
            return CriterionType.SCALE;
        }
    }

    /** The answer to a {@link CriterionType#YES_NO} criterion. */
    record YesNo(boolean yes) implements Mark {

        @Override
        public CriterionType answers() {
            return CriterionType.YES_NO;
        }
    }

    /** The chosen option of a {@link CriterionType#CHOICE} criterion, by its code. */
    record Choice(String optionCode) implements Mark {

        public Choice {
            Objects.requireNonNull(optionCode, "optionCode");
        }

        @Override
        public CriterionType answers() {
            return CriterionType.CHOICE;
        }
    }
}
