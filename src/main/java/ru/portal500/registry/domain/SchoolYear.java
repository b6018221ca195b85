package ru.portal500.registry.domain;

/** School years are named by the calendar year they end in: 2026 is the school year 2025/26. */
public final class SchoolYear {

    private SchoolYear() {
    }

    /** 2026 → "2025/26". */
    public static String label(int endingYear) {
        return (endingYear - 1) + "/" + String.format("%02d", endingYear % 100);
    }
}
