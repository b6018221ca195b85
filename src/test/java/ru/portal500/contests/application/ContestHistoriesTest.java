package ru.portal500.contests.application;

import org.junit.jupiter.api.Test;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.CaseForm;
import ru.portal500.contests.domain.ContestChange;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.ContestSettings;
import ru.portal500.contests.domain.ContestStages;
import ru.portal500.contests.domain.Entrant;
import ru.portal500.contests.domain.EntrantKind;
import ru.portal500.contests.domain.EntryField;
import ru.portal500.contests.domain.Regulations;
import ru.portal500.contests.domain.TieBreakSteps;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.i18n.HistoryLine;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.Scope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A contest's history reads in words: settings, stages, yes/no, fields, the tie-break chain and states. */
class ContestHistoriesTest {

    private static final ChangeStamp BY = new ChangeStamp("organiser", "Анна Организаторова", Instant.parse("2026-09-01T09:00:00Z"));

    @Test
    void everyChangeOfTheContestIsALineInTheReadersLanguage() {
        Contest contest = new Contest(new Region("64", "Саратовская область"), 2027,
                ContestSettings.defaults("Панорама"), BY);
        List<ContestChange> changes = new ArrayList<>();
        changes.add(ContestChange.created(contest, BY));
        ContestSettings before = contest.settings();
        contest.change(new ContestSettings("Панорама", null, true, false, true, 1, 5, Set.of(EntryField.PROBLEM),
                List.of(), 6, true, 3, 20, new TieBreakSteps(List.of("TOTAL", "CRITERION:K3")), true));
        changes.addAll(ContestChange.settingsChanged(contest, before, BY));
        ContestStages none = contest.stages();
        contest.reschedule(new ContestStages(null, null, LocalDate.of(2026, 10, 31), null, null, null));
        changes.addAll(ContestChange.stagesChanged(contest, none, BY));
        contest.attachRegulations(new Regulations("a".repeat(64), "Положение.pdf", "application/pdf", 10));
        changes.add(ContestChange.regulationsAttached(contest, null, BY));

        List<String> russian = lines(changes, Texts.RUSSIAN);
        assertEquals(List.of(
                "Панорама | Конкурс создан |  | ",
                "Участвуют педагоги индивидуально | Изменена настройка конкурса | нет | да",
                "Обязательные поля | Изменена настройка конкурса |  | проблема и факторы риска, на которые направлен кейс",
                "Минимум заявок в номинации | Изменена настройка конкурса | 5 | 6",
                "Порядок разрешения равенства | Изменена настройка конкурса | сумма баллов → более ранняя подача"
                        + " | сумма баллов → критерий K3",
                "Места по нормированным баллам | Изменена настройка конкурса | нет | да",
                "Последний день приёма заявок | Изменён срок этапа |  | 31.10.2026",
                "Панорама | Загружено положение о конкурсе |  | Положение.pdf"), russian);
        assertEquals("Open to individual teachers | Contest setting changed | no | yes",
                lines(changes, Locale.ENGLISH).get(1));
    }

    @Test
    void aModeratedTotalReadsWithTheDecimalSeparatorOfTheReadersLanguage() {
        Contest contest = new Contest(new Region("64", "Саратовская область"), 2027,
                ContestSettings.defaults("Панорама"), BY);
        contest.addNomination("Управленческие кейсы", null);
        contest.reschedule(new ContestStages(null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 28)));
        contest.publishCall(LocalDate.of(2026, 9, 25));
        ContestEntry entry = new ContestEntry(contest, contest.getNominations().get(0),
                new Entrant(EntrantKind.SCHOOL, 7, Scope.ofSchool("64", "01", "0101"), "МОУ «СОШ № 1»", "team",
                        "Команда школы"), CaseForm.titled("Кейс о чтении"), LocalDate.of(2026, 10, 10), BY.at());
        List<ContestChange> changes = List.of(
                ContestChange.judged(entry, ContestChange.Kind.MODERATED, null, "12.5", "Расхождение снято", BY),
                ContestChange.judged(entry, ContestChange.Kind.MODERATED, null, "14.50", "Пересмотр", BY),
                ContestChange.judged(entry, ContestChange.Kind.MODERATED, null, "9", "Пересмотр", BY));

        assertEquals(List.of("12,5", "14,5", "9"),
                ContestHistories.lines(changes, Texts.RUSSIAN).stream().map(HistoryLine::to).toList(),
                "as the board writes the total: a decimal comma, no trailing zeros");
        assertEquals(List.of("12.5", "14.5", "9"),
                ContestHistories.lines(changes, Locale.ENGLISH).stream().map(HistoryLine::to).toList());
        assertEquals("Расхождение снято", ContestHistories.lines(changes, Texts.RUSSIAN).get(0).reason());
    }

    private static List<String> lines(List<ContestChange> changes, Locale reader) {
        return ContestHistories.lines(changes, reader).stream()
                .map((HistoryLine l) -> l.subject() + " | " + l.change() + " | " + l.from() + " | " + l.to()).toList();
    }

    @Test
    void everyKindOfChangeEveryEntryStateAndEveryKindOfEntrantHasWordsInBothLanguages() {
        for (Locale reader : List.of(Texts.RUSSIAN, Locale.ENGLISH)) {
            for (ContestChange.Kind kind : ContestChange.Kind.values()) {
                assertFalse(Texts.get(reader, "ContestChangeKind." + kind.name()).isBlank(), kind.name());
            }
            for (ru.portal500.contests.domain.EntryState state : ru.portal500.contests.domain.EntryState.values()) {
                assertFalse(Texts.get(reader, "EntryState." + state.name()).isBlank(), state.name());
            }
            for (ru.portal500.contests.domain.EntrantKind kind : ru.portal500.contests.domain.EntrantKind.values()) {
                assertFalse(Texts.get(reader, "EntrantKind." + kind.name()).isBlank(), kind.name());
            }
            for (EntryField field : EntryField.values()) {
                assertFalse(Texts.get(reader, "contests.entry.field." + field.name()).isBlank(), field.name());
            }
        }
    }
}
