package ru.portal500.registry.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CampaignSchoolTest {

    private static final Instant NOW = Instant.parse("2025-12-10T09:00:00Z");
    private final Region region = new Region("64", "Саратовская область");
    private final School school = new School(new Municipality(region, "atkarsky", "Аткарский район"), "atk-1",
            "МОУ СОШ № 1 г. Аткарска");
    private final Campaign campaign = new Campaign(region, 2026, "500+ 2025/26", new CampaignSchedule(null, null,
            null, null, null, null, null, List.of()));

    @Test
    void confirmingAProposedSchoolAsLowResultsNeedsNoReason() {
        CampaignSchool row = new CampaignSchool(campaign, school);
        row.decide(SchoolStatus.LOW_RESULTS, true, "  ", "operator", NOW);
        assertEquals(SchoolStatus.LOW_RESULTS, row.getStatus());
        assertTrue(row.isProposed());
        assertNull(row.getReason(), "a blank reason is no reason");
        assertEquals("operator", row.getDecidedBy());
        assertEquals(NOW, row.getDecidedAt());
    }

    @Test
    void departingFromTheProposalEitherWayNeedsAReason() {
        CampaignSchool proposed = new CampaignSchool(campaign, school);
        assertEquals("campaign.status.error.reasonProposed", assertThrows(RegistryRuleException.class,
                () -> proposed.decide(SchoolStatus.OTHER, true, null, "operator", NOW)).messageKey());
        assertEquals("campaign.status.error.reasonProposed", assertThrows(RegistryRuleException.class,
                () -> proposed.decide(SchoolStatus.SOCIAL_RISK, true, "", "operator", NOW)).messageKey());
        CampaignSchool notProposed = new CampaignSchool(campaign, school);
        assertEquals("campaign.status.error.reasonNotProposed", assertThrows(RegistryRuleException.class,
                () -> notProposed.decide(SchoolStatus.LOW_RESULTS, false, null, "operator", NOW)).messageKey());
        assertNull(notProposed.getDecidedBy(), "nothing of the refused decision was kept");
        notProposed.decide(SchoolStatus.LOW_RESULTS, false, " В списке Рособнадзора ", "operator", NOW);
        assertEquals("В списке Рособнадзора", notProposed.getReason());
        assertFalse(notProposed.isProposed());
    }

    @Test
    void statusesTheRuleDoesNotDecideNeedNoReasonForUnproposedSchools() {
        assertFalse(CampaignSchool.departsFromProposal(SchoolStatus.SOCIAL_RISK, false));
        assertFalse(CampaignSchool.departsFromProposal(SchoolStatus.CURATOR_SCHOOL, false));
        assertTrue(CampaignSchool.departsFromProposal(SchoolStatus.CURATOR_SCHOOL, true));
        assertTrue(SchoolStatus.LOW_RESULTS.isSupported());
        assertTrue(SchoolStatus.SOCIAL_RISK.isSupported());
        assertFalse(SchoolStatus.CURATOR_SCHOOL.isSupported());
    }

    @Test
    void aReasonLongerThanKeptIsRefusedWhole() {
        CampaignSchool row = new CampaignSchool(campaign, school);
        RegistryRuleException refused = assertThrows(RegistryRuleException.class, () -> row.decide(SchoolStatus.OTHER,
                true, "я".repeat(CampaignSchool.MAX_REASON + 1), "operator", NOW));
        assertEquals("campaign.status.error.reasonLength", refused.messageKey());
        assertArrayEquals(new Object[] {CampaignSchool.MAX_REASON}, refused.arguments());
        assertEquals(SchoolStatus.OTHER, row.getStatus());
        assertNull(row.getDecidedBy(), "nothing of the refused decision was kept");
        row.decide(SchoolStatus.OTHER, true, "я".repeat(CampaignSchool.MAX_REASON), "operator", NOW);
        assertEquals("operator", row.getDecidedBy(), "a reason of the greatest length is kept");
    }

    @Test
    void flagsKeepAnIndexFrom0To100AndRefuseOthers() {
        SchoolFlags flags = new SchoolFlags(campaign, school);
        flags.set(true, 42.345, " ", "operator", NOW);
        assertTrue(flags.isUnreliableResults());
        assertEquals(42.35, flags.getSocialWellbeingIndex());
        assertNull(flags.getNote());
        assertEquals("campaign.flags.error.index", assertThrows(RegistryRuleException.class,
                () -> flags.set(false, 100.5, null, "operator", NOW)).messageKey());
        assertEquals("campaign.flags.error.index", assertThrows(RegistryRuleException.class,
                () -> flags.set(false, -0.5, null, "operator", NOW)).messageKey());
        RegistryRuleException longNote = assertThrows(RegistryRuleException.class,
                () -> flags.set(false, 10.0, "я".repeat(SchoolFlags.MAX_NOTE + 1), "operator", NOW));
        assertEquals("campaign.status.error.reasonLength", longNote.messageKey());
        assertArrayEquals(new Object[] {SchoolFlags.MAX_NOTE}, longNote.arguments());
        assertTrue(flags.isUnreliableResults(), "a refused change leaves the flags as they were");
        assertEquals(42.35, flags.getSocialWellbeingIndex());
    }

    @Test
    void everyDecisionIsALineOfHistoryFromWhatItWasToWhatItBecame() {
        CampaignSchool row = new CampaignSchool(campaign, school);
        ru.portal500.shared.domain.ChangeStamp operator = new ru.portal500.shared.domain.ChangeStamp("operator",
                "Иванова А. П.", NOW);
        RegistryChange first = row.confirmProposal(operator);
        assertEquals(RegistryChange.Kind.PROPOSAL_CONFIRMED, first.getKind());
        assertNull(first.getFrom(), "an undecided school had no status before");
        assertEquals("LOW_RESULTS", first.getTo());
        RegistryChange second = row.decide(SchoolStatus.OTHER, true, " Результаты ВПР недостоверны ", operator);
        assertEquals(RegistryChange.Kind.STATUS_DECIDED, second.getKind());
        assertEquals("LOW_RESULTS", second.getFrom());
        assertEquals("OTHER", second.getTo());
        assertEquals("Результаты ВПР недостоверны", second.getReason());
        assertEquals("Иванова А. П.", second.getByName());
        assertEquals("operator", second.getBy());
        assertEquals(NOW, second.getAt());
        assertSame(school, second.getSchool());
        assertThrows(RegistryRuleException.class, () -> row.decide(SchoolStatus.SOCIAL_RISK, true, null, operator),
                "a refused decision makes no line");
        assertEquals(SchoolStatus.OTHER, row.getStatus());
    }

    @Test
    void aCampaignNeedsANameAndAYearOfThisCentury() {
        CampaignSchedule schedule = new CampaignSchedule(null, null, null, null, null, null, null, List.of());
        assertEquals("campaign.error.invalid", assertThrows(RegistryRuleException.class,
                () -> new Campaign(region, 2026, " ", schedule)).messageKey());
        assertEquals("campaign.error.invalid", assertThrows(RegistryRuleException.class,
                () -> new Campaign(region, 1999, "500+", schedule)).messageKey());
        assertEquals("campaign.error.invalid", assertThrows(RegistryRuleException.class,
                () -> new Campaign(region, 2101, "500+", schedule)).messageKey());
        assertEquals("campaign.error.invalid", assertThrows(RegistryRuleException.class,
                () -> campaign.reschedule(null, schedule)).messageKey());
        assertEquals("500+ 2025/26", campaign.getName(), "a refused change leaves the name");
    }

    @Test
    void aStoredRuleGivesBackTheRuleItWasSetTo() {
        IdentificationRule rule = new IdentificationRule(30, Map.of(AssessmentProcedure.EGE, 12.5), 3, 2);
        assertEquals(rule, new RegionRule(region, rule).rule());
    }
}
