package ru.portal500.registry.domain;

import java.util.Arrays;
import java.util.Optional;

/** The assessment procedures whose results identify low-results schools. */
public enum AssessmentProcedure {
    VPR("ВПР"),
    OGE("ОГЭ"),
    EGE("ЕГЭ"),
    GVE("ГВЭ"),
    NIKO("НИКО"),
    REGIONAL("Региональная диагностика");

    private final String shortName;

    AssessmentProcedure(String shortName) {
        this.shortName = shortName;
    }

    public String shortName() {
        return shortName;
    }

    /** By its Russian short name or its constant, any case. */
    public static Optional<AssessmentProcedure> named(String name) {
        String wanted = name == null ? "" : name.strip();
        return Arrays.stream(values())
                .filter(p -> p.shortName.equalsIgnoreCase(wanted) || p.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
