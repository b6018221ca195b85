package ru.portal500.contests.results;

import ru.portal500.registry.domain.SchoolYear;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A contest's confirmed results, as its documents need them: the contest's title, region and school year (by the
 * calendar year it ends in, as the contest keeps it: 2027 is 2026/27), when and by whom
 * the results were confirmed, the region's time zone (instants are shown in it), whether judging was blind, which
 * places are rewarded, the jury and every nomination with its entries and ranking.
 */
public record ContestResults(String title, String region, int year, LocalDate confirmedOn, String confirmedBy,
                             ZoneId zone, boolean blind, Awards awards, List<ResultsJuror> jurors,
                             List<NominationResults> nominations) {

    public ContestResults {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(confirmedOn, "confirmedOn");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(awards, "awards");
        region = region == null ? "" : region.strip();
        confirmedBy = confirmedBy == null ? "" : confirmedBy.strip();
        jurors = List.copyOf(jurors);
        nominations = List.copyOf(nominations);
    }

    /** The school year as the portal writes it: 2027 → "2026/27" (never the bare ending year, "2027"). */
    public String schoolYear() {
        return SchoolYear.label(year);
    }

    /** The jurors by their id. */
    public Map<String, ResultsJuror> jurorsById() {
        return jurors.stream().collect(Collectors.toMap(ResultsJuror::id, Function.identity(), (a, b) -> a));
    }

    /** The same results with another confirmation (who, when). */
    public ContestResults confirmed(LocalDate on, String by) {
        return new ContestResults(title, region, year, on, by, zone, blind, awards, jurors, nominations);
    }
}
