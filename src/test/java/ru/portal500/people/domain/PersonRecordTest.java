package ru.portal500.people.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.shared.domain.InvalidRequestException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonRecordTest {

    private static final Instant T0 = Instant.parse("2100-01-10T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);
    private static final Scope ATK_1 = Scope.ofSchool("64", "atkarsky", "atk-1");
    private static final Scope ATKARSKY = Scope.ofMunicipality("64", "atkarsky");
    private static final Scope BALASHOVSKY = Scope.ofMunicipality("64", "balashovsky");

    private static PersonRecord fresh() {
        return new PersonRecord("sub-1", "ivanova", "Иванова Анна", "Anna@Example.ru", "ivanova", T0);
    }

    @Test
    void aNewRecordKeepsTheTokensNamesAndSaysItWasCreated() {
        PersonRecord record = fresh();
        assertEquals("Иванова Анна", record.getFullName());
        assertEquals("anna@example.ru", record.getEmail());
        assertEquals("ru", record.getLanguage());
        assertFalse(record.hasConsented());
        assertEquals(List.of(PersonField.CREATED), record.getHistory().stream().map(PersonChange::getField).toList());
    }

    @Test
    void aLoginRefreshesNamesAndEmailAndRecordsOnlyWhatChanged() {
        PersonRecord record = fresh();
        record.loggedIn("ivanova", "Иванова Анна", "anna@example.ru", Set.of(), T1);
        assertEquals(1, record.getHistory().size(), "the same names change nothing");
        record.loggedIn("ivanova", "Петрова Анна", "petrova@example.ru", Set.of(), T1.plusSeconds(1));
        assertEquals("Петрова Анна", record.getFullName());
        assertEquals("petrova@example.ru", record.getEmail());
        PersonChange newest = record.getHistory().get(0);
        assertEquals(Set.of(PersonField.NAME, PersonField.EMAIL),
                Set.of(record.getHistory().get(0).getField(), record.getHistory().get(1).getField()));
        assertEquals("ivanova", newest.getChangedBy());
        assertEquals(T1.plusSeconds(1), record.getLastLoginAt());
    }

    @Test
    void theHomeOrganisationFollowsTheOnlyPlaceOfTheGrants() {
        PersonRecord record = fresh();
        record.loggedIn("ivanova", "Иванова Анна", null, Set.of(ATK_1), T1);
        assertEquals(Optional.of(ATK_1), record.getHome());
        assertEquals(HomeSource.GRANT, record.getHomeSource());
        assertEquals("64/atkarsky", record.getMunicipalityKey());
        assertEquals("64", record.getRegionCode());
        assertEquals("anna@example.ru", record.getEmail(), "a token without e-mail keeps the address");
    }

    @Test
    void severalPlacesLeaveTheHomeUnsetAndTheRecordToTheRegion() {
        PersonRecord record = fresh();
        record.placesAre(Set.of(ATKARSKY, BALASHOVSKY), "ivanova", T1);
        assertEquals(Optional.empty(), record.getHome());
        assertNull(record.getMunicipalityKey());
        assertEquals("64", record.getRegionCode());
        record.placesAre(Set.of(Scope.ofRegion("64")), "ivanova", T1);
        assertEquals(Optional.empty(), record.getHome(), "a region is no home organisation");
    }

    @Test
    void aCoordinatorsHomeStaysWhateverTheGrantsSay() {
        PersonRecord record = fresh();
        record.placesAre(Set.of(ATK_1), "ivanova", T0);
        record.setHomeBy(ATKARSKY, "coordinator", T1);
        record.loggedIn("ivanova", "Иванова Анна", null, Set.of(Scope.ofSchool("64", "balashovsky", "bal-1")), T1);
        assertEquals(Optional.of(ATKARSKY), record.getHome());
        assertEquals(HomeSource.COORDINATOR, record.getHomeSource());
        assertEquals("64/atkarsky", record.getMunicipalityKey());
        PersonChange set = record.getHistory().stream().filter(c -> "coordinator".equals(c.getChangedBy()))
                .findFirst().orElseThrow();
        assertEquals("/64/atkarsky/atk-1", set.getOldValue());
        assertEquals("/64/atkarsky", set.getNewValue());
    }

    @Test
    void aRegionIsRefusedAsAHomeOrganisation() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> fresh().setHomeBy(Scope.ofRegion("64"), "operator", T1));
        assertEquals("profile.error.homeLevel", refused.messageKey());
    }

    @Test
    void theLanguageIsRussianOrEnglishOnly() {
        PersonRecord record = fresh();
        record.chooseLanguage("en", "ivanova", T1);
        assertEquals("en", record.getLanguage());
        assertEquals(PersonField.LANGUAGE, record.getHistory().get(0).getField());
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> record.chooseLanguage("de", "ivanova", T1));
        assertEquals("profile.error.language", refused.messageKey());
        assertEquals("en", record.getLanguage());
    }

    @Test
    void kindsTakenOnlyInThePortalAreNotMailed() {
        PersonRecord record = fresh();
        assertTrue(record.wantsMail(NotificationKind.DOCUMENTS));
        record.takeOnlyInPortal(EnumSet.of(NotificationKind.DOCUMENTS, NotificationKind.PAIRS), "ivanova", T1);
        assertFalse(record.wantsMail(NotificationKind.DOCUMENTS));
        assertTrue(record.wantsMail(NotificationKind.EXPERTISE));
        assertEquals(EnumSet.of(NotificationKind.DOCUMENTS, NotificationKind.PAIRS), record.onlyInPortal());
        assertEquals("DOCUMENTS,PAIRS", record.getHistory().get(0).getNewValue());
    }

    @Test
    void everyMailMayWaitForTheDailyDigestAndTheChoiceIsOnRecordOnce() {
        PersonRecord record = fresh();
        assertFalse(record.isMailDigest(), "one mail per notification until the person chooses");
        int before = record.getHistory().size();
        record.takeMailInDigest(true, "ivanova", T1);
        record.takeMailInDigest(true, "ivanova", T1.plusSeconds(60));
        assertTrue(record.isMailDigest());
        assertEquals(before + 1, record.getHistory().size(), "choosing the same again is no change");
        assertEquals(PersonField.MAIL_DIGEST, record.getHistory().get(0).getField());
        assertEquals("true", record.getHistory().get(0).getNewValue());
    }

    @Test
    void theConsentKeepsItsDateAndIsGivenOnce() {
        PersonRecord record = fresh();
        record.consent("ivanova", T1);
        record.consent("ivanova", T1.plusSeconds(60));
        assertTrue(record.hasConsented());
        assertEquals(T1, record.getConsentAt());
        assertEquals(1, record.getHistory().stream().filter(c -> c.getField() == PersonField.CONSENT).count());
    }

    @Test
    void notificationKindsComeFromTheMessageKey() {
        assertEquals(Optional.of(NotificationKind.DOCUMENTS), NotificationKind.ofMessageKey("notification.document.returned"));
        assertEquals(Optional.of(NotificationKind.PAIRS), NotificationKind.ofMessageKey("notification.pairHelper.CURATOR"));
        assertEquals(Optional.of(NotificationKind.EXPERTISE), NotificationKind.ofMessageKey("notification.expertise.overdue"));
        assertEquals(Optional.empty(), NotificationKind.ofMessageKey("notification.mail.subject"));
        assertEquals(Optional.empty(), NotificationKind.ofMessageKey(null));
    }
}
