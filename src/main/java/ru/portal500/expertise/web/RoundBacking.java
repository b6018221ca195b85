package ru.portal500.expertise.web;

import ru.portal500.expertise.application.RoundWorkbook;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import ru.portal500.documents.application.DocumentTitles;
import ru.portal500.documents.domain.Document;
import ru.portal500.expertise.application.ExpertiseReports;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.expertise.application.ExpertiseRounds;
import ru.portal500.expertise.application.ReviewAssignment;
import ru.portal500.expertise.application.ReviewerPool;
import ru.portal500.expertise.application.RoundHistories;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.RoundKind;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.Formats;
import ru.portal500.shared.web.HistoryCsv;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Page {@code /app/expertise-round.xhtml?id=3}: a round for its organiser — assigning automatically or by hand,
 * the reviews and each document's result with the spread between experts, progress, the XLSX export, sending a
 * document that does not conform back to its school, closing the round.
 */
@Named
@ViewScoped
public class RoundBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpertiseRounds rounds;

    @Inject
    ReviewAssignment assignment;

    @Inject
    ExpertiseReports reports;

    @Inject
    RoundWorkbook workbook;

    @Inject
    LanguageBacking language;

    @Inject
    FacesMessages messages;

    @Inject
    Formats formats;

    private String id;
    private long roundId;
    private transient ExpertiseReports.Report report;
    private transient List<Document> candidates;
    private transient List<ReviewerPool.Expert> experts;
    private Long document;
    private String expert;
    private Long school;
    private String comment;

    public void load() {
        try {
            roundId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NoSuchResourceException();
        }
        reload();
    }

    private void reload() {
        report = reports.report(roundId);
        candidates = null;
        experts = null;
    }

    public void assignAutomatically() {
        done(messages.runReporting(() -> new Object[]{assignment.assign(roundId).size()}, "expertise.round.assigned"));
    }

    public void assign() {
        long chosen = document == null ? -1 : document;
        done(messages.run(() -> {
            if (getRound().getKind() == RoundKind.MUTUAL) {
                rounds.assignSchool(roundId, chosen, school == null ? -1 : school);
            } else {
                rounds.assignExpert(roundId, chosen, expert);
            }
        }, "expertise.round.assigned", 1));
    }

    public void returnToSchool(Document returned) {
        if (messages.run(() -> rounds.returnToSchool(roundId, returned.getId(), comment), "expertise.round.returned",
                returned.getTitle())) {
            comment = null;
            reload();
        }
    }

    public void close() {
        done(messages.run(() -> rounds.close(roundId), "expertise.round.closed"));
    }

    private void done(boolean succeeded) {
        if (succeeded) {
            reload();
        }
    }

    public StreamedContent getWorkbook() {
        byte[] xlsx = workbook.of(getReport());
        return DefaultStreamedContent.builder().name(RoundWorkbook.fileName(roundId, language.getLocale()))
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(xlsx)).build();
    }

    /** The round's history as CSV, in the reader's language. */
    public StreamedContent getHistory() {
        Locale reader = language.getLocale();
        byte[] csv = HistoryCsv.of(RoundHistories.lines(rounds.history(roundId), reader), reader, formats.zone());
        return DefaultStreamedContent.builder().name(RoundHistories.fileName(roundId, reader) + ".csv")
                .contentType("text/csv; charset=UTF-8").stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public ExpertiseReports.Report getReport() {
        if (report == null) {
            reload();
        }
        return report;
    }

    public ExpertiseRound getRound() {
        return getReport().round();
    }

    public List<Document> getCandidates() {
        if (candidates == null) {
            candidates = rounds.candidates(roundId);
        }
        return candidates;
    }

    public List<ReviewerPool.Expert> getExperts() {
        if (experts == null) {
            experts = getRound().getKind() == RoundKind.MUTUAL ? List.of() : rounds.experts(roundId);
        }
        return experts;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getDocument() {
        return document;
    }

    public void setDocument(Long document) {
        this.document = document;
    }

    public String getExpert() {
        return expert;
    }

    public void setExpert(String expert) {
        this.expert = expert;
    }

    public Long getSchool() {
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** A document's title in the reader's language (the seeded type names are Russian in the database). */
    public String title(Document document) {
        return DocumentTitles.of(document, language.getLocale());
    }
}
