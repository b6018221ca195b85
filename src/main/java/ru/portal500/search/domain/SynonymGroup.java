package ru.portal500.search.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Region;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A group of phrases that find each other in a search (an abbreviation and its expansions), added by a
 * region's operator to the built-in list for searches of that region. Whether the phrases make a usable
 * group is the search engine's to say (the application checks before it stores); the group only keeps them,
 * tidied, with who created and last changed it.
 */
@Entity
@Table(name = "search_synonym_group")
@AdditionalCriteria("this.regionCode IN :scopeRegions")
public class SynonymGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_id", nullable = false, updatable = false)
    private Long regionId;

    @Column(name = "region_code", nullable = false, updatable = false, length = 16)
    private String regionCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "search_synonym_phrase", joinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    @Column(name = "phrase", nullable = false, length = 200)
    private List<String> phrases = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    private String createdByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_by_name", nullable = false)
    private String changedByName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected SynonymGroup() {
    }

    /** A new group of the region; the phrases are {@linkplain #tidy tidied}. */
    public SynonymGroup(Region region, List<String> phrases, ChangeStamp by) {
        Objects.requireNonNull(region, "region");
        this.regionId = region.getId();
        this.regionCode = region.getCode();
        this.createdBy = by.username();
        this.createdByName = by.name();
        this.createdAt = by.at();
        change(phrases, by);
    }

    /** Other phrases for the group. */
    public void change(List<String> newPhrases, ChangeStamp by) {
        this.phrases.clear();
        this.phrases.addAll(tidy(newPhrases));
        this.changedBy = by.username();
        this.changedByName = by.name();
        this.changedAt = by.at();
    }

    /**
     * Phrases as stored: each stripped, runs of white space (line breaks included) made one space, empty
     * ones left out, in the order given.
     */
    public static List<String> tidy(List<String> phrases) {
        List<String> tidied = new ArrayList<>();
        if (phrases != null) {
            for (String phrase : phrases) {
                String text = phrase == null ? "" : phrase.replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    tidied.add(text);
                }
            }
        }
        return tidied;
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public List<String> getPhrases() {
        return List.copyOf(phrases);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getChangedByName() {
        return changedByName;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
