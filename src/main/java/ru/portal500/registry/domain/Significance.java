package ru.portal500.registry.domain;

import ru.portal500.shared.imports.ImportColumns;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How much a risk factor weighs on a school (значимость фактора риска): высокая, средняя, низкая. */
public enum Significance {
    HIGH("высокая", "в", "high"),
    MEDIUM("средняя", "с", "medium"),
    LOW("низкая", "н", "low");

    private final List<String> names;

    Significance(String... names) {
        this.names = List.of(names);
    }

    /**
     * The significance a person wrote: "высокая", "В", "high", "HIGH", any case, "ё" as "е"; empty when
     * the text names none. Latin single letters are not taken: a Latin "H" may mean high or a mistyped
     * Cyrillic "Н" (низкая).
     */
    public static Optional<Significance> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = ImportColumns.normalise(text);
        return Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(wanted) || s.names.contains(wanted))
                .findFirst();
    }

    /** The height of the factor's bar in the profile's chart: 3 for high, 1 for low. */
    public int weight() {
        return values().length - ordinal();
    }
}
