package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.expertise.domain.RoundReport;
import ru.portal500.shared.imports.XlsxExport;
import ru.portal500.shared.i18n.Numbers;
import ru.portal500.shared.i18n.ReaderLanguage;
import ru.portal500.shared.i18n.Texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A round's report as an XLSX workbook: documents with their results, progress by reviewer, school, municipality. */
@ApplicationScoped
public class RoundWorkbook {

    @Inject
    ReaderLanguage language;

    /** In the language the person chose on the pages. */
    public byte[] of(ExpertiseReports.Report report) {
        return of(report, language.getLocale());
    }

    /** In the reader's language (a request's, for the API). */
    public byte[] of(ExpertiseReports.Report report, Locale reader) {
        return new Writer(reader).of(report);
    }

    /** The file's name: "экспертиза-12.xlsx", "expertise-12.xlsx". */
    public static String fileName(long roundId, Locale reader) {
        return Texts.get(reader, "expertise.export.fileName", String.valueOf(roundId)) + ".xlsx";
    }

    private record Writer(Locale locale) {

    byte[] of(ExpertiseReports.Report report) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put(text("expertise.sheet.documents"), documents(report));
        sheets.put(text("expertise.sheet.reviewers"), progress(report.progress().getByReviewer()));
        sheets.put(text("expertise.sheet.schools"), progress(report.progress().getBySchool()));
        sheets.put(text("expertise.sheet.municipalities"), progress(report.progress().getByMunicipality()));
        return XlsxExport.of(sheets);
    }

    private List<List<String>> documents(ExpertiseReports.Report report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text("expertise.column.municipality"), text("schools.column.name"),
                text("documents.column.document"), text("expertise.column.reviews"), text("expertise.column.mean"),
                text("expertise.column.spread"), text("expertise.column.verdict"), text("expertise.column.divergent")));
        for (ExpertiseReports.DocumentResult r : report.documents()) {
            rows.add(List.of(r.document().getSchool().getMunicipality().getName(), r.document().getSchool().getName(),
                    r.document().getTitle(), String.valueOf(r.getActiveReviews()), percent(r.getMeanPercent()),
                    percent(r.getSpreadPoints()), r.getVerdict() == null ? "" : text("Verdict." + r.getVerdict()),
                    r.isDivergent() ? text("common.yes") : ""));
        }
        Integer share = report.progress().getConformingPercent();
        rows.add(List.of());
        rows.add(List.of(text("expertise.report.conforming"), share == null ? "" : share + " %"));
        return rows;
    }

    private List<List<String>> progress(List<RoundReport.Progress> lines) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("", text("expertise.column.assigned"), text("expertise.column.done"),
                text("expertise.column.inProgress"), text("expertise.column.notStarted"), text("expertise.column.overdue"),
                text("expertise.column.declined")));
        lines.forEach(p -> rows.add(List.of(p.name(), String.valueOf(p.assigned()), String.valueOf(p.done()),
                String.valueOf(p.inProgress()), String.valueOf(p.notStarted()), String.valueOf(p.overdue()),
                String.valueOf(p.declined()))));
        return rows;
    }

    /** A percentage (or percentage points) rounded for people, in the reader's language: "22,9". */
    private String percent(BigDecimal value) {
        return value == null ? "" : Numbers.decimal(locale, value, 1);
    }

    private String text(String key) {
        return Texts.get(locale, key);
    }
    }
}
