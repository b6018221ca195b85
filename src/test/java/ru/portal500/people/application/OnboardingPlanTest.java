package ru.portal500.people.application;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.people.domain.StaffRole;
import ru.portal500.shared.imports.DecodedText;
import ru.portal500.shared.imports.ImportProblem;
import ru.portal500.shared.i18n.Texts;

import java.util.Locale;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading and checking an onboarding table: every problem by line and column, and nothing planned with one. */
class OnboardingPlanTest {

    private static final String HEADER = "ФИО;E-mail;Роль;Школа;Муниципалитет\n";
    private static final Scope ATKARSKY = Scope.ofMunicipality("64", "atkarsky");
    private static final Scope ATK_1 = Scope.ofSchool("64", "atkarsky", "atk-1");
    private static final Caller COORDINATOR = Caller.authenticated("c", "coordinator", "Координатор", List.of(),
            List.of("/64/atkarsky/municipal-coordinator"));
    private static final Caller OPERATOR = Caller.authenticated("o", "operator", "Оператор", List.of(),
            List.of("/64/regional-operator"));

    /** Аткарский район with its school СОШ № 1 (atk-1); nothing else is the coordinator's. */
    private static final OnboardingPlan.Places PLACES = new OnboardingPlan.Places() {
        @Override
        public Optional<Scope> municipality(String codeOrName) {
            return Set.of("atkarsky", "Аткарский район").contains(codeOrName) ? Optional.of(ATKARSKY) : Optional.empty();
        }

        @Override
        public Optional<Scope> school(Scope municipality, String codeOrName) {
            return (municipality == null || municipality.equals(ATKARSKY)) && Set.of("atk-1", "МБОУ СОШ № 1")
                    .contains(codeOrName) ? Optional.of(ATK_1) : Optional.empty();
        }
    };

    private static OnboardingPlan plan(byte[] file, Caller caller, Map<String, Set<Grant>> accounts) {
        return OnboardingPlan.of(OnboardingFile.read(file), "64", caller, PLACES,
                (email, place) -> Optional.ofNullable(accounts.get(email)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> where(List<ImportProblem> problems) {
        return problems.stream().map(p -> p.line() + " " + p.column() + " " + p.messageKey()).toList();
    }

    @Test
    void aGoodListPlansAnInvitationOrAGrantPerLine() {
        OnboardingPlan plan = plan(utf8(HEADER
                + "Иванова Анна Петровна;anna@school.ru;команда школы;atk-1;\n"
                + "Петров Иван;Petrov@School.ru;Куратор;МБОУ СОШ № 1;Аткарский район\n"
                + "Сидоров Олег;oleg@school.ru;наставник;;atkarsky\n"
                + "Орлова Ольга;olga@school.ru;эксперт;;atkarsky\n"), COORDINATOR,
                Map.of("oleg@school.ru", Set.of()));
        assertEquals(List.of(), plan.problems());
        assertTrue(plan.applicable());
        List<OnboardingPlan.Step> steps = plan.steps();
        assertEquals(new Grant(Role.SCHOOL_TEAM, ATK_1), steps.get(0).grant());
        assertEquals("Иванова", steps.get(0).row().lastName());
        assertEquals("Анна Петровна", steps.get(0).row().firstName());
        assertEquals("petrov@school.ru", steps.get(1).row().email());
        assertEquals(new Grant(Role.CURATOR, ATK_1), steps.get(1).grant());
        assertEquals(new Grant(Role.TEACHER, ATKARSKY), steps.get(2).grant());
        assertTrue(steps.get(2).existingAccount());
        assertFalse(steps.get(0).existingAccount());
        assertEquals(new Grant(Role.EXPERT, ATKARSKY), steps.get(3).grant());
    }

    @Test
    void everyProblemIsToldByLineAndColumnAndNothingIsPlanned() {
        OnboardingPlan plan = plan(utf8(HEADER
                + "Иванова Анна;anna@school.ru;команда школы;atk-99;\n"
                + "Петров Иван;anna@school.ru;куратор;atk-1;\n"
                + "Сидоров Олег;oleg@school.ru;региональный оператор;;\n"
                + "Орлова Ольга;olga@school.ru;эксперт;;balashovsky\n"
                + "Козлов;not-an-address;директор;;\n"
                + "Смирнов Пётр;petr@school.ru;куратор;;atkarsky\n"
                + "Волков Иван;volkov@school.ru;куратор;atk-1;\n"), COORDINATOR,
                Map.of("volkov@school.ru", Set.of(new Grant(Role.CURATOR, ATK_1))));
        assertEquals(List.of(
                "2 Школа onboarding.error.school",
                "3 E-mail onboarding.error.duplicate",
                "4 Роль onboarding.error.forbidden",
                "5 Муниципалитет import.error.municipality",
                "6 ФИО onboarding.error.name",
                "6 E-mail import.error.email",
                "6 Роль onboarding.error.role",
                "7 Школа onboarding.error.schoolRequired",
                "8 E-mail onboarding.error.holds"), where(plan.problems()));
        assertFalse(plan.applicable());
        assertEquals(List.of("anna@school.ru", 2), List.of(plan.problems().get(1).arguments()));
    }

    @Test
    void aRegionalOperatorGrantsRegionalRolesACoordinatorDoesNot() {
        String file = HEADER + "Сидоров Олег;oleg@school.ru;эксперт;;\n"
                + "Орлова Ольга;olga@school.ru;муниципальный координатор;;atkarsky\n";
        assertEquals(List.of(), plan(utf8(file), OPERATOR, Map.of()).problems());
        assertEquals(List.of("2 Роль onboarding.error.forbidden", "3 Роль onboarding.error.forbidden"),
                where(plan(utf8(file), COORDINATOR, Map.of()).problems()));
    }

    @Test
    void windows1251AndUtf16FilesAreReadWithTheirProblemsInPlace() {
        String text = HEADER + "Иванова Анна;anna@school.ru;команда школы;atk-1;\n"
                + "Петров Иван;ivan@school.ru;завуч;atk-1;\n";
        for (byte[] file : List.of(text.getBytes(DecodedText.CP1251),
                ("\uFEFF" + text.replace(';', '\t')).getBytes(StandardCharsets.UTF_16LE))) {
            OnboardingPlan plan = plan(file, COORDINATOR, Map.of());
            assertEquals(List.of("3 Роль onboarding.error.role"), where(plan.problems()));
            assertEquals(List.of("завуч", new Texts.Phrase("onboarding.roles.coordinator")),
                    List.of(plan.problems().get(0).arguments()));
            assertEquals("Иванова", plan.steps().get(0).row().lastName());
        }
    }

    @Test
    void roleWordsAreReadInAnyCase() {
        assertEquals(Optional.of(StaffRole.TUTOR), StaffRole.of("  Тьютор "));
        assertEquals(Optional.of(StaffRole.SCHOOL_TEAM), StaffRole.of("Управленческая   команда"));
        assertEquals(Optional.of(StaffRole.REGIONAL_OPERATOR), StaffRole.of("regional-operator"));
        assertEquals(Optional.empty(), StaffRole.of("директор"));
    }

    /** What the coordinator reads for a line: the problem's message in the language asked for. */
    private static List<String> told(List<ImportProblem> problems, Locale locale) {
        return problems.stream().map(p -> p.line() + " " + p.column() + ": "
                + Texts.get(locale, p.messageKey(), p.arguments())).toList();
    }

    @Test
    void aRoleTheCoordinatorMayNotGrantIsToldSoWhereverItIsPlaced() {
        String file = HEADER + "Сидоров Олег;oleg@school.ru;региональный оператор;;atkarsky\n"
                + "Орлова Ольга;olga@school.ru;муниципальный координатор;;atkarsky\n";
        assertEquals(List.of("2 Роль: Вы не можете назначить роль «региональный оператор» здесь.",
                        "3 Роль: Вы не можете назначить роль «муниципальный координатор» здесь."),
                told(plan(utf8(file), COORDINATOR, Map.of()).problems(), Texts.RUSSIAN));
        assertEquals(List.of("2 Муниципалитет: Роль «региональный оператор» назначается на весь регион: "
                        + "оставьте столбцы «Школа» и «Муниципалитет» пустыми."),
                told(plan(utf8(file), OPERATOR, Map.of()).problems(), Texts.RUSSIAN));
    }

    @Test
    void theUnknownRoleMessageListsTheRolesTheHintListsForTheCaller() {
        String file = HEADER + "Петров Иван;ivan@school.ru;завуч;atk-1;\n";
        assertEquals(List.of("2 Роль: Роль «завуч» неизвестна: допустимы команда школы, куратор, наставник, тьютор, "
                        + "эксперт, педагог."),
                told(plan(utf8(file), COORDINATOR, Map.of()).problems(), Texts.RUSSIAN));
        assertEquals(Texts.get(Texts.RUSSIAN, "onboarding.roles.coordinator"),
                Texts.get(Texts.RUSSIAN, OnboardingPlan.grantableRolesKey(COORDINATOR)));
        assertEquals(List.of("2 Роль: Роль «завуч» неизвестна: допустимы команда школы, куратор, наставник, тьютор, "
                        + "эксперт, педагог, муниципальный координатор, региональный оператор."),
                told(plan(utf8(file), OPERATOR, Map.of()).problems(), Texts.RUSSIAN));
        // The hint names the same roles: the caller may grant every role word it lists, and no other.
        for (Caller caller : List.of(COORDINATOR, OPERATOR)) {
            String listed = Texts.get(Texts.RUSSIAN, OnboardingPlan.grantableRolesKey(caller));
            for (StaffRole role : StaffRole.values()) {
                String word = role.name().toLowerCase(Locale.ROOT);
                boolean named = java.util.Arrays.stream(listed.split(", ")).map(w -> StaffRole.of(w).orElseThrow())
                        .anyMatch(r -> r == role);
                assertEquals(caller.mayGrantRole(role.role()), named, word + " for " + caller.getUsername());
            }
        }
    }
}
