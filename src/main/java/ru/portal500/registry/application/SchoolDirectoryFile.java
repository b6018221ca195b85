package ru.portal500.registry.application;

import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.domain.SchoolEntry;
import ru.portal500.shared.imports.ImportFiles;
import ru.portal500.shared.imports.ImportTable;
import ru.portal500.shared.imports.DecodedText;
import ru.portal500.shared.imports.ImportColumns;
import ru.portal500.shared.imports.ImportProblem;
import ru.portal500.tenancy.domain.Locality;
import ru.portal500.tenancy.domain.SchoolDetails;
import ru.portal500.tenancy.domain.SchoolKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static ru.portal500.shared.imports.ImportColumns.optional;
import static ru.portal500.shared.imports.ImportColumns.required;

/**
 * The school directory as an XLSX or CSV file (UTF-8 or CP1251, ';' or ','): reads and checks every line and
 * column against the municipalities the importer may change, and reports each problem where it is.
 * Pure: no database; the service applies the rows only when there is no problem at all.
 */
public final class SchoolDirectoryFile {

    public static final int MAX_ROWS = 100_000;

    /** The column a branch names its main school in (problems about branches are reported there). */
    static final String PARENT_COLUMN = "Филиал школы (код)";

    static final ImportColumns COLUMNS = ImportColumns.of(
            required("municipality", "Муниципалитет (код)", "Код муниципалитета", "municipality"),
            required("code", "Код школы", "Код", "school code", "code"),
            required("name", "Полное наименование", "Наименование", "full name", "name"),
            optional("shortName", "Краткое наименование", "short name"),
            optional("kind", "Тип", "type"),
            optional("locality", "Городская/сельская", "Местность", "locality"),
            optional("settlement", "Населённый пункт", "settlement"),
            optional("address", "Адрес", "address"),
            optional("parent", PARENT_COLUMN, "Филиал школы", "branch of"),
            optional("phone", "Телефон", "phone"),
            optional("email", "Электронная почта", "e-mail", "email"),
            optional("head", "Руководитель", "head"));

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,63}");

    private final List<SchoolEntry> rows;
    private final List<ImportProblem> problems;

    private SchoolDirectoryFile(List<SchoolEntry> rows, List<ImportProblem> problems) {
        this.rows = rows;
        this.problems = problems;
    }

    /**
     * Reads the file. {@code municipalities} are the codes of the region's municipalities the importer
     * administers; a line for any other (unknown or not theirs) is a problem, said the same way for both.
     */
    public static SchoolDirectoryFile read(byte[] file, Set<String> municipalities) {
        ImportFiles.Checked checked = ImportFiles.load(file, COLUMNS, MAX_ROWS);
        if (!checked.usable()) {
            return new SchoolDirectoryFile(List.of(), checked.problems());
        }
        ImportTable table = checked.table();
        ImportColumns.Mapping mapping = checked.mapping();
        List<ImportProblem> problems = new ArrayList<>(checked.problems());
        List<SchoolEntry> rows = new ArrayList<>(table.rows().size());
        Map<String, Integer> seen = new HashMap<>();
        for (ImportTable.Row row : table.rows()) {
            Line line = new Line(row, mapping, problems);
            if (DecodedText.looksGarbled(String.join(" ", row.fields()))) {
                problems.add(new ImportProblem(row.line(), null, "import.error.garbled"));
                continue;
            }
            String municipality = line.required("municipality");
            if (!municipality.isEmpty() && !municipalities.contains(municipality)) {
                line.problem("municipality", "import.error.municipality", municipality);
            }
            String code = line.required("code");
            if (!code.isEmpty() && !Scope.isCode(code)) {
                line.problem("code", "import.error.code", code);
            }
            String name = line.required("name");
            if (name.length() > 500) {
                line.problem("name", "import.error.tooLong.value", 500);
            }
            SchoolKind kind = line.choice("kind", SchoolKind::named, SchoolKind.SECONDARY);
            Locality locality = line.choice("locality", Locality::named, Locality.URBAN);
            String email = line.optional("email");
            if (email != null && !EMAIL.matcher(email).matches()) {
                line.problem("email", "import.error.email", email);
            }
            String parent = line.optional("parent");
            if (parent != null && parent.equals(code)) {
                line.problem("parent", "import.error.parent.self");
            }
            String key = municipality + "/" + code;
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null && !code.isEmpty()) {
                line.problem("code", "import.error.duplicate", code, first);
            }
            if (!line.hasProblems()) {
                rows.add(new SchoolEntry(row.line(), municipality, code, name,
                        new SchoolDetails(line.optional("shortName"), kind, locality, line.optional("settlement"),
                                line.optional("address"), limit(line.optional("phone"), 64), email,
                                line.optional("head")),
                        parent));
            }
        }
        checkParents(rows, problems);
        return new SchoolDirectoryFile(rows, problems);
    }

    /** A branch names a school of the same municipality in this file (or, checked later, in the directory). */
    private static void checkParents(List<SchoolEntry> rows, List<ImportProblem> problems) {
        Map<String, SchoolEntry> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r.municipalityCode() + "/" + r.code(), r));
        for (SchoolEntry row : rows) {
            if (row.parentCode() != null) {
                SchoolEntry parent = byKey.get(row.municipalityCode() + "/" + row.parentCode());
                if (parent != null && parent.parentCode() != null) {
                    problems.add(new ImportProblem(row.line(), COLUMNS.title("parent"),
                            "import.error.parent.branch", row.parentCode()));
                }
            }
        }
    }

    /** A branch whose main school is neither in the directory nor in the file (found when the file is applied). */
    static ImportProblem mainSchoolUnknown(SchoolEntry branch) {
        return new ImportProblem(branch.line(), PARENT_COLUMN, "import.error.parent.unknown", branch.parentCode());
    }

    private static String limit(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public List<SchoolEntry> rows() {
        return rows;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** One line being read: its values and the problems found in it. */
    private static final class Line {
        private final ImportTable.Row row;
        private final ImportColumns.Mapping mapping;
        private final List<ImportProblem> problems;
        private boolean failed;

        Line(ImportTable.Row row, ImportColumns.Mapping mapping, List<ImportProblem> problems) {
            this.row = row;
            this.mapping = mapping;
            this.problems = problems;
        }

        String required(String key) {
            String value = mapping.value(row, key).strip();
            if (value.isEmpty()) {
                problem(key, "import.error.required");
            }
            return value;
        }

        String optional(String key) {
            String value = mapping.value(row, key).strip();
            return value.isEmpty() ? null : value;
        }

        <T> T choice(String key, java.util.function.Function<String, Optional<T>> parse, T fallback) {
            String value = optional(key);
            if (value == null) {
                return fallback;
            }
            Optional<T> parsed = parse.apply(value);
            if (parsed.isEmpty()) {
                problem(key, "import.error.choice", value);
                return fallback;
            }
            return parsed.get();
        }

        void problem(String key, String messageKey, Object... arguments) {
            failed = true;
            problems.add(new ImportProblem(row.line(), COLUMNS.title(key), messageKey, arguments));
        }

        boolean hasProblems() {
            return failed;
        }
    }
}
