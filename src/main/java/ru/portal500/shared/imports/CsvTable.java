package ru.portal500.shared.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as a header and rows (RFC 4180 quoting, fields may span lines). The delimiter is the one
 * of {@code ; , TAB} that the header line uses most — Russian Excel saves with ';'. Each row knows the
 * line it starts on, so that problems are reported where a person will look for them.
 */
public final class CsvTable {

    /** A data row: the line it starts on and its fields. */
    public record Row(int line, List<String> fields) {
        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    private final List<String> header;
    private final List<Row> rows;
    private final char delimiter;

    private CsvTable(List<String> header, List<Row> rows, char delimiter) {
        this.header = header;
        this.rows = rows;
        this.delimiter = delimiter;
    }

    /** Parses the text; an unterminated quote is reported by the line it opened on. */
    public static CsvTable parse(String text) throws CsvFormatException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char delimiter = delimiterOf(firstLine(body));
        List<Row> all = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < body.length() && body.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                quoteLine = line;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addUnlessBlank(all, rowLine, fields);
                fields = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new CsvFormatException(quoteLine);
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            addUnlessBlank(all, rowLine, fields);
        }
        if (all.isEmpty()) {
            return new CsvTable(List.of(), List.of(), delimiter);
        }
        List<String> header = all.get(0).fields().stream().map(String::strip).toList();
        return new CsvTable(header, List.copyOf(all.subList(1, all.size())), delimiter);
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> fields) {
        if (fields.stream().anyMatch(f -> !f.isBlank())) {
            rows.add(new Row(line, List.copyOf(fields.stream().map(String::strip).toList())));
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static char delimiterOf(String header) {
        char best = ';';
        long most = -1;
        for (char candidate : new char[] {';', ',', '\t'}) {
            long count = header.chars().filter(ch -> ch == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public char delimiter() {
        return delimiter;
    }

    /** A quote opened and never closed. */
    public static final class CsvFormatException extends Exception {
        private final int line;

        public CsvFormatException(int line) {
            super("Unterminated quote from line " + line);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
