package ru.portal500.registry.application;

import org.junit.jupiter.api.Test;
import ru.portal500.registry.domain.AssessmentEntry;
import ru.portal500.registry.domain.AssessmentProcedure;
import ru.portal500.shared.imports.DecodedText;
import ru.portal500.shared.imports.ImportProblem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AssessmentResultsFileTest {

    private static final String HEADER = "Муниципалитет (код);Код школы;Учебный год;Процедура;Предмет;"
            + "Доля неудовлетворительных, %\n";
    private static final Set<String> SCHOOLS = Set.of("atkarsky/atk-1", "atkarsky/atk-3");

    @Test
    void threeYearFormatsAndThreeShareFormats() {
        AssessmentResultsFile file = AssessmentResultsFile.read((HEADER
                + "atkarsky;atk-1;2024/25;ВПР;математика;31,5\n"
                + "atkarsky;atk-1;2023-2024;ОГЭ;русский язык;\"27.0 %\"\n"
                + "atkarsky;atk-3;2025;ЕГЭ;математика;8\n").getBytes(DecodedText.CP1251), SCHOOLS);
        assertEquals(List.of(), file.problems());
        assertEquals(List.of(
                new AssessmentEntry(2, "atkarsky", "atk-1", 2025, AssessmentProcedure.VPR, "математика", 31.5),
                new AssessmentEntry(3, "atkarsky", "atk-1", 2024, AssessmentProcedure.OGE, "русский язык", 27.0),
                new AssessmentEntry(4, "atkarsky", "atk-3", 2025, AssessmentProcedure.EGE, "математика", 8.0)),
                file.lines());
    }

    @Test
    void badValuesAreReportedWhereTheyAre() {
        AssessmentResultsFile file = AssessmentResultsFile.read((HEADER
                + "atkarsky;atk-9;2024/25;ВПР;математика;31\n"
                + "atkarsky;atk-1;2024/26;ВПР;математика;31\n"
                + "atkarsky;atk-1;2025;ЕГЭ-2;математика;131\n"
                + "atkarsky;atk-1;2025;ВПР;математика;10\n"
                + "atkarsky;atk-1;2024/25;впр;Математика;12\n").getBytes(StandardCharsets.UTF_8), SCHOOLS);
        assertEquals(List.of(
                new ImportProblem(2, "Код школы", "import.error.school", "atk-9"),
                new ImportProblem(3, "Учебный год", "import.error.year", "2024/26"),
                new ImportProblem(4, "Процедура", "import.error.choice", "ЕГЭ-2"),
                new ImportProblem(4, "Доля неудовлетворительных, %", "import.error.share", "131"),
                new ImportProblem(6, "Предмет", "import.error.duplicate.result", 5)), file.problems());
    }

    @Test
    void yearsAndShares() {
        assertEquals(Optional.of(2000), AssessmentResultsFile.schoolYear("1999/00"), "across a century");
        assertEquals(Optional.of(2026), AssessmentResultsFile.schoolYear("2025 – 2026"));
        assertEquals(Optional.empty(), AssessmentResultsFile.schoolYear("прошлый год"));
        assertEquals(Optional.of(0.0), AssessmentResultsFile.share("0"));
        assertEquals(Optional.empty(), AssessmentResultsFile.share("-1"));
        assertEquals(Optional.empty(), AssessmentResultsFile.share("много"));
    }
}
