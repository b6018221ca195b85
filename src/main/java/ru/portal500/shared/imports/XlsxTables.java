package ru.portal500.shared.imports;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/**
 * The first sheet of an XLSX workbook as an {@link ImportTable}, read as a stream (a 100,000-row sheet
 * does not become a million objects). Cells holding formulas are problems, not values: the portal takes
 * what people typed, not what a spreadsheet computed from other cells. A cell merged down over several rows
 * (one responsible person or one term for three measures, as the seeds' plan tables have them) holds its value in
 * each of those rows, as the reader of the table sees it; a cell merged only across columns (a section's title over
 * the row) keeps its value in its first cell.
 */
public final class XlsxTables {

    private XlsxTables() {
    }

    /** True when the bytes are a ZIP container (XLSX); CSV text never starts with "PK\3\4". */
    public static boolean isXlsx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The sheet, and the problems its cells have (formulas, errors). */
    public record Sheet(ImportTable table, List<ImportProblem> problems) {
    }

    public static Sheet read(byte[] bytes) throws UnreadableFileException {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return new Sheet(ImportTable.of(List.of(), List.of()), List.of());
            }
            CellCollector cells = new CellCollector(strings);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = SAXHelper.newXMLReader();
                xml.setContentHandler(cells);
                xml.parse(new InputSource(sheet));
            }
            return cells.sheet();
        } catch (Exception e) {
            throw new UnreadableFileException(e);
        }
    }

    /** Collects rows of cells (row number → column → text) from the sheet's XML. */
    private static final class CellCollector extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final TreeMap<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
        private final List<int[]> formulas = new ArrayList<>();
        private final List<int[]> errors = new ArrayList<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private CellReference ref;
        private String type;
        private boolean formula;
        private boolean inValue;

        CellCollector(ReadOnlySharedStringsTable strings) {
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "c" -> {
                    ref = new CellReference(attributes.getValue("r"));
                    type = attributes.getValue("t");
                    formula = false;
                    text.setLength(0);
                }
                case "f" -> formula = true;
                case "mergeCell" -> merged.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
                case "v", "t" -> inValue = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> endCell();
                default -> { }
            }
        }

        private void endCell() {
            int line = ref.getRow() + 1;
            int column = ref.getCol();
            if (formula) {
                formulas.add(new int[] {line, column});
                return;
            }
            if ("e".equals(type)) {
                errors.add(new int[] {line, column});
                return;
            }
            String value = "s".equals(type) ? strings.getItemAt(Integer.parseInt(text.toString().trim())).getString()
                    // a logical cell is data, read as the file's own formula language writes it, in no person's language
                    : "b".equals(type) ? ("1".equals(text.toString()) ? "TRUE" : "FALSE")
                    : text.toString();
            if (!value.isBlank()) {
                rows.computeIfAbsent(line, l -> new TreeMap<>()).put(column, value);
            }
        }

        /** Each range merged down over rows: the first row's value of each of its columns in the rows below. */
        private void fillMergedDown() {
            for (CellRangeAddress range : merged) {
                if (range.getFirstRow() == range.getLastRow()) {
                    continue;
                }
                TreeMap<Integer, String> top = rows.get(range.getFirstRow() + 1);
                String value = top == null ? null : top.get(range.getFirstColumn());
                if (value == null) {
                    continue;
                }
                for (int row = range.getFirstRow() + 1; row <= range.getLastRow(); row++) {
                    rows.computeIfAbsent(row + 1, l -> new TreeMap<>()).putIfAbsent(range.getFirstColumn(), value);
                }
            }
        }

        Sheet sheet() {
            fillMergedDown();
            if (rows.isEmpty()) {
                return new Sheet(ImportTable.of(List.of(), List.of()), List.of());
            }
            var first = rows.firstEntry();
            int width = first.getValue().lastKey() + 1;
            List<String> header = fields(first.getValue(), width).stream().map(String::strip).toList();
            List<ImportTable.Row> data = new ArrayList<>();
            rows.tailMap(first.getKey(), false).forEach((line, cells) ->
                    data.add(new ImportTable.Row(line, fields(cells, Math.max(width, cells.lastKey() + 1)))));
            List<ImportProblem> problems = new ArrayList<>();
            formulas.forEach(c -> problems.add(new ImportProblem(c[0], title(header, c[1]), "import.error.formula")));
            errors.forEach(c -> problems.add(new ImportProblem(c[0], title(header, c[1]), "import.error.cell")));
            return new Sheet(ImportTable.of(header, data), problems);
        }

        private static List<String> fields(TreeMap<Integer, String> cells, int width) {
            List<String> fields = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                fields.add(cells.getOrDefault(i, "").strip());
            }
            return fields;
        }

        private static String title(List<String> header, int column) {
            return column < header.size() && !header.get(column).isEmpty() ? header.get(column)
                    : CellReference.convertNumToColString(column);
        }
    }

    /** Not a workbook this reader can open (damaged, encrypted, not XLSX). */
    public static final class UnreadableFileException extends Exception {
        public UnreadableFileException(Throwable cause) {
            super(cause);
        }
    }
}
