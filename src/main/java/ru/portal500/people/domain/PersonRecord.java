package ru.portal500.people.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.infrastructure.InstantConverter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person as the portal keeps them, keyed by their Keycloak user id. Names and e-mail follow the token at
 * every login; language, the notifications that come only in the portal and the consent are the person's own;
 * the home organisation (a school or a municipality) is set by a coordinator or, while none has, follows the
 * person's only place of work in their grants. Every change is in the history. Visible to the person, to the
 * regional operators of its region and to the coordinators of its municipality.
 */
@Entity
@AdditionalCriteria("this.subject IN :scopeSubjects OR this.regionCode IN :scopeWholeRegions"
        + " OR this.municipalityKey IN :scopeWholeMunicipalities")
@Table(name = "person")
public class PersonRecord {

    /** The version of the consent text ({@code people.consent.*}) a person agrees to; a new text asks again. */
    public static final int CONSENT_VERSION = 1;

    public static final Set<String> LANGUAGES = Set.of("ru", "en");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String email;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "municipality_key")
    private String municipalityKey;

    @Column(name = "home_scope")
    private String homeScope;

    @Enumerated(EnumType.STRING)
    @Column(name = "home_source")
    private HomeSource homeSource;

    @Column(nullable = false)
    private String language;

    @Column(name = "portal_only", nullable = false)
    private String portalOnly;

    @Column(name = "mail_digest", nullable = false)
    private boolean mailDigest;

    @Convert(converter = InstantConverter.class)
    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "consent_version")
    private Integer consentVersion;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @OneToMany(mappedBy = "person", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt DESC, id DESC")
    private List<PersonChange> history = new ArrayList<>();

    @Version
    private long version;

    protected PersonRecord() {
    }

    /**
     * A new record, from a login or an import: {@code by} is who made it (the person themselves, or the
     * operator who imported them).
     */
    public PersonRecord(String subject, String username, String fullName, String email, String by, Instant at) {
        if (subject == null || subject.isBlank() || subject.length() > 64) {
            throw new IllegalArgumentException("A person record needs a Keycloak subject: " + subject);
        }
        this.subject = subject;
        this.username = requireText(username, "username");
        this.fullName = fullName == null || fullName.isBlank() ? this.username : fullName.strip();
        this.email = normalEmail(email);
        this.language = "ru";
        this.portalOnly = "";
        this.createdAt = Objects.requireNonNull(at, "at");
        record(PersonField.CREATED, null, this.fullName, by, at);
    }

    /**
     * The person logged in: names and e-mail as the token has them now, and the places of their grants. A home
     * organisation nobody set follows their only place of work (a municipality or a school).
     */
    public void loggedIn(String username, String fullName, String email, Collection<Scope> places, Instant at) {
        String login = requireText(username, "username");
        String by = login;
        change(PersonField.USERNAME, this.username, login, by, at);
        this.username = login;
        String name = fullName == null || fullName.isBlank() ? login : fullName.strip();
        change(PersonField.NAME, this.fullName, name, by, at);
        this.fullName = name;
        String address = normalEmail(email);
        if (address != null) {
            change(PersonField.EMAIL, this.email, address, by, at);
            this.email = address;
        }
        placesAre(places, by, at);
        this.lastLoginAt = at;
    }

    /**
     * The places the person holds roles at (from their grants): the record is placed for tenancy by them, and a
     * home organisation that came from a grant (or none yet) follows the only place, if there is exactly one.
     */
    public void placesAre(Collection<Scope> places, String by, Instant at) {
        if (homeSource != HomeSource.COORDINATOR && places.size() == 1) {
            Scope only = places.iterator().next();
            if (only.level() != Scope.Level.REGION && !only.groupPath().equals(homeScope)) {
                record(PersonField.HOME, homeScope, only.groupPath(), by, at);
                homeScope = only.groupPath();
                homeSource = HomeSource.GRANT;
            }
        }
        place(places);
    }

    /** A coordinator (or regional operator) sets the home organisation: a municipality or a school. */
    public void setHomeBy(Scope home, String by, Instant at) {
        Objects.requireNonNull(home, "home");
        if (home.level() == Scope.Level.REGION) {
            throw new InvalidRequestException("profile.error.homeLevel");
        }
        if (!home.groupPath().equals(homeScope) || homeSource != HomeSource.COORDINATOR) {
            record(PersonField.HOME, homeScope, home.groupPath(), by, at);
        }
        homeScope = home.groupPath();
        homeSource = HomeSource.COORDINATOR;
        place(List.of());
    }

    /** The language of the portal's pages and mails for this person, used again at their next login. */
    public void chooseLanguage(String languageTag, String by, Instant at) {
        if (languageTag == null || !LANGUAGES.contains(languageTag)) {
            throw new InvalidRequestException("profile.error.language", String.valueOf(languageTag));
        }
        change(PersonField.LANGUAGE, language, languageTag, by, at);
        language = languageTag;
    }

    /** Which kinds of notification come only in the portal (the others also by e-mail). */
    public void takeOnlyInPortal(Set<NotificationKind> kinds, String by, Instant at) {
        String now = kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        change(PersonField.PORTAL_ONLY, portalOnly, now, by, at);
        portalOnly = now;
    }

    /** Whether every mail waits for the daily digest (one mail a day) instead of going out at once. */
    public void takeMailInDigest(boolean digest, String by, Instant at) {
        change(PersonField.MAIL_DIGEST, String.valueOf(mailDigest), String.valueOf(digest), by, at);
        mailDigest = digest;
    }

    public boolean isMailDigest() {
        return mailDigest;
    }

    /** The person agrees to the current consent text (152-ФЗ); agreeing again to the same text changes nothing. */
    public void consent(String by, Instant at) {
        if (hasConsented()) {
            return;
        }
        record(PersonField.CONSENT, consentVersion == null ? null : String.valueOf(consentVersion),
                String.valueOf(CONSENT_VERSION), by, at);
        consentVersion = CONSENT_VERSION;
        consentAt = Objects.requireNonNull(at, "at");
    }

    public boolean hasConsented() {
        return consentVersion != null && consentVersion == CONSENT_VERSION;
    }

    /** Whether a notification of this kind also goes to the person's e-mail. */
    public boolean wantsMail(NotificationKind kind) {
        return !onlyInPortal().contains(kind);
    }

    public Set<NotificationKind> onlyInPortal() {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        Arrays.stream(portalOnly.split(",")).filter(s -> !s.isBlank()).forEach(s -> kinds.add(NotificationKind.valueOf(s)));
        return kinds;
    }

    private void place(Collection<Scope> places) {
        Optional<Scope> home = getHome();
        Set<String> regions = places.stream().map(Scope::region).collect(Collectors.toSet());
        Set<String> municipalities = places.stream().filter(s -> s.level() != Scope.Level.REGION)
                .map(s -> s.region() + "/" + s.municipality()).collect(Collectors.toSet());
        if (home.isPresent()) {
            regionCode = home.get().region();
            municipalityKey = home.get().region() + "/" + home.get().municipality();
        } else {
            regionCode = regions.size() == 1 ? regions.iterator().next() : regionCode;
            municipalityKey = municipalities.size() == 1 && places.stream().noneMatch(s -> s.level() == Scope.Level.REGION)
                    ? municipalities.iterator().next() : null;
        }
    }

    private void change(PersonField field, String before, String after, String by, Instant at) {
        if (!Objects.equals(before, after)) {
            record(field, before, after, by, at);
        }
    }

    private void record(PersonField field, String before, String after, String by, Instant at) {
        history.add(new PersonChange(this, field, before, after, requireText(by, "by"), Objects.requireNonNull(at, "at")));
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A person record needs " + what);
        }
        return value.strip();
    }

    private static String normalEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    /** The home organisation: a municipality or a school. */
    public Optional<Scope> getHome() {
        return homeScope == null ? Optional.empty() : Optional.of(Scope.parse(homeScope));
    }

    public HomeSource getHomeSource() {
        return homeSource;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getMunicipalityKey() {
        return municipalityKey;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /** The history, newest first. */
    public List<PersonChange> getHistory() {
        List<PersonChange> newestFirst = new ArrayList<>(history);
        java.util.Collections.reverse(newestFirst);
        newestFirst.sort((a, b) -> b.getChangedAt().compareTo(a.getChangedAt()));
        return List.copyOf(newestFirst);
    }
}
