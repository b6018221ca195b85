package ru.portal500.shared.imports;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Sheets written as an XLSX workbook, streaming: a number as a number (an analyst sums and charts it), anything else
 * as its text; never a formula.
 */
public final class XlsxExport {

    private XlsxExport() {
    }

    /** @param sheets sheet name → rows (the first one its header), in the order given */
    public static byte[] of(Map<String, ? extends List<? extends List<?>>> sheets) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int line = 0; line < rows.size(); line++) {
                    write(sheet.createRow(line), rows.get(line));
                }
            });
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else {
                row.createCell(i).setCellValue(value == null ? "" : value.toString()); // text: never a formula
            }
        }
    }
}
