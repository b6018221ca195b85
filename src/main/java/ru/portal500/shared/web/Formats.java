package ru.portal500.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import ru.portal500.registry.domain.SchoolYear;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How pages write dates, times, sizes and school years ({@code #{formats.date(d)}}…). Times are shown in
 * Moscow time, the programme's reference time (the audit log keeps UTC).
 */
@Named
@ApplicationScoped
public class Formats {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(MOSCOW);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** 2026 → "2025/26". */
    public String schoolYear(int endingYear) {
        return SchoolYear.label(endingYear);
    }

    /** 5 300 000 → "5,1 МБ"; below a kilobyte in bytes. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " Б";
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? String.format(java.util.Locale.forLanguageTag("ru"), "%.0f КБ", kb)
                : String.format(java.util.Locale.forLanguageTag("ru"), "%.1f МБ", kb / 1024);
    }

    /** A share 0…1 as a percentage with one decimal: 0.725 → "72,5 %". */
    public String percent(Double share) {
        return share == null ? "" : String.format(java.util.Locale.forLanguageTag("ru"), "%.1f %%", share * 100);
    }
}
