package ru.portal500.shared.imports;

import java.util.Arrays;
import java.util.Objects;

/**
 * One problem of an imported file: where (line 1-based as a spreadsheet shows it; column by its header,
 * or null for the whole line or file) and what (a message key of the portal's bundle with arguments).
 */
public record ImportProblem(int line, String column, String messageKey, Object... arguments) {

    public ImportProblem {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments.clone();
    }

    public static ImportProblem ofFile(String messageKey, Object... arguments) {
        return new ImportProblem(0, null, messageKey, arguments);
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportProblem p && line == p.line && Objects.equals(column, p.column)
                && messageKey.equals(p.messageKey) && Arrays.equals(arguments, p.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, column, messageKey, Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", column " + column) + ": " + messageKey
                + Arrays.toString(arguments);
    }
}
