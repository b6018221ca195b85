package ru.portal500.contests.domain;

import ru.portal500.shared.i18n.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A contest's stages as days of its region's calendar: the call published, entries open and close, the
 * eligibility check, the judging and the results. A draft may leave days out; the days given follow the stages'
 * order (each not earlier than the one before), and a published call has them all.
 */
public record ContestStages(LocalDate callPublished, LocalDate entriesOpen, LocalDate entriesClose,
                            LocalDate eligibilityCheck, LocalDate judging, LocalDate results) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public static ContestStages none() {
        return new ContestStages(null, null, null, null, null, null);
    }

    /** Refuses days out of order, naming both stages and their days. */
    public ContestStages {
        Map<ContestStage, LocalDate> days = days(callPublished, entriesOpen, entriesClose, eligibilityCheck, judging,
                results);
        ContestStage previous = null;
        for (var day : days.entrySet()) {
            if (day.getValue() == null) {
                continue;
            }
            if (previous != null && day.getValue().isBefore(days.get(previous))) {
                throw new ContestRuleException("contests.error.stageOrder", name(day.getKey()),
                        DAY.format(day.getValue()), name(previous), DAY.format(days.get(previous)));
            }
            previous = day.getKey();
        }
    }

    private static Map<ContestStage, LocalDate> days(LocalDate... values) {
        Map<ContestStage, LocalDate> days = new EnumMap<>(ContestStage.class);
        for (ContestStage stage : ContestStage.values()) {
            days.put(stage, values[stage.ordinal()]);
        }
        return days;
    }

    private static Texts.Phrase name(ContestStage stage) {
        return new Texts.Phrase("ContestStage." + stage.name());
    }

    /** The stage's day, or null while a draft leaves it out. */
    public LocalDate day(ContestStage stage) {
        return asMap().get(stage);
    }

    /** Every stage with its day (null where none is set yet), in order. */
    public Map<ContestStage, LocalDate> asMap() {
        return days(callPublished, entriesOpen, entriesClose, eligibilityCheck, judging, results);
    }

    /** The stages without a day, in order. */
    public List<ContestStage> missing() {
        List<ContestStage> missing = new ArrayList<>();
        asMap().forEach((stage, day) -> {
            if (day == null) {
                missing.add(stage);
            }
        });
        return missing;
    }

    /** The moment entries stop being taken: the end of the closing day in the region's time zone. */
    public Instant entriesCloseAt(ZoneId zone) {
        return entriesClose == null ? null : entriesClose.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
