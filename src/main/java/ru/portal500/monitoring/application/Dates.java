package ru.portal500.monitoring.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days as messages name them (dd.MM.yyyy). */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Dates() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
