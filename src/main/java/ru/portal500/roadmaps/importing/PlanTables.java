package ru.portal500.roadmaps.importing;

import ru.portal500.roadmaps.domain.Term;
import ru.portal500.roadmaps.domain.TermPhrases;
import ru.portal500.shared.imports.ImportColumns;
import ru.portal500.shared.imports.ImportFiles;
import ru.portal500.shared.imports.ImportProblem;
import ru.portal500.shared.imports.ImportTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A roadmap's measures from a plan table in the shape of the seeds' (№, мероприятие, сроки, ответственные,
 * результат/показатель), as XLSX or CSV (UTF-8, CP1251, UTF-16). The header may stand below a title (the first of the
 * first ten rows that names the columns); other columns («Примечание») are left aside; a row with one filled cell
 * is a section's heading. Each line's «сроки» are read by {@link TermPhrases} within the school year. Every problem
 * is reported by its line and column, and a table with any problem gives no measures: nothing is applied from it.
 */
public final class PlanTables {

    /** The most measures a plan table gives. */
    public static final int MAX_LINES = 1_000;
    /** The longest text of a cell. */
    public static final int MAX_TEXT = 2_000;
    /** How many rows from the top may hold the header. */
    static final int HEADER_WITHIN = 10;

    static final ImportColumns COLUMNS = ImportColumns.of(
            ImportColumns.optional("number", "№", "№ п/п", "№п/п", "n", "номер", "number"),
            ImportColumns.required("measure", "Мероприятие", "Мероприятия", "Наименование мероприятия",
                    "Содержание мероприятия", "Содержание деятельности", "Measure"),
            ImportColumns.required("term", "Сроки", "Срок", "Сроки реализации", "Срок реализации", "Срок исполнения",
                    "Сроки исполнения", "Сроки проведения", "Term"),
            ImportColumns.required("responsible", "Ответственные", "Ответственный", "Ответственные исполнители",
                    "Ответственный исполнитель", "Исполнители", "Responsible"),
            ImportColumns.optional("result", "Результат/показатель", "Результат", "Показатель", "Ожидаемый результат",
                    "Индикатор", "Результат (показатель)", "Result"));

    /** A measure as the table gives it, its term read (to be shown back as read). */
    public record PlanLine(int line, String section, String number, String measure, String termAsWritten, Term term,
                           String responsible, String result) {
    }

    /** The measures, or the problems (then no measures). */
    public record Reading(List<PlanLine> lines, List<ImportProblem> problems) {

        public Reading {
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
        }

        public boolean usable() {
            return problems.isEmpty() && !lines.isEmpty();
        }
    }

    private PlanTables() {
    }

    /** Reads the file within the school year ending in {@code schoolYear}. */
    public static Reading read(byte[] file, int schoolYear) {
        ImportFiles.Loaded loaded = ImportFiles.load(file);
        if (!loaded.readable()) {
            return new Reading(List.of(), loaded.problems());
        }
        ImportTable table = loaded.table();
        List<ImportTable.Row> all = new ArrayList<>();
        all.add(new ImportTable.Row(1, table.header()));
        all.addAll(table.rows());
        Optional<Header> header = header(all);
        if (header.isEmpty()) {
            ImportColumns.Mapping first = mapping(table.header());
            return new Reading(List.of(), first.problems().isEmpty()
                    ? List.of(ImportProblem.ofFile("import.error.empty")) : first.problems());
        }
        List<ImportProblem> problems = new ArrayList<>(loaded.problems());
        List<PlanLine> lines = new ArrayList<>();
        ImportColumns.Mapping mapping = header.get().mapping();
        String section = "";
        for (ImportTable.Row row : all.subList(header.get().index() + 1, all.size())) {
            long filled = row.fields().stream().filter(f -> !f.isBlank()).count();
            if (filled == 1 && (!mapping.value(row, "measure").isBlank() || !mapping.value(row, "number").isBlank())) {
                section = row.fields().stream().filter(f -> !f.isBlank()).findFirst().orElseThrow().strip();
                continue;
            }
            line(row, mapping, schoolYear, section, problems).ifPresent(lines::add);
        }
        if (lines.size() > MAX_LINES) {
            return new Reading(List.of(), List.of(ImportProblem.ofFile("import.error.tooLong", lines.size(),
                    MAX_LINES)));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile("roadmaps.import.noMeasures"));
        }
        return problems.isEmpty() ? new Reading(lines, List.of()) : new Reading(List.of(), problems);
    }

    private record Header(int index, ImportColumns.Mapping mapping) {
    }

    /** The first of the top rows that names every required column. */
    private static Optional<Header> header(List<ImportTable.Row> rows) {
        for (int i = 0; i < Math.min(HEADER_WITHIN, rows.size()); i++) {
            ImportColumns.Mapping mapping = mapping(rows.get(i).fields());
            if (mapping.problems().isEmpty()) {
                return Optional.of(new Header(i, mapping));
            }
        }
        return Optional.empty();
    }

    /** The columns of a header row; columns nobody expects («Примечание») are left aside, not refused. */
    private static ImportColumns.Mapping mapping(List<String> header) {
        ImportColumns.Mapping mapping = COLUMNS.map(header);
        return new ImportColumns.Mapping(mapping.positions(), mapping.problems().stream()
                .filter(p -> !p.messageKey().equals("import.error.column.unknown")).toList());
    }

    private static Optional<PlanLine> line(ImportTable.Row row, ImportColumns.Mapping mapping, int schoolYear,
                                           String section, List<ImportProblem> problems) {
        int before = problems.size();
        String measure = text(row, mapping, "measure", true, problems);
        String responsible = text(row, mapping, "responsible", true, problems);
        String result = text(row, mapping, "result", false, problems);
        String written = mapping.value(row, "term").strip();
        Term term = null;
        TermPhrases.Reading reading = TermPhrases.read(written, schoolYear);
        if (reading instanceof TermPhrases.Read read) {
            term = read.term();
        } else {
            TermPhrases.Refused refused = (TermPhrases.Refused) reading;
            problems.add(new ImportProblem(row.line(), COLUMNS.title("term"), refused.key(),
                    refused.arguments().toArray()));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new PlanLine(row.line(), section, mapping.value(row, "number").strip(), measure, written,
                term, responsible, result));
    }

    private static String text(ImportTable.Row row, ImportColumns.Mapping mapping, String column, boolean required,
                               List<ImportProblem> problems) {
        String value = mapping.value(row, column).strip();
        if (required && value.isEmpty()) {
            problems.add(new ImportProblem(row.line(), COLUMNS.title(column), "roadmaps.import.empty",
                    COLUMNS.title(column)));
        } else if (value.length() > MAX_TEXT) {
            problems.add(new ImportProblem(row.line(), COLUMNS.title(column), "roadmaps.import.tooLong",
                    COLUMNS.title(column), MAX_TEXT));
        }
        return value;
    }
}
