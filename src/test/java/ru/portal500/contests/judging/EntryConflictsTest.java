package ru.portal500.contests.judging;

import org.junit.jupiter.api.Test;
import ru.portal500.expertise.domain.ConflictsOfInterest;
import ru.portal500.shared.i18n.Texts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.contests.judging.JudgingSamples.assertRefused;

/** School 1 (ШНОР) is curated by school 10, with curator "petrov" and mentor "ivanova"; school 2 by school 20. */
class EntryConflictsTest {

    private static final ConflictsOfInterest PAIRS = new ConflictsOfInterest(Map.of(1L, 10L, 2L, 20L),
            Map.of(1L, Set.of("petrov", "ivanova")));

    private static final Instant NOW = Instant.parse("2026-11-05T10:00:00Z");

    private static EntryParties entryOf(long school, String... authors) {
        return new EntryParties(100 + school, school, Set.of(authors));
    }

    @Test
    void aJurorOfTheEntrysOwnSchoolIsFlaggedAndRefused() {
        JurorTies juror = JurorTies.of("smirnova", 2L);
        EntryParties entry = entryOf(2, "kozlova");
        assertEquals(Set.of(ConflictReason.OWN_SCHOOL), EntryConflicts.reasons(juror, entry));
        assertFalse(EntryConflicts.mayJudge(juror, entry, null));
        String russian = assertRefused("contests.conflict.refused",
                () -> EntryConflicts.requireMayJudge(juror, entry, null));
        assertEquals("Вы не можете оценивать эту работу из-за конфликта интересов. Работа подана школой, в которой "
                + "работает член жюри.", russian);
        assertTrue(EntryConflicts.reasons(juror, entryOf(1, "kozlova")).isEmpty());
    }

    @Test
    void thePairsOfTheCampaignGiveThePairedAndTheHelpedSchools() {
        JurorTies atCuratorSchool = JurorTies.fromPairs(PAIRS, "orlov", 10L);
        assertEquals(Set.of(1L), atCuratorSchool.pairSchools());
        assertEquals(Set.of(ConflictReason.PAIRED_SCHOOL), EntryConflicts.reasons(atCuratorSchool, entryOf(1)));
        assertEquals(Set.of(ConflictReason.OWN_SCHOOL), EntryConflicts.reasons(atCuratorSchool, entryOf(10)));
        assertTrue(EntryConflicts.reasons(atCuratorSchool, entryOf(2)).isEmpty(), "another pair");

        JurorTies atSupportedSchool = JurorTies.fromPairs(PAIRS, "lebedev", 1L);
        assertEquals(Set.of(ConflictReason.PAIRED_SCHOOL), EntryConflicts.reasons(atSupportedSchool, entryOf(10)));

        JurorTies mentor = JurorTies.fromPairs(PAIRS, "ivanova", 30L);
        assertEquals(Set.of(ConflictReason.HELPED_SCHOOL), EntryConflicts.reasons(mentor, entryOf(1)));
        assertTrue(EntryConflicts.reasons(mentor, entryOf(10)).isEmpty());

        JurorTies nowhere = JurorTies.fromPairs(PAIRS, "sokolov", null);
        assertTrue(EntryConflicts.reasons(nowhere, entryOf(1)).isEmpty(), "no home school: no school conflict");
    }

    @Test
    void authorshipCoAuthorshipAndDeclarationsConflictToo() {
        EntryParties entry = entryOf(2, "kozlova", "belova");
        assertEquals(Set.of(ConflictReason.AUTHOR), EntryConflicts.reasons(JurorTies.of("belova", null), entry));
        assertEquals(Set.of(ConflictReason.AUTHOR), EntryConflicts.reasons(
                JurorTies.of("volkov", null).withAuthoredEntries(Set.of(entry.entryId())), entry));
        assertEquals(Set.of(ConflictReason.CO_AUTHOR), EntryConflicts.reasons(
                JurorTies.of("volkov", null).withCoAuthors(Set.of("kozlova", "zaitsev")), entry));
        assertEquals(Set.of(ConflictReason.DECLARED), EntryConflicts.reasons(
                JurorTies.of("volkov", null).withDeclaredEntries(Set.of(entry.entryId())), entry));
        JurorTies everything = JurorTies.fromPairs(PAIRS, "petrov", 1L).withCoAuthors(Set.of("kozlova"))
                .withDeclaredEntries(Set.of(101L));
        assertEquals(EnumSet.of(ConflictReason.OWN_SCHOOL, ConflictReason.HELPED_SCHOOL, ConflictReason.CO_AUTHOR,
                ConflictReason.DECLARED), EntryConflicts.reasons(everything, entryOf(1, "kozlova")));
        assertTrue(EntryConflicts.reasons(JurorTies.of("volkov", 2L), new EntryParties(5, null, Set.of("kozlova")))
                .isEmpty(), "a teacher's own entry with no school");
    }

    @Test
    void anOverrideNeedsAReasonAndCoversOnlyTheConflictsItNames() {
        JurorTies juror = JurorTies.fromPairs(PAIRS, "orlov", 10L);
        EntryParties entry = entryOf(1, "kozlova");
        Set<ConflictReason> conflicts = EntryConflicts.reasons(juror, entry);
        assertRefused("contests.conflict.override.reasonRequired",
                () -> ConflictOverride.grant(entry.entryId(), "orlov", conflicts, " ", "organiser", NOW));
        ConflictOverride override = ConflictOverride.grant(entry.entryId(), "orlov", conflicts,
                "Единственный в жюри специалист по начальной школе", "organiser", NOW);
        assertTrue(EntryConflicts.mayJudge(juror, entry, override));
        assertDoesNotThrow(() -> EntryConflicts.requireMayJudge(juror, entry, override));

        JurorTies declaredLater = juror.withDeclaredEntries(Set.of(entry.entryId()));
        assertFalse(EntryConflicts.mayJudge(declaredLater, entry, override), "a new conflict is not overridden");
        String russian = assertRefused("contests.conflict.refused",
                () -> EntryConflicts.requireMayJudge(declaredLater, entry, override));
        assertTrue(russian.endsWith("Член жюри заявил о конфликте интересов."), russian);

        assertFalse(EntryConflicts.mayJudge(JurorTies.fromPairs(PAIRS, "lebedev", 10L), entry, override),
                "an override is for one juror");
        assertFalse(EntryConflicts.mayJudge(juror, entryOf(10), override), "and one entry");
    }

    @Test
    void authorshipAndDeclarationsCannotBeOverridden() {
        String russian = assertRefused("contests.conflict.override.notAllowed",
                () -> ConflictOverride.grant(1, "belova", Set.of(ConflictReason.OWN_SCHOOL, ConflictReason.AUTHOR),
                        "Причина", "organiser", NOW));
        assertEquals("Этот конфликт интересов снять нельзя. Член жюри — автор или соавтор работы.", russian);
        assertRefused("contests.conflict.override.notAllowed",
                () -> ConflictOverride.grant(1, "belova", Set.of(ConflictReason.DECLARED), "Причина", "organiser",
                        NOW));
        assertRefused("contests.conflict.override.nothingToOverride",
                () -> ConflictOverride.grant(1, "belova", Set.of(), "Причина", "organiser", NOW));
    }

    @Test
    void everyReasonHasARussianText() {
        for (ConflictReason reason : ConflictReason.values()) {
            assertTrue(Texts.get(Texts.RUSSIAN, reason.messageKey()).matches(".*[А-Яа-я].*"), reason.name());
        }
    }
}
