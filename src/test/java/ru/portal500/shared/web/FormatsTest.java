package ru.portal500.shared.web;

import ru.portal500.shared.i18n.Texts;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.application.CallerZone;
import ru.portal500.identity.domain.Caller;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {

    private static final ZoneId SARATOV = ZoneId.of("Europe/Saratov");

    private final Formats formats = new Formats();

    @Test
    void datesTimesSizesAndSchoolYearsAsRussianReadersExpect() {
        assertEquals("30.04.2026", formats.date(LocalDate.parse("2026-04-30")));
        assertEquals("01.03.2026 12:00 (МСК)", formats.time(Instant.parse("2026-03-01T09:00:00Z")),
                "outside a request: Moscow time, labelled");
        assertEquals("", formats.time(null));
        assertEquals("2025/26", formats.schoolYear(2026));
        assertEquals("512 Б", formats.size(512));
        assertEquals("5,0 МБ", formats.size(5 * 1024 * 1024));
        assertEquals("2 КБ", formats.size(2048));
        assertEquals("72,5 %", formats.percent(0.725));
        assertEquals("16,7 %", formats.percent(1.0 / 6), "a share rounded for people");
        assertEquals("80 %", formats.percent(0.8));
        assertEquals("", formats.percent(null));
    }

    @Test
    void scoresAndTheirPercentagesAreRoundedWithADecimalComma() {
        assertEquals("16,7 %", formats.percentage(new BigDecimal("16.66666666666667")));
        assertEquals("16,7", formats.percentValue(new BigDecimal("16.66666666666667")));
        assertEquals("5,5", formats.number(new BigDecimal("5.5")));
        assertEquals("", formats.number(null));
        assertEquals(",", formats.getDecimalSeparator());
        assertEquals(".", formats.getDecimalSeparatorAlternative());
        formats.language = new LanguageBacking() {
            @Override
            public Locale getLocale() {
                return Locale.ENGLISH;
            }
        };
        assertEquals("16.7 %", formats.percentage(new BigDecimal("16.66666666666667")));
        assertEquals(".", formats.getDecimalSeparator());
        assertEquals(",", formats.getDecimalSeparatorAlternative());
        assertEquals("512 B", formats.size(512), "sizes in the reader's language");
        assertEquals("5.1 MB", formats.size(5_300_000));
        assertEquals("2 KB", formats.size(2048));
    }

    @Test
    void aTimeIsShownInTheZoneAndSaysWhich() {
        Instant at = Instant.parse("2027-03-12T10:05:00Z");
        assertEquals("12.03.2027 14:05 (МСК+1)", Formats.time(at, SARATOV, Texts.RUSSIAN), "Saratov is UTC+4");
        assertEquals("12.03.2027 13:05 (МСК)", Formats.time(at, Formats.MOSCOW, Texts.RUSSIAN));
        assertEquals("12.03.2027 15:05 (МСК+2)", Formats.time(at, ZoneId.of("Asia/Yekaterinburg"), Texts.RUSSIAN));
        assertEquals("12.03.2027 12:05 (МСК\u22121)", Formats.time(at, ZoneId.of("Europe/Kaliningrad"), Texts.RUSSIAN));
        assertEquals("12.03.2027 14:05 (MSK+1)", Formats.time(at, SARATOV, Locale.ENGLISH));
        assertEquals("01.01.2027 03:59 (МСК+1)", Formats.time(Instant.parse("2026-12-31T23:59:00Z"), SARATOV, Texts.RUSSIAN),
                "the date turns with the zone");
    }

    @Test
    void theReaderReadsTheTimeOfTheirRegionAndAVisitorMoscowTime() {
        Instant at = Instant.parse("2027-03-12T10:05:00Z");
        assertEquals("12.03.2027 14:05 (МСК+1)", reading(Caller.authenticated("s", "school", "S", List.of(),
                List.of("/64/atkarsky/atk-1/school-team"))).time(at));
        assertEquals("12.03.2027 13:05 (МСК)", reading(Caller.authenticated("s", "o", "O", List.of(),
                List.of("/23/regional-operator"))).time(at), "Краснодарский край keeps Moscow time");
        assertEquals("12.03.2027 13:05 (МСК)", reading(Caller.anonymous()).time(at), "a visitor: Moscow time, labelled");
        assertEquals("12.03.2027 13:05 (МСК)", reading(Caller.authenticated("s", "f", "F", List.of(),
                List.of("/64/regional-operator", "/23/regional-operator"))).time(at), "several regions: Moscow time");
        assertEquals("12.03.2027 14:05:00 (МСК+1)", reading(Caller.authenticated("s", "o", "O", List.of(),
                List.of("/64/regional-operator"))).timeToSecond(at), "the logs to the second");
    }

    @Test
    void fileTypesInWords() {
        assertEquals("Документ Word", formats.fileType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertEquals("Документ Word", formats.fileType("application/msword"));
        assertEquals("PDF", formats.fileType("application/pdf"));
        assertEquals("Таблица Excel", formats.fileType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertEquals("Документ OpenDocument", formats.fileType("application/vnd.oasis.opendocument.text"));
        assertEquals("RTF", formats.fileType("application/rtf"));
        assertEquals("Презентация PowerPoint", formats.fileType("application/vnd.openxmlformats-officedocument.presentationml.presentation"));
        assertEquals("Текст", formats.fileType("text/plain; charset=UTF-8"));
        assertEquals("Изображение", formats.fileType("image/png"));
        assertEquals("Файл", formats.fileType("application/x-unknown"));
        assertEquals("Файл", formats.fileType(null));
        assertEquals("Word document", Formats.fileType("application/msword", Locale.ENGLISH));
    }

    @Test
    void countsTakeTheNounsForm() {
        assertEquals("Встроенный список (1 группа)", formats.text("search.synonyms.builtIn", 1));
        assertEquals("Встроенный список (22 группы)", formats.text("search.synonyms.builtIn", 22));
        assertEquals("Встроенный список (111 групп)", formats.text("search.synonyms.builtIn", 111));
    }

    private static Formats reading(Caller caller) {
        Formats formats = new Formats();
        formats.readerZone = () -> CallerZone.of(caller.regions(),
                regionCode -> Map.of("64", SARATOV, "23", Formats.MOSCOW).getOrDefault(regionCode, Formats.MOSCOW));
        return formats;
    }
}
