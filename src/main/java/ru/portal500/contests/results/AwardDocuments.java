package ru.portal500.contests.results;

import org.apache.pdfbox.pdmodel.PDDocument;
import ru.portal500.shared.pdf.DocumentTexts;
import ru.portal500.shared.pdf.PageFlow;
import ru.portal500.shared.pdf.StableIdentity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Diplomas of the winners and prize-winners and certificates of participation, each as one PDF to print: a page per
 * <em>author</em>, since every author of an entry is handed a diploma with their own name (their co-authors named
 * under it); an entry with no author named gets one page for its school. Pages go nomination by nomination, by place,
 * then by the authors' order in the entry. Which places are rewarded is the contest's {@link Awards}; every other
 * entry, ranked or not, gets certificates.
 */
public final class AwardDocuments {

    /** One printed page: who receives it, for which entry of which nomination, with which award and place. */
    public record Page(String recipient, List<String> coAuthors, ResultsEntry entry, NominationResults nomination,
                       Award award, int place) {
    }

    private static final float FRAME = 28;
    private static final float HUGE = 30;
    private static final float LARGE = 18;
    private static final float MEDIUM = 13;

    private final ResourceBundle bundle;

    public AwardDocuments(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The diplomas of the winners and prize-winners: one page per author. */
    public byte[] diplomas(ContestResults results) {
        return render(results, pages(results, true), "contests.results.diplomas.title",
                "contests.results.diplomas.none");
    }

    /** The certificates of participation of every other entry: one page per author. */
    public byte[] certificates(ContestResults results) {
        return render(results, pages(results, false), "contests.results.certificates.title",
                "contests.results.certificates.none");
    }

    /** The pages of the diplomas ({@code awarded}) or of the certificates, in print order. */
    public static List<Page> pages(ContestResults results, boolean awarded) {
        List<Page> pages = new ArrayList<>();
        for (NominationResults nomination : results.nominations()) {
            for (ResultsEntry entry : nomination.inProtocolOrder()) {
                int place = nomination.placeOf(entry.id());
                Award award = results.awards().of(place);
                if ((award != Award.PARTICIPANT) != awarded) {
                    continue;
                }
                if (entry.authors().isEmpty()) {
                    pages.add(new Page(entry.school(), List.of(), entry, nomination, award, place));
                }
                for (String author : entry.authors()) {
                    List<String> others = entry.authors().stream().filter(a -> !a.equals(author)).toList();
                    pages.add(new Page(author, others, entry, nomination, award, place));
                }
            }
        }
        return pages;
    }

    private byte[] render(ContestResults results, List<Page> pages, String titleKey, String noneKey) {
        DocumentTexts texts = new DocumentTexts(bundle);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PageFlow flow = new PageFlow(document);
            if (pages.isEmpty()) {
                flow.paragraph(0, PageFlow.BODY, PageFlow.Run.plain(texts.text(noneKey)));
            }
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    flow.pageBreak();
                }
                page(flow, texts, results, pages.get(i));
            }
            flow.finish();
            document.getDocumentInformation().setTitle(texts.text(titleKey) + " — " + results.title());
            StableIdentity.stamp(document, results.confirmedOn().atStartOfDay(results.zone()), titleKey,
                    results.title(), results.region(), Integer.toString(results.year()));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(PageFlow flow, DocumentTexts texts, ContestResults results, Page page)
            throws IOException {
        boolean diploma = page.award() != Award.PARTICIPANT;
        flow.frame(FRAME, 1.5f);
        flow.frame(FRAME + 5, 0.5f);
        flow.gap(70);
        flow.title(texts.text(diploma ? "contests.results.diploma" : "contests.results.certificate"), HUGE);
        flow.title(texts.text(diploma ? "contests.results.diploma." + page.award().name()
                : "contests.results.certificate.of"), LARGE);
        flow.gap(36);
        flow.title(texts.text(diploma ? "contests.results.diploma.awarded" : "contests.results.certificate.given"),
                MEDIUM);
        flow.gap(10);
        flow.title(page.recipient(), LARGE);
        if (!page.coAuthors().isEmpty()) {
            flow.gap(4);
            flow.title(texts.text("contests.results.coAuthors", String.join(", ", page.coAuthors())),
                    PageFlow.BODY);
        }
        if (!page.entry().authors().isEmpty() && !page.entry().school().isEmpty()) {
            flow.gap(4);
            flow.title(page.entry().school(), MEDIUM);
        }
        flow.gap(28);
        flow.title(diploma ? texts.text("contests.results.diploma.for", Integer.toString(page.place()),
                page.nomination().title()) : texts.text("contests.results.certificate.for",
                page.nomination().title()), MEDIUM);
        flow.gap(6);
        flow.title(texts.text("contests.results.contest", results.title()), MEDIUM);
        flow.gap(18);
        flow.title(texts.text("contests.results.entry", page.entry().title()), MEDIUM);
        flow.gap(40);
        flow.title(texts.text("contests.results.regionYear", results.region(), results.schoolYear()),
                PageFlow.BODY);
        flow.gap(6);
        flow.title(texts.text("contests.results.confirmed", texts.date(results.confirmedOn()),
                results.confirmedBy()), PageFlow.BODY);
    }
}
