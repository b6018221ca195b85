package ru.portal500.registry.application;

import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.registry.domain.Significance;
import ru.portal500.shared.imports.DecodedText;
import ru.portal500.shared.imports.ImportColumns;
import ru.portal500.shared.imports.ImportFiles;
import ru.portal500.shared.imports.ImportProblem;
import ru.portal500.shared.imports.ImportTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static ru.portal500.shared.imports.ImportColumns.optional;
import static ru.portal500.shared.imports.ImportColumns.required;

/**
 * Survey results as an XLSX or CSV file: a line per school (municipality code, school code), then a
 * column per risk factor, headed by its position ("1"…) or its title ("1. Title" too), holding the
 * factor's significance (высокая/средняя/низкая, В/С/Н, high/medium/low). The file may carry some
 * factors only; a factor it carries needs a value on every line. Every problem is reported where it is.
 */
public final class RiskProfileFile {

    private static final String FACTOR = "factor-";

    /** One valid line: which school, and the significance of each factor the file carries (by position). */
    public record Line(int line, String municipalityCode, String schoolCode, Map<Integer, Significance> significances) {
    }

    private final List<Line> lines;
    private final List<ImportProblem> problems;

    private RiskProfileFile(List<Line> lines, List<ImportProblem> problems) {
        this.lines = lines;
        this.problems = problems;
    }

    /**
     * {@code municipalities}: the codes the importer manages; {@code schools}: "municipality/code" of the
     * region's schools the importer sees, each with whether it is a ШНОР/ШССУ of the campaign.
     */
    public static RiskProfileFile read(byte[] file, List<RiskFactor> offered, Set<String> municipalities,
                                       Map<String, Boolean> schools) {
        ImportFiles.Checked checked = ImportFiles.load(file, columns(offered), SchoolDirectoryFile.MAX_ROWS);
        if (!checked.usable()) {
            return new RiskProfileFile(List.of(), checked.problems());
        }
        Map<Integer, String> factorKeys = new LinkedHashMap<>();
        offered.stream().map(RiskFactor::getPosition).filter(p -> checked.mapping().position(FACTOR + p).isPresent())
                .forEach(p -> factorKeys.put(p, FACTOR + p));
        if (factorKeys.isEmpty()) {
            return new RiskProfileFile(List.of(), List.of(new ImportProblem(1, null, "risk.import.error.noFactors")));
        }
        Reader reader = new Reader(checked, factorKeys, municipalities, schools);
        checked.table().rows().forEach(reader::read);
        return new RiskProfileFile(reader.lines, reader.problems);
    }

    /** The columns of a campaign's file: the school, then each offered factor by position or title. */
    static ImportColumns columns(List<RiskFactor> offered) {
        List<ImportColumns.Column> columns = new ArrayList<>();
        columns.add(required("municipality", "Муниципалитет (код)", "Код муниципалитета", "municipality"));
        columns.add(required("school", "Код школы", "school code", "school"));
        offered.forEach(f -> columns.add(optional(FACTOR + f.getPosition(), String.valueOf(f.getPosition()),
                f.getTitle(), f.getPosition() + ". " + f.getTitle())));
        return ImportColumns.of(columns.toArray(ImportColumns.Column[]::new));
    }

    /** Checks the rows one by one, remembering the schools already seen. */
    private static final class Reader {
        private final ImportTable table;
        private final ImportColumns.Mapping mapping;
        private final Map<Integer, String> factorKeys;
        private final Set<String> municipalities;
        private final Map<String, Boolean> schools;
        private final List<ImportProblem> problems;
        private final List<Line> lines = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();

        Reader(ImportFiles.Checked checked, Map<Integer, String> factorKeys, Set<String> municipalities,
               Map<String, Boolean> schools) {
            this.table = checked.table();
            this.mapping = checked.mapping();
            this.factorKeys = factorKeys;
            this.municipalities = municipalities;
            this.schools = schools;
            this.problems = new ArrayList<>(checked.problems());
        }

        void read(ImportTable.Row row) {
            if (DecodedText.looksGarbled(String.join(" ", row.fields()))) {
                problems.add(new ImportProblem(row.line(), null, "import.error.garbled"));
                return;
            }
            int before = problems.size();
            String municipality = value(row, "municipality");
            String school = value(row, "school");
            if (!municipality.isEmpty() && !municipalities.contains(municipality)) {
                problem(row, "municipality", "import.error.municipality", municipality);
            } else if (!municipality.isEmpty() && !school.isEmpty()) {
                Boolean supported = schools.get(municipality + "/" + school);
                if (supported == null) {
                    problem(row, "school", "import.error.school", school);
                } else if (!supported) {
                    problem(row, "school", "risk.import.error.notSupported", school);
                }
            }
            Map<Integer, Significance> significances = new LinkedHashMap<>();
            factorKeys.forEach((position, key) -> {
                String text = value(row, key);
                if (!text.isEmpty()) {
                    Significance.parse(text).ifPresentOrElse(s -> significances.put(position, s),
                            () -> problem(row, key, "risk.import.error.significance", text));
                }
            });
            if (problems.size() == before) {
                Integer first = seen.putIfAbsent(municipality + "/" + school, row.line());
                if (first != null) {
                    problem(row, "school", "import.error.duplicate", school, first);
                } else {
                    lines.add(new Line(row.line(), municipality, school, significances));
                }
            }
        }

        private String value(ImportTable.Row row, String key) {
            String value = mapping.value(row, key).strip();
            if (value.isEmpty()) {
                problem(row, key, "import.error.required");
            }
            return value;
        }

        /** A problem in a cell, the column named as the file's header names it. */
        private void problem(ImportTable.Row row, String key, String messageKey, Object... arguments) {
            String column = mapping.position(key).map(p -> table.header().get(p)).orElse(key);
            problems.add(new ImportProblem(row.line(), column, messageKey, arguments));
        }
    }

    public List<Line> lines() {
        return lines;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
