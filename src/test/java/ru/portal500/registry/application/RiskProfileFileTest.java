package ru.portal500.registry.application;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.registry.domain.RiskFactorCatalogue;
import ru.portal500.registry.domain.Significance;
import ru.portal500.shared.imports.DecodedText;
import ru.portal500.shared.imports.ImportProblem;
import ru.portal500.tenancy.domain.Region;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.portal500.registry.domain.Significance.HIGH;
import static ru.portal500.registry.domain.Significance.LOW;
import static ru.portal500.registry.domain.Significance.MEDIUM;

class RiskProfileFileTest {

    private static final List<RiskFactor> FACTORS = RiskFactorCatalogue.seed(new Campaign(
            new Region("64", "Саратовская область"), 2026, "500+ 2025/26",
            new CampaignSchedule(null, null, null, null, null, null, null, List.of())), List.of());
    private static final Set<String> MINE = Set.of("atkarsky");
    private static final Map<String, Boolean> SCHOOLS = Map.of("atkarsky/atk-1", true, "atkarsky/atk-2", true,
            "atkarsky/atk-3", false);

    private static RiskProfileFile read(String csv) {
        return read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static RiskProfileFile read(byte[] file) {
        return RiskProfileFile.read(file, FACTORS, MINE, SCHOOLS);
    }

    @Test
    void factorsByPositionWithValuesInEveryAcceptedSpelling() {
        RiskProfileFile file = read("Муниципалитет (код);Код школы;1;2;3\n"
                + "atkarsky;atk-1;высокая;Средняя;НИЗКАЯ\n"
                + "atkarsky;atk-2;В;с;high\n");
        assertEquals(List.of(), file.problems());
        assertEquals(List.of(
                new RiskProfileFile.Line(2, "atkarsky", "atk-1", Map.of(1, HIGH, 2, MEDIUM, 3, LOW)),
                new RiskProfileFile.Line(3, "atkarsky", "atk-2", Map.of(1, HIGH, 2, MEDIUM, 3, HIGH))), file.lines());
    }

    @Test
    void factorsByTitleInAWindows1251File() {
        byte[] file = ("Код муниципалитета;Код школы;Низкий уровень вовлечённости родителей;"
                + "10. Низкая учебная мотивация обучающихся\natkarsky;atk-1;низкая;Высокая\n")
                .getBytes(DecodedText.CP1251);
        RiskProfileFile read = read(file);
        assertEquals(List.of(), read.problems());
        assertEquals(Map.of(9, LOW, 10, HIGH), read.lines().get(0).significances());
    }

    @Test
    void everyBadCellIsReportedByLineAndColumn() {
        RiskProfileFile file = read("Муниципалитет (код);Код школы;1;2\n"
                + "atkarsky;atk-9;высокая;низкая\n"
                + "atkarsky;atk-3;высокая;низкая\n"
                + "balashovsky;bal-2;высокая;низкая\n"
                + "atkarsky;atk-1;очень;\n"
                + "atkarsky;atk-2;в;н\n"
                + "atkarsky;atk-2;с;с\n");
        assertEquals(List.of(
                new ImportProblem(2, "Код школы", "import.error.school", "atk-9"),
                new ImportProblem(3, "Код школы", "risk.import.error.notSupported", "atk-3"),
                new ImportProblem(4, "Муниципалитет (код)", "import.error.municipality", "balashovsky"),
                new ImportProblem(5, "1", "risk.import.error.significance", "очень"),
                new ImportProblem(5, "2", "import.error.required"),
                new ImportProblem(7, "Код школы", "import.error.duplicate", "atk-2", 6)), file.problems());
    }

    @Test
    void wrongColumnsStopTheFileAtItsHeader() {
        assertEquals(List.of(new ImportProblem(1, "11", "import.error.column.unknown", "11")),
                read("Муниципалитет (код);Код школы;1;11\natkarsky;atk-1;в;в\n").problems());
        assertEquals(List.of(new ImportProblem(1, "Код школы", "import.error.column.missing", "Код школы")),
                read("Муниципалитет (код);1\natkarsky;в\n").problems());
        assertEquals(List.of(new ImportProblem(1, null, "risk.import.error.noFactors")),
                read("Муниципалитет (код);Код школы\natkarsky;atk-1\n").problems());
        assertEquals(List.of(new ImportProblem(1, "Дефицит педагогических кадров", "import.error.column.twice",
                "Дефицит педагогических кадров")), read("Муниципалитет (код);Код школы;2;Дефицит педагогических кадров\n"
                + "atkarsky;atk-1;в;в\n").problems());
    }

    @Test
    void emptyGarbledAndOverlongFilesAreRefusedWhole() {
        assertEquals(List.of(ImportProblem.ofFile("import.error.empty")), read(new byte[0]).problems());
        assertEquals(List.of(ImportProblem.ofFile("import.error.empty")), read("Муниципалитет (код);Код школы;1\n").problems());
        String mojibake = new String("atkarsky;atk-1;высокая\n".getBytes(StandardCharsets.UTF_8), DecodedText.CP1251);
        assertEquals(List.of(new ImportProblem(2, null, "import.error.garbled")),
                read("Муниципалитет (код);Код школы;1\n" + mojibake).problems());
        StringBuilder huge = new StringBuilder("Муниципалитет (код);Код школы;1\n");
        huge.append("atkarsky;atk-1;в\n".repeat(SchoolDirectoryFile.MAX_ROWS + 1));
        assertEquals(List.of(ImportProblem.ofFile("import.error.tooLong", SchoolDirectoryFile.MAX_ROWS + 1,
                SchoolDirectoryFile.MAX_ROWS)), read(huge.toString()).problems());
    }

    @Test
    void aFormulaInAnXlsxCellIsAProblemNotAValue() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet();
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("Муниципалитет (код)");
            header.createCell(1).setCellValue("Код школы");
            header.createCell(2).setCellValue("1");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("atkarsky");
            row.createCell(1).setCellValue("atk-1");
            row.createCell(2).setCellFormula("\"высокая\"");
            workbook.write(out);
            RiskProfileFile file = read(out.toByteArray());
            assertEquals(List.of(new ImportProblem(2, "1", "import.error.formula"),
                    new ImportProblem(2, "1", "import.error.required")), file.problems());
            assertEquals(List.of(), file.lines());
        }
    }

    @Test
    void aSignificanceIsReadTheWaySignificanceParsesIt() {
        assertEquals(Significance.parse("Высокая").orElseThrow(), read("Муниципалитет (код);Код школы;1\n"
                + "atkarsky;atk-1;Высокая\n").lines().get(0).significances().get(1));
    }
}
