package ru.portal500.roadmaps.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.portal500.shared.domain.ChangeStamp;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What shows a measure done: a file (stored by content address, checked as documents' files are) or a link to a page
 * (the school's site, a news item, a shared folder). Never changed; a wrong one stays on record beside the right one.
 */
@Entity
@Table(name = "roadmap_evidence")
public class Evidence {

    /** The longest link kept. */
    public static final int MAX_LINK = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id", nullable = false, updatable = false)
    private Measure measure;

    @Column(updatable = false, length = MAX_LINK)
    private String link;

    @Column(updatable = false, length = 64)
    private String sha256;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "media_type", updatable = false, length = 128)
    private String mediaType;

    @Column(name = "size_bytes", updatable = false)
    private Long size;

    /** What the file can do beyond being read (kinds joined by commas), or null when nothing. */
    @Column(name = "active_content", updatable = false, length = 200)
    private String activeContent;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_by_name", nullable = false, updatable = false)
    private String addedByName;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected Evidence() {
    }

    private Evidence(Measure measure, ChangeStamp by) {
        this.measure = measure;
        this.addedBy = by.username();
        this.addedByName = by.name();
        this.addedAt = by.at();
    }

    /** A link: http or https only, absolute, at most {@value #MAX_LINK} characters. */
    static Evidence link(Measure measure, String link, ChangeStamp by) {
        Evidence evidence = new Evidence(measure, by);
        evidence.link = checkedLink(link);
        return evidence;
    }

    /** A stored file with its name as uploaded. */
    static Evidence file(Measure measure, String sha256, String fileName, String mediaType, long size,
                         java.util.List<String> activeContent, ChangeStamp by) {
        Evidence evidence = new Evidence(measure, by);
        evidence.activeContent = activeContent == null || activeContent.isEmpty() ? null
                : String.join(",", activeContent);
        evidence.sha256 = sha256;
        evidence.fileName = fileName;
        evidence.mediaType = mediaType;
        evidence.size = size;
        return evidence;
    }

    /** http(s)://authority, then a path, a query and a fragment (each may hold Cyrillic or spaces). */
    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile(
            "(?i)(https?)://([^/?#\\s@]+)([^?#]*)(?:\\?([^#]*))?(?:#(.*))?");

    static String checkedLink(String link) {
        String text = link == null ? "" : link.strip();
        if (text.isEmpty()) {
            throw new RoadmapRuleException("roadmaps.error.linkEmpty");
        }
        if (text.length() > MAX_LINK) {
            throw new RoadmapRuleException("roadmaps.error.linkLong", String.valueOf(MAX_LINK));
        }
        java.util.regex.Matcher parts = WEB_ADDRESS.matcher(text);
        if (!parts.matches()) {
            throw new RoadmapRuleException("roadmaps.error.linkInvalid");
        }
        try {
            // A school's site may be on .рф and name its pages in Russian: the address as a browser sends it.
            String authority = parts.group(2);
            int colon = authority.lastIndexOf(':');
            String host = colon > 0 && authority.substring(colon + 1).matches("\\d{1,5}")
                    ? authority.substring(0, colon) : authority;
            String port = host.length() < authority.length() ? authority.substring(host.length()) : "";
            String ascii = java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED);
            URI uri = new URI(parts.group(1).toLowerCase(Locale.ROOT), ascii + port, parts.group(3), parts.group(4),
                    parts.group(5));
            if (uri.getHost() == null || !ascii.contains(".")) {
                throw new RoadmapRuleException("roadmaps.error.linkInvalid");
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new RoadmapRuleException("roadmaps.error.linkInvalid");
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public Measure getMeasure() {
        return measure;
    }

    public Optional<String> link() {
        return Optional.ofNullable(link);
    }

    public boolean isFile() {
        return sha256 != null;
    }

    public String getLink() {
        return link;
    }

    /** The kinds of active content the file holds (scripts, launch actions, attached files); empty when none. */
    public java.util.List<String> activeContent() {
        return activeContent == null ? java.util.List.of() : java.util.List.of(activeContent.split(","));
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public Long getSize() {
        return size;
    }

    public String getAddedByName() {
        return addedByName;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
