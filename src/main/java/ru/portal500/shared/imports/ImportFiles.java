package ru.portal500.shared.imports;

import java.util.List;

/**
 * An uploaded file as a table, whatever it is: XLSX (by its content, not its name) or CSV in UTF-8, CP1251 or
 * UTF-16 (Excel's «Текст в Юникоде»); anything else is refused in words.
 */
public final class ImportFiles {

    /** The largest file an import accepts, through the API or a page. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    public static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);

    private ImportFiles() {
    }

    /** The table, or the problems that stop it from being read at all (and those of its cells). */
    public record Loaded(ImportTable table, List<ImportProblem> problems) {
        static Loaded failed(ImportProblem problem) {
            return new Loaded(null, List.of(problem));
        }

        public boolean readable() {
            return table != null;
        }
    }

    /** A table whose header matched the expected columns, with the problems of its cells so far. */
    public record Checked(ImportTable table, ImportColumns.Mapping mapping, List<ImportProblem> problems) {
        public boolean usable() {
            return table != null;
        }
    }

    /**
     * The file as a table with its columns matched; unusable (with the reason) when it cannot be read, is
     * empty, is longer than {@code maxRows}, or its header does not match.
     */
    public static Checked load(byte[] file, ImportColumns columns, int maxRows) {
        Loaded loaded = load(file);
        if (!loaded.readable()) {
            return new Checked(null, null, loaded.problems());
        }
        ImportTable table = loaded.table();
        if (table.header().isEmpty() || table.rows().isEmpty()) {
            return new Checked(null, null, List.of(ImportProblem.ofFile("import.error.empty")));
        }
        if (table.rows().size() > maxRows) {
            return new Checked(null, null, List.of(ImportProblem.ofFile("import.error.tooLong",
                    table.rows().size(), maxRows)));
        }
        ImportColumns.Mapping mapping = columns.map(table.header());
        if (!mapping.problems().isEmpty()) {
            return new Checked(null, null, mapping.problems());
        }
        return new Checked(table, mapping, loaded.problems());
    }

    public static Loaded load(byte[] file) {
        if (file.length == 0) {
            return Loaded.failed(ImportProblem.ofFile("import.error.empty"));
        }
        if (XlsxTables.isXlsx(file)) {
            try {
                XlsxTables.Sheet sheet = XlsxTables.read(file);
                return new Loaded(sheet.table(), sheet.problems());
            } catch (XlsxTables.UnreadableFileException e) {
                return Loaded.failed(ImportProblem.ofFile("import.error.unreadable"));
            }
        }
        DecodedText text = DecodedText.of(file);
        if (text.isBinary()) {
            return Loaded.failed(ImportProblem.ofFile("import.error.notText"));
        }
        try {
            return new Loaded(ImportTable.parseCsv(text.text()), List.of());
        } catch (ImportTable.CsvFormatException e) {
            return Loaded.failed(new ImportProblem(e.line(), null, "import.error.quote"));
        }
    }
}
