package ru.portal500.monitoring.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import ru.portal500.monitoring.application.MonitoringDashboard;
import ru.portal500.monitoring.domain.Unit;
import ru.portal500.shared.imports.XlsxExport;
import ru.portal500.shared.pdf.DocumentTexts;
import ru.portal500.shared.pdf.PageFlow;
import ru.portal500.shared.pdf.PageFlow.Run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The monitoring report of a region at a date, as XLSX and as PDF: per indicator its target, the region's value, the
 * change since the last monitoring date, how many schools reached the target, and the value of each municipality with
 * its own change; then each municipality's reporting (reported, on time) and overdue measures. Made from the region's
 * dashboard at the date and at the date before it.
 */
public final class MonitoringReportFiles {

    private final DocumentTexts words;

    /** @param bundle the portal's messages in the reader's language */
    public MonitoringReportFiles(ResourceBundle bundle) {
        this.words = new DocumentTexts(bundle);
    }

    /**
     * The report as a workbook: values, changes and counts as numbers (a percentage as its number of per cent, the unit
     * in its own column), words as text.
     */
    public byte[] xlsx(MonitoringDashboard.View now, Optional<MonitoringDashboard.View> before) {
        List<Object> header = new ArrayList<>(List.of(words.text("monitoring.report.column.indicator"),
                words.text("monitoring.report.column.unit"), words.text("monitoring.report.column.target"),
                words.text(now.level() == MonitoringDashboard.Level.REGION ? "monitoring.report.column.region"
                        : "monitoring.report.column.municipality"), words.text("monitoring.report.column.change"),
                words.text("monitoring.report.column.reached")));
        now.places().forEach(p -> {
            header.add(p.name());
            header.add(words.text("monitoring.report.column.placeChange", p.name()));
        });
        List<List<Object>> indicators = new ArrayList<>();
        indicators.add(List.of(heading(now)));
        indicators.add(header);
        for (MonitoringDashboard.IndicatorLine line : now.indicators()) {
            List<Object> row = new ArrayList<>(List.of(line.title(), words.text("monitoring.report.unit."
                    + line.unit().name()), target(line), cell(line, line.value()),
                    delta(line.value(), previous(line, now)), reached(line)));
            for (MonitoringDashboard.Reporting place : now.places()) {
                BigDecimal value = placeValue(line, place.id());
                row.add(cell(line, value));
                row.add(delta(value, before.flatMap(b -> lineOf(b, line.code()))
                        .map(l -> placeValue(l, place.id())).orElse(null)));
            }
            indicators.add(row);
        }
        List<List<Object>> reporting = new ArrayList<>();
        reporting.add(List.of(words.text("monitoring.report.column.place"), words.text("monitoring.report.column.expected"),
                words.text("monitoring.report.column.reported"), words.text("monitoring.report.column.onTime"),
                words.text("monitoring.report.column.overdue")));
        for (MonitoringDashboard.Reporting place : withTotal(now)) {
            reporting.add(List.of(place.name(), place.expected(), place.reported(), place.onTime(), place.overdue()));
        }
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put(words.text("monitoring.report.sheet.indicators"), indicators);
        sheets.put(words.text("monitoring.report.sheet.reporting"), reporting);
        return XlsxExport.of(sheets);
    }

    /** A value for the workbook: the number, «—» for none, a note where the portal does not count it. */
    private Object cell(MonitoringDashboard.IndicatorLine line, BigDecimal value) {
        return !line.computed() ? words.text("monitoring.report.notComputed") : value == null ? "—" : value;
    }

    /** The change as a number, or nothing where either side has no value. */
    private static Object delta(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? "" : now.subtract(before);
    }

    public byte[] pdf(MonitoringDashboard.View now, Optional<MonitoringDashboard.View> before) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PageFlow flow = new PageFlow(document);
            flow.title(heading(now), 15);
            flow.gap(8);
            for (MonitoringDashboard.IndicatorLine line : now.indicators()) {
                flow.heading(line.title(), 12);
                String since = change(line.value(), previous(line, now));
                flow.paragraph(0, PageFlow.BODY, Run.plain(words.text(now.level() == MonitoringDashboard.Level.REGION
                        ? "monitoring.report.line" : "monitoring.report.lineMunicipality", target(line),
                        value(line, line.value()) + (since.isEmpty() ? "" : " (" + since + ")"), reached(line))));
                for (MonitoringDashboard.Reporting place : now.places()) {
                    BigDecimal value = placeValue(line, place.id());
                    String was = change(value, before.flatMap(b -> lineOf(b, line.code()))
                            .map(l -> placeValue(l, place.id())).orElse(null));
                    flow.paragraph(16, PageFlow.SMALL, Run.plain(place.name() + ": " + value(line, value)
                            + (was.isEmpty() ? "" : " (" + was + ")")));
                }
            }
            flow.heading(words.text("monitoring.report.sheet.reporting"), 12);
            for (MonitoringDashboard.Reporting place : withTotal(now)) {
                flow.paragraph(0, PageFlow.BODY, Run.strong(place.name() + ": "), Run.plain(words.text(
                        "monitoring.report.reportingLine", place.reported(), place.expected(), place.onTime(),
                        place.overdue())));
            }
            flow.finish(page -> words.text("monitoring.report.page", page, document.getNumberOfPages()));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<MonitoringDashboard.Reporting> withTotal(MonitoringDashboard.View view) {
        List<MonitoringDashboard.Reporting> all = new ArrayList<>(view.places());
        MonitoringDashboard.Reporting total = view.total();
        all.add(new MonitoringDashboard.Reporting(0, words.text(view.level() == MonitoringDashboard.Level.REGION
                ? "monitoring.report.total" : "monitoring.report.totalMunicipality"), total.expected(),
                total.reported(), total.onTime(), total.reportingRate(), total.onTimeRate(), total.overdue()));
        return all;
    }

    /** «Мониторинг проекта: регион …» or «… муниципалитет …», at the date. */
    private String heading(MonitoringDashboard.View view) {
        return view.level() == MonitoringDashboard.Level.REGION
                ? words.text("monitoring.report.heading", view.regionName(), words.date(view.date()))
                : words.text("monitoring.report.headingMunicipality", view.municipality(), view.regionName(),
                words.date(view.date()));
    }

    private static Optional<MonitoringDashboard.IndicatorLine> lineOf(MonitoringDashboard.View view, String code) {
        return view.indicators().stream().filter(l -> l.code().equals(code)).findFirst();
    }

    private static BigDecimal placeValue(MonitoringDashboard.IndicatorLine line, long placeId) {
        return line.places().stream().filter(p -> p.id() == placeId).findFirst()
                .map(MonitoringDashboard.PlaceValue::value).orElse(null);
    }

    /** The region's value at the date before, from the line's trend. */
    private static BigDecimal previous(MonitoringDashboard.IndicatorLine line, MonitoringDashboard.View view) {
        int at = view.dates().indexOf(view.date());
        return at > 0 ? line.trend().get(at - 1) : null;
    }

    private String target(MonitoringDashboard.IndicatorLine line) {
        return words.text("Direction." + line.direction().name()) + " " + words.number(line.target())
                + (line.unit() == Unit.PERCENT ? " %" : "");
    }

    private String value(MonitoringDashboard.IndicatorLine line, BigDecimal value) {
        if (!line.computed()) {
            return words.text("monitoring.report.notComputed");
        }
        return value == null ? "—" : words.number(value) + (line.unit() == Unit.PERCENT ? " %" : "");
    }

    private String change(BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return "";
        }
        BigDecimal delta = now.subtract(before);
        return (delta.signum() > 0 ? "+" : "") + words.number(delta);
    }

    private String reached(MonitoringDashboard.IndicatorLine line) {
        return line.reached().denominator() == 0 ? "—"
                : words.text("monitoring.report.reachedOf", line.reached().numerator(), line.reached().denominator());
    }
}
