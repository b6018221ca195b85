package ru.portal500.contests.judging;

import org.junit.jupiter.api.Test;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.i18n.Texts.Phrase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.contests.judging.JudgingSamples.assertRefused;
import static ru.portal500.contests.judging.JudgingSamples.entry;
import static ru.portal500.contests.judging.JudgingSamples.sheet;
import static ru.portal500.contests.judging.JuryAssignmentTest.juror;

/**
 * Entry 7 of school 3 is judged by "a" and "b", who disagree (20 points against 0): two reviews an entry, one extra
 * juror at most, so it asks for an extra juror. The nomination's other reviews make the loads.
 */
class ExtraJurorTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final JudgingSettings SETTINGS = JudgingSettings.DEFAULT.withReviewsPerEntry(2);
    private static final EntryParties ENTRY = new EntryParties(7, 3L, Set.of("author"));
    private static final EntryDivergence DIVERGENT = EntryDivergence.of(
            entry(7, 0, sheet("a", 5, 5, 10), sheet("b", 0, 0, 0)), SETTINGS);

    private static List<JuryReview> reviews(String... pairs) {
        List<JuryReview> reviews = new ArrayList<>(List.of(new JuryReview(7, "a"), new JuryReview(7, "b")));
        for (String pair : pairs) {
            String[] parts = pair.split(":");
            reviews.add(new JuryReview(Long.parseLong(parts[0]), parts[1]));
        }
        return reviews;
    }

    private static ExtraJuror.Choice.Chosen chosen(ExtraJuror.Choice choice) {
        return assertInstanceOf(ExtraJuror.Choice.Chosen.class, choice, choice::toString);
    }

    private static Phrase none(ExtraJuror.Choice choice) {
        return assertInstanceOf(ExtraJuror.Choice.NoneAvailable.class, choice, choice::toString).reason();
    }

    @Test
    void theLeastLoadedJurorFreeOfConflictAndNotOnTheEntryIsChosen() {
        assertTrue(DIVERGENT.needsExtraJuror());
        // c: 3 reviews, d: 1 but works at school 3, e: 2, f: 2 — e and f tie, e has the smaller id
        List<JuryMember> jury = List.of(juror("a", null), juror("b", null), juror("c", null), juror("d", 3L),
                juror("f", null), juror("e", null));
        List<JuryReview> reviews = reviews("1:c", "2:c", "3:c", "1:d", "1:e", "2:e", "1:f", "2:f");
        ExtraJuror.Choice.Chosen choice = chosen(ExtraJuror.choose(DIVERGENT, ENTRY, jury, reviews, List.of()));
        assertEquals(new JuryReview(7, "e"), choice.review());
        assertEquals(2, choice.load());

        List<JuryMember> shuffled = new ArrayList<>(jury);
        Collections.shuffle(shuffled, new Random(3));
        List<JuryReview> shuffledReviews = new ArrayList<>(reviews);
        Collections.shuffle(shuffledReviews, new Random(4));
        assertEquals(choice, ExtraJuror.choose(DIVERGENT, ENTRY, shuffled, shuffledReviews, List.of()),
                "the same state gives the same juror, whatever the order");

        ConflictOverride override = ConflictOverride.grant(7, "d", EnumSet.of(ConflictReason.OWN_SCHOOL),
                "Школа d сменила профиль, конфликта по существу нет", "organiser", NOW);
        assertEquals(new JuryReview(7, "d"),
                chosen(ExtraJuror.choose(DIVERGENT, ENTRY, jury, reviews, List.of(override))).review(),
                "overridden, d is the least loaded");
    }

    @Test
    void aJurorAtTheirCapIsPassedOver() {
        List<JuryMember> jury = List.of(juror("a", null), juror("b", null), juror("c", null).withMaxReviews(1),
                juror("d", null));
        List<JuryReview> reviews = reviews("1:c", "1:d", "2:d");
        assertEquals(new JuryReview(7, "d"), chosen(ExtraJuror.choose(DIVERGENT, ENTRY, jury, reviews, List.of()))
                .review());
    }

    @Test
    void nobodyLeftIsNamedWithWhy() {
        List<JuryMember> conflicted = List.of(juror("a", null), juror("b", null), juror("c", 3L), juror("d", 3L));
        Phrase noneFree = none(ExtraJuror.choose(DIVERGENT, ENTRY, conflicted, reviews(), List.of()));
        assertEquals(new Phrase("contests.extraJuror.noneFree", "7", 2, 4), noneFree);
        assertEquals("Работе № 7 некого добавить в жюри: из 4 членов жюри номинации её уже оценивают 2, у остальных "
                + "конфликт интересов с ней. Примите решение организатора по расхождению оценок.",
                Texts.get(Texts.RUSSIAN, noneFree.key(), noneFree.arguments()));

        List<JuryMember> full = List.of(juror("a", null), juror("b", null), juror("c", null).withMaxReviews(1),
                juror("d", 3L));
        Phrase atCap = none(ExtraJuror.choose(DIVERGENT, ENTRY, full, reviews("1:c"), List.of()));
        assertEquals(new Phrase("contests.extraJuror.allAtCap", "7", 1), atCap);
        assertTrue(Texts.get(Texts.RUSSIAN, atCap.key(), atCap.arguments()).startsWith("Работе № 7 некого добавить"));
    }

    @Test
    void anEntryThatDoesNotAskForAnExtraJurorIsRefused() {
        EntryDivergence agreed = EntryDivergence.of(entry(7, 0, sheet("a", 4, 4, 8), sheet("b", 4, 4, 8)), SETTINGS);
        String russian = assertRefused("contests.extraJuror.notNeeded", () -> ExtraJuror.choose(agreed, ENTRY,
                List.of(juror("c", null)), reviews(), List.of()));
        assertEquals("Работе № 7 дополнительный член жюри не нужен. Оценки согласованы.", russian);
    }
}
