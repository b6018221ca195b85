package ru.portal500.tenancy.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The type of a general education organisation, as Russian registries name it. */
public enum SchoolKind {
    PRIMARY("НОШ", "начальная общеобразовательная школа"),
    BASIC("ООШ", "основная общеобразовательная школа"),
    SECONDARY("СОШ", "средняя общеобразовательная школа"),
    GYMNASIUM("гимназия"),
    LYCEUM("лицей"),
    BOARDING("школа-интернат"),
    EDUCATION_CENTRE("центр образования"),
    OTHER("иное");

    private final List<String> names;

    SchoolKind(String... names) {
        this.names = List.of(names);
    }

    /** By any of its Russian names or its constant, any case. */
    public static Optional<SchoolKind> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(wanted)
                        || k.names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(wanted)))
                .findFirst();
    }

    public String shortName() {
        return names.get(0);
    }
}
