package ru.portal500.contests.judging;

import org.junit.jupiter.api.Test;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.i18n.Texts.Phrase;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.portal500.contests.judging.JudgingSamples.assertRefused;
import static ru.portal500.contests.judging.JuryAssignmentTest.juror;

/** Entry 5 comes from school 2 and is written by "kozlova"; the organiser assigns jurors to it by hand. */
class JuryAssignmentRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-05T10:00:00Z");
    private static final EntryParties ENTRY = new EntryParties(5, 2L, Set.of("kozlova"));

    @Test
    void aFreeJurorUnderTheirCapIsAssigned() {
        JuryMember member = juror("orlov", 1L).withMaxReviews(2);
        assertEquals(new JuryReview(5, "orlov"), JuryAssignmentRules.requireAssignable(ENTRY, member,
                List.of(new JuryReview(1, "orlov"), new JuryReview(5, "smirnova")), null));
    }

    @Test
    void aConflictedJurorIsRefusedUnlessAnOverrideWithAReasonCoversIt() {
        JuryMember member = juror("smirnova", 2L).named("Смирнова Е. В.");
        String russian = assertRefused("contests.assignment.manual.conflict",
                new Object[] {"Смирнова Е. В.", "5", new Phrase("contests.conflict.OWN_SCHOOL")},
                () -> JuryAssignmentRules.requireAssignable(ENTRY, member, List.of(), null));
        assertEquals("Член жюри Смирнова Е. В. не может оценивать работу № 5 из-за конфликта интересов. Работа подана "
                + "школой, в которой работает член жюри. Чтобы всё же назначить его, снимите конфликт с указанием "
                + "основания: оно войдёт в протокол.", russian);
        ConflictOverride override = ConflictOverride.grant(5, "smirnova", EnumSet.of(ConflictReason.OWN_SCHOOL),
                "Работа другого отделения школы", "organiser", NOW);
        assertEquals(new JuryReview(5, "smirnova"),
                JuryAssignmentRules.requireAssignable(ENTRY, member, List.of(), override));
        ConflictOverride elsewhere = ConflictOverride.grant(6, "smirnova", EnumSet.of(ConflictReason.OWN_SCHOOL),
                "Другая работа", "organiser", NOW);
        assertRefused("contests.assignment.manual.conflict",
                () -> JuryAssignmentRules.requireAssignable(ENTRY, member, List.of(), elsewhere));
    }

    @Test
    void anAuthorCannotBeAssignedToTheirOwnEntryAtAll() {
        JuryMember author = juror("kozlova", 9L);
        String russian = assertRefused("contests.assignment.manual.conflictFixed",
                () -> JuryAssignmentRules.requireAssignable(ENTRY, author, List.of(), null));
        assertEquals("Член жюри kozlova не может оценивать работу № 5 из-за конфликта интересов. Член жюри — автор "
                + "или соавтор работы. Этот конфликт снять нельзя.", russian);
    }

    @Test
    void aJurorAlreadyOnTheEntryIsRefused() {
        assertRefused("contests.assignment.manual.twice", new Object[] {"orlov", "5"},
                () -> JuryAssignmentRules.requireAssignable(ENTRY, juror("orlov", 1L),
                        List.of(new JuryReview(5, "orlov")), null));
    }

    @Test
    void aJurorAtTheirCapIsRefused() {
        JuryMember member = juror("orlov", 1L).withMaxReviews(2);
        String russian = assertRefused("contests.assignment.manual.overCap", new Object[] {"orlov", 2, 2},
                () -> JuryAssignmentRules.requireAssignable(ENTRY, member,
                        List.of(new JuryReview(1, "orlov"), new JuryReview(2, "orlov")), null));
        assertEquals("У члена жюри orlov уже 2 работы: это его предел нагрузки (2), назначить ещё одну нельзя. "
                + "Поднимите предел или выберите другого члена жюри.", russian);
    }

    @Test
    void theWholeCheckNamesEveryBrokenRule() {
        List<EntryParties> entries = List.of(ENTRY, new EntryParties(6, 3L, Set.of()));
        List<JuryMember> jury = List.of(juror("orlov", 1L).withMaxReviews(1), juror("smirnova", 2L),
                juror("petrov", null));
        List<JuryReview> reviews = List.of(new JuryReview(5, "orlov"), new JuryReview(5, "smirnova"),
                new JuryReview(6, "orlov"), new JuryReview(6, "petrov"), new JuryReview(6, "petrov"),
                new JuryReview(9, "petrov"));
        List<Phrase> wrong = JuryAssignmentRules.violations(entries, jury, 2, reviews, List.of());
        assertEquals(List.of(
                new Phrase("contests.assignment.check.conflict", "smirnova", "5",
                        new Phrase("contests.conflict.OWN_SCHOOL")),
                new Phrase("contests.assignment.check.twice", "petrov", "6"),
                new Phrase("contests.assignment.check.unknown", "petrov", "9"),
                new Phrase("contests.assignment.check.overCap", "orlov", 2, 1)), wrong);
        for (Phrase phrase : wrong) {
            Texts.get(Texts.RUSSIAN, phrase.key(), phrase.arguments());
        }
        List<Phrase> missing = JuryAssignmentRules.violations(entries, jury, 3, List.of(new JuryReview(6, "petrov")),
                List.of());
        assertEquals(List.of(new Phrase("contests.assignment.check.missing", "5", 0, 3),
                new Phrase("contests.assignment.check.missing", "6", 1, 3)), missing);
        ConflictOverride override = ConflictOverride.grant(5, "smirnova", EnumSet.of(ConflictReason.OWN_SCHOOL),
                "Основание", "organiser", NOW);
        assertEquals(List.of(), JuryAssignmentRules.violations(entries, jury, 2, List.of(new JuryReview(5, "orlov"),
                new JuryReview(5, "smirnova"), new JuryReview(6, "petrov"), new JuryReview(6, "smirnova")),
                List.of(override)));
    }
}
