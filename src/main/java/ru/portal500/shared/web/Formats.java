package ru.portal500.shared.web;

import ru.portal500.shared.i18n.Numbers;
import ru.portal500.shared.i18n.ReaderZone;
import ru.portal500.shared.i18n.Texts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages and exports write dates, times, sizes, school years, counts, numbers and file types
 * ({@code #{formats.time(t)}}…); no page formats them itself. A time is shown in the time zone of the reader's
 * region and says which («12.03.2027 14:05 (МСК+1)»); a reader of no region or of several reads Moscow time
 * («… (МСК)»). Numbers and percentages are rounded for people and written as the reader's language writes them
 * (a decimal comma in Russian).
 */
@Named
@ApplicationScoped
public class Formats {

    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    ReaderZone readerZone;

    @Inject
    LanguageBacking language;

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A moment to the minute in the reader's zone, labelled: "01.03.2026 13:00 (МСК+1)". */
    public String time(Instant at) {
        return time(at, zone(), locale());
    }

    /** A moment to the second (the logs), in the reader's zone, labelled. */
    public String timeToSecond(Instant at) {
        return at == null ? "" : SECONDS.withZone(zone()).format(at) + " (" + zoneLabel(zone(), at, locale()) + ")";
    }

    /** The label of the reader's zone for a column heading: "МСК+1". */
    public String zoneLabel() {
        return zoneLabel(zone(), Instant.now(), locale());
    }

    /** The zone the reader reads times in: their region's, Moscow for a visitor or a reader of several regions. */
    public ZoneId zone() {
        return readerZone == null ? MOSCOW : readerZone.zone();
    }

    public static String time(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "" : MINUTES.withZone(zone).format(at) + " (" + zoneLabel(zone, at, locale) + ")";
    }

    /** Russia's way to name a zone: by its difference from Moscow time at that moment, "МСК", "МСК+1", "МСК−1". */
    public static String zoneLabel(ZoneId zone, Instant at, Locale locale) {
        int seconds = zone.getRules().getOffset(at).getTotalSeconds() - MOSCOW.getRules().getOffset(at).getTotalSeconds();
        if (seconds == 0) {
            return Texts.get(locale, "formats.zone.moscow");
        }
        int minutes = Math.abs(seconds) / 60;
        String difference = (seconds > 0 ? "+" : "\u2212") + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(":%02d", minutes % 60));
        return Texts.get(locale, "formats.zone.fromMoscow", difference);
    }

    /** 2026 → "2025/26". */
    public String schoolYear(int endingYear) {
        return (endingYear - 1) + "/" + String.format("%02d", endingYear % 100);
    }

    /** A file's type in words ("Документ Word", "PDF", "Таблица Excel"…), never its MIME type. */
    public String fileType(String mediaType) {
        return fileType(mediaType, locale());
    }

    public static String fileType(String mediaType, Locale locale) {
        return Texts.get(locale, "fileType." + FileKinds.of(mediaType));
    }

    /** 5 300 000 → "5,1 МБ" ("5.1 MB" in English); below a kilobyte in bytes. */
    public String size(long bytes) {
        return size(bytes, locale());
    }

    public static String size(long bytes, Locale locale) {
        if (bytes < 1024) {
            return Texts.get(locale, "formats.size.bytes", String.valueOf(bytes));
        }
        double kb = bytes / 1024.0;
        Locale language = Texts.supported(locale);
        return kb < 1024 ? Texts.get(language, "formats.size.kilobytes", String.format(language, "%.0f", kb))
                : Texts.get(language, "formats.size.megabytes", String.format(language, "%.1f", kb / 1024));
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

    /** A text of the bundles in the reader's language, plural forms included: a count with its noun, "2 школы". */
    public String text(String key, Object... arguments) {
        return Texts.get(locale(), key, arguments);
    }

    public Locale locale() {
        try {
            return language == null ? Texts.RUSSIAN : language.getLocale();
        } catch (RuntimeException outsideASession) {
            return Texts.RUSSIAN;
        }
    }
}
