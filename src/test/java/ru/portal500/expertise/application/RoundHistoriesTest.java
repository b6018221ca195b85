package ru.portal500.expertise.application;

import org.junit.jupiter.api.Test;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentType;
import ru.portal500.documents.domain.StoredContent;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.RoundChange;
import ru.portal500.expertise.domain.RoundKind;
import ru.portal500.expertise.domain.RoundSettings;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.i18n.HistoryLine;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A round's history read in words: kinds, settings, verdicts and states in the reader's language, never as codes. */
class RoundHistoriesTest {

    private static final Region REGION = new Region("64", "Саратовская область");
    private static final Municipality ATKARSKY = new Municipality(REGION, "atkarsky", "Аткарский район");
    private static final School ATK1 = new School(ATKARSKY, "atk-1", "СОШ № 1");
    private static final School ATK3 = new School(ATKARSKY, "atk-3", "СОШ № 3");
    private static final Campaign CAMPAIGN = new Campaign(REGION, 2026, "500+ 2025/26", new CampaignSchedule(
            null, null, null, null, null, null, null, List.of()));
    private static final LocalDate DUE = LocalDate.parse("2026-05-20");
    private static final ChangeStamp OPERATOR = new ChangeStamp("operator", "Ольга Операторова",
            Instant.parse("2026-05-01T09:00:00Z"));
    private static final ChangeStamp EXPERT = new ChangeStamp("expert", "Эдуард Экспертов",
            Instant.parse("2026-05-02T09:00:00Z"));

    private final ExpertiseRound round = new ExpertiseRound(CAMPAIGN, null, RoundKind.MUTUAL, "Взаимоэкспертиза концепций",
            new ChecklistVersion(REGION, "CONCEPT", 3, "Экспертиза концепции", "CONCEPT", "{}", OPERATOR),
            new RoundSettings(1, 0, false, true, 20, DUE), OPERATOR);

    private static Document concept(School school) {
        Document document = new Document(CAMPAIGN, school, new DocumentType(REGION, 1, DocumentType.DEFAULTS.get(0)),
                null, "CONCEPT", "Концепция развития", DUE, OPERATOR.at());
        document.upload(new StoredContent("a".repeat(64), 10, "application/pdf", "Концепция.pdf"), OPERATOR);
        return document;
    }

    private List<RoundChange> aRoundsLife() {
        List<RoundChange> changes = new ArrayList<>(RoundChange.created(round, OPERATOR));
        RoundSettings before = round.settings();
        round.change(new RoundSettings(2, 0, true, true, 20, LocalDate.parse("2026-06-01")));
        changes.addAll(RoundChange.settingsChanged(round, before, OPERATOR));
        ExpertReview declined = ExpertReview.bySchool(round, concept(ATK1), ATK3, OPERATOR);
        changes.add(RoundChange.assigned(declined, true, OPERATOR));
        declined.decline("Нет специалиста по этому профилю", EXPERT);
        changes.add(RoundChange.givenUp(declined, EXPERT));
        ExpertReview submitted = ExpertReview.byExpert(round, concept(ATK3), "expert", "Эдуард Экспертов", OPERATOR);
        changes.add(RoundChange.assigned(submitted, false, OPERATOR));
        submitted.submit("{}", "", 0.5, "DOES_NOT_CONFORM", 0, DUE, EXPERT);
        changes.add(RoundChange.submitted(submitted, EXPERT));
        changes.add(RoundChange.returned(round, submitted.getDocument(), " Доработать ", OPERATOR));
        round.close();
        changes.add(RoundChange.closed(round, OPERATOR));
        return changes;
    }

    @Test
    void everyChangeOfARoundIsALineInEnglish() {
        List<HistoryLine> lines = RoundHistories.lines(aRoundsLife(), Locale.ENGLISH);
        assertEquals(new HistoryLine(OPERATOR.at(), "Ольга Операторова", "operator", "Взаимоэкспертиза концепций",
                "Round created", "", "Mutual expertise", ""), lines.get(0));
        assertEquals(List.of("Экспертиза концепции", "Checklist chosen", "version 3"),
                List.of(lines.get(1).subject(), lines.get(1).change(), lines.get(1).to()));
        assertEquals(List.of("Reviews per document", "Setting of the round changed", "1", "2"), List.of(
                lines.get(2).subject(), lines.get(2).change(), lines.get(2).from(), lines.get(2).to()));
        assertEquals(List.of("Other municipalities only", "no", "yes"),
                List.of(lines.get(3).subject(), lines.get(3).from(), lines.get(3).to()));
        assertEquals(List.of("Due date", "May 20, 2026", "June 1, 2026"),
                List.of(lines.get(4).subject(), lines.get(4).from(), lines.get(4).to()));
        assertEquals(List.of("Концепция развития (СОШ № 1)", "Reviewer assigned automatically", "", "СОШ № 3"),
                List.of(lines.get(5).subject(), lines.get(5).change(), lines.get(5).from(), lines.get(5).to()));
        assertEquals(new HistoryLine(EXPERT.at(), "Эдуард Экспертов", "expert", "Концепция развития (СОШ № 1)",
                "Reviewer declined", "СОШ № 3", "", "Нет специалиста по этому профилю"), lines.get(6));
        assertEquals(List.of("Reviewer assigned by hand", "Эдуард Экспертов (expert)"),
                List.of(lines.get(7).change(), lines.get(7).to()));
        assertEquals(List.of("Review submitted", "Эдуард Экспертов (expert)", "Does not conform"),
                List.of(lines.get(8).change(), lines.get(8).from(), lines.get(8).to()));
        assertEquals(List.of("Document returned to the school for revision", "Доработать"),
                List.of(lines.get(9).change(), lines.get(9).reason()));
        assertEquals(List.of("Round closed", "Open", "Closed"),
                List.of(lines.get(10).change(), lines.get(10).from(), lines.get(10).to()));
        assertEquals(11, lines.size(), "only the settings that changed make lines");
    }

    @Test
    void inRussianNoCodeIsLeft() {
        List<HistoryLine> lines = RoundHistories.lines(aRoundsLife(), Texts.RUSSIAN);
        assertEquals(List.of("Раунд создан", "Взаимоэкспертиза"), List.of(lines.get(0).change(), lines.get(0).to()));
        assertEquals(List.of("Только другие муниципалитеты", "нет", "да"),
                List.of(lines.get(3).subject(), lines.get(3).from(), lines.get(3).to()));
        assertEquals("Не соответствует", lines.get(8).to());
        assertEquals("Раунд завершён", lines.get(10).change());
        for (HistoryLine line : lines) {
            for (String text : List.of(line.subject(), line.change(), line.from(), line.to())) {
                assertFalse(text.matches(".*\\b[A-Z]{2,}(_[A-Z]+)*\\b.*"), "a code in " + line);
            }
        }
        assertTrue(RoundHistories.fileName(7, Texts.RUSSIAN).contains("7"));
    }

    @Test
    void onlyAGivenUpReviewMakesADeclineLine() {
        ExpertReview open = ExpertReview.byExpert(round, concept(ATK1), "expert", "Эксперт", OPERATOR);
        assertThrows(IllegalArgumentException.class, () -> RoundChange.givenUp(open, OPERATOR));
        assertThrows(IllegalArgumentException.class, () -> RoundChange.submitted(open, OPERATOR));
    }
}
