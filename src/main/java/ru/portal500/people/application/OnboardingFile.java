package ru.portal500.people.application;

import ru.portal500.people.domain.StaffRole;
import ru.portal500.shared.imports.ImportColumns;
import ru.portal500.shared.imports.ImportFiles;
import ru.portal500.shared.imports.ImportProblem;
import ru.portal500.shared.imports.ImportTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static ru.portal500.shared.imports.ImportColumns.optional;
import static ru.portal500.shared.imports.ImportColumns.required;

/**
 * An onboarding table as read (XLSX, or CSV in UTF-8, Windows-1251 or UTF-16): one person a line with their full
 * name, e-mail, role and place (a school and/or a municipality, by code or by name). What can be told from the
 * file alone is checked here — names, addresses, role words, an address twice — each problem by line and column.
 */
public final class OnboardingFile {

    public static final int MAX_ROWS = 2_000;

    static final ImportColumns COLUMNS = ImportColumns.of(
            required("name", "ФИО", "Фамилия Имя Отчество", "Фамилия, имя, отчество", "full name", "name"),
            required("email", "E-mail", "Электронная почта", "Эл. почта", "Почта", "email"),
            required("role", "Роль", "role"),
            optional("school", "Школа", "Школа (код)", "Код школы", "school"),
            optional("municipality", "Муниципалитет", "Муниципалитет (код)", "Код муниципалитета", "municipality"));

    private static final Pattern EMAIL = Pattern.compile("[^@\\s{}<>\"]{1,64}@[^@\\s{}<>\"]{1,255}\\.[^@\\s{}<>\"]{2,63}");
    private static final int MAX_NAME = 100;

    /** One person of the file. {@code school} and {@code municipality} are as written (null: empty). */
    public record Row(int line, String lastName, String firstName, String email, StaffRole role, String roleWord,
                      String school, String municipality) {
        public String fullName() {
            return lastName + " " + firstName;
        }
    }

    private final List<Row> rows;
    private final List<ImportProblem> problems;

    private OnboardingFile(List<Row> rows, List<ImportProblem> problems) {
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
    }

    public static OnboardingFile read(byte[] file) {
        ImportFiles.Checked checked = ImportFiles.load(file, COLUMNS, MAX_ROWS);
        List<ImportProblem> problems = new ArrayList<>(checked.problems());
        if (!checked.usable()) {
            return new OnboardingFile(List.of(), problems);
        }
        ImportColumns.Mapping mapping = checked.mapping();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (ImportTable.Row row : checked.table().rows()) {
            List<ImportProblem> found = new ArrayList<>();
            String name = value(mapping, row, "name");
            String email = value(mapping, row, "email").toLowerCase(Locale.ROOT);
            String roleWord = value(mapping, row, "role");
            String[] words = name.split("\\s+", 2);
            if (name.isEmpty()) {
                found.add(problem(row, "name", "import.error.required"));
            } else if (words.length < 2 || name.length() > MAX_NAME) {
                found.add(problem(row, "name", "onboarding.error.name", name));
            }
            if (email.isEmpty()) {
                found.add(problem(row, "email", "import.error.required"));
            } else if (!EMAIL.matcher(email).matches()) {
                found.add(problem(row, "email", "import.error.email", email));
            } else {
                Integer first = firstLineOf.putIfAbsent(email, row.line());
                if (first != null) {
                    found.add(problem(row, "email", "onboarding.error.duplicate", email, first));
                }
            }
            StaffRole role = StaffRole.of(roleWord).orElse(null);
            if (roleWord.isEmpty()) {
                found.add(problem(row, "role", "import.error.required"));
            } else if (role == null) {
                found.add(problem(row, "role", "onboarding.error.role", roleWord));
            }
            String school = value(mapping, row, "school");
            String municipality = value(mapping, row, "municipality");
            problems.addAll(found);
            if (found.isEmpty()) {
                rows.add(new Row(row.line(), words[0], words[1].strip(), email, role, roleWord,
                        school.isEmpty() ? null : school, municipality.isEmpty() ? null : municipality));
            }
        }
        return new OnboardingFile(rows, problems);
    }

    private static String value(ImportColumns.Mapping mapping, ImportTable.Row row, String key) {
        return mapping.value(row, key).strip();
    }

    static ImportProblem problem(ImportTable.Row row, String key, String messageKey, Object... arguments) {
        return problem(row.line(), key, messageKey, arguments);
    }

    static ImportProblem problem(int line, String key, String messageKey, Object... arguments) {
        return new ImportProblem(line, COLUMNS.title(key), messageKey, arguments);
    }

    /** The lines without a problem of their own. */
    public List<Row> rows() {
        return rows;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
