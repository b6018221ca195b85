package ru.portal500.registry.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A school's risk profiles of several campaigns side by side, newest first. A factor's wording may differ
 * from one campaign to the next: factors are matched by their federal number, a region's own factors
 * by position ({@link RiskFactor#matchKey()}); a row is titled as in the newest campaign that marked it.
 */
public record RiskProfileComparison(List<Column> columns, List<Row> rows) implements Serializable {

    /** One campaign's profile. */
    public record Column(int schoolYear, String campaignName, RiskProfileState state) implements Serializable {
    }

    /** One factor across the campaigns: a cell per column, null where that profile has no mark on it. */
    public record Row(String key, String title, List<Cell> cells) implements Serializable {
    }

    /** A factor's mark in one campaign. */
    public record Cell(Significance significance, boolean chosen) implements Serializable {
    }

    public static RiskProfileComparison of(List<RiskProfile> profiles) {
        List<RiskProfile> newestFirst = new ArrayList<>(profiles);
        newestFirst.sort(Comparator.comparingInt((RiskProfile p) -> p.getCampaign().getSchoolYear()).reversed());
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Cell[]> cells = new LinkedHashMap<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            List<FactorMark> marks = new ArrayList<>(newestFirst.get(i).getMarks());
            marks.sort(Comparator.comparingInt(m -> m.getFactor().getPosition()));
            for (FactorMark mark : marks) {
                String key = mark.getFactor().matchKey();
                titles.putIfAbsent(key, mark.getFactor().getTitle());
                cells.computeIfAbsent(key, k -> new Cell[newestFirst.size()])[i] =
                        new Cell(mark.getSignificance(), mark.isChosen());
            }
        }
        List<Row> rows = titles.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue(),
                Collections.unmodifiableList(Arrays.asList(cells.get(e.getKey()))))).toList();
        List<Column> columns = newestFirst.stream().map(p -> new Column(p.getCampaign().getSchoolYear(),
                p.getCampaign().getName(), p.getState())).toList();
        return new RiskProfileComparison(columns, rows);
    }
}
