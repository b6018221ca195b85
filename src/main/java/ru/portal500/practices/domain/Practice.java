package ru.portal500.practices.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A practice in the bank: what was done, against which risk factors (by their federal number, the same
 * in every campaign), at which level and subject, where and by whom; its files. Public: everyone reads it.
 */
@Entity
@Table(name = "practice")
public class Practice {

    public static final int MAX_TITLE = 500;
    public static final int MAX_SUMMARY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_id", nullable = false, updatable = false)
    private Long regionId;

    @Column(name = "municipality_id", updatable = false)
    private Long municipalityId;

    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    @Column(name = "region_code", nullable = false, updatable = false, length = 16)
    private String regionCode;

    @Column(name = "municipality_code", updatable = false, length = 64)
    private String municipalityCode;

    @Column(name = "school_code", updatable = false, length = 64)
    private String schoolCode;

    /** "Саратовская область › Аткарский район › МБОУ «СОШ № 1»", as it was when published. */
    @Column(nullable = false, updatable = false, length = 1000)
    private String place;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EducationLevel level;

    @Column(length = 100)
    private String subject;

    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PracticeSource source;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_risk_factor", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "federal_number")
    private Set<Integer> riskFactors = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "practice_file", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    private List<PracticeFile> files = new ArrayList<>();

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @jakarta.persistence.Embedded
    private ContestOrigin origin;

    @Column(name = "published_by_name", nullable = false)
    private String publishedByName;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Version
    private long version;

    protected Practice() {
    }

    /** What a publisher says about a practice; checked by {@link Practice#Practice}. */
    public record Description(String title, String summary, EducationLevel level, String subject, String author,
                              PracticeSource source, Set<Integer> riskFactors) {
    }

    public Practice(Region region, Municipality municipality, School school, Description d, ChangeStamp by) {
        Objects.requireNonNull(region, "region");
        Municipality where = school != null ? school.getMunicipality() : municipality;
        this.regionId = region.getId();
        this.regionCode = region.getCode();
        this.municipalityId = where == null ? null : where.getId();
        this.municipalityCode = where == null ? null : where.getCode();
        this.schoolId = school == null ? null : school.getId();
        this.schoolCode = school == null ? null : school.getCode();
        StringBuilder at = new StringBuilder(region.getName());
        if (where != null) {
            at.append(" › ").append(where.getName());
        }
        if (school != null) {
            at.append(" › ").append(school.getName());
        }
        this.place = at.toString();
        this.title = required(d.title(), MAX_TITLE, "practices.error.title");
        this.summary = required(d.summary(), MAX_SUMMARY, "practices.error.summary");
        if (d.level() == null || d.source() == null) {
            throw new InvalidRequestException("practices.error.kind");
        }
        this.level = d.level();
        this.source = d.source();
        this.subject = optional(d.subject(), 100);
        this.author = optional(d.author(), 255);
        Set<Integer> factors = d.riskFactors() == null ? Set.of() : d.riskFactors();
        if (factors.stream().anyMatch(n -> n == null || n < 1 || n > 10)) {
            throw new InvalidRequestException("practices.error.factor");
        }
        this.riskFactors = new TreeSet<>(factors);
        this.publishedBy = by.username();
        this.publishedByName = by.name();
        this.publishedAt = by.at();
    }

    /** A contest's entry as a practice of the bank: where it came from is kept with it. */
    public static Practice fromContest(Region region, School school, Description d, ContestOrigin origin,
                                       ChangeStamp by) {
        if (d.source() != PracticeSource.CONTEST_WINNER) {
            throw new IllegalArgumentException("a contest's practice is a contest winner's: " + d.source());
        }
        Practice practice = new Practice(region, null, school, d, by);
        practice.origin = Objects.requireNonNull(origin, "origin");
        return practice;
    }

    /** Where the practice came from, when a contest gave it. */
    public java.util.Optional<ContestOrigin> getOrigin() {
        return java.util.Optional.ofNullable(origin).filter(o -> o.getContestId() != null);
    }

    public void attach(PracticeFile file) {
        files.add(Objects.requireNonNull(file, "file"));
    }

    private static String required(String value, int max, String key) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new InvalidRequestException(key, max);
        }
        return text;
    }

    private static String optional(String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new InvalidRequestException("practices.error.tooLong", max);
        }
        return text.isEmpty() ? null : text;
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getPlace() {
        return place;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public EducationLevel getLevel() {
        return level;
    }

    public String getSubject() {
        return subject;
    }

    public String getAuthor() {
        return author;
    }

    public PracticeSource getSource() {
        return source;
    }

    public Set<Integer> getRiskFactors() {
        return Collections.unmodifiableSet(riskFactors);
    }

    public List<PracticeFile> getFiles() {
        return Collections.unmodifiableList(files);
    }

    public String getPublishedByName() {
        return publishedByName;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
