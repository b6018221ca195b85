package ru.portal500.documents.domain;

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
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.tenancy.domain.Region;

import java.util.List;
import java.util.Objects;

/**
 * A region's type of document (reference data the regional operator may extend): its title, how many
 * each supported school owes, and the campaign stage whose date is its due date.
 */
@Entity
@Table(name = "document_type")
@AdditionalCriteria("this.region.code IN :scopeRegions")
public class DocumentType {

    /** The types every region starts with (the seeds' list), in their order. */
    public record Default(String code, String title, Requirement requirement, String dueStage) {
    }

    public static final List<Default> DEFAULTS = List.of(
            new Default("CONCEPT", "Концепция развития", Requirement.EACH_SCHOOL, "campaign.stage.documents"),
            new Default("MEDIUM_TERM_PROGRAMME", "Среднесрочная программа развития", Requirement.EACH_SCHOOL,
                    "campaign.stage.documents"),
            new Default("ANTIRISK_PROGRAMME", "Программа антирисковых мер", Requirement.EACH_CHOSEN_RISK,
                    "campaign.stage.documents"),
            new Default("ROADMAP", "Дорожная карта", Requirement.EACH_SCHOOL, "campaign.stage.documents"),
            new Default("SELF_EVALUATION", "Отчёт о самообследовании", Requirement.EACH_SCHOOL,
                    "campaign.stage.diagnostics"),
            new Default("NETWORK_AGREEMENT", "Соглашение о сетевом взаимодействии", Requirement.EACH_PAIR,
                    "campaign.stage.setup"),
            new Default("EVIDENCE", "Подтверждающие документы", Requirement.OPTIONAL, null),
            new Default("OTHER", "Иное", Requirement.OPTIONAL, null));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id", nullable = false, updatable = false)
    private Region region;

    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Requirement requirement;

    @Column(name = "due_stage", length = 64)
    private String dueStage;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private long version;

    protected DocumentType() {
    }

    public DocumentType(Region region, int position, Default type) {
        this.region = Objects.requireNonNull(region, "region");
        this.position = position;
        this.code = type.code();
        this.title = type.title();
        this.requirement = type.requirement();
        this.dueStage = type.dueStage();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public int getPosition() {
        return position;
    }

    public Requirement getRequirement() {
        return requirement;
    }

    /** The campaign stage (its message key) whose end date is the due date; none for optional types. */
    public String getDueStage() {
        return dueStage;
    }

    public boolean isRetired() {
        return retired;
    }
}
