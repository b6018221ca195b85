package ru.portal500.registry.application;

import org.junit.jupiter.api.Test;
import ru.portal500.registry.domain.SchoolEntry;
import ru.portal500.shared.imports.DecodedText;
import ru.portal500.shared.imports.ImportProblem;
import ru.portal500.tenancy.domain.Locality;
import ru.portal500.tenancy.domain.SchoolKind;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchoolDirectoryFileTest {

    private static final Set<String> MINE = Set.of("atkarsky", "balashovsky");
    private static final String HEADER = "Муниципалитет (код);Код школы;Полное наименование;Тип;Городская/сельская;"
            + "Филиал школы (код);Электронная почта;Руководитель\n";

    private static SchoolDirectoryFile read(String text) {
        return SchoolDirectoryFile.read(text.getBytes(StandardCharsets.UTF_8), MINE);
    }

    @Test
    void aGoodFileInWindows1251GivesEveryRow() {
        String text = HEADER
                + "atkarsky;atk-7;МБОУ «СОШ № 7 г. Аткарска»;СОШ;город;;school7@mail.ru;Петрова Анна Ивановна\n"
                + "atkarsky;atk-7f;Филиал МБОУ «СОШ № 7» в с. Петрово;ООШ;село;atk-7;;\n";
        SchoolDirectoryFile file = SchoolDirectoryFile.read(text.getBytes(DecodedText.CP1251), MINE);
        assertEquals(List.of(), file.problems());
        assertEquals(2, file.rows().size());
        SchoolEntry branch = file.rows().get(1);
        assertEquals("Филиал МБОУ «СОШ № 7» в с. Петрово", branch.name());
        assertEquals(SchoolKind.BASIC, branch.details().kind());
        assertEquals(Locality.RURAL, branch.details().locality());
        assertEquals("atk-7", branch.parentCode());
        assertEquals(3, branch.line());
    }

    @Test
    void everyProblemIsReportedByLineAndColumn() {
        SchoolDirectoryFile file = read(HEADER
                + "abinsky;abn-9;СОШ № 9;СОШ;город;;;\n"          // another region's municipality
                + "atkarsky;АТК 1;СОШ № 1;СОШ;город;;;\n"           // not a code
                + "atkarsky;atk-2;;колледж;посёлок;;no-mail;\n"     // no name, unknown type and locality, bad e-mail
                + "atkarsky;atk-3;СОШ № 3;;;atk-3;;\n"              // its own branch
                + "balashovsky;bal-1;СОШ № 1;;;;;\n"
                + "balashovsky;bal-1;СОШ № 1 (дубль);;;;;\n");      // duplicate of line 6
        assertEquals(List.of(
                new ImportProblem(2, "Муниципалитет (код)", "import.error.municipality", "abinsky"),
                new ImportProblem(3, "Код школы", "import.error.code", "АТК 1"),
                new ImportProblem(4, "Полное наименование", "import.error.required"),
                new ImportProblem(4, "Тип", "import.error.choice", "колледж"),
                new ImportProblem(4, "Городская/сельская", "import.error.choice", "посёлок"),
                new ImportProblem(4, "Электронная почта", "import.error.email", "no-mail"),
                new ImportProblem(5, "Филиал школы (код)", "import.error.parent.self"),
                new ImportProblem(7, "Код школы", "import.error.duplicate", "bal-1", 6)),
                file.problems());
        assertEquals(1, file.rows().size(), "only bal-1 of line 6 was fine — and nothing is applied anyway");
    }

    @Test
    void wrongColumnsStopBeforeAnyLine() {
        SchoolDirectoryFile file = read("Код;Название;Цвет\natk-1;СОШ;синий\n");
        assertEquals(List.of(
                new ImportProblem(1, "Название", "import.error.column.unknown", "Название"),
                new ImportProblem(1, "Цвет", "import.error.column.unknown", "Цвет"),
                new ImportProblem(1, "Муниципалитет (код)", "import.error.column.missing", "Муниципалитет (код)"),
                new ImportProblem(1, "Полное наименование", "import.error.column.missing", "Полное наименование")),
                file.problems());
        assertTrue(file.rows().isEmpty());
    }

    @Test
    void emptyGarbledUnterminatedAndHugeFilesAreRefusedWithTheReason() {
        assertEquals(List.of(ImportProblem.ofFile("import.error.empty")),
                SchoolDirectoryFile.read(new byte[0], MINE).problems());
        assertEquals(List.of(ImportProblem.ofFile("import.error.empty")), read(HEADER).problems());

        String garbled = new String("atkarsky;atk-1;Школа № 1 города Аткарска\n".getBytes(StandardCharsets.UTF_8),
                DecodedText.CP1251);
        assertEquals(List.of(new ImportProblem(2, null, "import.error.garbled")),
                read("Муниципалитет (код);Код школы;Полное наименование\n" + garbled).problems());

        assertEquals(List.of(new ImportProblem(3, null, "import.error.quote")),
                read(HEADER + "atkarsky;atk-1;СОШ;;;;;\natkarsky;atk-2;\"СОШ;;;;;\n").problems());

        StringBuilder huge = new StringBuilder(HEADER);
        for (int i = 0; i <= SchoolDirectoryFile.MAX_ROWS; i++) {
            huge.append("atkarsky;s-").append(i).append(";СОШ\n");
        }
        assertEquals(List.of(ImportProblem.ofFile("import.error.tooLong", SchoolDirectoryFile.MAX_ROWS + 1,
                SchoolDirectoryFile.MAX_ROWS)), read(huge.toString()).problems());
    }
}
