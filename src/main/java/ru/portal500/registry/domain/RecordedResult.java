package ru.portal500.registry.domain;

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
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Customizer;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.SchoolScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An assessment result as stored: one school, school year, procedure and subject, with its share of
 * unsatisfactory results. Visible within the same scope as its school.
 */
@Entity
@Table(name = "assessment_result")
@Customizer(SchoolScoped.class)
public class RecordedResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @Column(name = "school_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_code", nullable = false, updatable = false, length = 16)
    private AssessmentProcedure procedure;

    @Column(nullable = false, updatable = false, length = 100)
    private String subject;

    @Column(name = "fail_share", nullable = false, precision = 5, scale = 2)
    private BigDecimal failShare;

    protected RecordedResult() {
    }

    public RecordedResult(School school, int year, AssessmentProcedure procedure, String subject, double failShare) {
        this.school = Objects.requireNonNull(school, "school");
        this.year = year;
        this.procedure = Objects.requireNonNull(procedure, "procedure");
        this.subject = Objects.requireNonNull(subject, "subject");
        correct(failShare);
    }

    /** A later import of the same result replaces its share. */
    public void correct(double share) {
        new AssessmentResult(0, year, procedure, subject, share); // the same checks as the domain's result
        this.failShare = BigDecimal.valueOf(share).setScale(2, RoundingMode.HALF_UP);
    }
}
