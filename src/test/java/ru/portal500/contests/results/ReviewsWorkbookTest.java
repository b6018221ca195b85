package ru.portal500.contests.results;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.portal500.expertise.checklist.CriterionScore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.contests.results.ResultsSamples.ABSTENTION_REASON;
import static ru.portal500.contests.results.ResultsSamples.COMMENT;
import static ru.portal500.contests.results.ResultsSamples.OVERRIDE_REASON;
import static ru.portal500.contests.results.ResultsSamples.contest;
import static ru.portal500.contests.results.ResultsSamples.russian;

class ReviewsWorkbookTest {

    private final ReviewsWorkbook workbook = new ReviewsWorkbook(russian());

    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                        ? new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
                        .toPlainString() : cell.getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void everyReviewIsARowWithEveryMarkCommentAndTotal() throws IOException {
        ContestResults results = contest();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.write(results,
                ReviewsWorkbook.Reader.ORGANISER)))) {
            assertEquals(List.of("Оценки", "Самоотводы и конфликты", "Рейтинг"),
                    List.of(read.getSheetName(0), read.getSheetName(1), read.getSheetName(2)));
            List<List<String>> rows = rows(read.getSheet("Оценки"));
            List<String> header = rows.get(0);
            assertEquals(List.of("Номинация", "№ работы", "Работа", "Школа", "Авторы", "Место", "Член жюри",
                    "Код члена жюри", "Состояние оценки", "Отправлена", "K1. Актуальность проблемы: балл",
                    "K1. Актуальность проблемы: комментарий", "K2. Обоснованность решения: балл",
                    "K2. Обоснованность решения: комментарий", "K3. Результативность практики: балл",
                    "K3. Результативность практики: комментарий", "K9. Замечания жюри: комментарий", "Итог", "Итог, %",
                    "Конфликт интересов"), header);
            int reviews = 0;
            for (NominationResults nomination : results.nominations()) {
                for (ResultsEntry entry : nomination.entries()) {
                    for (Review review : entry.reviews()) {
                        ResultsJuror juror = ResultsSamples.JURY.stream()
                                .filter(j -> j.id().equals(review.juror())).findFirst().orElseThrow();
                        List<String> row = rows.stream().filter(r -> r.get(1).equals(Long.toString(entry.id()))
                                && r.get(7).equals(juror.code())).findFirst().orElseThrow(
                                () -> new AssertionError("no row for " + entry.id() + " by " + juror.code()));
                        assertEquals(nomination.title(), row.get(0));
                        assertEquals(entry.title(), row.get(2));
                        assertEquals(juror.name(), row.get(6));
                        for (CriterionScore score : review.sheet().scores()) {
                            int column = header.indexOf(score.criterion().code() + ". " + score.criterion().text()
                                    + ": балл");
                            if (score.criterion().isScored()) {
                                assertEquals(score.answer() == null ? "" : score.points().toPlainString(),
                                        row.get(column), entry.id() + " " + score.criterion().code());
                            }
                        }
                        assertEquals(review.sheet().totals().weighted().toPlainString(), row.get(17));
                        assertEquals(review.sheet().isSubmitted() ? "отправлена" : "черновик (не учитывается)",
                                row.get(8));
                        reviews++;
                    }
                }
            }
            assertEquals(reviews, rows.size() - 1, "one row per review, nothing else");
            assertEquals(26, reviews);
            List<String> commented = rows.stream().filter(r -> r.get(1).equals("101") && r.get(7).equals("Ж-01"))
                    .findFirst().orElseThrow();
            assertEquals(COMMENT, commented.get(11));
            assertEquals("10.11.2026 04:30", commented.get(9));
            List<String> overridden = rows.stream().filter(r -> r.get(1).equals("105") && r.get(7).equals("Ж-04"))
                    .findFirst().orElseThrow();
            assertTrue(overridden.get(19).contains(OVERRIDE_REASON), overridden.toString());
        }
    }

    @Test
    void abstentionsConflictsAndTheRankingHaveTheirSheets() throws IOException {
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.write(contest(),
                ReviewsWorkbook.Reader.ORGANISER)))) {
            List<List<String>> others = rows(read.getSheet("Самоотводы и конфликты"));
            assertEquals(4, others.size(), others.toString());
            assertTrue(others.stream().anyMatch(r -> r.get(1).equals("105") && r.get(5).equals("Самоотвод")
                    && r.get(6).equals(ABSTENTION_REASON) && r.get(3).equals("Сидорова Анна Викторовна")));
            assertTrue(others.stream().anyMatch(r -> r.get(1).equals("103") && r.get(5).equals("Конфликт интересов")
                    && r.get(8).contains("Конфликт не снят")));
            List<List<String>> ranking = rows(read.getSheet("Рейтинг"));
            assertEquals(List.of("Управленческие практики", "3", "призёр", "105"), ranking.get(3).subList(0, 4));
            assertEquals("14", ranking.get(3).get(7));
            assertEquals("11.67", ranking.get(3).get(9));
            assertTrue(ranking.get(3).get(12).contains("основание"), ranking.get(3).toString());
            assertEquals(List.of("Управленческие практики", "", "участник", "106"), ranking.get(6).subList(0, 4));
        }
    }

    @Test
    void entrantsOfABlindContestSeeJurorsCodesOnly() throws IOException {
        ContestResults blind = contest();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.write(blind,
                ReviewsWorkbook.Reader.ENTRANTS)))) {
            for (Sheet sheet : read) {
                String all = rows(sheet).toString();
                for (ResultsJuror juror : ResultsSamples.JURY) {
                    assertFalse(all.contains(juror.name()), juror.name() + " in " + sheet.getSheetName());
                }
            }
            List<List<String>> rows = rows(read.getSheet("Оценки"));
            assertEquals("Код члена жюри", rows.get(0).get(6));
            assertEquals(27, rows.size());
        }
        ContestResults open = new ContestResults(blind.title(), blind.region(), blind.year(), blind.confirmedOn(),
                blind.confirmedBy(), blind.zone(), false, blind.awards(), blind.jurors(), blind.nominations());
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.write(open,
                ReviewsWorkbook.Reader.ENTRANTS)))) {
            assertEquals("Член жюри", rows(read.getSheet("Оценки")).get(0).get(6));
        }
    }
}
