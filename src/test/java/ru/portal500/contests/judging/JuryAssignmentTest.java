package ru.portal500.contests.judging;

import org.junit.jupiter.api.Test;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.i18n.Texts.Phrase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The automatic assignment of a nomination's jury. Entries are numbered from 1; entry {@code k} of a sample comes from
 * school {@code 1 + k % schools}; juror "jS" works at school S.
 */
class JuryAssignmentTest {

    private static final Instant NOW = Instant.parse("2026-11-05T10:00:00Z");

    static List<EntryParties> entries(int count, int schools) {
        List<EntryParties> entries = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            entries.add(new EntryParties(k, 1L + k % schools, Set.of("author" + k)));
        }
        return entries;
    }

    static JuryMember juror(String id, Long school) {
        return JuryMember.of(JurorTies.of(id, school));
    }

    static JuryAssignment.Result.Assigned assigned(JuryAssignment.Result result) {
        return assertInstanceOf(JuryAssignment.Result.Assigned.class, result, () -> result.toString());
    }

    static List<Phrase> impossible(JuryAssignment.Result result) {
        return assertInstanceOf(JuryAssignment.Result.Impossible.class, result, () -> result.toString()).reasons();
    }

    /** Every review checked against the conflicts directly, not through the code under test. */
    static void assertNoConflict(List<EntryParties> entries, List<JuryMember> jury, List<JuryReview> reviews,
                                 Set<JuryReview> overridden) {
        Map<Long, EntryParties> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.entryId(), e));
        Map<String, JuryMember> jurors = new HashMap<>();
        jury.forEach(m -> jurors.put(m.juror(), m));
        for (JuryReview review : reviews) {
            Set<ConflictReason> conflicts = EntryConflicts.reasons(jurors.get(review.juror()).ties(),
                    byId.get(review.entryId()));
            assertTrue(conflicts.isEmpty() || overridden.contains(review), review + " despite " + conflicts);
        }
    }

    static void assertEachEntryHasDistinctJurors(List<EntryParties> entries, List<JuryReview> reviews, int perEntry) {
        Map<Long, Set<String>> jurorsOf = new HashMap<>();
        for (JuryReview review : reviews) {
            assertTrue(jurorsOf.computeIfAbsent(review.entryId(), k -> new HashSet<>()).add(review.juror()),
                    "twice: " + review);
        }
        for (EntryParties entry : entries) {
            assertEquals(perEntry, jurorsOf.getOrDefault(entry.entryId(), Set.of()).size(),
                    "reviews of entry " + entry.entryId());
        }
    }

    static int spread(Map<String, Integer> loads) {
        return Collections.max(loads.values()) - Collections.min(loads.values());
    }

    @Test
    void everyEntryGetsItsReviewsFromJurorsFreeOfConflictWithLoadsWithinOne() {
        // 40 entries of 8 schools; 7 jurors, six of them at entering schools, one curating school 7, one paired
        List<EntryParties> entries = entries(40, 8);
        List<JuryMember> jury = new ArrayList<>();
        for (long s = 1; s <= 6; s++) {
            jury.add(juror("j" + s, s));
        }
        jury.add(JuryMember.of(new JurorTies("curator", 20L, Set.of(8L), Set.of(7L), Set.of(), Set.of(), Set.of())));
        JuryAssignment.Result.Assigned result = assigned(JuryAssignment.assign(entries, jury, 3, List.of(), List.of()));

        assertEquals(120, result.reviews().size());
        assertEquals(result.reviews(), result.added());
        assertEachEntryHasDistinctJurors(entries, result.reviews(), 3);
        assertNoConflict(entries, jury, result.reviews(), Set.of());
        assertEquals(7, result.loads().size());
        assertTrue(spread(result.loads()) <= 1, result.loads().toString());
        assertTrue(result.balanced());
        assertEquals(List.of(), JuryAssignmentRules.violations(entries, jury, 3, result.reviews(), List.of()));
    }

    @Test
    void anOverrideWithAReasonLetsAConflictedJurorJudgeTheEntryAndNoOther() {
        List<EntryParties> entries = List.of(new EntryParties(1, 5L, Set.of("a1")), new EntryParties(2, 6L, Set.of()),
                new EntryParties(3, 5L, Set.of()));
        List<JuryMember> jury = List.of(juror("ivanova", 5L).named("Иванова А. А."), juror("petrov", 1L),
                juror("sidorov", 2L));

        List<Phrase> reasons = impossible(JuryAssignment.assign(entries, jury, 3, List.of(), List.of()));
        assertEquals(List.of(new Phrase("contests.assignment.tooFewJurors", "1", 3, 2, 3),
                new Phrase("contests.assignment.tooFewJurors", "3", 3, 2, 3)), reasons);
        assertEquals("Работе № 1 нужно 3 оценки членов жюри, а без конфликта интересов её могут оценивать только 2 из "
                + "3 членов жюри номинации. Добавьте в жюри номинации члена жюри без конфликта с ней или снимите "
                + "конфликт с указанием основания.", Texts.get(Texts.RUSSIAN, reasons.get(0).key(),
                reasons.get(0).arguments()));

        ConflictOverride override = ConflictOverride.grant(1, "ivanova", EnumSet.of(ConflictReason.OWN_SCHOOL),
                "Единственный специалист по начальной школе", "organiser", NOW);
        List<Phrase> stillShort = impossible(JuryAssignment.assign(entries, jury, 3, List.of(), List.of(override)));
        assertEquals(List.of(new Phrase("contests.assignment.tooFewJurors", "3", 3, 2, 3)), stillShort,
                "the override covers entry 1 only");

        List<EntryParties> two = entries.subList(0, 2);
        JuryAssignment.Result.Assigned result = assigned(JuryAssignment.assign(two, jury, 3, List.of(),
                List.of(override)));
        assertTrue(result.reviews().contains(new JuryReview(1, "ivanova")));
        assertEachEntryHasDistinctJurors(two, result.reviews(), 3);
        assertNoConflict(two, jury, result.reviews(), Set.of(new JuryReview(1, "ivanova")));
    }

    @Test
    void aJurorsCapIsKeptAndTheOthersShareTheRestEvenly() {
        List<EntryParties> entries = entries(10, 10);
        List<JuryMember> jury = List.of(juror("a", null).withMaxReviews(2), juror("b", null), juror("c", null),
                juror("d", null));
        JuryAssignment.Result.Assigned capped = assigned(JuryAssignment.assign(entries, jury, 2, List.of(),
                List.of()));
        assertEquals(Map.of("a", 2, "b", 6, "c", 6, "d", 6), capped.loads());
        assertEachEntryHasDistinctJurors(entries, capped.reviews(), 2);

        List<JuryMember> looser = List.of(juror("a", null).withMaxReviews(3), juror("b", null), juror("c", null),
                juror("d", null));
        JuryAssignment.Result.Assigned result = assigned(JuryAssignment.assign(entries, looser, 2, List.of(),
                List.of()));
        assertEquals(3, result.loads().get("a"));
        Map<String, Integer> uncapped = new HashMap<>(result.loads());
        uncapped.remove("a");
        assertTrue(spread(uncapped) <= 1, uncapped.toString());
        assertEquals(17, uncapped.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(List.of(), JuryAssignmentRules.violations(entries, looser, 2, result.reviews(), List.of()));
    }

    @Test
    void reviewsAlreadyMadeAreKeptWhenAJurorJoinsAndEntriesArriveLate() {
        List<EntryParties> first = entries(9, 9);
        List<JuryMember> jury = List.of(juror("a", null), juror("b", null), juror("c", null));
        JuryAssignment.Result.Assigned before = assigned(JuryAssignment.assign(first, jury, 2, List.of(), List.of()));
        assertEquals(Map.of("a", 6, "b", 6, "c", 6), before.loads());

        List<EntryParties> all = entries(12, 12);
        List<JuryMember> grown = List.of(juror("a", null), juror("b", null), juror("c", null), juror("d", null));
        JuryAssignment.Result.Assigned after = assigned(JuryAssignment.assign(all, grown, 2, before.reviews(),
                List.of()));
        assertTrue(after.reviews().containsAll(before.reviews()), "every review made is kept");
        assertEquals(6, after.added().size());
        assertTrue(after.added().stream().allMatch(r -> r.entryId() > 9), after.added().toString());
        // d takes one review of each new entry (3), the others one more each: 7, 7, 7, 3
        assertEquals(Map.of("a", 7, "b", 7, "c", 7, "d", 3), after.loads());
        assertEachEntryHasDistinctJurors(all, after.reviews(), 2);
        assertEquals(List.of(), after.dropped());
    }

    @Test
    void aJurorAlreadyOnAnEntryIsNotGivenItAgain() {
        // each of 30 entries has one review kept (juror 1 + k % 6) and needs two more
        List<EntryParties> entries = entries(30, 30);
        List<JuryMember> jury = new ArrayList<>();
        for (int j = 1; j <= 6; j++) {
            jury.add(juror("j" + j, null));
        }
        List<JuryReview> kept = new ArrayList<>();
        for (EntryParties entry : entries) {
            kept.add(new JuryReview(entry.entryId(), "j" + (1 + entry.entryId() % 6)));
        }
        JuryAssignment.Result.Assigned result = assigned(JuryAssignment.assign(entries, jury, 3, kept, List.of()));
        assertEquals(60, result.added().size());
        assertEachEntryHasDistinctJurors(entries, result.reviews(), 3);
        assertEquals(Map.of("j1", 15, "j2", 15, "j3", 15, "j4", 15, "j5", 15, "j6", 15), result.loads());
    }

    @Test
    void aJurorAlreadyAboveTheOthersByKeptReviewsGetsNothingNew() {
        // a already judges entries 1–10; entries 11–21 need one review each: b, c and d share them 4, 4, 3
        List<EntryParties> entries = entries(21, 21);
        List<JuryMember> jury = List.of(juror("a", null), juror("b", null), juror("c", null), juror("d", null));
        List<JuryReview> kept = new ArrayList<>();
        for (long k = 1; k <= 10; k++) {
            kept.add(new JuryReview(k, "a"));
        }
        JuryAssignment.Result.Assigned result = assigned(JuryAssignment.assign(entries, jury, 1, kept, List.of()));
        assertEquals(10, result.loads().get("a"), result.loads().toString());
        Map<String, Integer> others = new HashMap<>(result.loads());
        others.remove("a");
        assertTrue(spread(others) <= 1, others.toString());
        assertEachEntryHasDistinctJurors(entries, result.reviews(), 1);
    }

    @Test
    void theLevelFillsTheLeastLoadedFirstAndOnlyThoseAtItMayTakeOneMore() {
        // loads 10, 0, 0, 4 (kept), room for 11 each, 9 reviews lacking: level 4, then one of b, c, d one more
        JuryAssignment.Levels levels = JuryAssignment.Levels.of(new int[] {10, 0, 0, 4}, new int[] {11, 11, 11, 11},
                9);
        assertEquals(List.of(0, 4, 4, 0), java.util.Arrays.stream(levels.base()).boxed().toList());
        assertEquals(1, levels.extra());
        assertEquals(List.of(false, true, true, true), List.of(levels.mayTakeExtra()[0], levels.mayTakeExtra()[1],
                levels.mayTakeExtra()[2], levels.mayTakeExtra()[3]));
        // a cap (room 2) holds c below the level; the rest goes to the others
        JuryAssignment.Levels capped = JuryAssignment.Levels.of(new int[] {0, 0, 0}, new int[] {20, 20, 2}, 13);
        assertEquals(List.of(5, 5, 2), java.util.Arrays.stream(capped.base()).boxed().toList());
        assertEquals(1, capped.extra());
        assertFalse(capped.mayTakeExtra()[2]);
    }

    @Test
    void aKeptReviewTheJurorHasSinceDeclaredAConflictWithIsDroppedAndReplaced() {
        List<EntryParties> entries = entries(6, 6);
        List<JuryMember> jury = List.of(juror("a", null), juror("b", null), juror("c", null));
        JuryAssignment.Result.Assigned before = assigned(JuryAssignment.assign(entries, jury, 2, List.of(),
                List.of()));
        JuryReview declared = before.reviews().stream().filter(r -> r.juror().equals("a")).findFirst().orElseThrow();
        List<JuryMember> afterDeclaration = List.of(JuryMember.of(JurorTies.of("a", null)
                .withDeclaredEntries(Set.of(declared.entryId()))), juror("b", null), juror("c", null));
        JuryAssignment.Result.Assigned after = assigned(JuryAssignment.assign(entries, afterDeclaration, 2,
                before.reviews(), List.of()));
        assertEquals(List.of(declared), after.dropped());
        assertFalse(after.reviews().contains(declared));
        assertEquals(1, after.added().size());
        assertEquals(declared.entryId(), after.added().get(0).entryId());
        assertEachEntryHasDistinctJurors(entries, after.reviews(), 2);
    }

    @Test
    void capsTooLowAreNamedWithTheReviewsNeededAndThePlacesLeft() {
        List<EntryParties> entries = entries(4, 4);
        List<JuryMember> jury = List.of(juror("a", null).withMaxReviews(2), juror("b", null).withMaxReviews(2),
                juror("c", null).withMaxReviews(2));
        List<Phrase> reasons = impossible(JuryAssignment.assign(entries, jury, 2, List.of(), List.of()));
        assertEquals(List.of(new Phrase("contests.assignment.capsTooLow", 8L, 6L)), reasons);
        assertEquals("Нужно назначить ещё 8 оценок, а пределы нагрузки членов жюри (с учётом конфликтов интересов) "
                + "позволяют назначить только 6. Поднимите пределы нагрузки или добавьте в жюри номинации членов "
                + "жюри.", Texts.get(Texts.RUSSIAN, reasons.get(0).key(), reasons.get(0).arguments()));
        JuryAssignment.Result.Impossible result = (JuryAssignment.Result.Impossible)
                JuryAssignment.assign(entries, jury, 2, List.of(), List.of());
        JudgingSamples.assertRefused("contests.assignment.impossible", () -> {
            throw result.refusal();
        });
    }

    @Test
    void anEntryWhoseFreeJurorsAreAtTheirCapIsNamed() {
        // entry 1 is of school 1, where c works; a is full: only b may still take it, and it needs two
        List<EntryParties> entries = List.of(new EntryParties(1, 1L, Set.of()), new EntryParties(2, 2L, Set.of()));
        List<JuryMember> jury = List.of(juror("a", null).withMaxReviews(0), juror("b", null), juror("c", 1L));
        List<Phrase> reasons = impossible(JuryAssignment.assign(entries, jury, 2, List.of(), List.of()));
        assertEquals(List.of(new Phrase("contests.assignment.jurorsFull", "1", 2, 1)), reasons);
        assertEquals("Работе № 1 нужно ещё 2 оценки членов жюри, а из тех, кто может оценивать её без конфликта "
                + "интересов, место в пределах нагрузки осталось только у 1 члена жюри. Поднимите предел нагрузки "
                + "или добавьте в жюри номинации члена жюри.", Texts.get(Texts.RUSSIAN, reasons.get(0).key(),
                reasons.get(0).arguments()));
    }

    @Test
    void whenLevelledLoadsWouldLeaveEntriesShortEveryEntryStillGetsItsReviews() {
        // entries 1–4 are of school 1, where a and b work: only c may judge them; 5 and 6 anyone
        List<EntryParties> entries = new ArrayList<>();
        for (long k = 1; k <= 4; k++) {
            entries.add(new EntryParties(k, 1L, Set.of()));
        }
        entries.add(new EntryParties(5, 2L, Set.of()));
        entries.add(new EntryParties(6, 3L, Set.of()));
        List<JuryMember> jury = List.of(juror("a", 1L), juror("b", 1L), juror("c", 9L));
        JuryAssignment.Result.Assigned result = assigned(JuryAssignment.assign(entries, jury, 1, List.of(),
                List.of()));
        assertFalse(result.balanced(), "levelled loads (2, 2, 2) cannot be met");
        assertEquals(4, result.loads().get("c"));
        assertEachEntryHasDistinctJurors(entries, result.reviews(), 1);
        assertNoConflict(entries, jury, result.reviews(), Set.of());

        // with c capped at 3, one of the four entries has nobody left: impossible, and named
        List<JuryMember> capped = List.of(juror("a", 1L), juror("b", 1L), juror("c", 9L).withMaxReviews(3));
        List<Phrase> reasons = impossible(JuryAssignment.assign(entries, capped, 1, List.of(), List.of()));
        assertEquals(1, reasons.size(), reasons.toString());
        assertEquals("contests.assignment.entryBlocked", reasons.get(0).key());
    }

    @Test
    void theSameNominationGetsTheSameAssignmentWhateverTheOrderGiven() {
        List<EntryParties> entries = entries(30, 7);
        List<JuryMember> jury = new ArrayList<>();
        for (long s = 1; s <= 8; s++) {
            jury.add(juror("j" + s, s));
        }
        JuryAssignment.Result.Assigned first = assigned(JuryAssignment.assign(entries, jury, 3, List.of(), List.of()));
        List<EntryParties> shuffledEntries = new ArrayList<>(entries);
        List<JuryMember> shuffledJury = new ArrayList<>(jury);
        Collections.shuffle(shuffledEntries, new Random(1));
        Collections.shuffle(shuffledJury, new Random(2));
        assertEquals(first, JuryAssignment.assign(shuffledEntries, shuffledJury, 3, List.of(), List.of()));
    }
}
