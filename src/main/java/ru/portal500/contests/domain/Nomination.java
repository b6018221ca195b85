package ru.portal500.contests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.expertise.domain.ChecklistVersion;

import java.util.Objects;

/**
 * A nomination of a contest: its title, its place in the contest's list and, optionally, the region's checklist
 * version its entries are scored with. Entries name their nomination; changed only through its contest.
 */
@Entity
@Table(name = "contest_nomination")
@AdditionalCriteria("this.contest.region.code IN :scopeRegions")
public class Nomination {

    public static final int MAX_TITLE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contest_id", nullable = false, updatable = false)
    private Contest contest;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_id")
    private ChecklistVersion checklist;

    protected Nomination() {
    }

    Nomination(Contest contest, int position, String title, ChecklistVersion checklist) {
        this.contest = Objects.requireNonNull(contest, "contest");
        this.position = position;
        this.title = requireTitle(title);
        this.checklist = checklist;
    }

    static String requireTitle(String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > MAX_TITLE) {
            throw new ContestRuleException("contests.error.nominationTitle", MAX_TITLE);
        }
        return clean;
    }

    void rename(String newTitle) {
        this.title = requireTitle(newTitle);
    }

    void scoreWith(ChecklistVersion version) {
        this.checklist = version;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public Contest getContest() {
        return contest;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public ChecklistVersion getChecklist() {
        return checklist;
    }
}
