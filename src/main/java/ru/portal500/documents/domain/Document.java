package ru.portal500.documents.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Customizer;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.SchoolScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A school's document in a campaign, filling one requirement (its slot): its versions, its place in
 * the curator's check (rounds are numbered from the first submission), its comments and its history.
 * Every change goes through a method here and leaves an event; nothing is overwritten without a trace.
 * Visible within the same scope as its school.
 */
@Entity
@Table(name = "document")
@Customizer(SchoolScoped.class)
public class Document {

    /** The longest comment kept. */
    public static final int MAX_COMMENT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "type_id", nullable = false, updatable = false)
    private DocumentType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "risk_factor_id", updatable = false)
    private RiskFactor riskFactor;

    @Column(nullable = false, length = 64, updatable = false)
    private String slot;

    @Column(nullable = false, length = 500)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DocumentState state = DocumentState.DRAFT;

    @Column(name = "round_no", nullable = false)
    private int round;

    private LocalDate due;

    @Column(name = "last_change_at", nullable = false)
    private Instant lastChangeAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<DocumentVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DocumentComment> comments = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("sequence ASC, id ASC")
    private List<DocumentEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected Document() {
    }

    public Document(Campaign campaign, School school, DocumentType type, RiskFactor riskFactor, String slot,
                    String title, LocalDate due, Instant at) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.school = Objects.requireNonNull(school, "school");
        this.type = Objects.requireNonNull(type, "type");
        this.riskFactor = riskFactor;
        this.slot = Objects.requireNonNull(slot, "slot");
        this.title = Objects.requireNonNull(title, "title");
        this.due = due;
        this.lastChangeAt = at;
    }

    /**
     * A new version. While the curator checks a submission nothing is uploaded; a new version of an
     * approved document reopens it (a draft again, on record).
     */
    public DocumentVersion upload(StoredContent content, ChangeStamp by) {
        requireOpenForUpload();
        if (state == DocumentState.APPROVED) {
            state = DocumentState.DRAFT;
            record(DocumentEventKind.REOPENED, by, null, null);
        }
        DocumentVersion added = new DocumentVersion(this, versions.size() + 1, content, by);
        versions.add(added);
        record(DocumentEventKind.UPLOADED, by, added.getNumber(), content.fileName());
        return added;
    }

    /** Refuses a new version while the curator checks a submission («документ на проверке»). */
    public void requireOpenForUpload() {
        if (state == DocumentState.SUBMITTED) {
            throw new DocumentRuleException("documents.error.underCheck");
        }
    }

    /** To the curator: a draft or a returned document with at least one version; opens the next round. */
    public void submit(ChangeStamp by) {
        if (state != DocumentState.DRAFT && state != DocumentState.RETURNED) {
            throw new DocumentRuleException("documents.error.notSubmittable");
        }
        if (versions.isEmpty()) {
            throw new DocumentRuleException("documents.error.noVersion");
        }
        round++;
        state = DocumentState.SUBMITTED;
        submittedAt = by.at();
        record(DocumentEventKind.SUBMITTED, by, latest().map(DocumentVersion::getNumber).orElse(null), null);
    }

    /** Back to the school for revision (на доработку), with the comment that says why. */
    public DocumentComment returnForRevision(String comment, ChangeStamp by) {
        requireUnderCheck();
        DocumentComment why = comment(comment, null, by);
        state = DocumentState.RETURNED;
        record(DocumentEventKind.RETURNED, by, latest().map(DocumentVersion::getNumber).orElse(null), null);
        return why;
    }

    /**
     * Back to the school after an expertise found the document does not conform, whether its curator had
     * approved it or not; the school's next submission opens a new round.
     */
    public DocumentComment returnAfterExpertise(String comment, ChangeStamp by) {
        if (state != DocumentState.SUBMITTED && state != DocumentState.APPROVED) {
            throw new DocumentRuleException("documents.error.notUnderCheck");
        }
        DocumentComment why = comment(comment, null, by);
        state = DocumentState.RETURNED;
        record(DocumentEventKind.RETURNED, by, latest().map(DocumentVersion::getNumber).orElse(null), "expertise");
        return why;
    }

    /** Approved (согласован): the submitted version is the one that counts. */
    public void approve(ChangeStamp by) {
        requireUnderCheck();
        state = DocumentState.APPROVED;
        record(DocumentEventKind.APPROVED, by, latest().map(DocumentVersion::getNumber).orElse(null), null);
    }

    /** A comment in the current round, or an answer to one. */
    public DocumentComment comment(String text, DocumentComment parent, ChangeStamp by) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new DocumentRuleException("documents.error.commentEmpty");
        }
        if (body.length() > MAX_COMMENT) {
            throw new DocumentRuleException("documents.error.commentLong", MAX_COMMENT);
        }
        if (parent != null && parent.getDocument() != this) {
            throw new DocumentRuleException("documents.error.commentParent");
        }
        DocumentComment added = new DocumentComment(this, round, parent, body, by);
        comments.add(added);
        record(DocumentEventKind.COMMENTED, by, null, null);
        return added;
    }

    /**
     * A download, on record like every other event — but not a change of the document: it leaves the document's
     * row (and its version) alone, so reading never collides with the school's or the curator's next step.
     */
    public void downloaded(DocumentVersion version, ChangeStamp by) {
        note(DocumentEventKind.DOWNLOADED, by, version.getNumber(), version.getFileName());
    }

    /** The outcome of a version's text extraction, on record; done in the background, it changes nothing else. */
    public void extracted(DocumentVersion version, ChangeStamp by) {
        note(version.getExtraction() == ExtractionState.DONE ? DocumentEventKind.EXTRACTED
                : DocumentEventKind.EXTRACTION_FAILED, by, version.getNumber(), version.getExtractionError());
    }

    private void requireUnderCheck() {
        if (state != DocumentState.SUBMITTED) {
            throw new DocumentRuleException("documents.error.notUnderCheck");
        }
    }

    private void record(DocumentEventKind kind, ChangeStamp by, Integer versionNumber, String detail) {
        note(kind, by, versionNumber, detail);
        lastChangeAt = by.at();
    }

    /** An event only: the document's own row is not written (a concurrent note may share its place; ids order them). */
    private void note(DocumentEventKind kind, ChangeStamp by, Integer versionNumber, String detail) {
        events.add(new DocumentEvent(this, events.size() + 1, kind, round, versionNumber, detail, by));
    }

    public Optional<DocumentVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<DocumentVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public School getSchool() {
        return school;
    }

    public DocumentType getType() {
        return type;
    }

    public RiskFactor getRiskFactor() {
        return riskFactor;
    }

    public String getSlot() {
        return slot;
    }

    public String getTitle() {
        return title;
    }

    public DocumentState getState() {
        return state;
    }

    public int getRound() {
        return round;
    }

    public LocalDate getDue() {
        return due;
    }

    public Instant getLastChangeAt() {
        return lastChangeAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<DocumentVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    public List<DocumentComment> getComments() {
        return Collections.unmodifiableList(comments);
    }

    public List<DocumentEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
