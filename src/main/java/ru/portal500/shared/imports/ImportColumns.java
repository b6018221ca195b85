package ru.portal500.shared.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns an import expects, each known by several header names (Russian and English, any case,
 * "ё" = "е"). Matching a file's header gives where each column is, or the problems: a required column
 * missing, a column twice, a column nobody expects.
 */
public final class ImportColumns {

    /** One expected column. */
    public record Column(String key, boolean required, List<String> names) {
    }

    private final List<Column> columns;

    private ImportColumns(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public static ImportColumns of(Column... columns) {
        return new ImportColumns(List.of(columns));
    }

    public static Column required(String key, String... names) {
        return new Column(key, true, List.of(names));
    }

    public static Column optional(String key, String... names) {
        return new Column(key, false, List.of(names));
    }

    /** Where each column stands in this header. */
    public record Mapping(Map<String, Integer> positions, List<ImportProblem> problems) {
        public Optional<Integer> position(String key) {
            return Optional.ofNullable(positions.get(key));
        }

        public String value(ImportTable.Row row, String key) {
            Integer position = positions.get(key);
            return position == null ? "" : row.field(position);
        }
    }

    public Mapping map(List<String> header) {
        Map<String, Integer> positions = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) {
                continue;
            }
            Optional<Column> column = columnNamed(name);
            if (column.isEmpty()) {
                problems.add(new ImportProblem(1, name, "import.error.column.unknown", name));
            } else if (positions.putIfAbsent(column.get().key(), i) != null) {
                problems.add(new ImportProblem(1, name, "import.error.column.twice", name));
            }
        }
        for (Column column : columns) {
            if (column.required() && !positions.containsKey(column.key())) {
                problems.add(new ImportProblem(1, column.names().get(0), "import.error.column.missing",
                        column.names().get(0)));
            }
        }
        return new Mapping(Map.copyOf(positions), List.copyOf(problems));
    }

    /** The header name a column is first known by (for reports and exports). */
    public String title(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst()
                .map(c -> c.names().get(0)).orElse(key);
    }

    private Optional<Column> columnNamed(String name) {
        String wanted = normalise(name);
        return columns.stream().filter(c -> c.names().stream().map(ImportColumns::normalise).anyMatch(wanted::equals))
                .findFirst();
    }

    /** A header or value as compared: stripped, lower case, "ё" as "е", runs of spaces as one. */
    public static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }
}
