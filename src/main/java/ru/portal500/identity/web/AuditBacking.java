package ru.portal500.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.identity.application.AuditLog;
import ru.portal500.identity.application.AuditSentences;
import ru.portal500.identity.domain.AuditEvent;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.infrastructure.AuditRepository.AuditQuery;
import ru.portal500.shared.web.Formats;
import ru.portal500.shared.web.LanguageBacking;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Page {@code /app/audit.xhtml}: the region's security log, filtered by event, person and dates (days in the reader's zone). */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 500;

    @Inject
    AuditLog audit;

    @Inject
    LanguageBacking language;

    @Inject
    Formats formats;

    private AuditEventType type;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private List<AuditEvent> events;

    /** View action and the search button: the newest {@value #PAGE} entries that match. */
    public void search() {
        ZoneId zone = formats.zone();
        events = audit.search(new AuditQuery(type,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                actor == null || actor.isBlank() ? null : actor.strip(), 0, PAGE));
    }

    /** The entry as a sentence in the page's language. */
    public String sentence(AuditEvent event) {
        return AuditSentences.sentence(event, language.getLocale());
    }

    /** Where the request came from, as people know it (this computer for a loopback address). */
    public String address(AuditEvent event) {
        return AuditSentences.address(event.getClientAddress(), language.getLocale());
    }

    public String time(AuditEvent event) {
        return formats.timeToSecond(event.getOccurredAt());
    }

    public AuditEventType[] getTypes() {
        return AuditEventType.values();
    }

    public List<AuditEvent> getEvents() {
        return events;
    }

    public AuditEventType getType() {
        return type;
    }

    public void setType(AuditEventType type) {
        this.type = type;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
