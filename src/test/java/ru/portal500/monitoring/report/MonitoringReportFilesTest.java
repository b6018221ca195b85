package ru.portal500.monitoring.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.portal500.monitoring.application.MonitoringDashboard;
import ru.portal500.monitoring.domain.Share;
import ru.portal500.monitoring.domain.Target;
import ru.portal500.monitoring.domain.Unit;
import ru.portal500.shared.i18n.Texts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonitoringReportFilesTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 31);
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 31);

    private static MonitoringDashboard.View view(LocalDate date, String atkarsky, String balashov, String region) {
        MonitoringDashboard.IndicatorLine onTime = new MonitoringDashboard.IndicatorLine(1, "MEASURES_ON_TIME",
                "Доля мероприятий дорожных карт, выполненных в срок", Unit.PERCENT, BigDecimal.valueOf(100),
                BigDecimal.valueOf(80), Target.Direction.HIGHER_IS_BETTER, "seed 004", true, new BigDecimal(region),
                Target.Light.RED, new Share(1, 3), Arrays.asList(new BigDecimal("50"), new BigDecimal(region)),
                Map.of(Target.Light.RED, 2L, Target.Light.GREEN, 1L),
                List.of(new MonitoringDashboard.PlaceValue(10, "Аткарский район", new BigDecimal(atkarsky),
                                Target.Light.RED),
                        new MonitoringDashboard.PlaceValue(20, "Балашовский район", new BigDecimal(balashov),
                                Target.Light.GREEN)));
        List<MonitoringDashboard.Reporting> places = List.of(
                new MonitoringDashboard.Reporting(10, "Аткарский район", 2, 1, 0, BigDecimal.valueOf(50), BigDecimal.ZERO, 3),
                new MonitoringDashboard.Reporting(20, "Балашовский район", 1, 1, 1, BigDecimal.valueOf(100),
                        BigDecimal.valueOf(100), 0));
        return new MonitoringDashboard.View(2026, "64", "Саратовская область", date, List.of(MAY, OCTOBER),
                date.minusDays(14), true, MonitoringDashboard.Level.REGION, null, null, null, null, true, List.of(onTime), new MonitoringDashboard.Reporting(0, "64", 3, 2, 1,
                new BigDecimal("66.7"), new BigDecimal("33.3"), 3), places);
    }

    @Test
    void theReportGivesEachIndicatorPerMunicipalityWithItsChangeSinceTheLastDate() throws IOException {
        MonitoringReportFiles files = new MonitoringReportFiles(Texts.bundle(Texts.RUSSIAN));
        MonitoringDashboard.View before = view(MAY, "40", "100", "50");
        MonitoringDashboard.View now = view(OCTOBER, "55.5", "100", "62.5");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.xlsx(now, Optional.of(before))))) {
            var sheet = workbook.getSheet("Показатели");
            var header = sheet.getRow(1);
            assertEquals("Единица", header.getCell(1).getStringCellValue());
            assertEquals("Изменение с прошлой даты", header.getCell(4).getStringCellValue());
            assertEquals("Аткарский район", header.getCell(6).getStringCellValue());
            var line = sheet.getRow(2);
            assertEquals("%", line.getCell(1).getStringCellValue());
            assertEquals("не менее 100 %", line.getCell(2).getStringCellValue());
            assertEquals(62.5, line.getCell(3).getNumericCellValue(), "a number, for the analyst to sum and chart");
            assertEquals(12.5, line.getCell(4).getNumericCellValue(), "the region's value at May was 50");
            assertEquals("1 из 3 школ", line.getCell(5).getStringCellValue());
            assertEquals(55.5, line.getCell(6).getNumericCellValue());
            assertEquals(15.5, line.getCell(7).getNumericCellValue(), "Atkarsky's value at May was 40");
            assertEquals(0.0, line.getCell(9).getNumericCellValue(), "Balashov unchanged");
            var reporting = workbook.getSheet("Отчётность");
            assertEquals("Всего по региону", reporting.getRow(3).getCell(0).getStringCellValue());
            assertEquals(3.0, reporting.getRow(3).getCell(4).getNumericCellValue());
        }
        try (PDDocument pdf = Loader.loadPDF(files.pdf(now, Optional.of(before)))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Регион: 62,5 % (+12,5).") && text.contains("Саратовская область") && text.contains("Аткарский район: 55,5 % (+15,5)")
                    && text.contains("отчитались 2 из 3, в срок 1"), text);
        }
    }

    @Test
    void aMunicipalitysReportIsHeadedByItAndTotalsIt() throws IOException {
        MonitoringReportFiles files = new MonitoringReportFiles(Texts.bundle(Texts.RUSSIAN));
        MonitoringDashboard.View region = view(OCTOBER, "55.5", "100", "62.5");
        MonitoringDashboard.View municipal = new MonitoringDashboard.View(region.year(), region.region(),
                region.regionName(), region.date(), region.dates(), region.opensOn(), true,
                MonitoringDashboard.Level.MUNICIPALITY, 10L, "Аткарский район", null, null, false,
                region.indicators(), region.total(), region.places());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.xlsx(municipal, Optional.empty())))) {
            var sheet = workbook.getSheet("Показатели");
            assertEquals("Мониторинг проекта: Аткарский район (Саратовская область), дата мониторинга 31.10.2026",
                    sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Муниципалитет", sheet.getRow(1).getCell(3).getStringCellValue());
            assertEquals("Всего по муниципалитету", workbook.getSheet("Отчётность").getRow(3).getCell(0)
                    .getStringCellValue());
        }
        try (PDDocument pdf = Loader.loadPDF(files.pdf(municipal, Optional.empty()))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Муниципалитет: 62,5 %"), text);
        }
    }
}
