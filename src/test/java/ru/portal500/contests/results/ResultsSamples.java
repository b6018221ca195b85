package ru.portal500.contests.results;

import ru.portal500.contests.judging.ConflictOverride;
import ru.portal500.contests.judging.ConflictReason;
import ru.portal500.contests.judging.JudgingSettings;
import ru.portal500.contests.judging.ModeratedDecision;
import ru.portal500.contests.judging.TieBreakChain;
import ru.portal500.contests.judging.TieBreakStep;
import ru.portal500.expertise.checklist.Answer;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.ChecklistSection;
import ru.portal500.expertise.checklist.Criterion;
import ru.portal500.expertise.checklist.DivergenceRules;
import ru.portal500.expertise.checklist.Mark;
import ru.portal500.expertise.checklist.ScoreSheet;
import ru.portal500.expertise.checklist.VerdictRules;
import ru.portal500.shared.i18n.Texts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small contest whose results show every case the documents must: a tie broken by a criterion (entries 101 and
 * 102), a tie broken by the earlier submission (103 and 104), a moderated decision with an abstention and an
 * overridden conflict (105), a kept conflict (103), an entry not ranked for too few reviews with a draft (106), and a
 * second nomination ranked by normalised scores with a title too long for one line (201–203).
 */
final class ResultsSamples {

    static final Checklist CASES = new Checklist("Панорама методических кейсов", "CONTEST_CASE", 1,
            List.of(ChecklistSection.of("Кейс", Criterion.scale("K1", "Актуальность проблемы", 0, 5),
                    Criterion.scale("K2", "Обоснованность решения", 0, 5),
                    Criterion.scale("K3", "Результативность практики", 0, 10),
                    Criterion.comment("K9", "Замечания жюри"))),
            VerdictRules.DEFAULT, DivergenceRules.DEFAULT);

    static final ZoneId SARATOV = ZoneId.of("Europe/Saratov");
    static final Instant OCTOBER_1 = Instant.parse("2026-10-01T09:00:00Z");
    static final Instant NOVEMBER_10 = Instant.parse("2026-11-10T08:30:00Z");

    static final List<ResultsJuror> JURY = List.of(
            new ResultsJuror("j1", "Иванова Мария Петровна", "Ж-01"),
            new ResultsJuror("j2", "Петров Сергей Иванович", "Ж-02"),
            new ResultsJuror("j3", "Сидорова Анна Викторовна", "Ж-03"),
            new ResultsJuror("j4", "Кузнецов Олег Николаевич", "Ж-04"));

    static final String LONG_TITLE = "Сетевое взаимодействие сельских малокомплектных школ Аткарского, Балашовского "
            + "и Ртищевского районов в подготовке обучающихся к государственной итоговой аттестации по математике "
            + "и физике с использованием дистанционных образовательных технологий";

    static final String ABSTENTION_REASON = "Консультировала авторов кейса при его подготовке";
    static final String OVERRIDE_REASON = "В номинации не хватает членов жюри без конфликта интересов";
    static final String DECISION_REASON = "Оценки разошлись на 16 баллов; организатор изучил кейс и комментарии";
    static final String COMMENT = "Хорошо описаны риски учебной неуспешности";

    private ResultsSamples() {
    }

    static ResourceBundle russian() {
        return Texts.bundle(Texts.RUSSIAN);
    }

    /** A submitted sheet of {@code juror}: K1, K2, K3, and a comment on K1 when given. */
    static ScoreSheet sheet(String juror, int k1, int k2, int k3, String comment) {
        ScoreSheet sheet = new ScoreSheet(CASES, juror);
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("K1", comment == null ? Answer.of(Mark.points(k1)) : Answer.of(Mark.points(k1), comment));
        answers.put("K2", Answer.of(Mark.points(k2)));
        answers.put("K3", Answer.of(Mark.points(k3)));
        sheet.answerAll(answers);
        assertTrue(sheet.submit().isEmpty());
        return sheet;
    }

    static Review review(String juror, int k1, int k2, int k3) {
        return review(juror, k1, k2, k3, null);
    }

    static Review review(String juror, int k1, int k2, int k3, String comment) {
        return new Review(sheet(juror, k1, k2, k3, comment), NOVEMBER_10.minusSeconds(3600L * k3));
    }

    static ResultsEntry entry(long id, String title, int minutes, List<Review> reviews) {
        return new ResultsEntry(id, title, "МБОУ «СОШ № " + id % 100 + " г. Аткарска»",
                List.of("Смирнова Елена Александровна", "Орлов Дмитрий Павлович"),
                OCTOBER_1.plusSeconds(60L * minutes), reviews, null, List.of(), List.of());
    }

    static ContestResults contest() {
        return contest(4);
    }

    /** The sample contest; {@code firstMark} is j1's K1 mark on entry 101 (a different score, another protocol). */
    static ContestResults contest(int firstMark) {
        TieBreakChain chain = TieBreakChain.of(List.of(TieBreakStep.total(), TieBreakStep.criterion("K3"),
                TieBreakStep.earlierSubmission()), CASES);
        List<ResultsEntry> first = new ArrayList<>();
        first.add(entry(101, "Школа полного дня как ресурс профилактики учебной неуспешности", 30, List.of(
                review("j1", firstMark, 4, 8, COMMENT), review("j2", 5, 3, 8), review("j3", 4, 4, 9))));
        first.add(entry(102, "Наставничество «учитель — учитель» в школе с низкими результатами", 10, List.of(
                review("j1", 5, 5, 6), review("j2", 5, 4, 7), review("j3", 5, 5, 7))));
        ResultsEntry tieByTime = entry(103, "Родительский университет", 5, List.of(
                review("j1", 3, 3, 6), review("j2", 3, 3, 6), review("j3", 3, 3, 6)));
        first.add(new ResultsEntry(tieByTime.id(), tieByTime.title(), tieByTime.school(), tieByTime.authors(),
                tieByTime.submittedAt(), tieByTime.reviews(), null, List.of(),
                List.of(new Conflict("j4", Set.of(ConflictReason.HELPED_SCHOOL, ConflictReason.OWN_SCHOOL), null))));
        first.add(entry(104, "Школьная служба медиации", 50, List.of(
                review("j1", 3, 3, 6), review("j2", 3, 3, 6), review("j3", 3, 3, 6))));
        ResultsEntry moderated = entry(105, "Индивидуальные образовательные маршруты в 5–9 классах", 20, List.of(
                review("j1", 5, 5, 10), review("j2", 1, 1, 2), review("j4", 3, 3, 5)));
        first.add(new ResultsEntry(moderated.id(), moderated.title(), moderated.school(), moderated.authors(),
                moderated.submittedAt(), moderated.reviews(),
                ModeratedDecision.record("Организатор Белова Ирина Сергеевна", NOVEMBER_10.plusSeconds(7200),
                        new BigDecimal("14"), DECISION_REASON, CASES),
                List.of(new Abstention("j3", NOVEMBER_10.minusSeconds(86_400), ABSTENTION_REASON)),
                List.of(new Conflict("j4", Set.of(ConflictReason.PAIRED_SCHOOL), ConflictOverride.grant(105, "j4",
                        Set.of(ConflictReason.PAIRED_SCHOOL), OVERRIDE_REASON, "Организатор Белова Ирина Сергеевна",
                        NOVEMBER_10.minusSeconds(172_800))))));
        ScoreSheet draft = new ScoreSheet(CASES, "j2");
        draft.answer("K1", Answer.of(Mark.points(2)));
        first.add(entry(106, "Читательская грамотность через проектную деятельность", 40, List.of(
                review("j1", 2, 2, 4), new Review(draft, null))));
        List<ResultsEntry> second = List.of(
                entry(201, LONG_TITLE, 15, List.of(review("j1", 4, 4, 8), review("j2", 3, 3, 7),
                        review("j4", 5, 4, 9))),
                entry(202, "Цифровая образовательная среда на уроках истории", 25, List.of(review("j1", 3, 3, 6),
                        review("j2", 4, 4, 8), review("j4", 4, 5, 9))),
                entry(203, "Формирующее оценивание в начальной школе", 35, List.of(review("j1", 2, 3, 5),
                        review("j2", 5, 5, 9), review("j4", 3, 3, 7))));
        return new ContestResults("Панорама методических кейсов: эффективные школьные практики",
                "Саратовская область", 2027, LocalDate.parse("2026-11-20"), "Белова Ирина Сергеевна", SARATOV,
                true, Awards.USUAL, JURY, List.of(
                NominationResults.rank("Управленческие практики", CASES, chain, JudgingSettings.DEFAULT, first),
                NominationResults.rank("Педагогические практики", CASES, chain,
                        JudgingSettings.DEFAULT.rankedByNormalisedScores(), second)));
    }
}
