package ru.portal500.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CampaignScheduleTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theYearlyCycleInOrderIsAccepted() {
        CampaignSchedule schedule = new CampaignSchedule(d("2025-12-20"), d("2026-01-31"), d("2026-02-28"),
                d("2026-04-30"), d("2026-06-30"), d("2026-09-30"), d("2026-11-30"),
                List.of(d("2026-10-31"), d("2026-05-31")));
        assertEquals(Optional.empty(), schedule.disorder());
    }

    @Test
    void aStageEndingBeforeTheOneItFollowsIsNamed() {
        assertEquals(Optional.of("campaign.stage.documents"), new CampaignSchedule(null, null, d("2026-03-01"),
                d("2026-02-01"), null, null, null, List.of()).disorder());
        assertEquals(Optional.of("campaign.stage.expertise"), new CampaignSchedule(d("2026-01-01"), null, null,
                null, d("2025-12-01"), null, null, List.of()).disorder(), "missing stages are skipped over");
        assertEquals(Optional.of("campaign.stage.contest"), new CampaignSchedule(null, null, null,
                d("2026-04-30"), null, null, d("2026-03-01"), null).disorder());
    }

    @Test
    void datesKeyedByStageMakeTheScheduleAndComeBackInOrder() {
        CampaignSchedule schedule = CampaignSchedule.of(java.util.Map.of("campaign.stage.contest", d("2026-11-30"),
                "campaign.stage.identification", d("2025-12-20")), List.of());
        assertEquals(d("2025-12-20"), schedule.identificationUntil());
        assertEquals(d("2026-11-30"), schedule.contestUntil());
        assertEquals(List.of(new CampaignSchedule.Stage("campaign.stage.identification", d("2025-12-20")),
                new CampaignSchedule.Stage("campaign.stage.contest", d("2026-11-30"))), schedule.stages());
    }
}
