package ru.portal500.people.application;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.application.PeopleAdministration;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Person;
import ru.portal500.identity.domain.Role;
import ru.portal500.identity.infrastructure.KeycloakUnavailableException;
import ru.portal500.people.domain.PersonRecord;
import ru.portal500.people.infrastructure.PersonRepository;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.application.TerritoryDirectory;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.Scope;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Applying an onboarding file when Keycloak fails part-way: the lines are applied in order, each whole or not at all;
 * applying stops at the line that failed; the lines before it stay done and recorded and the outcome names, in
 * Russian, the lines done and those not; a new upload of the same file then names the lines done (they hold their
 * role already) and, once they are left out, applies the rest without a second invitation to anybody.
 */
class OnboardingTest {

    private static final String HEADER = "ФИО;E-mail;Роль;Школа;Муниципалитет\n";
    private static final Region SARATOV = new Region("64", "Саратовская область");
    private static final Municipality ATKARSKY = new Municipality(SARATOV, "atkarsky", "Аткарский район");
    private static final School ATK_1 = new School(ATKARSKY, "atk-1", "МБОУ СОШ № 1");
    private static final Caller COORDINATOR = Caller.authenticated("c", "coordinator", "Координатор", List.of(),
            List.of("/64/atkarsky/municipal-coordinator"));

    /** Keycloak as the people's side sees it: accounts and their grants; it fails on the addresses told to. */
    static final class FakeKeycloak extends PeopleAdministration {
        final Map<String, Set<Grant>> accounts = new LinkedHashMap<>();
        final List<String> invitations = new ArrayList<>();
        final Set<String> failing = new HashSet<>();
        boolean down;

        @Override
        public Optional<Person> person(String username, Scope within) {
            return Optional.ofNullable(accounts.get(username)).map(g -> new Person(username, username, Set.copyOf(g)));
        }

        @Override
        public void grant(String username, Grant grant) {
            failIfAsked(username);
            accounts.get(username).add(grant);
        }

        @Override
        public String invite(String email, String firstName, String lastName, Grant grant) {
            failIfAsked(email);
            if (accounts.containsKey(email)) {
                throw new InvalidRequestException("people.error.exists", email);
            }
            accounts.put(email, new HashSet<>(Set.of(grant)));
            invitations.add(email);
            return "subject-of-" + email;
        }

        private void failIfAsked(String email) {
            if (down || failing.contains(email)) {
                // What the Keycloak calls throw: the account was not made (or was taken back), no mail went out.
                throw new KeycloakUnavailableException("create user answered 503");
            }
        }
    }

    private final FakeKeycloak keycloak = new FakeKeycloak();
    private final List<PersonRecord> recorded = new ArrayList<>();
    private final Onboarding onboarding = new Onboarding();

    OnboardingTest() {
        onboarding.guard = new AccessGuard() {
            @Override
            public Caller caller() {
                return COORDINATOR;
            }
        };
        onboarding.territories = new TerritoryDirectory() {
            @Override
            public List<Municipality> municipalities() {
                return List.of(ATKARSKY);
            }

            @Override
            public List<School> schoolsOf(Municipality municipality) {
                return List.of(ATK_1);
            }

            @Override
            public String describe(Scope scope) {
                return scope.groupPath();
            }
        };
        onboarding.people = keycloak;
        onboarding.records = new PersonRepository() {
            @Override
            public void add(PersonRecord record) {
                recorded.add(record);
            }
        };
    }

    private static byte[] file(String... lines) {
        return (HEADER + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static final String ANNA = "Иванова Анна;anna@school.ru;наставник;atk-1;";
    private static final String IVAN = "Петров Иван;ivan@school.ru;педагог;;atkarsky";
    private static final String OLEG = "Сидоров Олег;oleg@school.ru;тьютор;atk-1;";
    private static final String OLGA = "Орлова Ольга;olga@school.ru;куратор;atk-1;";

    @Test
    void whenKeycloakFailsOnTheThirdLineTheFirstTwoStayDoneAndTheOutcomeSaysWhichLinesWereNot() {
        keycloak.accounts.put("ivan@school.ru", new HashSet<>());
        keycloak.failing.add("oleg@school.ru");

        OnboardingOutcome outcome = onboarding.onboard("64", file(ANNA, IVAN, OLEG, OLGA), false);

        assertFalse(outcome.applied());
        assertTrue(outcome.stopped());
        assertEquals(4, outcome.stop().line());
        assertEquals(List.of(2, 3), outcome.done().stream().map(OnboardingOutcome.Line::line).toList());
        assertEquals(List.of(4, 5), outcome.notDone().stream().map(OnboardingOutcome.Line::line).toList());
        assertEquals(1, outcome.invited(), "only Анна was invited");
        assertEquals(1, outcome.granted(), "Иван got the role");
        assertEquals(List.of("anna@school.ru"), keycloak.invitations);
        assertEquals(Set.of(new Grant(Role.TEACHER, ATKARSKY.scope())), keycloak.accounts.get("ivan@school.ru"));
        assertFalse(keycloak.accounts.containsKey("oleg@school.ru"));
        assertFalse(keycloak.accounts.containsKey("olga@school.ru"), "nothing after the failed line");
        assertEquals(List.of("anna@school.ru"), recorded.stream().map(PersonRecord::getEmail).toList(),
                "the invited person's record is kept with the lines done");
        assertEquals("Список применён не полностью. Строка 4 не применена: сервер учётных записей (Keycloak) не "
                + "ответил как следует. Применены строки: 2, 3 — приглашения отправлены, роли назначены; повторять их "
                + "не нужно. Не применены строки: 4, 5 — загрузите их снова, когда причина будет устранена (в полном "
                + "файле проверка назовёт уже применённые строки как имеющие роль).",
                outcome.stopTold(Texts.RUSSIAN));
    }

    @Test
    void theSameFileAgainNamesTheLinesDoneAndTheRestAloneIsAppliedWithoutASecondInvitation() {
        keycloak.failing.add("oleg@school.ru");
        onboarding.onboard("64", file(ANNA, IVAN, OLEG, OLGA), false);
        keycloak.failing.clear();

        OnboardingOutcome again = onboarding.onboard("64", file(ANNA, IVAN, OLEG, OLGA), true);
        assertEquals(List.of("2 E-mail onboarding.error.holds", "3 E-mail onboarding.error.holds"),
                again.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.messageKey()).toList());
        assertFalse(onboarding.onboard("64", file(ANNA, IVAN, OLEG, OLGA), false).applied(), "nothing is done twice");

        OnboardingOutcome rest = onboarding.onboard("64", file(OLEG, OLGA), false);
        assertTrue(rest.applied());
        assertFalse(rest.stopped());
        assertEquals(List.of("anna@school.ru", "ivan@school.ru", "oleg@school.ru", "olga@school.ru"), keycloak.invitations,
                "each person invited once");
    }

    @Test
    void aRefusalOfTheFirstLineLeavesNothingDoneAndSaysWhy() {
        keycloak.down = true;
        OnboardingOutcome outcome = onboarding.onboard("64", file(ANNA, IVAN), false);
        assertTrue(outcome.stopped());
        assertTrue(outcome.stop().unavailable());
        assertEquals(List.of(), outcome.done());
        assertEquals(List.of(), recorded);
        String told = outcome.stopTold(Texts.RUSSIAN);
        assertTrue(told.contains("Ни одна строка не применена.") && told.contains("Не применены строки: 2, 3 —"), told);
    }

    @Test
    void anAccountMadeMeanwhileStopsItsLineWithItsOwnReason() {
        OnboardingOutcome checked = onboarding.onboard("64", file(ANNA, OLEG), true);
        assertTrue(checked.lines().stream().allMatch(OnboardingOutcome.Line::invited));
        // Between the check and the application someone invites Олег by hand: the plan's invitation is refused.
        FakeKeycloak meanwhile = keycloak;
        onboarding.people = new PeopleAdministration() {
            @Override
            public Optional<Person> person(String username, Scope within) {
                return meanwhile.person(username, within);
            }

            @Override
            public String invite(String email, String firstName, String lastName, Grant grant) {
                if (email.equals("oleg@school.ru")) {
                    throw new InvalidRequestException("people.error.exists", email);
                }
                return meanwhile.invite(email, firstName, lastName, grant);
            }
        };
        OnboardingOutcome outcome = onboarding.onboard("64", file(ANNA, OLEG), false);
        assertFalse(outcome.stop().unavailable());
        assertTrue(outcome.stopTold(Texts.RUSSIAN).startsWith("Список применён не полностью. Строка 3 не применена: "
                + "Пользователь с адресом oleg@school.ru уже есть: выдайте ему роль, а не приглашение. "
                + "Применены строки: 2 —"), outcome.stopTold(Texts.RUSSIAN));
    }

    @Test
    void thePagesMessageTellsAppliedStoppedOrRefused() {
        assertEquals("Список применён.", Texts.get(Texts.RUSSIAN, "onboarding.message.applied", 0));
        assertEquals("Список применён не полностью: что сделано и что нет — в отчёте.",
                Texts.get(Texts.RUSSIAN, "onboarding.message.applied", 1));
        assertEquals("Список не применён, ничего не изменено: что мешает — в отчёте.",
                Texts.get(Texts.RUSSIAN, "onboarding.message.applied", 2));
    }

    @Test
    void lineNumbersReadAsRanges() {
        List<OnboardingOutcome.Line> lines = List.of(2, 3, 4, 7, 9, 10).stream()
                .map(n -> new OnboardingOutcome.Line(n, "", "", "", "", true)).toList();
        assertEquals("2\u20134, 7, 9, 10", OnboardingOutcome.numbers(lines));
    }
}
