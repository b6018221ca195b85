package ru.portal500.contests.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import ru.portal500.contests.application.ContestEntries;
import ru.portal500.contests.domain.CaseForm;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.EntryFile;
import ru.portal500.contests.domain.EntryState;
import ru.portal500.people.application.PersonRecords;
import ru.portal500.practices.domain.EducationLevel;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.web.FacesMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Page {@code /app/entry.xhtml?id=5}: one entry. Its entrant fills the case form, names the authors among the
 * school's people, attaches files, submits or withdraws it; an author gives or takes back their consent; the
 * contest's organiser admits it, returns it for completion (reason, deadline) or refuses it (reason). Each change
 * names the version the page read; a change meanwhile is said and what was typed stays.
 */
@Named
@ViewScoped
public class EntryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContestEntries entries;

    @Inject
    FacesMessages messages;

    @Inject
    ru.portal500.shared.web.LanguageBacking language;

    private String id;
    private long entryId;
    private long version;
    private transient ContestEntry entry;
    private transient List<PersonRecords.Colleague> colleagues;
    private transient List<ContestEntries.RiskFactorChoice> factors;
    private boolean speaksFor;
    private boolean organises;
    private boolean changeable;
    private Long nomination;
    private String title;
    private String problem;
    private List<Integer> riskFactors = new ArrayList<>();
    private String level;
    private String subject;
    private String summary;
    private String links;
    private String newAuthor;
    private String reason;
    private LocalDate due;

    public void load() {
        try {
            entryId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NoSuchResourceException();
        }
        reload();
        readForm();
    }

    private void reload() {
        entry = entries.entry(entryId);
        version = entry.getVersion();
        speaksFor = entries.speaksFor(entry);
        organises = entries.organises(entry);
        changeable = speaksFor && entry.isChangeable(entries.today(entry));
        colleagues = changeable ? entries.colleagues(entryId).stream().filter(c -> !entry.isAuthor(c.username()))
                .toList() : List.of();
        factors = entries.riskFactors(entry);
    }

    private void readForm() {
        CaseForm form = entry.form();
        nomination = entry.getNomination().getId();
        title = form.title();
        problem = form.problem();
        riskFactors = new ArrayList<>(form.riskFactors());
        level = form.level() == null ? null : form.level().name();
        subject = form.subject();
        summary = form.summary();
        links = String.join("\n", form.links());
    }

    private void done(boolean succeeded) {
        if (succeeded) {
            reload();
        }
    }

    private CaseForm form() {
        return new CaseForm(title, problem, new TreeSet<>(riskFactors), level == null || level.isBlank() ? null
                : EducationLevel.valueOf(level), subject, summary,
                links == null ? List.of() : Arrays.asList(links.split("\\R")));
    }

    public void save() {
        done(messages.run(() -> entries.describe(entryId, form(), nomination == null ? -1 : nomination, version),
                "contests.entry.saved"));
    }

    public void addAuthor() {
        if (messages.run(() -> entries.addAuthor(entryId, newAuthor, version), "contests.entry.authorAdded")) {
            newAuthor = null;
            reload();
        }
    }

    public void removeAuthor(String username) {
        done(messages.run(() -> entries.removeAuthor(entryId, username, version), "contests.entry.authorRemoved"));
    }

    public void consent(boolean agree) {
        done(messages.run(() -> entries.consent(entryId, agree, version),
                agree ? "contests.entry.consented" : "contests.entry.consentWithdrawn"));
    }

    public void upload(FileUploadEvent event) {
        done(messages.run(() -> {
            try (InputStream in = event.getFile().getInputStream()) {
                Object required = event.getComponent().getAttributes().get("requiredFile");
                entries.attach(entryId, event.getFile().getFileName(), in, required == null ? null
                        : required.toString(), version);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "contests.entry.fileAdded"));
    }

    public void removeFile(long fileId) {
        done(messages.run(() -> entries.removeFile(entryId, fileId, version), "contests.entry.fileRemoved"));
    }

    public StreamedContent fileContent(long fileId) {
        EntryFile file = entries.file(entryId, fileId);
        return DefaultStreamedContent.builder().name(file.getFileName()).contentType(file.getMediaType())
                .stream(() -> entries.open(file)).build();
    }

    /** Saves the form as typed, then submits: what was typed is never lost to a submission. */
    public void submit() {
        if (messages.run(() -> entries.describe(entryId, form(), nomination == null ? -1 : nomination, version),
                "contests.entry.saved")) {
            reload();
            done(messages.run(() -> entries.submit(entryId, version), "contests.entry.submitted"));
        }
    }

    /** Withdraws the entry; a draft is deleted, and the page goes back to the entrant's list. */
    public String withdraw() {
        boolean draft = entry.getState() == EntryState.DRAFT;
        if (!messages.run(() -> entries.withdraw(entryId, version), draft ? "contests.entry.deleted"
                : "contests.entry.withdrawn")) {
            return null;
        }
        if (draft) {
            messages.keepForRedirect();
            return "/app/entries.xhtml?faces-redirect=true";
        }
        reload();
        return null;
    }

    /** Whether the entry is a draft (withdrawing it deletes it). */
    public boolean isDraft() {
        return entry.getState() == EntryState.DRAFT;
    }

    /** The label of the region's time the days follow ("МСК+1"). */
    public String getZoneLabel() {
        return ru.portal500.shared.web.Formats.zoneLabel(entry.getContest().getRegion().getTimeZone(),
                java.time.Instant.now(), language.getLocale());
    }

    public void admit() {
        done(messages.run(() -> entries.admit(entryId, version), "contests.entry.admitted"));
    }

    public void returnForCompletion() {
        done(messages.run(() -> entries.returnForCompletion(entryId, reason, due, version),
                "contests.entry.returned"));
    }

    public void refuse() {
        done(messages.run(() -> entries.refuse(entryId, reason, version), "contests.entry.refused"));
    }

    public ContestEntry getEntry() {
        return entry;
    }

    public boolean isSpeaksFor() {
        return speaksFor;
    }

    public boolean isChangeable() {
        return changeable;
    }

    /** Whether the organiser decides on it now: a submitted entry of a contest they organise. */
    public boolean isToCheck() {
        return organises && entry.getState() == EntryState.SUBMITTED;
    }

    /** Whether the caller organises the entry's contest (the eligibility check and the near-copies are theirs). */
    public boolean isOrganises() {
        return organises;
    }

    public boolean isWithdrawable() {
        return speaksFor && entry.getState() != EntryState.WITHDRAWN && entry.getState() != EntryState.REFUSED;
    }

    public boolean isSubmittable() {
        return changeable && (entry.getState() == EntryState.DRAFT || entry.getState() == EntryState.RETURNED);
    }

    /** The author line of the caller, if they are one (their consent is theirs to give). */
    public boolean isMeAuthor() {
        return entry.isAuthor(entries.caller());
    }

    public boolean isMeConsented() {
        return entry.getAuthors().stream().anyMatch(a -> a.getUsername().equals(entries.caller()) && a.isConsented());
    }

    /** The contest's required files, as the page names them. */
    public String getRequiredFilesText() {
        return String.join("; ", entry.getContest().getRequiredFiles());
    }

    public List<PersonRecords.Colleague> getColleagues() {
        return colleagues;
    }

    public List<ContestEntries.RiskFactorChoice> getFactors() {
        return factors;
    }

    public EducationLevel[] getLevels() {
        return EducationLevel.values();
    }

    public LocalDate getToday() {
        return entries.today(entry);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getNomination() {
        return nomination;
    }

    public void setNomination(Long nomination) {
        this.nomination = nomination;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public List<Integer> getRiskFactors() {
        return riskFactors;
    }

    public void setRiskFactors(List<Integer> riskFactors) {
        this.riskFactors = riskFactors == null ? new ArrayList<>() : new ArrayList<>(riskFactors);
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public String getNewAuthor() {
        return newAuthor;
    }

    public void setNewAuthor(String newAuthor) {
        this.newAuthor = newAuthor;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }
}
