package ru.portal500.shared.imports;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.shared.imports.ImportColumns.optional;
import static ru.portal500.shared.imports.ImportColumns.required;

/**
 * Files as spreadsheets save them: Excel's «Текст в Юникоде» (Unicode text) is UTF-16LE with a BOM and tabs
 * between the cells; other programs write UTF-16 without a BOM or big-endian.
 */
class ImportFilesTest {

    private static final ImportColumns COLUMNS = ImportColumns.of(
            required("code", "Код школы", "code"),
            required("name", "Полное наименование", "name"),
            optional("head", "Руководитель", "head"));

    private static final String EXCEL_UNICODE_TEXT = "Код школы\tПолное наименование\tРуководитель\r\n"
            + "atk-1\tМБОУ «СОШ № 1 г. Аткарска»\tЁлкина Анна Сергеевна\r\n"
            + "atk-2\t\"Лицей; «Ступени»\"\t\r\n";

    @Test
    void excelUnicodeTextIsReadWithItsTabs() {
        assertReadAsExcelWroteIt(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE));
    }

    @Test
    void bigEndianUtf16WithABomIsRead() {
        assertReadAsExcelWroteIt(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE));
    }

    @Test
    void utf16WithoutABomIsRecognisedByItsZeroBytes() {
        assertReadAsExcelWroteIt(EXCEL_UNICODE_TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertReadAsExcelWroteIt(EXCEL_UNICODE_TEXT.getBytes(StandardCharsets.UTF_16BE));
    }

    @Test
    void aLatinOnlyUtf16FileWithoutABomIsRecognisedToo() {
        String latin = "code\tname\r\natk-1\tSchool No. 1\r\n";
        ImportFiles.Checked checked = ImportFiles.load(latin.getBytes(StandardCharsets.UTF_16LE), COLUMNS, 100);
        assertEquals(List.of(), checked.problems());
        assertEquals(List.of("atk-1", "School No. 1"), checked.table().rows().get(0).fields());
    }

    @Test
    void aFileThatIsNoTextIsRefusedInWordsWithoutItsBytesInTheMessage() {
        byte[] binary = new byte[600];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7 == 0 ? 0 : 'A' + i % 26);
        }
        binary[0] = (byte) 0xD0; // an old .xls begins D0 CF 11 E0
        binary[1] = (byte) 0xCF;
        binary[2] = 0x11;
        binary[3] = (byte) 0xE0;
        ImportFiles.Checked checked = ImportFiles.load(binary, COLUMNS, 100);
        assertFalse(checked.usable());
        assertEquals(List.of(ImportProblem.ofFile("import.error.notText")), checked.problems());
    }

    private static void assertReadAsExcelWroteIt(byte[] file) {
        ImportFiles.Checked checked = ImportFiles.load(file, COLUMNS, 100);
        assertEquals(List.of(), checked.problems());
        assertTrue(checked.usable());
        assertEquals('\t', checked.table().delimiter());
        assertEquals(List.of("Код школы", "Полное наименование", "Руководитель"), checked.table().header());
        assertEquals(List.of(
                new ImportTable.Row(2, List.of("atk-1", "МБОУ «СОШ № 1 г. Аткарска»", "Ёлкина Анна Сергеевна")),
                new ImportTable.Row(3, List.of("atk-2", "Лицей; «Ступени»", ""))),
                checked.table().rows());
        checked.table().rows().forEach(row -> row.fields().forEach(field ->
                assertFalse(field.indexOf('\0') >= 0, () -> Arrays.toString(field.toCharArray()))));
    }

    private static byte[] withBom(byte[] bom, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(EXCEL_UNICODE_TEXT.getBytes(charset));
        return out.toByteArray();
    }
}
