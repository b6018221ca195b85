package ru.portal500.contests.results;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.portal500.contests.judging.NominationRanking.RankedEntry;
import ru.portal500.expertise.checklist.Criterion;
import ru.portal500.expertise.checklist.CriterionScore;
import ru.portal500.expertise.checklist.ScoreSheet;
import ru.portal500.shared.pdf.DocumentTexts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Every review of a contest in full, as an XLSX workbook: a sheet of reviews (a row per juror's review of an entry,
 * drafts too, marked: each criterion's mark and comment, the total, when it was submitted, the juror's conflict with
 * the entry and its override), a sheet of abstentions and conflicts, and a sheet of the ranking (place, award, the
 * score it was ranked by and where it comes from, the raw and normalised means, the organiser's decision). Marks and
 * totals are numbers; text is always text, never a formula.
 *
 * <p>Who the jurors are depends on the reader ({@link Reader}): the organiser always sees names and codes; entrants
 * (the workbook handed out after the results, for feedback) see only the jurors' codes when judging was blind, as
 * during judging, and names when it was open.
 */
public final class ReviewsWorkbook {

    /** Who the workbook is for. */
    public enum Reader {
        /** The contest's organisers: jurors by name and code. */
        ORGANISER,
        /** Entrants and the public: jurors by code only when judging was blind. */
        ENTRANTS
    }

    private final ResourceBundle bundle;

    public ReviewsWorkbook(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public byte[] write(ContestResults results, Reader reader) {
        ResultsWords words = new ResultsWords(new DocumentTexts(bundle), results);
        boolean names = reader == Reader.ORGANISER || !results.blind();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            reviews(workbook.createSheet(words.text("contests.results.xlsx.sheet.reviews")), words, results, names);
            others(workbook.createSheet(words.text("contests.results.xlsx.sheet.others")), words, results, names);
            ranking(workbook.createSheet(words.text("contests.results.xlsx.sheet.ranking")), words, results);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every criterion of every nomination's checklist, by code, in the order first met. */
    private static Map<String, Criterion> criteria(ContestResults results) {
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        results.nominations().forEach(n -> n.checklist().criteria().forEach(c -> criteria.putIfAbsent(c.code(), c)));
        return criteria;
    }

    private static void reviews(Sheet sheet, ResultsWords words, ContestResults results, boolean names) {
        Map<String, Criterion> criteria = criteria(results);
        List<Object> header = new ArrayList<>(List.of(words.text("contests.results.xlsx.nomination"),
                words.text("contests.results.xlsx.entryId"), words.text("contests.results.xlsx.entry"),
                words.text("contests.results.xlsx.school"), words.text("contests.results.xlsx.authors"),
                words.text("contests.results.xlsx.place")));
        if (names) {
            header.add(words.text("contests.results.xlsx.juror"));
        }
        header.addAll(List.of(words.text("contests.results.xlsx.jurorCode"), words.text("contests.results.xlsx.state"),
                words.text("contests.results.xlsx.submittedAt")));
        for (Criterion criterion : criteria.values()) {
            if (criterion.isScored()) {
                header.add(words.text("contests.results.xlsx.mark", criterion.code(), criterion.text()));
            }
            header.add(words.text("contests.results.xlsx.comment", criterion.code(), criterion.text()));
        }
        header.addAll(List.of(words.text("contests.results.xlsx.total"), words.text("contests.results.xlsx.percent"),
                words.text("contests.results.xlsx.conflict")));
        int line = 0;
        row(sheet, line++, header);
        for (NominationResults nomination : results.nominations()) {
            for (ResultsEntry entry : nomination.inProtocolOrder()) {
                int place = nomination.placeOf(entry.id());
                for (Review review : entry.reviews()) {
                    ScoreSheet scores = review.sheet();
                    List<Object> row = new ArrayList<>(List.of(nomination.title(), entry.id(), entry.title(),
                            entry.school(), String.join(", ", entry.authors()), place == 0 ? "" : place));
                    if (names) {
                        row.add(words.jurorName(review.juror()));
                    }
                    row.add(words.jurorCode(review.juror()));
                    row.add(words.text(scores.isSubmitted() ? "contests.results.xlsx.state.submitted"
                            : "contests.results.xlsx.state.draft"));
                    row.add(words.instant(review.submittedAt()));
                    Map<String, CriterionScore> byCode = new LinkedHashMap<>();
                    scores.scores().forEach(s -> byCode.put(s.criterion().code(), s));
                    for (Criterion criterion : criteria.values()) {
                        CriterionScore score = byCode.get(criterion.code());
                        if (criterion.isScored()) {
                            row.add(score == null || score.answer() == null || !score.answer().hasMark() ? ""
                                    : score.points());
                        }
                        row.add(score == null || score.answer() == null ? "" : score.answer().comment());
                    }
                    row.add(scores.totals().weighted());
                    row.add(scores.totals().percent());
                    row.add(entry.conflicts().stream().filter(c -> c.juror().equals(review.juror()))
                            .map(c -> conflict(words, c)).findFirst().orElse(""));
                    row(sheet, line++, row);
                }
            }
        }
    }

    private static String conflict(ResultsWords words, Conflict conflict) {
        String reasons = words.reasons(conflict.orderedReasons());
        return conflict.override() == null ? reasons + ". " + words.text("contests.protocol.conflict.kept")
                : reasons + ". " + words.text("contests.protocol.conflict.overridden",
                conflict.override().grantedBy(), words.instant(conflict.override().grantedAt()),
                conflict.override().reason());
    }

    private static void others(Sheet sheet, ResultsWords words, ContestResults results, boolean names) {
        List<Object> header = new ArrayList<>(List.of(words.text("contests.results.xlsx.nomination"),
                words.text("contests.results.xlsx.entryId"), words.text("contests.results.xlsx.entry")));
        if (names) {
            header.add(words.text("contests.results.xlsx.juror"));
        }
        header.addAll(List.of(words.text("contests.results.xlsx.jurorCode"), words.text("contests.results.xlsx.kind"),
                words.text("contests.results.xlsx.reasons"), words.text("contests.results.xlsx.when"),
                words.text("contests.results.xlsx.override")));
        int line = 0;
        row(sheet, line++, header);
        for (NominationResults nomination : results.nominations()) {
            for (ResultsEntry entry : nomination.inProtocolOrder()) {
                for (Abstention abstention : entry.abstentions()) {
                    row(sheet, line++, other(words, nomination, entry, abstention.juror(), names,
                            words.text("contests.protocol.abstention"), abstention.reason(),
                            words.instant(abstention.at()), ""));
                }
                for (Conflict conflict : entry.conflicts()) {
                    row(sheet, line++, other(words, nomination, entry, conflict.juror(), names,
                            words.text("contests.protocol.conflict"), words.reasons(conflict.orderedReasons()),
                            conflict.override() == null ? "" : words.instant(conflict.override().grantedAt()),
                            conflict(words, conflict)));
                }
            }
        }
    }

    private static List<Object> other(ResultsWords words, NominationResults nomination, ResultsEntry entry,
                                      String juror, boolean names, String kind, String reasons, String when,
                                      String override) {
        List<Object> row = new ArrayList<>(List.of(nomination.title(), entry.id(), entry.title()));
        if (names) {
            row.add(words.jurorName(juror));
        }
        row.addAll(List.of(words.jurorCode(juror), kind, reasons, when, override));
        return row;
    }

    private static void ranking(Sheet sheet, ResultsWords words, ContestResults results) {
        int line = 0;
        row(sheet, line++, List.of(words.text("contests.results.xlsx.nomination"),
                words.text("contests.results.xlsx.place"), words.text("contests.results.xlsx.award"),
                words.text("contests.results.xlsx.entryId"), words.text("contests.results.xlsx.entry"),
                words.text("contests.results.xlsx.school"), words.text("contests.results.xlsx.authors"),
                words.text("contests.results.xlsx.score"), words.text("contests.results.xlsx.source"),
                words.text("contests.results.xlsx.rawMean"), words.text("contests.results.xlsx.normalisedMean"),
                words.text("contests.results.xlsx.reviews"), words.text("contests.results.xlsx.decision")));
        for (NominationResults nomination : results.nominations()) {
            for (ResultsEntry entry : nomination.inProtocolOrder()) {
                RankedEntry ranked = nomination.ranking().entry(entry.id()).orElse(null);
                List<Object> row = new ArrayList<>(List.of(nomination.title()));
                if (ranked == null) {
                    row.addAll(List.of("", words.award(Award.PARTICIPANT)));
                } else {
                    row.addAll(List.of(ranked.place(), words.award(results.awards().of(ranked.place()))));
                }
                row.addAll(List.of(entry.id(), entry.title(), entry.school(), String.join(", ", entry.authors())));
                if (ranked == null) {
                    row.addAll(List.of("", words.text("contests.results.xlsx.unranked"), "", "", ""));
                } else {
                    row.addAll(List.of(shown(ranked.score()), words.text(ranked.source().messageKey()),
                            shown(ranked.rawMean()), shown(ranked.normalisedMean()), ranked.reviews()));
                }
                row.add(entry.decision() == null ? "" : words.text("contests.protocol.decision",
                        words.number(entry.decision().total()), words.number(nomination.checklist().maximumScore()),
                        entry.decision().decidedBy(), words.instant(entry.decision().decidedAt()),
                        entry.decision().reason()));
                row(sheet, line++, row);
            }
        }
    }

    /** A mean as the protocol shows it: two decimals at most (11.666… → 11.67). */
    private static BigDecimal shown(BigDecimal mean) {
        return mean.setScale(2, RoundingMode.HALF_UP);
    }

    /** A row: numbers as numeric cells, everything else as text (never a formula). */
    private static void row(Sheet sheet, int line, List<?> values) {
        Row row = sheet.createRow(line);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = values.get(i);
            if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
    }
}
