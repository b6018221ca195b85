package ru.portal500.registry.application;

import org.junit.jupiter.api.Test;
import ru.portal500.shared.i18n.HistoryLine;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.registry.domain.CampaignSchool;
import ru.portal500.registry.domain.RegistryChange;
import ru.portal500.registry.domain.RiskProfileChange;
import ru.portal500.registry.domain.Significance;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A campaign's decisions and its pairs' changes read in words, statuses in the reader's language, never as codes. */
class RegistryHistoriesTest {

    private static final ChangeStamp OPERATOR = new ChangeStamp("operator", "Ольга Операторова",
            Instant.parse("2026-01-15T09:30:00Z"));
    private final Region region = new Region("64", "Саратовская область");
    private final Municipality atkarsky = new Municipality(region, "atkarsky", "Аткарский район");
    private final School school = new School(atkarsky, "atk-1", "СОШ № 1");
    private final Campaign campaign = new Campaign(region, 2026, "500+ 2025/26", new CampaignSchedule(null, null,
            null, null, null, null, null, List.of()));

    @Test
    void decisionsAndPairsAreLinesInTheReadersLanguage() {
        CampaignSchool row = new CampaignSchool(campaign, school);
        RegistryChange confirmed = row.confirmProposal(OPERATOR);
        RegistryChange decided = row.decide(SchoolStatus.SOCIAL_RISK, true, "Социальный паспорт", OPERATOR);
        RegistryChange paired = RegistryChange.ofPair(campaign, school, RegistryChange.Kind.CURATOR_CHANGED, OPERATOR,
                "Лицей № 2", "Гимназия № 3");

        List<HistoryLine> english = RegistryHistories.decisions(List.of(confirmed, decided, paired), Locale.ENGLISH);
        assertEquals(new HistoryLine(OPERATOR.at(), "Ольга Операторова", "operator", "Аткарский район › СОШ № 1",
                "Proposal of the identification rule confirmed", "not set", "Low results (ШНОР)", null), english.get(0));
        assertEquals(List.of("School status decided", "Low results (ШНОР)", "Difficult social conditions (ШССУ)",
                "Социальный паспорт"), List.of(english.get(1).change(), english.get(1).from(), english.get(1).to(),
                english.get(1).reason()));
        assertEquals(List.of("Curator school changed", "Лицей № 2", "Гимназия № 3"),
                List.of(english.get(2).change(), english.get(2).from(), english.get(2).to()));

        List<HistoryLine> russian = RegistryHistories.decisions(List.of(decided, paired), Texts.RUSSIAN);
        assertEquals(List.of("Решение о статусе школы", "ШНОР", "ШССУ"),
                List.of(russian.get(0).change(), russian.get(0).from(), russian.get(0).to()));
        assertEquals("Сменилась школа-куратор", russian.get(1).change());
    }

    /** A factor without a significance before reads "not set" in the sentence and the column, never an empty gap. */
    @Test
    void aRiskProfilesFirstSignificanceSaysThereWasNoneBefore() {
        RiskProfileView.Change first = new RiskProfileView.Change(OPERATOR.at(), "Ольга Операторова",
                RiskProfileChange.Kind.SIGNIFICANCE, 1, "Низкий уровень оснащения школы", null, Significance.LOW,
                "operator");
        RiskProfileView view = new RiskProfileView("64", "atkarsky", "atk-1", 1, "СОШ № 1", 2026, "500+", null, null,
                null, List.of(), List.of(first), null);

        HistoryLine russian = RegistryHistories.riskProfile(view, Texts.RUSSIAN).get(0);
        assertEquals("1. Низкий уровень оснащения школы: не задано → низкая", russian.change());
        assertEquals(List.of("не задано", "низкая"), List.of(russian.from(), russian.to()));
        HistoryLine english = RegistryHistories.riskProfile(view, Locale.ENGLISH).get(0);
        assertEquals("1. Низкий уровень оснащения школы: not set → low", english.change());
    }

    @Test
    void onlyAPairsKindMakesAPairsLine() {
        assertThrows(IllegalArgumentException.class, () -> RegistryChange.ofPair(campaign, school,
                RegistryChange.Kind.STATUS_DECIDED, OPERATOR, null, "x"));
    }
}
