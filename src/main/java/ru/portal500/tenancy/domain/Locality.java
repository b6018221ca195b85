package ru.portal500.tenancy.domain;

import java.util.Locale;
import java.util.Optional;

/** Whether a school is urban or rural (городская / сельская). */
public enum Locality {
    URBAN, RURAL;

    /** "город", "городская", "urban"; "село", "сельская", "rural" — any case. */
    public static Optional<Locality> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (wanted.startsWith("город") || wanted.equals("urban") || wanted.equals("г")) {
            return Optional.of(URBAN);
        }
        if (wanted.startsWith("сел") || wanted.equals("rural") || wanted.equals("с")) {
            return Optional.of(RURAL);
        }
        return Optional.empty();
    }
}
