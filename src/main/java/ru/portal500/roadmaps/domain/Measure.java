package ru.portal500.roadmaps.domain;

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
import ru.portal500.registry.domain.RiskFactor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A measure (мероприятие) of a roadmap: its plan, its completion as reported and checked, or its cancellation with a
 * reason. Its status is computed from these and the day ({@link MeasureStatus}), never typed. Changed only through
 * its roadmap, which keeps the story.
 */
@Entity
@Table(name = "roadmap_measure")
public class Measure {

    /** The longest note or reason kept. */
    public static final int MAX_NOTE = 2000;

    /** The most evidence a measure keeps (links and files). */
    public static final int MAX_EVIDENCE = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "roadmap_id", nullable = false, updatable = false)
    private Roadmap roadmap;

    @Column(nullable = false)
    private int position;

    @Column(length = MeasurePlan.MAX_SECTION)
    private String section;

    @Column(nullable = false, length = MeasurePlan.MAX_TITLE)
    private String title;

    @Column(name = "start_on")
    private LocalDate startOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false, length = MeasurePlan.MAX_RESPONSIBLE)
    private String responsible;

    /** The person of the portal who answers for it, by login; none when a role of a place is named as text. */
    @Column(name = "responsible_username")
    private String responsibleUsername;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "risk_factor_id")
    private RiskFactor riskFactor;

    @Column(length = MeasurePlan.MAX_RESULT)
    private String result;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Completion completion = Completion.NONE;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "completion_note", length = MAX_NOTE)
    private String completionNote;

    @Column(name = "cancel_reason", length = MAX_NOTE)
    private String cancelReason;

    /** Kept by the database from the reason (V32), for the dashboard's counts to come from an index; never written. */
    @Column(name = "cancelled", insertable = false, updatable = false)
    private boolean cancelled;

    @OneToMany(mappedBy = "measure", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Evidence> evidence = new ArrayList<>();

    @Version
    private long version;

    protected Measure() {
    }

    Measure(Roadmap roadmap, int position, MeasurePlan plan) {
        this.roadmap = roadmap;
        this.position = position;
        plan(plan);
    }

    void plan(MeasurePlan plan) {
        this.section = plan.section();
        this.title = plan.title();
        this.startOn = plan.term().start();
        this.dueOn = plan.term().due();
        this.responsible = plan.responsible();
        this.responsibleUsername = plan.responsiblePerson();
        this.riskFactor = plan.riskFactor();
        this.result = plan.result();
    }

    MeasurePlan plan() {
        return new MeasurePlan(section, title, term(), responsible, riskFactor, result, responsibleUsername);
    }

    void moveTo(int position) {
        this.position = position;
    }

    void cancel(String reason) {
        if (cancelReason != null) {
            throw new RoadmapRuleException("roadmaps.error.alreadyCancelled");
        }
        if (completion == Completion.CONFIRMED) {
            throw new RoadmapRuleException("roadmaps.error.cancelDone");
        }
        cancelReason = note(reason, "roadmaps.error.cancelReason");
    }

    Evidence addEvidence(Evidence added) {
        requireOpen();
        if (evidence.size() >= MAX_EVIDENCE) {
            throw new RoadmapRuleException("roadmaps.error.tooMuchEvidence", String.valueOf(MAX_EVIDENCE));
        }
        evidence.add(added);
        return added;
    }

    /** Reported done on the day, with the note; the evidence must be there first. */
    void reportDone(LocalDate on, String note, LocalDate today) {
        requireOpen();
        if (completion == Completion.REPORTED) {
            throw new RoadmapRuleException("roadmaps.error.alreadyReported");
        }
        if (evidence.isEmpty()) {
            throw new RoadmapRuleException("roadmaps.error.noEvidence");
        }
        if (on == null || on.isAfter(today)) {
            throw new RoadmapRuleException("roadmaps.error.doneInFuture");
        }
        doneOn = on;
        completionNote = note == null || note.isBlank() ? null : note(note, "roadmaps.error.noteEmpty");
        completion = Completion.REPORTED;
    }

    /** The keeper's own report, confirmed at once (a municipality's or the region's measure). */
    void confirmDone() {
        if (completion != Completion.REPORTED) {
            throw new RoadmapRuleException("roadmaps.error.notReported");
        }
        completion = Completion.CONFIRMED;
    }

    void returnDone() {
        if (completion != Completion.REPORTED) {
            throw new RoadmapRuleException("roadmaps.error.notReported");
        }
        completion = Completion.RETURNED;
    }

    private void requireOpen() {
        if (cancelReason != null) {
            throw new RoadmapRuleException("roadmaps.error.cancelled");
        }
        if (completion == Completion.CONFIRMED) {
            throw new RoadmapRuleException("roadmaps.error.alreadyDone");
        }
    }

    static String note(String text, String emptyKey) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new RoadmapRuleException(emptyKey);
        }
        if (body.length() > MAX_NOTE) {
            throw new RoadmapRuleException("roadmaps.error.noteLong", String.valueOf(MAX_NOTE));
        }
        return body;
    }

    /** The status on the day: done counts once its checker confirmed it, from the day it was reported done. */
    public MeasureStatus status(LocalDate today) {
        return MeasureStatus.of(term(), completion == Completion.CONFIRMED ? doneOn : null, cancelReason != null,
                today);
    }

    public Term term() {
        return new Term(startOn, dueOn);
    }

    public boolean isCancelled() {
        return cancelReason != null;
    }

    public Long getId() {
        return id;
    }

    public Roadmap getRoadmap() {
        return roadmap;
    }

    public int getPosition() {
        return position;
    }

    public String getSection() {
        return section;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getResponsible() {
        return responsible;
    }

    public Optional<RiskFactor> riskFactor() {
        return Optional.ofNullable(riskFactor);
    }

    public String getResult() {
        return result;
    }

    /** The person of the portal who answers for the measure, when one is named. */
    public java.util.Optional<String> responsiblePerson() {
        return java.util.Optional.ofNullable(responsibleUsername);
    }

    public Completion getCompletion() {
        return completion;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getCompletionNote() {
        return completionNote;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public List<Evidence> getEvidence() {
        return Collections.unmodifiableList(evidence);
    }

    public long getVersion() {
        return version;
    }

    /** For drift and snapshots: the measure as planned now. */
    PlannedMeasure planned() {
        return new PlannedMeasure(id, position, title, startOn, dueOn, isCancelled());
    }
}
