package ru.portal500.shared.imports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.portal500.shared.imports.ImportColumns.optional;
import static ru.portal500.shared.imports.ImportColumns.required;

class ImportColumnsTest {

    private static final ImportColumns COLUMNS = ImportColumns.of(
            required("code", "Код", "code"),
            required("name", "Полное наименование", "name"),
            optional("head", "Руководитель", "head"));

    @Test
    void headersMatchByAnyNameCaseAndYo() {
        ImportColumns.Mapping mapping = COLUMNS.map(List.of(" полное  НАИМЕНОВАНИЕ ", "КОД", "руководитель"));
        assertEquals(List.of(), mapping.problems());
        assertEquals(1, mapping.position("code").orElseThrow());
        assertEquals(0, mapping.position("name").orElseThrow());
    }

    @Test
    void missingTwiceAndUnknownColumnsAreEachReported() {
        ImportColumns.Mapping mapping = COLUMNS.map(List.of("Код", "code", "Телефон"));
        assertEquals(List.of(
                new ImportProblem(1, "code", "import.error.column.twice", "code"),
                new ImportProblem(1, "Телефон", "import.error.column.unknown", "Телефон"),
                new ImportProblem(1, "Полное наименование", "import.error.column.missing", "Полное наименование")),
                mapping.problems());
    }
}
