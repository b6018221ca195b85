package ru.portal500.contests.results;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import ru.portal500.contests.judging.ModeratedDecision;
import ru.portal500.contests.judging.NominationRanking;
import ru.portal500.contests.judging.NominationRanking.RankedEntry;
import ru.portal500.contests.judging.NominationRanking.TieBreakApplied;
import ru.portal500.contests.judging.NominationRanking.UnrankedEntry;
import ru.portal500.expertise.checklist.CriterionScore;
import ru.portal500.expertise.checklist.ScoreSheet;
import ru.portal500.expertise.checklist.ScoreTotals;
import ru.portal500.shared.pdf.DocumentTexts;
import ru.portal500.shared.pdf.PageFlow;
import ru.portal500.shared.pdf.PageFlow.Run;
import ru.portal500.shared.pdf.StableIdentity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The protocol of a contest's results (протокол подведения итогов) as a PDF, frozen when the organiser confirms the
 * results: the header (contest, region, year, the date of confirmation and who confirmed), then per nomination the
 * ranking with places and awards, the totals (the raw mean of the jurors, the normalised mean beside it when the
 * nomination is ranked by normalised scores, the organiser's decision when there is one), every tie-break that decided
 * between two entries in words, the entries not ranked and why, the organiser's moderated decisions apart from the
 * jurors' scores, and then every juror's score of every criterion with their comments, every abstention and every
 * conflict of interest (with the override's reason). Long contests run over many pages; long names wrap.
 *
 * <p>The same results give the same bytes: the document's dates are the confirmation's, it has no random id, and the
 * fonts are subset the same way, so the SHA-256 of the protocol ({@link FrozenProtocol#sha256()}) is stable and the
 * public results page can show it.
 */
public final class ContestProtocol {

    private static final float TITLE = 16;
    private static final float HEADING = 13;
    private static final float SUBHEADING = 12;
    private static final float INDENT = 16;

    private final ResourceBundle bundle;

    /** @param bundle the portal's messages ({@code ru.portal500.i18n.messages}), Russian for the official protocol */
    public ContestProtocol(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Renders the protocol and computes its SHA-256. */
    public FrozenProtocol render(ContestResults results) {
        ResultsWords words = new ResultsWords(new DocumentTexts(bundle), results);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PageFlow flow = new PageFlow(document);
            header(flow, words, results);
            for (NominationResults nomination : results.nominations()) {
                nomination(flow, words, results, nomination);
            }
            flow.gap(12);
            flow.keepLines(2);
            flow.paragraph(0, PageFlow.BODY, Run.strong(words.text("contests.protocol.signature")),
                    Run.plain(results.confirmedBy()));
            flow.finish(page -> words.text("contests.protocol.page", page, document.getNumberOfPages()));
            information(document, words, results);
            document.save(out);
            return FrozenProtocol.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's metadata, all from the results: no clock, no random id. */
    private static void information(PDDocument document, ResultsWords words, ContestResults results) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(words.text("contests.protocol.title") + " — " + results.title());
        information.setSubject(results.region());
        information.setAuthor(results.confirmedBy());
        StableIdentity.stamp(document, results.confirmedOn().atStartOfDay(results.zone()), results.title(),
                results.region(), Integer.toString(results.year()), results.confirmedBy());
    }

    private static void header(PageFlow flow, ResultsWords words, ContestResults results) throws IOException {
        flow.title(words.text("contests.protocol.title"), TITLE);
        flow.gap(4);
        flow.title("«" + results.title() + "»", SUBHEADING);
        flow.gap(8);
        field(flow, words.text("contests.protocol.region"), results.region());
        field(flow, words.text("contests.protocol.year"), results.schoolYear());
        field(flow, words.text("contests.protocol.confirmedOn"), words.texts().date(results.confirmedOn()));
        field(flow, words.text("contests.protocol.confirmedBy"), results.confirmedBy());
        field(flow, words.text("contests.protocol.judging"),
                words.text(results.blind() ? "contests.protocol.judging.blind" : "contests.protocol.judging.open"));
        Awards awards = results.awards();
        String winners = places(1, awards.winnerPlaces());
        field(flow, words.text("contests.protocol.awards"), awards.prizePlaces() == 0
                ? words.text("contests.protocol.awards.winnersOnly", winners)
                : words.text("contests.protocol.awards.places", winners,
                places(awards.winnerPlaces() + 1, awards.winnerPlaces() + awards.prizePlaces())));
        field(flow, words.text("contests.protocol.timeZone"), results.zone().getId());
        flow.heading(words.text("contests.protocol.jury"), HEADING);
        for (ResultsJuror juror : results.jurors()) {
            flow.paragraph(INDENT, PageFlow.BODY, Run.plain(words.juror(juror.id())));
        }
    }

    /** "Средний балл жюри" → "средний балл жюри", in parentheses after a number. */
    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /** "1" or "2–3". */
    private static String places(int from, int to) {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }

    private static void field(PageFlow flow, String label, String value) throws IOException {
        if (!value.isEmpty()) {
            flow.paragraph(0, PageFlow.BODY, Run.strong(label + ":"), Run.plain(value));
        }
    }

    private static void nomination(PageFlow flow, ResultsWords words, ContestResults results,
                                   NominationResults nomination) throws IOException {
        NominationRanking ranking = nomination.ranking();
        flow.gap(8);
        flow.heading(words.text("contests.protocol.nomination", nomination.title()), HEADING);
        flow.paragraph(0, PageFlow.BODY, Run.plain(words.text("contests.protocol.checklist",
                nomination.checklist().title(), nomination.checklist().version(),
                nomination.settings().reviewsPerEntry())));
        flow.paragraph(0, PageFlow.BODY, Run.plain(words.text("contests.protocol.chain",
                words.chain(ranking.chain()))));
        boolean normalised = nomination.settings().normalisedRanking();
        String maximum = words.number(nomination.checklist().maximumScore());

        flow.heading(words.text("contests.protocol.ranking"), SUBHEADING);
        if (ranking.ranked().isEmpty()) {
            flow.paragraph(0, PageFlow.BODY, Run.plain(words.text("contests.protocol.ranking.none")));
        }
        for (RankedEntry ranked : ranking.ranked()) {
            ResultsEntry entry = nomination.entry(ranked.entryId()).orElseThrow();
            flow.keepLines(3);
            flow.paragraph(0, PageFlow.BODY, Run.strong(words.text("contests.protocol.place", ranked.place(),
                    words.award(results.awards().of(ranked.place())), words.entry(entry))));
            flow.paragraph(INDENT, PageFlow.BODY, Run.plain(parties(words, entry)));
            List<String> totals = new ArrayList<>();
            totals.add(words.text("contests.protocol.score", words.number(ranked.score()), maximum,
                    lowerFirst(words.text(ranked.source().messageKey()))));
            totals.add(words.text("contests.protocol.rawMean", words.number(ranked.rawMean())));
            if (normalised) {
                totals.add(words.text("contests.protocol.normalisedMean", words.number(ranked.normalisedMean())));
            }
            totals.add(words.text("contests.protocol.reviews", ranked.reviews()));
            flow.paragraph(INDENT, PageFlow.BODY, Run.plain(String.join("; ", totals) + "."));
        }

        flow.heading(words.text("contests.protocol.tieBreaks"), SUBHEADING);
        if (ranking.tieBreaks().isEmpty()) {
            flow.paragraph(0, PageFlow.BODY, Run.plain(words.text("contests.protocol.tieBreaks.none")));
        }
        for (TieBreakApplied applied : ranking.tieBreaks()) {
            flow.paragraph(0, PageFlow.BODY, Run.plain(words.tieBreak(applied, ranking.chain(),
                    nomination.entry(applied.upperEntryId()).orElseThrow(),
                    nomination.entry(applied.lowerEntryId()).orElseThrow())));
        }

        if (!ranking.unranked().isEmpty()) {
            flow.heading(words.text("contests.protocol.unranked"), SUBHEADING);
            for (UnrankedEntry unranked : ranking.unranked()) {
                String title = nomination.entry(unranked.entryId()).map(words::entry)
                        .orElse(words.text("contests.protocol.entryNumber", Long.toString(unranked.entryId())));
                flow.paragraph(0, PageFlow.BODY, Run.strong(title + ". "), Run.plain(words.text(
                        unranked.reason().messageKey(), unranked.submittedReviews(), unranked.requiredReviews())));
            }
        }

        flow.heading(words.text("contests.protocol.decisions"), SUBHEADING);
        boolean anyDecision = false;
        for (ResultsEntry entry : nomination.inProtocolOrder()) {
            ModeratedDecision decision = entry.decision();
            if (decision != null) {
                anyDecision = true;
                flow.paragraph(0, PageFlow.BODY, Run.strong(words.entry(entry) + ":"),
                        Run.plain(words.text("contests.protocol.decision", words.number(decision.total()), maximum,
                                decision.decidedBy(), words.instant(decision.decidedAt()), decision.reason())));
            }
        }
        if (!anyDecision) {
            flow.paragraph(0, PageFlow.BODY, Run.plain(words.text("contests.protocol.decisions.none")));
        }

        flow.heading(words.text("contests.protocol.scores"), SUBHEADING);
        flow.paragraph(0, PageFlow.BODY, Run.plain(words.text("contests.protocol.criteria",
                String.join("; ", nomination.checklist().criteria().stream().map(words::criterion).toList()))));
        for (ResultsEntry entry : nomination.inProtocolOrder()) {
            scores(flow, words, entry, maximum);
        }
    }

    private static String parties(ResultsWords words, ResultsEntry entry) {
        String authors = String.join(", ", entry.authors());
        return words.text("contests.protocol.parties", entry.school(), authors,
                words.instant(entry.submittedAt()));
    }

    /** Every review of an entry criterion by criterion, its abstentions and its conflicts. */
    private static void scores(PageFlow flow, ResultsWords words, ResultsEntry entry, String maximum)
            throws IOException {
        flow.gap(4);
        flow.keepLines(4);
        flow.paragraph(0, PageFlow.BODY, Run.strong(words.entry(entry)));
        if (entry.reviews().isEmpty()) {
            flow.paragraph(INDENT, PageFlow.BODY, Run.plain(words.text("contests.protocol.reviews.none")));
        }
        for (Review review : entry.reviews()) {
            ScoreSheet sheet = review.sheet();
            String state = sheet.isSubmitted()
                    ? words.text("contests.protocol.review.submitted", words.instant(review.submittedAt()))
                    : words.text("contests.protocol.review.draft");
            List<String> marks = new ArrayList<>();
            List<String> comments = new ArrayList<>();
            for (CriterionScore score : sheet.scores()) {
                String mark = words.mark(score);
                if (!mark.isEmpty()) {
                    marks.add(score.criterion().code() + " — " + mark);
                }
                if (score.answer() != null && score.answer().hasComment()) {
                    comments.add(words.text("contests.protocol.comment", score.criterion().code(),
                            score.answer().comment()));
                }
            }
            ScoreTotals totals = sheet.totals();
            marks.add(words.text("contests.protocol.review.total", words.number(totals.weighted()), maximum,
                    words.texts().percent(totals.percent())));
            flow.keepLines(2);
            flow.paragraph(INDENT, PageFlow.BODY, Run.strong(words.juror(review.juror()) + ": "),
                    Run.plain(state + ". " + String.join("; ", marks) + "."));
            for (String comment : comments) {
                flow.paragraph(2 * INDENT, PageFlow.BODY, Run.plain(comment));
            }
        }
        for (Abstention abstention : entry.abstentions()) {
            flow.paragraph(INDENT, PageFlow.BODY, Run.strong(words.text("contests.protocol.abstention") + ": "),
                    Run.plain(words.text("contests.protocol.abstention.line", words.juror(abstention.juror()),
                            words.instant(abstention.at()), abstention.reason())));
        }
        for (Conflict conflict : entry.conflicts()) {
            String override = conflict.override() == null
                    ? words.text("contests.protocol.conflict.kept")
                    : words.text("contests.protocol.conflict.overridden", conflict.override().grantedBy(),
                    words.instant(conflict.override().grantedAt()), conflict.override().reason());
            flow.paragraph(INDENT, PageFlow.BODY, Run.strong(words.text("contests.protocol.conflict") + ": "),
                    Run.plain(words.juror(conflict.juror()) + " — " + words.reasons(conflict.orderedReasons())
                            + ". " + override));
        }
    }
}
