package ru.portal500.expertise.conclusion;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.portal500.expertise.checklist.Answer;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.ChecklistSection;
import ru.portal500.expertise.checklist.ChoiceOption;
import ru.portal500.expertise.checklist.Criterion;
import ru.portal500.expertise.checklist.DivergenceRules;
import ru.portal500.expertise.checklist.Mark;
import ru.portal500.expertise.checklist.ScoreAggregate;
import ru.portal500.expertise.checklist.ScoreSheet;
import ru.portal500.expertise.checklist.VerdictRules;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpertConclusionPdfTest {

    private static final String HIDDEN_CRITERION = "Служебная оценка согласованности с концепцией";
    private static final String HIDDEN_COMMENT = "Школа списала программу у соседей";

    private static final Checklist CHECKLIST = new Checklist("Экспертиза программы антирисковых мер",
            "ANTIRISK_PROGRAMME", 2, List.of(
            ChecklistSection.of("Обоснование",
                    Criterion.scale("A1", "Цель программы соответствует выбранному фактору риска", 0, 2)
                            .withWeight(2).asRequired(),
                    Criterion.yesNo("A2", "Проведён самоанализ текущего состояния школы").asRequired()),
            ChecklistSection.of("Меры",
                    Criterion.choice("B1", "Для мер указаны сроки и ответственные",
                            ChoiceOption.of("FULL", "Для всех мер", 2), ChoiceOption.of("PARTIAL", "Для части мер", 1),
                            ChoiceOption.of("NONE", "Не указаны", 0)),
                    Criterion.scale("B2", HIDDEN_CRITERION, 0, 3).hiddenFromSchool()),
            ChecklistSection.of("Служебные отметки", Criterion.comment("C1", "Замечания для координатора")
                    .hiddenFromSchool())),
            VerdictRules.DEFAULT, DivergenceRules.DEFAULT);

    private static final ConclusionHeader HEADER = new ConclusionHeader("МБОУ «СОШ № 1 г. Аткарска»",
            "Программа антирисковых мер «Низкая учебная мотивация обучающихся»", "3", "2",
            "Иванова Мария Петровна", LocalDate.parse("2026-06-15"));

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("ru.portal500.i18n.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private final ExpertConclusionPdf pdf = new ExpertConclusionPdf(bundle("ru"));

    private static ScoreSheet sheet(String expert, int a1, String b1, int b2, String recommendations) {
        ScoreSheet sheet = new ScoreSheet(CHECKLIST, expert);
        sheet.answer("A1", Answer.of(Mark.points(a1), "Цель сформулирована через показатели ВПР"));
        sheet.answer("A2", Answer.of(Mark.yes()));
        sheet.answer("B1", Answer.of(Mark.option(b1), "Сроки указаны не для всех мер"));
        sheet.answer("B2", Answer.of(Mark.points(b2), HIDDEN_COMMENT));
        sheet.answer("C1", Answer.comment("Предложить практику в банк лучших практик"));
        sheet.writeRecommendations(recommendations);
        assertEquals(List.of(), sheet.submit());
        return sheet;
    }

    /** The PDF's text with every run of white space as one space, as a reader would search it. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void theFullConclusionOfOneExpertHasEveryCriterionTotalsVerdictAndRecommendations() throws IOException {
        String text = text(pdf.render(HEADER, sheet("ivanova", 2, "PARTIAL", 3, "Уточнить целевые показатели."),
                ConclusionVariant.FULL));
        for (String expected : List.of("Экспертное заключение", "«Экспертиза программы антирисковых мер», версия 2",
                "Школа: МБОУ «СОШ № 1 г. Аткарска»", "Версия документа: 3", "Раунд экспертизы: 2",
                "Эксперт: Иванова Мария Петровна", "Дата: 15.06.2026", "Обоснование",
                "A1. Цель программы соответствует выбранному фактору риска (обязательный)", "Оценка: 2 из 2; вес 2",
                "Комментарий: Цель сформулирована через показатели ВПР", "Ответ: да",
                "Выбрано: «Для части мер» — 1 из 2", HIDDEN_CRITERION, HIDDEN_COMMENT, "Замечания для координатора",
                "Сумма баллов: 7 из 8", "С учётом весов: 9 из 10 (90 %)", "Заключение Соответствует",
                "Рекомендации Уточнить целевые показатели.", "Страница 1 из 1")) {
            assertTrue(text.contains(expected), () -> expected + " in: " + text);
        }
        assertFalse(text.contains("Черновик"));
    }

    @Test
    void theSchoolsCopyLeavesOutTheCriteriaNotShownToIt() throws IOException {
        String text = text(pdf.render(HEADER, sheet("ivanova", 2, "PARTIAL", 3, "Уточнить целевые показатели."),
                ConclusionVariant.FOR_SCHOOL));
        assertTrue(text.contains("Проведён самоанализ текущего состояния школы"), text);
        assertTrue(text.contains("Сроки указаны не для всех мер"), text);
        assertFalse(text.contains(HIDDEN_CRITERION), text);
        assertFalse(text.contains(HIDDEN_COMMENT), text);
        assertFalse(text.contains("Служебные отметки"), "a section with nothing shown has no heading");
        assertFalse(text.contains("банк лучших практик"), text);
        assertTrue(text.contains("С учётом весов: 9 из 10 (90 %)"), "the official totals");
    }

    @Test
    void percentagesAreRoundedForPeopleWithTheLanguagesDecimalSeparator() throws IOException {
        Checklist thirds = new Checklist("Экспертиза дорожной карты", "ROADMAP", 1, List.of(ChecklistSection.of(
                "Меры", Criterion.scale("R1", "Мероприятия имеют сроки", 0, 3).asRequired())),
                VerdictRules.DEFAULT, DivergenceRules.DEFAULT);
        ScoreSheet sheet = new ScoreSheet(thirds, "ivanova");
        sheet.answer("R1", Answer.of(Mark.points(1)));
        assertEquals(List.of(), sheet.submit());
        String russian = text(pdf.render(HEADER, sheet, ConclusionVariant.FULL));
        assertTrue(russian.contains("С учётом весов: 1 из 3 (33,3 %)"), russian);
        String english = text(new ExpertConclusionPdf(bundle("en")).render(HEADER, sheet, ConclusionVariant.FULL));
        assertTrue(english.contains("(33.3 %)"), english);
    }

    @Test
    void aDraftIsMarkedAsADraft() throws IOException {
        ScoreSheet draft = new ScoreSheet(CHECKLIST, "ivanova");
        draft.answer("A1", Answer.of(Mark.points(1)));
        String text = text(pdf.render(HEADER, draft, ConclusionVariant.FULL));
        assertTrue(text.contains("Черновик: эксперт ещё не отправил оценку."), text);
        assertTrue(text.contains("Оценка не выставлена"), text);
        assertTrue(text.contains("Рекомендаций нет."), text);
    }

    @Test
    void theSchoolsCopyOfSeveralExpertsShowsMeansWithoutNamesOrSpreads() throws IOException {
        ScoreAggregate aggregate = ScoreAggregate.of(List.of(sheet("Иванова М. П.", 2, "FULL", 3, "Первая рекомендация."),
                sheet("Петров И. С.", 1, "PARTIAL", 1, "Вторая рекомендация.")));
        String text = text(pdf.render(HEADER, aggregate, ConclusionVariant.FOR_SCHOOL));
        for (String expected : List.of("Экспертов: 2", "Средняя оценка: 1,5 из 2 (оценок: 2); вес 2",
                "Эксперт 1: Цель сформулирована", "Эксперт 2: Сроки указаны",
                "Средний итог экспертов с учётом весов: 7,5 из 10 (75 %)", "Эксперт 1: Первая рекомендация.",
                "Эксперт 2: Вторая рекомендация.", "Заключение Соответствует с замечаниями")) {
            assertTrue(text.contains(expected), () -> expected + " in: " + text);
        }
        for (String absent : List.of("Иванова М. П.", "Петров И. С.", "Разброс", HIDDEN_CRITERION, HIDDEN_COMMENT,
                "расходятся")) {
            assertFalse(text.contains(absent), () -> absent + " in: " + text);
        }
    }

    @Test
    void theFullCopyOfSeveralExpertsShowsEachExpertSpreadsAndDivergence() throws IOException {
        ScoreAggregate aggregate = ScoreAggregate.of(List.of(sheet("Иванова М. П.", 2, "FULL", 3, ""),
                sheet("Петров И. С.", 0, "NONE", 0, "")));
        assertTrue(aggregate.isDivergent());
        String text = text(pdf.render(HEADER, aggregate, ConclusionVariant.FULL));
        for (String expected : List.of("Оценки экспертов: Иванова М. П. — 2; Петров И. С. — 0",
                "Разброс: 2; стандартное отклонение: 1", "Оценки расходятся больше допустимого (1)",
                "Иванова М. П.: 10 (100 %)", "Петров И. С.: 1 (10 %)", "Разброс итогов: 90\u00a0п.\u00a0п.",
                "нужно согласование", HIDDEN_CRITERION, "Рекомендаций нет.")) {
            assertTrue(text.contains(expected), () -> expected + " in: " + text);
        }
    }

    @Test
    void twentyPagesOfRecommendationsWrapAndRunOntoNumberedPages() throws IOException {
        StringBuilder recommendations = new StringBuilder();
        for (int i = 1; i <= 700; i++) {
            recommendations.append("Рекомендация ").append(i).append(": провести методический семинар для педагогов ")
                    .append("по формированию учебной мотивации обучающихся и обсудить результаты ВПР. ");
            if (i % 10 == 0) {
                recommendations.append('\n');
            }
        }
        recommendations.append("Последняя строка рекомендаций.");
        byte[] bytes = pdf.render(HEADER, sheet("ivanova", 2, "FULL", 3, recommendations.toString()), ConclusionVariant.FULL);
        int pages = pages(bytes);
        assertTrue(pages >= 20, "pages: " + pages);
        String text = text(bytes);
        assertTrue(text.contains("Рекомендация 1: провести"), text.substring(0, 300));
        assertTrue(text.contains("Рекомендация 700: провести"));
        assertTrue(text.contains("Последняя строка рекомендаций."));
        assertTrue(text.contains("Страница " + pages + " из " + pages));
    }

    @Test
    void aWordLongerThanALineIsCutAndUnknownCharactersDoNotBreakThePdf() throws IOException {
        String longWord = "https://portal500.example.ru/" + "очень-длинный-адрес-".repeat(30);
        String text = text(pdf.render(HEADER, sheet("ivanova", 2, "FULL", 3,
                longWord + "\nСмайлик 😀 и\tтабуляция\u0007 и китайский 中文 конец."), ConclusionVariant.FULL));
        assertTrue(text.replace(" ", "").contains(longWord.replace(" ", "")), text);
        assertTrue(text.contains("Смайлик ? и табуляция и китайский ?? конец."), text);
    }

    @Test
    void theFontsAreEmbeddedLiberationSerif() throws IOException {
        byte[] bytes = pdf.render(HEADER, sheet("ivanova", 2, "FULL", 3, ""), ConclusionVariant.FULL);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDResources resources = document.getPage(0).getResources();
            int fonts = 0;
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("LiberationSerif"), font.getName());
                fonts++;
            }
            assertEquals(2, fonts, "regular and bold");
            assertTrue(document.getDocumentInformation().getTitle().startsWith("Экспертное заключение"));
        }
    }

    @Test
    void theConclusionSpeaksTheBundlesLanguage() throws IOException {
        String text = text(new ExpertConclusionPdf(bundle("en")).render(HEADER, sheet("ivanova", 1, "FULL", 3, ""),
                ConclusionVariant.FULL));
        assertTrue(text.contains("Expert conclusion"), text);
        assertTrue(text.contains("Weighted: 8 of 10 (80 %)"), text);
        assertTrue(text.contains("Verdict Conforms Recommendations"), text);
        assertTrue(text.contains("МБОУ «СОШ № 1 г. Аткарска»"), "the caller's Russian stays Russian");
    }
}
