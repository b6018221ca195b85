package ru.portal500.contests.results;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.portal500.contests.judging.JudgingSettings;
import ru.portal500.contests.judging.TieBreakChain;
import ru.portal500.expertise.checklist.CriterionScore;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.contests.results.ResultsSamples.ABSTENTION_REASON;
import static ru.portal500.contests.results.ResultsSamples.COMMENT;
import static ru.portal500.contests.results.ResultsSamples.DECISION_REASON;
import static ru.portal500.contests.results.ResultsSamples.LONG_TITLE;
import static ru.portal500.contests.results.ResultsSamples.OVERRIDE_REASON;
import static ru.portal500.contests.results.ResultsSamples.contest;
import static ru.portal500.contests.results.ResultsSamples.russian;

class ContestProtocolTest {

    private final ContestProtocol protocol = new ContestProtocol(russian());

    /** The PDF's text with every run of white space (line ends of wrapped lines too) as one space. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** The text without the page footers, which may fall between any two lines. */
    private String body(ContestResults results) throws IOException {
        return text(protocol.render(results).pdf()).replaceAll(" ?Страница \\d+ из \\d+ ?", " ");
    }

    @Test
    void theHeaderNamesTheContestAndWhoConfirmedItInCyrillic() throws IOException {
        String text = body(contest());
        assertTrue(text.startsWith("Протокол подведения итогов конкурса «Панорама методических кейсов: эффективные "
                + "школьные практики» Регион: Саратовская область Учебный год: 2026/27 Итоги утверждены: 20.11.2026 "
                + "Итоги утвердил(а): Белова Ирина Сергеевна Оценивание: слепое"), text.substring(0, 300));
        assertTrue(text.contains("Награды: победитель — место 1, призёры — места 2–3"), text);
        assertTrue(text.contains("Состав жюри Иванова Мария Петровна (Ж-01) Петров Сергей Иванович (Ж-02) "
                + "Сидорова Анна Викторовна (Ж-03) Кузнецов Олег Николаевич (Ж-04)"), text);
    }

    @Test
    void everyScoreOfEveryJurorOnEveryCriterionIsThereInOrder() throws IOException {
        ContestResults results = contest();
        String text = body(results);
        int scores = text.indexOf("Оценки членов жюри, самоотводы и конфликты интересов");
        int checked = 0;
        for (NominationResults nomination : results.nominations()) {
            scores = text.indexOf("Оценки членов жюри, самоотводы и конфликты интересов", scores);
            assertTrue(scores > 0, nomination.title());
            for (ResultsEntry entry : nomination.inProtocolOrder()) {
                int at = text.indexOf("«" + entry.title() + "» (№ " + entry.id() + ")", scores);
                assertTrue(at > 0, "entry " + entry.id() + " in the scores");
                for (Review review : entry.reviews()) {
                    ResultsJuror juror = ResultsSamples.JURY.stream().filter(j -> j.id().equals(review.juror()))
                            .findFirst().orElseThrow();
                    at = after(text, juror.name() + " (" + juror.code() + "): ", at);
                    for (CriterionScore score : review.sheet().scores()) {
                        if (!score.criterion().isScored()) {
                            continue;
                        }
                        String mark = score.answer() == null ? "нет оценки"
                                : score.points().intValue() + " из " + score.criterion().highest().intValue();
                        at = after(text, score.criterion().code() + " — " + mark, at);
                        checked++;
                    }
                    at = after(text, "итог: " + review.sheet().totals().weighted().intValue() + " из 20", at);
                }
                scores = at;
            }
        }
        assertEquals(3 * (3 * 5 + 2 + 3 * 3), checked, "marks checked: 6 entries and 3 entries, 3 reviews each, "
                + "one with a single review and a draft");
        assertTrue(text.contains("Иванова Мария Петровна (Ж-01): оценка отправлена 10.11.2026 04:30. K1 — 4 из 5; "
                + "K2 — 4 из 5; K3 — 8 из 10; итог: 16 из 20 (80 %). K1, комментарий: " + COMMENT), text);
        assertTrue(text.contains("Критерии чек-листа: K1 — Актуальность проблемы (0–5); K2 — Обоснованность решения "
                + "(0–5); K3 — Результативность практики (0–10); K9 — Замечания жюри (комментарий)."), text);
        assertTrue(text.contains("Петров Сергей Иванович (Ж-02): черновик, оценка не отправлена и не учитывается"),
                text);
    }

    private static int after(String text, String expected, int from) {
        int at = text.indexOf(expected, from);
        assertTrue(at >= 0, "«" + expected + "» after position " + from + " in: "
                + text.substring(from, Math.min(text.length(), from + 600)));
        return at + expected.length();
    }

    @Test
    void placesAwardsAndTotalsWithTheNormalisedMeanBesideTheRawOneWhenNormalised() throws IOException {
        String text = body(contest());
        assertTrue(text.contains("1 место (победитель): «Школа полного дня как ресурс профилактики учебной "
                + "неуспешности» (№ 101)"), text);
        assertTrue(text.contains("2 место (призёр): «Наставничество «учитель — учитель» в школе с низкими "
                + "результатами» (№ 102)"), text);
        assertTrue(text.contains("3 место (призёр): «Индивидуальные образовательные маршруты в 5–9 классах» (№ 105)"
                + " Школа: МБОУ «СОШ № 5 г. Аткарска»; авторы: Смирнова Елена Александровна, Орлов Дмитрий Павлович; "
                + "работа подана 01.10.2026 13:20. Итоговый балл: 14 из 20 (балл по решению организатора); "
                + "средний балл жюри: 11,67; оценок: 3."), text);
        assertTrue(text.contains("4 место (участник): «Родительский университет» (№ 103)"), text);
        int second = text.indexOf("Номинация «Педагогические практики»");
        assertFalse(text.substring(0, second).contains("нормированный"), "the first nomination ranks by raw means");
        assertTrue(text.substring(second).contains("Итоговый балл: 15,8 из 20 (нормированный средний балл жюри); "
                + "средний балл жюри: 15,67; нормированный средний балл (z-оценки): 15,8; оценок: 3."), text);
    }

    @Test
    void eachTieBreakIsWrittenInWords() throws IOException {
        String text = body(contest());
        assertTrue(text.contains("Места 1 и 2: работы «Школа полного дня как ресурс профилактики учебной "
                + "неуспешности» (№ 101) и «Наставничество «учитель — учитель» в школе с низкими результатами» (№ 102)"
                + " равны по шагам: общий балл. Выше работа «Школа полного дня как ресурс профилактики учебной "
                + "неуспешности» (№ 101) по шагу 2 «балл по критерию K3»: 8,33 против 6,67."), text);
        assertTrue(text.contains("Места 4 и 5: работы «Родительский университет» (№ 103) и «Школьная служба "
                + "медиации» (№ 104) равны по шагам: общий балл; балл по критерию K3. Выше работа «Родительский "
                + "университет» (№ 103) по шагу 3 «более ранняя подача работы»: 01.10.2026 13:05:00 против "
                + "01.10.2026 13:50:00."), text);
        assertTrue(text.contains("Порядок ранжирования: общий балл → балл по критерию K3 → более ранняя подача "
                + "работы → номер работы"), text);
        assertTrue(text.contains("Равенства, которое пришлось бы разрешать, нет"), "the second nomination has none");
    }

    @Test
    void everyAbstentionAndConflictWithTheOverridesReason() throws IOException {
        String text = body(contest());
        assertTrue(text.contains("Самоотвод: Сидорова Анна Викторовна (Ж-03), 09.11.2026 12:30; причина: "
                + ABSTENTION_REASON), text);
        assertTrue(text.contains("Конфликт интересов: Кузнецов Олег Николаевич (Ж-04) — Школа, подавшая работу, в "
                + "паре со школой члена жюри. Конфликт снят организатором (Организатор Белова Ирина Сергеевна, "
                + "08.11.2026 12:30); основание: " + OVERRIDE_REASON), text);
        assertTrue(text.contains("Конфликт интересов: Кузнецов Олег Николаевич (Ж-04) — Работа подана школой, в "
                + "которой работает член жюри; Член жюри — куратор, наставник или тьютор школы, подавшей работу. "
                + "Конфликт не снят: член жюри работу не оценивал."), text);
    }

    @Test
    void moderatedDecisionsStandApartFromTheJurorsScores() throws IOException {
        String text = body(contest());
        int decisions = text.indexOf("Решения организатора (отдельно от оценок членов жюри)");
        int scores = text.indexOf("Оценки членов жюри, самоотводы и конфликты интересов");
        assertTrue(decisions > 0 && decisions < scores, text);
        assertTrue(text.substring(decisions, scores).contains("«Индивидуальные образовательные маршруты в 5–9 "
                + "классах» (№ 105): балл 14 из 20; решение принял(а) Организатор Белова Ирина Сергеевна, "
                + "10.11.2026 14:30; основание: " + DECISION_REASON), text);
        assertFalse(text.substring(scores).contains(DECISION_REASON), "the decision is not among the scores");
        assertTrue(text.contains("«Читательская грамотность через проектную деятельность» (№ 106). Не ранжируется: "
                + "отправлено оценок 1 из 3 необходимых."), text);
    }

    @Test
    void theSameResultsGiveTheSameBytesAndSha256() throws NoSuchAlgorithmException {
        FrozenProtocol first = protocol.render(contest());
        FrozenProtocol second = new ContestProtocol(russian()).render(contest());
        assertArrayEquals(first.pdf(), second.pdf());
        assertEquals(first.sha256(), second.sha256());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first.pdf())),
                first.sha256());
        assertTrue(first.sha256().matches("[0-9a-f]{64}"), first.sha256());
    }

    @Test
    void anotherScoreGivesAnotherSha256() {
        FrozenProtocol four = protocol.render(contest(4));
        FrozenProtocol three = protocol.render(contest(3));
        assertNotEquals(four.sha256(), three.sha256());
        ContestResults results = contest(4);
        FrozenProtocol otherDay = protocol.render(results.confirmed(results.confirmedOn().plusDays(1),
                results.confirmedBy()));
        assertNotEquals(four.sha256(), otherDay.sha256());
    }

    @Test
    void aLongContestRunsOverManyPagesAndLongNamesWrapWhole() throws IOException {
        ContestResults sample = contest();
        List<ResultsEntry> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(ResultsSamples.entry(1_000 + i, LONG_TITLE + " — вариант " + i, i, List.of(
                    ResultsSamples.review("j1", i % 6, 3, 5), ResultsSamples.review("j2", 4, i % 6, 7),
                    ResultsSamples.review("j4", 2, 5, i % 11))));
        }
        TieBreakChain chain = TieBreakChain.standard();
        ContestResults results = new ContestResults(sample.title(), sample.region(), sample.year(),
                sample.confirmedOn(), sample.confirmedBy(), sample.zone(), false, new Awards(2, 0), sample.jurors(),
                List.of(NominationResults.rank("Большая номинация с очень длинным названием, которое не помещается в "
                        + "одну строку заголовка протокола и должно перенестись целиком", ResultsSamples.CASES, chain,
                        JudgingSettings.DEFAULT, many)));
        byte[] pdf = protocol.render(results).pdf();
        assertTrue(pages(pdf) > 10, "pages: " + pages(pdf));
        String text = text(pdf).replaceAll(" ?Страница \\d+ из \\d+ ?", " ");
        assertTrue(text.contains("Номинация «Большая номинация с очень длинным названием, которое не помещается в "
                + "одну строку заголовка протокола и должно перенестись целиком»"), text.substring(0, 2000));
        for (int i = 0; i < 60; i++) {
            String heading = "«" + LONG_TITLE + " — вариант " + i + "» (№ " + (1_000 + i) + ")";
            assertTrue(text.indexOf(heading, text.indexOf("Оценки членов жюри")) > 0, heading);
        }
        assertTrue(text.contains("Оценивание: открытое"), text.substring(0, 800));
        assertTrue(text.contains("Награды: победитель — место 1–2, остальные участники получают сертификаты"),
                text.substring(0, 800));
        assertTrue(text.contains("Страница") || pages(pdf) > 10);
        assertTrue(text(pdf).contains("Страница " + pages(pdf) + " из " + pages(pdf)));
    }

    @Test
    void aWeightedCriterionSaysItsWeightInTheLegend() {
        ResultsWords words = new ResultsWords(new ru.portal500.shared.pdf.DocumentTexts(ResultsSamples.russian()),
                ResultsSamples.contest());
        assertEquals("P1 — Актуальность проблемы (0–3; вес ×2)", words.criterion(
                ru.portal500.expertise.checklist.Criterion.scale("P1", "Актуальность проблемы", 0, 3).withWeight(2)));
        assertEquals("P2 — Обоснованность (0–3)", words.criterion(
                ru.portal500.expertise.checklist.Criterion.scale("P2", "Обоснованность", 0, 3)));
    }
}
