package ru.portal500.shared.web;

import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.i18n.HistoryLine;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HistoryCsvTest {

    private static final List<HistoryLine> LINES = List.of(new HistoryLine(
            Instant.parse("2026-01-15T09:30:00Z"), "Иванова А. П.", "operator", "СОШ № 1", "=решение", "ШНОР",
            "Другая", "в списке; «Рособнадзора»"));

    @Test
    void aHistoryIsWrittenInTheReadersLanguageAndZone() {
        String russian = new String(HistoryCsv.of(LINES, Texts.RUSSIAN, ZoneId.of("Europe/Saratov")),
                StandardCharsets.UTF_8);
        assertEquals("\uFEFFВремя (МСК+1);Кто;Логин;Что;Изменение;Было;Стало;Причина\r\n"
                + "15.01.2026 13:30 (МСК+1);Иванова А. П.;operator;СОШ № 1;'=решение;ШНОР;Другая;"
                + "\"в списке; «Рособнадзора»\"\r\n", russian, "a formula is defused, a ; quoted");
        String english = new String(HistoryCsv.of(List.of(), Locale.ENGLISH, Formats.MOSCOW), StandardCharsets.UTF_8);
        assertEquals("\uFEFFTime (Moscow time);Who;Login;Subject;Change;Before;After;Reason\r\n", english);
    }
}
