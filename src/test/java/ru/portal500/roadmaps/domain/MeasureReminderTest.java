package ru.portal500.roadmaps.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Which reminders a measure is owed on a day: before, after, to the coordinator after N days; none once done. */
class MeasureReminderTest {

    private static final Region REGION = new Region("64", "Саратовская область");
    private static final Municipality ATKARSK = new Municipality(REGION, "atkarsky", "Аткарский район");
    private static final School SCHOOL = new School(ATKARSK, "atk-1", "МБОУ «СОШ № 1 г. Аткарска»");
    private static final Campaign CAMPAIGN = new Campaign(REGION, 2026, "500+ 2025/26", new CampaignSchedule(
            null, null, null, null, null, null, null, List.of()));
    private static final LocalDate DUE = LocalDate.parse("2026-04-30");
    private static final ChangeStamp BY = new ChangeStamp("school", "Школа", Instant.parse("2026-03-01T09:00:00Z"));

    private static Measure measure(Roadmap roadmap) {
        return roadmap.add(new MeasurePlan(null, "Педсовет", Term.due(DUE), "Директор", null, null), BY);
    }

    private static Set<MeasureReminder> owed(Measure measure, String day) {
        return MeasureReminder.owed(measure, LocalDate.parse(day), 7);
    }

    @Test
    void beforeTheDueDateOnceAfterItAndToTheCoordinatorAfterTheRegionsDays() {
        Measure measure = measure(Roadmap.ofSchool(CAMPAIGN, SCHOOL, BY.at()));
        assertEquals(Set.of(), owed(measure, "2026-04-26"), "four days ahead: not yet");
        assertEquals(Set.of(MeasureReminder.DUE_SOON), owed(measure, "2026-04-27"));
        assertEquals(Set.of(MeasureReminder.DUE_SOON), owed(measure, "2026-04-30"), "on the day itself");
        assertEquals(Set.of(MeasureReminder.OVERDUE), owed(measure, "2026-05-01"));
        assertEquals(Set.of(MeasureReminder.OVERDUE), owed(measure, "2026-05-06"));
        assertEquals(Set.of(MeasureReminder.OVERDUE, MeasureReminder.ESCALATED), owed(measure, "2026-05-07"),
                "seven days overdue: the coordinator is told");
        assertEquals(Set.of(MeasureReminder.ESCALATED), owed(measure, "2026-06-01"), "a month late: only escalated");
        assertEquals(Set.of(), owed(measure, "2026-07-15"), "long past: a portal started late writes to nobody");
        assertEquals(LocalDate.parse("2026-06-08"), MeasureReminder.earliestDue(LocalDate.parse("2026-07-15"), 7));
    }

    @Test
    void aMeasureReportedDoneOrCancelledIsOwedNothing() {
        Roadmap roadmap = Roadmap.ofSchool(CAMPAIGN, SCHOOL, BY.at());
        Measure reported = measure(roadmap);
        roadmap.addLink(reported, "https://school.example.ru/protocol.pdf", BY);
        roadmap.reportDone(reported, DUE, "Протокол", LocalDate.parse("2026-05-10"), BY);
        assertEquals(Set.of(), owed(reported, "2026-05-10"), "its checker has it now");
        Measure cancelled = measure(roadmap);
        roadmap.cancel(cancelled, "Перенесено на следующий год", BY);
        assertEquals(Set.of(), owed(cancelled, "2026-05-10"));
    }

    @Test
    void aMunicipalitysMeasureIsNotEscalatedAndAMovedDateIsOwedItsRemindersAgain() {
        Measure municipal = measure(Roadmap.ofMunicipality(CAMPAIGN, ATKARSK, BY.at()));
        assertEquals(Set.of(MeasureReminder.OVERDUE), owed(municipal, "2026-05-20"), "the coordinator is its owner");
        Roadmap roadmap = Roadmap.ofSchool(CAMPAIGN, SCHOOL, BY.at());
        Measure measure = measure(roadmap);
        String before = MeasureReminder.DUE_SOON.key(measure);
        roadmap.change(measure, new MeasurePlan(null, "Педсовет", Term.due(DUE.plusMonths(1)), "Директор", null, null),
                BY);
        assertNotEquals(before, MeasureReminder.DUE_SOON.key(measure));
    }
}
