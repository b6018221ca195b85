package ru.portal500.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import ru.portal500.registry.domain.SchoolYear;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How pages write dates, times, sizes, numbers and school years ({@code #{formats.date(d)}}…). Times are shown in
 * Moscow time, the programme's reference time (the audit log keeps UTC). Numbers and percentages are rounded for
 * people and written as the page's language writes them (a decimal comma in Russian).
 */
@Named
@ApplicationScoped
public class Formats {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(MOSCOW);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The language numbers are written in: the page's (tests set their own). */
    Supplier<Locale> language = Formats::languageOfPage;

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

    /** A share 0…1 as a percentage with at most one decimal: 0.725 → "72,5 %", 1/6 → "16,7 %", 0.8 → "80 %". */
    public String percent(Double share) {
        return share == null ? "" : Numbers.percent(locale(), BigDecimal.valueOf(share).multiply(HUNDRED));
    }

    /** A percentage (already × 100) with at most one decimal: 16.66666666666667 → "16,7 %". */
    public String percentage(BigDecimal percent) {
        return Numbers.percent(locale(), percent);
    }

    /** A percentage or percentage points without the sign (a column says "%"): 22.91666 → "22,9". */
    public String percentValue(BigDecimal percent) {
        return Numbers.percentValue(locale(), percent);
    }

    /** Points and other numbers with at most two decimals: 5.5 → "5,5", 2 → "2", 1/3 → "0,33". */
    public String number(BigDecimal value) {
        return Numbers.points(locale(), value);
    }

    /** The decimal separator of the page's language ("," in Russian), e.g. for a number field. */
    public String getDecimalSeparator() {
        return String.valueOf(Numbers.decimalSeparator(locale()));
    }

    /** The other separator a person may type instead ("." in Russian, "," in English). */
    public String getDecimalSeparatorAlternative() {
        return Numbers.decimalSeparator(locale()) == ',' ? "." : ",";
    }

    private Locale locale() {
        return language.get();
    }

    /** The language of the page being written (Russian outside a page). */
    private static Locale languageOfPage() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null || context.getViewRoot().getLocale() == null
                ? Texts.RUSSIAN : Texts.supported(context.getViewRoot().getLocale());
    }
}
