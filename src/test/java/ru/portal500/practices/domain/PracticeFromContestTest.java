package ru.portal500.practices.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A contest's entry as a practice: it keeps where it came from and its school's place; others have no origin. */
class PracticeFromContestTest {

    private static final Region SARATOV = new Region("64", "Саратовская область");
    private static final School ATK1 = new School(new Municipality(SARATOV, "atkarsky", "Аткарский район"), "atk-1",
            "МБОУ «СОШ № 1 г. Аткарска»");
    private static final ChangeStamp BY = new ChangeStamp("organiser", "Анна Организаторова",
            Instant.parse("2026-12-01T10:00:00Z"));

    private static Practice.Description description(PracticeSource source) {
        return new Practice.Description("Час чтения", "Ежедневные 20 минут чтения.", EducationLevel.BASIC, null,
                "Иван Директоров", source, Set.of(3, 8));
    }

    @Test
    void aContestsPracticeSaysWhereItCameFrom() {
        Practice practice = Practice.fromContest(SARATOV, ATK1, description(PracticeSource.CONTEST_WINNER),
                new ContestOrigin(17, "Панорама методических кейсов", 2026, "Управленческие практики", 5, 1, "WINNER"),
                BY);
        ContestOrigin origin = practice.getOrigin().orElseThrow();
        assertEquals(17L, origin.getContestId());
        assertEquals(1, origin.getPlace());
        assertEquals("WINNER", origin.getAward());
        assertEquals("Саратовская область › Аткарский район › МБОУ «СОШ № 1 г. Аткарска»", practice.getPlace());
        assertEquals(Set.of(3, 8), practice.getRiskFactors());
    }

    @Test
    void onlyAContestWinnersPracticeComesFromAContestAndOthersHaveNoOrigin() {
        assertThrows(IllegalArgumentException.class, () -> Practice.fromContest(SARATOV, ATK1,
                description(PracticeSource.EXPERT_PICK), new ContestOrigin(17, "Панорама", 2026, "Кейсы", 5, null,
                        "PARTICIPANT"), BY));
        Practice picked = new Practice(SARATOV, null, ATK1, description(PracticeSource.EXPERT_PICK), BY);
        assertTrue(picked.getOrigin().isEmpty());
    }
}
