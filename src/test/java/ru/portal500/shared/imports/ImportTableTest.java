package ru.portal500.shared.imports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportTableTest {

    @Test
    void semicolonsQuotesAndLineNumbers() throws Exception {
        ImportTable table = ImportTable.parseCsv("""
                Код;Название;Адрес
                atk-1;"МБОУ ""СОШ № 1""\";"г. Аткарск,
                ул. Ленина, 1"

                atk-3;СОШ № 3;
                """);
        assertEquals(';', table.delimiter());
        assertEquals(List.of("Код", "Название", "Адрес"), table.header());
        assertEquals(2, table.rows().size(), "blank lines are skipped");
        ImportTable.Row first = table.rows().get(0);
        assertEquals(2, first.line());
        assertEquals("МБОУ \"СОШ № 1\"", first.field(1));
        assertEquals("г. Аткарск,\nул. Ленина, 1", first.field(2));
        assertEquals(5, table.rows().get(1).line(), "counted after the field that spans two lines");
        assertEquals("", table.rows().get(1).field(2));
        assertEquals("", table.rows().get(1).field(7), "a missing field is empty");
    }

    @Test
    void commasTabsAndWindowsLineEnds() throws Exception {
        assertEquals(',', ImportTable.parseCsv("a,b\r\n1,2\r\n").delimiter());
        ImportTable tabs = ImportTable.parseCsv("a\tb\r\n1\t2");
        assertEquals('\t', tabs.delimiter());
        assertEquals(List.of("1", "2"), tabs.rows().get(0).fields());
    }

    @Test
    void anEmptyFileHasNoHeader() throws Exception {
        assertTrue(ImportTable.parseCsv("").header().isEmpty());
        assertTrue(ImportTable.parseCsv("\n\n").rows().isEmpty());
    }

    @Test
    void anUnterminatedQuoteIsReportedWhereItOpened() {
        ImportTable.CsvFormatException e = assertThrows(ImportTable.CsvFormatException.class,
                () -> ImportTable.parseCsv("a;b\n1;2\n3;\"open\n4;5\n"));
        assertEquals(3, e.line());
    }
}
