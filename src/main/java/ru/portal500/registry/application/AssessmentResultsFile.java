package ru.portal500.registry.application;

import ru.portal500.registry.domain.AssessmentEntry;
import ru.portal500.registry.domain.AssessmentProcedure;
import ru.portal500.shared.imports.DecodedText;
import ru.portal500.shared.imports.ImportColumns;
import ru.portal500.shared.imports.ImportFiles;
import ru.portal500.shared.imports.ImportProblem;
import ru.portal500.shared.imports.ImportTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ru.portal500.shared.imports.ImportColumns.required;

/**
 * Assessment results as an XLSX or CSV file: one line per school, school year, procedure and subject
 * with the share of unsatisfactory results. Years as "2024/25", "2024/2025", "2024-2025" or "2025";
 * shares as "31,5", "31.5" or "31,5 %". Every line is checked; problems are reported where they are.
 */
public final class AssessmentResultsFile {

    static final ImportColumns COLUMNS = ImportColumns.of(
            required("municipality", "Муниципалитет (код)", "Код муниципалитета", "municipality"),
            required("school", "Код школы", "school code", "school"),
            required("year", "Учебный год", "school year", "year"),
            required("procedure", "Процедура", "procedure"),
            required("subject", "Предмет", "subject"),
            required("share", "Доля неудовлетворительных, %", "Доля неудовлетворительных результатов, %",
                    "fail share", "share"));

    private static final Pattern YEAR_PAIR = Pattern.compile("(\\d{4})\\s*[/\\-–]\\s*(\\d{2}|\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final List<AssessmentEntry> lines;
    private final List<ImportProblem> problems;

    private AssessmentResultsFile(List<AssessmentEntry> lines, List<ImportProblem> problems) {
        this.lines = lines;
        this.problems = problems;
    }

    /** {@code schools} are "municipality/code" keys of the schools the importer may give results for. */
    public static AssessmentResultsFile read(byte[] file, Set<String> schools) {
        ImportFiles.Checked checked = ImportFiles.load(file, COLUMNS, SchoolDirectoryFile.MAX_ROWS);
        if (!checked.usable()) {
            return new AssessmentResultsFile(List.of(), checked.problems());
        }
        ImportTable table = checked.table();
        ImportColumns.Mapping mapping = checked.mapping();
        List<ImportProblem> problems = new ArrayList<>(checked.problems());
        List<AssessmentEntry> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ImportTable.Row row : table.rows()) {
            int before = problems.size();
            if (DecodedText.looksGarbled(String.join(" ", row.fields()))) {
                problems.add(new ImportProblem(row.line(), null, "import.error.garbled"));
                continue;
            }
            String municipality = value(row, mapping, "municipality", problems);
            String school = value(row, mapping, "school", problems);
            if (!municipality.isEmpty() && !school.isEmpty() && !schools.contains(municipality + "/" + school)) {
                problems.add(problem(row, "school", "import.error.school", school));
            }
            Optional<Integer> year = schoolYear(value(row, mapping, "year", problems));
            if (year.isEmpty() && !mapping.value(row, "year").isBlank()) {
                problems.add(problem(row, "year", "import.error.year", mapping.value(row, "year")));
            }
            String procedureName = value(row, mapping, "procedure", problems);
            Optional<AssessmentProcedure> procedure = AssessmentProcedure.named(procedureName);
            if (procedure.isEmpty() && !procedureName.isEmpty()) {
                problems.add(problem(row, "procedure", "import.error.choice", procedureName));
            }
            String subject = value(row, mapping, "subject", problems);
            String shareText = value(row, mapping, "share", problems);
            Optional<Double> share = share(shareText);
            if (share.isEmpty() && !shareText.isEmpty()) {
                problems.add(problem(row, "share", "import.error.share", shareText));
            }
            if (problems.size() == before) {
                String key = municipality + "/" + school + "/" + year.get() + "/" + procedure.get() + "/"
                        + subject.toLowerCase(java.util.Locale.ROOT);
                Integer first = seen.putIfAbsent(key, row.line());
                if (first != null) {
                    problems.add(problem(row, "subject", "import.error.duplicate.result", first));
                } else {
                    lines.add(new AssessmentEntry(row.line(), municipality, school, year.get(), procedure.get(),
                            subject, share.get()));
                }
            }
        }
        return new AssessmentResultsFile(lines, problems);
    }

    /** The school year by the year it ends: "2024/25" and "2025" are both 2025. */
    static Optional<Integer> schoolYear(String text) {
        String value = text.strip();
        Matcher pair = YEAR_PAIR.matcher(value);
        if (pair.matches()) {
            int start = Integer.parseInt(pair.group(1));
            int end = Integer.parseInt(pair.group(2));
            boolean next = pair.group(2).length() == 2 ? end == (start + 1) % 100 : end == start + 1;
            return next ? Optional.of(start + 1) : Optional.empty();
        }
        return YEAR.matcher(value).matches() ? Optional.of(Integer.parseInt(value)) : Optional.empty();
    }

    /** "31,5", "31.5", "31,5 %" → 31.5; only 0 to 100. */
    static Optional<Double> share(String text) {
        String value = text.replace('\u00A0', ' ').replace("%", "").strip().replace(',', '.');
        try {
            double share = Double.parseDouble(value);
            return share >= 0 && share <= 100 ? Optional.of(share) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String value(ImportTable.Row row, ImportColumns.Mapping mapping, String key,
                                List<ImportProblem> problems) {
        String value = mapping.value(row, key).strip();
        if (value.isEmpty()) {
            problems.add(problem(row, key, "import.error.required"));
        }
        return value;
    }

    private static ImportProblem problem(ImportTable.Row row, String key, String messageKey, Object... arguments) {
        return new ImportProblem(row.line(), COLUMNS.title(key), messageKey, arguments);
    }

    public List<AssessmentEntry> lines() {
        return lines;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
