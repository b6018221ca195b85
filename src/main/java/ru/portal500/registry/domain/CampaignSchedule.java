package ru.portal500.registry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dates of a campaign's stages, in the order of the yearly cycle (identification, set-up,
 * diagnostics, documents due, expertise, mutual expertise; the contest after documents), each optional,
 * and the monitoring dates. {@link #disorder()} says which stage ends before the one it follows.
 */
public record CampaignSchedule(LocalDate identificationUntil, LocalDate setupUntil, LocalDate diagnosticsUntil,
                               LocalDate documentsDue, LocalDate expertiseUntil, LocalDate mutualExpertiseUntil,
                               LocalDate contestUntil, List<LocalDate> monitoringDates) {

    /** The stages in the cycle's order, by the message key that names them. */
    public static final List<String> STAGES = List.of("campaign.stage.identification", "campaign.stage.setup",
            "campaign.stage.diagnostics", "campaign.stage.documents", "campaign.stage.expertise",
            "campaign.stage.mutualExpertise");

    /** Every stage, the contest last, by the message key that names it. */
    public static final List<String> ALL_STAGES = java.util.stream.Stream.concat(STAGES.stream(),
            java.util.stream.Stream.of("campaign.stage.contest")).toList();

    /** A stage and the date it ends. */
    public record Stage(String key, LocalDate due) implements java.io.Serializable {
    }

    /** A schedule from dates keyed as in {@link #ALL_STAGES} (a missing key is a stage without a date). */
    public static CampaignSchedule of(java.util.Map<String, LocalDate> dates, List<LocalDate> monitoringDates) {
        List<LocalDate> d = ALL_STAGES.stream().map(dates::get).toList();
        return new CampaignSchedule(d.get(0), d.get(1), d.get(2), d.get(3), d.get(4), d.get(5), d.get(6),
                monitoringDates);
    }

    /** The stages that have a date, in the cycle's order. */
    public List<Stage> stages() {
        List<LocalDate> dates = java.util.Arrays.asList(identificationUntil, setupUntil, diagnosticsUntil,
                documentsDue, expertiseUntil, mutualExpertiseUntil, contestUntil);
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i) != null) {
                stages.add(new Stage(ALL_STAGES.get(i), dates.get(i)));
            }
        }
        return stages;
    }

    public CampaignSchedule {
        monitoringDates = monitoringDates == null ? List.of() : List.copyOf(monitoringDates);
    }

    /** The first stage (its message key) that ends before a stage it should follow. */
    public Optional<String> disorder() {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(identificationUntil);
        dates.add(setupUntil);
        dates.add(diagnosticsUntil);
        dates.add(documentsDue);
        dates.add(expertiseUntil);
        dates.add(mutualExpertiseUntil);
        LocalDate latest = null;
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            if (date == null) {
                continue;
            }
            if (latest != null && date.isBefore(latest)) {
                return Optional.of(STAGES.get(i));
            }
            latest = date;
        }
        if (contestUntil != null && documentsDue != null && contestUntil.isBefore(documentsDue)) {
            return Optional.of("campaign.stage.contest");
        }
        return Optional.empty();
    }

    /** The same schedule a school year later (29 February becomes 28 February), for the next campaign. */
    public CampaignSchedule nextYear() {
        return new CampaignSchedule(later(identificationUntil), later(setupUntil), later(diagnosticsUntil),
                later(documentsDue), later(expertiseUntil), later(mutualExpertiseUntil), later(contestUntil),
                monitoringDates.stream().map(CampaignSchedule::later).toList());
    }

    private static LocalDate later(LocalDate date) {
        return date == null ? null : date.plusYears(1);
    }
}
