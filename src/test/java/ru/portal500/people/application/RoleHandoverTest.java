package ru.portal500.people.application;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.application.PeopleAdministration;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Person;
import ru.portal500.identity.domain.Role;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.application.TerritoryDirectory;
import ru.portal500.tenancy.domain.Scope;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What the handover form answers when it cannot hand a role over: the empty fields first, in the form's order, then
 * the role and the place in words (never "regional-operator" or "/64/atkarsky").
 */
class RoleHandoverTest {

    private static final Scope ATKARSKY = Scope.ofMunicipality("64", "atkarsky");
    private static final Scope ATK_1 = Scope.ofSchool("64", "atkarsky", "atk-1");

    private final RoleHandover handover = new RoleHandover();

    RoleHandoverTest() {
        handover.people = new PeopleAdministration() {
            @Override
            public Optional<Person> person(String username, Scope within) {
                return Optional.ofNullable(Map.of(
                        "operator", Set.<Grant>of(),
                        "teacher", Set.of(new Grant(Role.TEACHER, ATK_1))).get(username))
                        .map(grants -> new Person(username, username, grants));
            }
        };
        handover.territories = new TerritoryDirectory() {
            @Override
            public Optional<String> placeName(Scope scope) {
                return Optional.ofNullable(Map.of(ATKARSKY, "Аткарский муниципальный район",
                        ATK_1, "МБОУ «СОШ № 1 г. Аткарска»").get(scope));
            }
        };
    }

    private String refusal(String from, String to, String role, String scope, Locale locale) {
        HandoverRequest request = new HandoverRequest();
        request.from = from;
        request.to = to;
        request.role = role;
        request.scope = scope;
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> handover.handOver(request));
        return Texts.get(locale, refused.messageKey(), refused.arguments());
    }

    @Test
    void aRoleNotHeldAtThePlaceIsToldByTheRolesAndThePlacesNames() {
        assertEquals("Роль «Региональный оператор» не выдаётся в «Аткарский муниципальный район»: выберите в списке "
                        + "«Где» место, где её держат.",
                refusal("operator", "teacher", "regional-operator", "/64/atkarsky", Texts.RUSSIAN));
        assertEquals("The role \"Regional operator\" is not granted in \"Аткарский муниципальный район\": choose in "
                        + "the list \"Where\" a place where it is held.",
                refusal("operator", "teacher", "regional-operator", "/64/atkarsky", Locale.ENGLISH));
    }

    @Test
    void emptyFieldsAreAskedForBeforeAnythingElseInTheFormsOrder() {
        assertEquals("Укажите, кто передаёт роль (логин).",
                refusal("", " ", "regional-operator", "/64/atkarsky", Texts.RUSSIAN));
        assertEquals("Укажите, кто передаёт роль (логин).",
                refusal(null, null, null, null, Texts.RUSSIAN));
        assertEquals("Укажите, кому передать роль (логин или e-mail).",
                refusal("operator", "  ", "regional-operator", "/64/atkarsky", Texts.RUSSIAN));
        assertEquals("Выберите в списке «Где», где передаётся роль.",
                refusal("operator", "teacher", "curator", "", Texts.RUSSIAN));
    }

    @Test
    void aPersonWithoutTheRoleIsToldWithTheRoleAndThePlaceInWords() {
        assertEquals("У пользователя «operator» нет роли «Куратор» в «МБОУ «СОШ № 1 г. Аткарска»».",
                refusal("operator", "teacher", "curator", "/64/atkarsky/atk-1", Texts.RUSSIAN));
    }
}
