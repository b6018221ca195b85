package ru.portal500.roadmaps.importing;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.portal500.roadmaps.domain.Term;
import ru.portal500.shared.imports.DecodedText;
import ru.portal500.shared.imports.ImportProblem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A school's plan table as the seeds lay it out, as CSV (UTF-8, CP1251) and XLSX; problems by line and column. */
class PlanTablesTest {

    private static final int SCHOOL_YEAR = 2026;

    private static final String TABLE = """
            План мероприятий («дорожная карта») МБОУ СОШ № 1 на 2025/26 учебный год;;;;;
            № п/п;Мероприятие;Сроки;Ответственные;Результат/показатель;Примечание
            1. Организационные мероприятия;;;;;
            1.1;Создание рабочей группы;до 30 сентября;Директор;Приказ о рабочей группе;
            1.2;Анализ результатов ВПР;октябрь–ноябрь;Заместитель директора по УВР;Аналитическая справка;по плану ИМЦ
            2. Работа с педагогами;;;;;
            2.1;Курсы повышения квалификации;в течение учебного года;Методист;Доля прошедших курсы 100 %;
            """;

    @Test
    void aTableUnderItsTitleGivesItsMeasuresInSectionsWithTheirTermsRead() {
        PlanTables.Reading reading = PlanTables.read(TABLE.getBytes(StandardCharsets.UTF_8), SCHOOL_YEAR);
        assertTrue(reading.usable(), reading.problems().toString());
        List<PlanTables.PlanLine> lines = reading.lines();
        assertEquals(3, lines.size(), lines.toString());
        PlanTables.PlanLine first = lines.get(0);
        assertEquals("1.1", first.number());
        assertEquals("1. Организационные мероприятия", first.section());
        assertEquals("Создание рабочей группы", first.measure());
        assertEquals(Term.due(LocalDate.of(2025, 9, 30)), first.term());
        assertEquals("до 30 сентября", first.termAsWritten(), "kept as written, to be shown beside its reading");
        assertEquals(new Term(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 30)), lines.get(1).term());
        assertEquals("2. Работа с педагогами", lines.get(2).section());
        assertEquals(new Term(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31)), lines.get(2).term());
        assertEquals(4, first.line(), "the line as the spreadsheet shows it");
    }

    @Test
    void aCp1251FileReadsTheSame() {
        PlanTables.Reading reading = PlanTables.read(TABLE.getBytes(DecodedText.CP1251), SCHOOL_YEAR);
        assertTrue(reading.usable(), reading.problems().toString());
        assertEquals("Анализ результатов ВПР", reading.lines().get(1).measure());
    }

    @Test
    void everyProblemIsToldByLineAndColumnAndNothingIsGiven() {
        String table = """
                №;Мероприятие;Сроки;Ответственные
                1;Создание рабочей группы;в течение года;Директор
                2;;до 31 июня;Заместитель директора
                3;Педсовет по итогам;ежемесячно;
                4;Открытые уроки;01.12.2025;Методист
                """;
        PlanTables.Reading reading = PlanTables.read(table.getBytes(StandardCharsets.UTF_8), SCHOOL_YEAR);
        assertFalse(reading.usable());
        assertTrue(reading.lines().isEmpty(), "nothing applied from a table with a problem");
        List<String> where = reading.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.messageKey())
                .toList();
        assertEquals(List.of("2 Сроки roadmaps.term.whichYear", "3 Мероприятие roadmaps.import.empty",
                "3 Сроки roadmaps.term.noSuchDate", "4 Ответственные roadmaps.import.empty",
                "4 Сроки roadmaps.term.recurring"), where);
    }

    @Test
    void aTableWithoutTheColumnsSaysWhichIsMissing() {
        PlanTables.Reading reading = PlanTables.read("№;Мероприятие;Ответственные\n1;Педсовет;Директор\n"
                .getBytes(StandardCharsets.UTF_8), SCHOOL_YEAR);
        assertEquals(List.of("import.error.column.missing"), reading.problems().stream()
                .map(ImportProblem::messageKey).toList());
        assertEquals("Сроки", reading.problems().get(0).arguments()[0]);
        assertEquals("import.error.empty", PlanTables.read(new byte[0], SCHOOL_YEAR).problems().get(0).messageKey());
    }

    @Test
    void aSpreadsheetWithATitleRowAndAFormulaIsReadAndTheFormulaRefused() throws IOException {
        byte[] plain = xlsx(false);
        PlanTables.Reading reading = PlanTables.read(plain, SCHOOL_YEAR);
        assertTrue(reading.usable(), reading.problems().toString());
        assertEquals("Мониторинг показателей", reading.lines().get(0).measure());
        assertEquals(new Term(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)), reading.lines().get(0).term());

        PlanTables.Reading withFormula = PlanTables.read(xlsx(true), SCHOOL_YEAR);
        assertFalse(withFormula.usable());
        assertTrue(withFormula.lines().isEmpty());
        assertEquals(3, withFormula.problems().get(0).line(), withFormula.problems().toString());
    }

    private static byte[] xlsx(boolean formula) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("План");
            sheet.createRow(0).createCell(0).setCellValue("Дорожная карта школы");
            XSSFRow header = sheet.createRow(1);
            String[] names = {"№", "Мероприятие", "Сроки", "Ответственные", "Результат"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            XSSFRow row = sheet.createRow(2);
            row.createCell(0).setCellValue("1");
            row.createCell(1).setCellValue("Мониторинг показателей");
            row.createCell(2).setCellValue("II квартал 2026");
            row.createCell(3).setCellValue("Заместитель директора по УВР");
            if (formula) {
                row.createCell(4).setCellFormula("1+1");
            } else {
                row.createCell(4).setCellValue("Справка");
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /**
     * Seed 004's kind of plan table in a spreadsheet: a section's title merged across the row, one responsible person
     * and one term merged down over three measures. Each measure gets them; the section stays a section.
     */
    @Test
    void cellsMergedDownGiveTheirValueToEachRowAndASectionMergedAcrossStaysASection() throws IOException {
        byte[] merged;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("План");
            String[] names = {"№", "Мероприятие", "Сроки", "Ответственные", "Результат"};
            XSSFRow header = sheet.createRow(0);
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            sheet.createRow(1).createCell(0).setCellValue("1. Работа с педагогами");
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 1, 0, 4));
            String[] measures = {"Курсы повышения квалификации", "Методический семинар", "Открытые уроки"};
            for (int i = 0; i < measures.length; i++) {
                XSSFRow row = sheet.createRow(2 + i);
                row.createCell(0).setCellValue("1." + (i + 1));
                row.createCell(1).setCellValue(measures[i]);
                row.createCell(4).setCellValue("Протокол");
                if (i == 0) {
                    row.createCell(2).setCellValue("до 30 апреля");
                    row.createCell(3).setCellValue("Заместитель директора по УВР");
                }
            }
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 4, 2, 2));
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 4, 3, 3));
            book.write(out);
            merged = out.toByteArray();
        }
        PlanTables.Reading reading = PlanTables.read(merged, SCHOOL_YEAR);
        assertTrue(reading.usable(), reading.problems().toString());
        assertEquals(3, reading.lines().size(), reading.lines().toString());
        for (PlanTables.PlanLine line : reading.lines()) {
            assertEquals("1. Работа с педагогами", line.section());
            assertEquals(Term.due(LocalDate.of(2026, 4, 30)), line.term(), line.toString());
            assertEquals("Заместитель директора по УВР", line.responsible(), line.toString());
        }
    }
}
