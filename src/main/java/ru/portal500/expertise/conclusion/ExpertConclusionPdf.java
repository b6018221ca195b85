package ru.portal500.expertise.conclusion;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.ChecklistSection;
import ru.portal500.expertise.checklist.Criterion;
import ru.portal500.expertise.checklist.CriterionScore;
import ru.portal500.expertise.checklist.CriterionSpread;
import ru.portal500.expertise.checklist.ScoreAggregate;
import ru.portal500.expertise.checklist.ScoreSheet;
import ru.portal500.expertise.checklist.ScoreTotals;
import ru.portal500.expertise.checklist.TotalSpread;
import ru.portal500.expertise.checklist.Verdict;
import ru.portal500.shared.pdf.DocumentTexts;
import ru.portal500.shared.pdf.PageFlow;
import ru.portal500.shared.pdf.PageFlow.Run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Predicate;

/**
 * The expert conclusion (экспертное заключение) as a PDF: the header the caller gives, every criterion with its
 * mark and comment, the totals, the verdict and the recommendations — of one expert's sheet or of several
 * experts' aggregate. The words come from the portal's bundle in the language it was loaded for; the fonts are
 * embedded, so Cyrillic shows everywhere. Long texts wrap and run onto further pages.
 */
public final class ExpertConclusionPdf {

    private static final float TITLE = 16;
    private static final float HEADING = 13;
    private static final float SUBHEADING = 12;
    private static final float INDENT = 16;

    private final DocumentTexts texts;
    private final CriterionLines lines;

    /** @param bundle the portal's messages ({@code ru.portal500.i18n.messages}) in the reader's language */
    public ExpertConclusionPdf(ResourceBundle bundle) {
        this.texts = new DocumentTexts(bundle);
        this.lines = new CriterionLines(texts);
    }

    /** The conclusion of one expert's sheet (a draft is marked as such). */
    public byte[] render(ConclusionHeader header, ScoreSheet sheet, ConclusionVariant variant) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(header, sheet, variant, out);
        return out.toByteArray();
    }

    /** The conclusion of several experts' submitted sheets. */
    public byte[] render(ConclusionHeader header, ScoreAggregate aggregate, ConclusionVariant variant) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(header, aggregate, variant, out);
        return out.toByteArray();
    }

    public void write(ConclusionHeader header, ScoreSheet sheet, ConclusionVariant variant, OutputStream out) {
        compose(header, sheet.checklist(), out, flow -> {
            if (!sheet.isSubmitted()) {
                flow.paragraph(0, PageFlow.BODY, Run.strong(texts.text("conclusion.draft")));
            }
            List<CriterionScore> scores = sheet.scores();
            criteria(flow, sheet.checklist(), variant, (criterion, position) -> {
                CriterionScore score = scores.get(position - 1);
                List<String> result = new ArrayList<>();
                String mark = lines.mark(score);
                if (mark != null) {
                    result.add(mark);
                }
                if (score.answer() != null && score.answer().hasComment()) {
                    result.add(texts.text("conclusion.comment", score.answer().comment()));
                }
                return result;
            });
            ScoreTotals totals = sheet.totals();
            flow.heading(texts.text("conclusion.totals"), HEADING);
            flow.paragraph(0, PageFlow.BODY, Run.plain(texts.text("conclusion.totals.raw",
                    texts.number(totals.raw()), texts.number(totals.rawMaximum()))));
            flow.paragraph(0, PageFlow.BODY, Run.plain(texts.text("conclusion.totals.weighted",
                    texts.number(totals.weighted()), texts.number(totals.maximum()), texts.percent(totals.percent()))));
            verdict(flow, sheet.verdict());
            recommendations(flow, List.of(sheet.recommendations()), List.of(""));
        });
    }

    public void write(ConclusionHeader header, ScoreAggregate aggregate, ConclusionVariant variant,
                      OutputStream out) {
        boolean full = variant == ConclusionVariant.FULL;
        List<String> experts = new ArrayList<>();
        for (int i = 0; i < aggregate.sheets().size(); i++) {
            experts.add(full ? aggregate.sheets().get(i).assessor() : texts.text("conclusion.expert.numbered", i + 1));
        }
        compose(header, aggregate.checklist(), out, flow -> {
            flow.paragraph(0, PageFlow.BODY, Run.plain(texts.text("conclusion.experts.count",
                    aggregate.sheets().size())));
            criteria(flow, aggregate.checklist(), variant, (criterion, position) -> {
                CriterionSpread spread = aggregate.criteria().get(position - 1);
                List<String> result = new ArrayList<>(lines.mean(spread, full, experts));
                result.addAll(lines.comments(spread, experts::get));
                return result;
            });
            totals(flow, aggregate, full, experts);
            verdict(flow, aggregate.verdict());
            recommendations(flow, aggregate.sheets().stream().map(ScoreSheet::recommendations).toList(), experts);
        });
    }

    private void totals(PageFlow flow, ScoreAggregate aggregate, boolean full, List<String> experts)
            throws IOException {
        TotalSpread total = aggregate.total();
        flow.heading(texts.text("conclusion.totals"), HEADING);
        flow.paragraph(0, PageFlow.BODY, Run.plain(texts.text("conclusion.totals.mean",
                texts.number(total.weighted().mean()), texts.number(total.maximum()),
                texts.percent(total.percent().mean()))));
        if (!full) {
            return;
        }
        for (int i = 0; i < aggregate.sheets().size(); i++) {
            ScoreTotals totals = aggregate.sheets().get(i).totals();
            flow.paragraph(INDENT, PageFlow.BODY, Run.plain(texts.text("conclusion.totals.expert", experts.get(i),
                    texts.number(totals.weighted()), texts.percent(totals.percent()))));
        }
        flow.paragraph(0, PageFlow.BODY, Run.plain(texts.text("conclusion.totals.spread",
                texts.percent(total.percent().range()), texts.percent(total.percent().standardDeviation()))));
        if (aggregate.isDivergent()) {
            flow.paragraph(0, PageFlow.BODY, Run.strong(texts.text("conclusion.divergent",
                    texts.percent(total.limitPercentPoints()))));
        }
    }

    /** The lines under one criterion (given its 1-based position). */
    @FunctionalInterface
    private interface Lines {
        List<String> of(Criterion criterion, int position) throws IOException;
    }

    /** A part of the conclusion written on the flow. */
    @FunctionalInterface
    private interface Part {
        void write(PageFlow flow) throws IOException;
    }

    private void compose(ConclusionHeader header, Checklist checklist, OutputStream out, Part body) {
        try (PDDocument document = new PDDocument()) {
            PageFlow flow = new PageFlow(document);
            flow.title(texts.text("conclusion.title"), TITLE);
            flow.gap(4);
            flow.title(texts.text("conclusion.checklist", checklist.title(), checklist.version()), PageFlow.BODY);
            flow.gap(8);
            field(flow, "conclusion.field.school", header.school());
            field(flow, "conclusion.field.document", header.document());
            field(flow, "conclusion.field.documentVersion", header.documentVersion());
            field(flow, "conclusion.field.round", header.round());
            field(flow, "conclusion.field.expert", header.expert());
            field(flow, "conclusion.field.date", texts.date(header.date()));
            body.write(flow);
            flow.finish(page -> texts.text("conclusion.page", page, document.getNumberOfPages()));
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(texts.text("conclusion.title") + " — " + checklist.title());
            information.setSubject(header.document());
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void field(PageFlow flow, String labelKey, String value) throws IOException {
        if (!value.isEmpty()) {
            flow.paragraph(0, PageFlow.BODY, Run.strong(texts.text(labelKey) + ":"), Run.plain(value));
        }
    }

    private void criteria(PageFlow flow, Checklist checklist, ConclusionVariant variant, Lines under)
            throws IOException {
        Predicate<Criterion> shown = c -> variant == ConclusionVariant.FULL || c.shownToSchool();
        flow.heading(texts.text("conclusion.criteria"), HEADING);
        int position = 0;
        for (ChecklistSection section : checklist.sections()) {
            boolean anyShown = section.criteria().stream().anyMatch(shown);
            if (anyShown && section.title() != null) {
                flow.heading(section.title(), SUBHEADING);
            }
            for (Criterion criterion : section.criteria()) {
                position++;
                if (!shown.test(criterion)) {
                    continue;
                }
                flow.gap(3);
                flow.keepLines(3);
                flow.paragraph(0, PageFlow.BODY, Run.strong(lines.heading(criterion)));
                for (String line : under.of(criterion, position)) {
                    flow.paragraph(INDENT, PageFlow.BODY, Run.plain(line));
                }
            }
        }
    }

    private void verdict(PageFlow flow, Verdict verdict) throws IOException {
        flow.heading(texts.text("conclusion.verdict"), HEADING);
        flow.paragraph(0, PageFlow.BODY, Run.strong(texts.text("Verdict." + verdict.name())));
    }

    private void recommendations(PageFlow flow, List<String> recommendations, List<String> authors)
            throws IOException {
        flow.heading(texts.text("conclusion.recommendations"), HEADING);
        boolean any = false;
        for (int i = 0; i < recommendations.size(); i++) {
            String text = recommendations.get(i);
            if (text.isBlank()) {
                continue;
            }
            any = true;
            if (!authors.get(i).isEmpty()) {
                flow.paragraph(0, PageFlow.BODY, Run.strong(authors.get(i) + ":"));
            }
            flow.paragraph(0, PageFlow.BODY, Run.plain(text));
        }
        if (!any) {
            flow.paragraph(0, PageFlow.BODY, Run.plain(texts.text("conclusion.recommendations.none")));
        }
    }
}
