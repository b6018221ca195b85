package ru.portal500.registry.application;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.portal500.registry.domain.SchoolEntry;
import ru.portal500.shared.imports.ImportProblem;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.domain.Locality;
import ru.portal500.tenancy.domain.SchoolDetails;
import ru.portal500.tenancy.domain.SchoolKind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An export opens again as an import, as CSV and as XLSX; formulas in a workbook are refused. */
class SchoolDirectoryRoundTripTest {

    private static final List<SchoolEntry> SCHOOLS = List.of(
            new SchoolEntry(2, "atkarsky", "atk-1", "МБОУ «СОШ № 1; г. Аткарска»",
                    new SchoolDetails("СОШ № 1", SchoolKind.GYMNASIUM, Locality.URBAN, "г. Аткарск",
                            "ул. \"Ленина\", 1", "+7 (84552) 3-12-34", "s1@mail.ru", "Петрова А. И."), null),
            new SchoolEntry(3, "atkarsky", "atk-1f", "Филиал в с. Озёрное",
                    new SchoolDetails(null, SchoolKind.BASIC, Locality.RURAL, "с. Озёрное", null, null, null, null),
                    "atk-1"));

    private static List<SchoolEntry> readBack(byte[] file) {
        SchoolDirectoryFile read = SchoolDirectoryFile.read(file, Set.of("atkarsky"));
        assertEquals(List.of(), read.problems());
        return read.rows();
    }

    @Test
    void csvExportReadsBackAsTheSameSchools() {
        assertEquals(SCHOOLS, readBack(SchoolDirectoryExport.csv(SCHOOLS, Texts.RUSSIAN)));
        assertEquals(SCHOOLS, readBack(SchoolDirectoryExport.csv(SCHOOLS, Locale.ENGLISH)), "English headings are read too");
    }

    @Test
    void xlsxExportReadsBackAsTheSameSchools() {
        assertEquals(SCHOOLS, readBack(SchoolDirectoryExport.xlsx(SCHOOLS, Texts.RUSSIAN)));
        assertEquals(SCHOOLS, readBack(SchoolDirectoryExport.xlsx(SCHOOLS, Locale.ENGLISH)));
    }

    @Test
    void theExportIsWrittenInTheReadersLanguage() {
        assertEquals(SchoolDirectoryExport.KEYS.stream().map(SchoolDirectoryFile.COLUMNS::title).toList(),
                SchoolDirectoryExport.header(Texts.RUSSIAN), "Russian headings are the import's own");
        String english = new String(SchoolDirectoryExport.csv(SCHOOLS, Locale.ENGLISH), StandardCharsets.UTF_8);
        assertTrue(english.startsWith("\uFEFFMunicipality;School code;Full name;"), english);
        assertTrue(english.contains(";urban;") && english.contains(";rural;"), english);
        assertEquals("Schools-64", SchoolDirectoryExport.fileName("64", Locale.ENGLISH));
        assertEquals("Школы-64", SchoolDirectoryExport.fileName("64", Texts.RUSSIAN));
    }

    @Test
    void valuesThatLookLikeFormulasAreDefused() {
        assertEquals("'=HYPERLINK(\"x\")", ru.portal500.shared.imports.CsvCells.safe("=HYPERLINK(\"x\")"));
        assertEquals("'+7 900", ru.portal500.shared.imports.CsvCells.safe("+7 900"));
        assertEquals("СОШ", ru.portal500.shared.imports.CsvCells.safe("СОШ"));
    }

    @Test
    void formulasInAWorkbookAreProblemsByLineAndColumn() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Школы");
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("Муниципалитет (код)");
            header.createCell(1).setCellValue("Код школы");
            header.createCell(2).setCellValue("Полное наименование");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("atkarsky");
            row.createCell(1).setCellValue("atk-5");
            row.createCell(2).setCellFormula("CONCATENATE(\"СОШ № \",5)");
            workbook.write(out);
            file = out.toByteArray();
        }
        SchoolDirectoryFile read = SchoolDirectoryFile.read(file, Set.of("atkarsky"));
        assertTrue(read.problems().contains(new ImportProblem(2, "Полное наименование", "import.error.formula")),
                read.problems().toString());
    }

    @Test
    void aDamagedWorkbookIsSaidToBeUnreadable() {
        byte[] damaged = {'P', 'K', 3, 4, 0, 0, 0, 1, 2, 3};
        assertEquals(List.of(ImportProblem.ofFile("import.error.unreadable")),
                SchoolDirectoryFile.read(damaged, Set.of("atkarsky")).problems());
    }
}
