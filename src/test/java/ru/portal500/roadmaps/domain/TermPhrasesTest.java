package ru.portal500.roadmaps.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The «сроки» of a plan table as the seeds write them, read within the school year 2025/26 (ending 2026). */
class TermPhrasesTest {

    private static final int SCHOOL_YEAR = 2026;

    @ParameterizedTest(name = "«{0}» → {1} – {2}")
    @CsvSource(delimiter = '|', value = {
            "30.04.2026|                |2026-04-30",
            "30.04.26|                  |2026-04-30",
            "01.09.2025 – 31.05.2026|2025-09-01|2026-05-31",
            "с 01.09.2025 по 31.05.2026 г.|2025-09-01|2026-05-31",
            "до 30 апреля|              |2026-04-30",
            "До 30 апреля 2027 года|    |2027-04-30",
            "не позднее 1 октября|      |2025-10-01",
            "сентябрь|2025-09-01|2025-09-30",
            "май–июнь|2026-05-01|2026-06-30",
            "февраль-декабрь 2023|2023-02-01|2023-12-31",
            "январь-февраль 2023|2023-01-01|2023-02-28",
            "октябрь - ноябрь|2025-10-01|2025-11-30",
            "ноябрь 2025 – март 2026|2025-11-01|2026-03-31",
            "сентябрь–май|2025-09-01|2026-05-31",
            "в течение учебного года|2025-09-01|2026-08-31",
            "В течение 2025/26 учебного года.|2025-09-01|2026-08-31",
            "II квартал 2026 года|2026-04-01|2026-06-30",
            "IV квартал|2025-10-01|2025-12-31",
            "1-й квартал|2026-01-01|2026-03-31",
    })
    void aPhraseWithOneMeaningIsRead(String phrase, LocalDate start, LocalDate due) {
        TermPhrases.Reading reading = TermPhrases.read(phrase, SCHOOL_YEAR);
        TermPhrases.Read read = assertInstanceOf(TermPhrases.Read.class, reading, phrase + ": " + reading);
        assertEquals(new Term(start, due), read.term(), phrase);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "в течение года|roadmaps.term.whichYear",
            "в течение всего периода|roadmaps.term.whichYear",
            "ежемесячно|roadmaps.term.recurring",
            "Ежеквартально|roadmaps.term.recurring",
            "по мере необходимости|roadmaps.term.recurring",
            "в течение месяца после проведения оценочной процедуры|roadmaps.term.recurring",
            "31.02.2026|roadmaps.term.noSuchDate",
            "до 31 июня|roadmaps.term.noSuchDate",
            "31.05.2026 – 01.09.2025|roadmaps.error.dueBeforeStart",
            "завтра|roadmaps.term.unread",
            "'   '|roadmaps.term.empty",
            "Q2 2026|roadmaps.term.unread",
    })
    void aPhraseWithoutOneMeaningIsRefusedWithItsReason(String phrase, String key) {
        TermPhrases.Reading reading = TermPhrases.read(phrase, SCHOOL_YEAR);
        TermPhrases.Refused refused = assertInstanceOf(TermPhrases.Refused.class, reading, phrase + ": " + reading);
        assertEquals(key, refused.key(), phrase);
    }

    @Test
    void nothingIsAPhraseToo() {
        assertEquals("roadmaps.term.empty", ((TermPhrases.Refused) TermPhrases.read(null, SCHOOL_YEAR)).key());
    }

    @Test
    void aTermEndsOnOrAfterItsStart() {
        RoadmapRuleException refused = assertThrows(RoadmapRuleException.class,
                () -> new Term(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 5, 30)));
        assertEquals("roadmaps.error.dueBeforeStart", refused.messageKey());
        Term day = new Term(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 5, 31));
        assertEquals(true, day.covers(LocalDate.of(2026, 5, 31)));
        assertEquals(false, Term.due(LocalDate.of(2026, 4, 30)).covers(LocalDate.of(2026, 5, 1)));
        assertEquals(true, Term.due(LocalDate.of(2026, 4, 30)).covers(LocalDate.of(2025, 9, 1)));
    }
}
