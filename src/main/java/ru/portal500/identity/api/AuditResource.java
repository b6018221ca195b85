package ru.portal500.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.identity.application.AuditLog;
import ru.portal500.identity.application.AuditSentences;
import ru.portal500.identity.domain.AuditEvent;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.infrastructure.AuditRepository.AuditQuery;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.i18n.Texts;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** The security audit log of the caller's region(s): regional operators only. */
@Path("audit")
@RequestScoped
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditLog audit;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Security events of the regions the caller is regional operator of, newest first")
    @APIResponse(responseCode = "400", description = "A malformed filter")
    @APIResponse(responseCode = "403", description = "Not a regional operator")
    public List<AuditEventView> search(@QueryParam("type") String type, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("actor") String actor,
                                       @QueryParam("offset") @DefaultValue("0") int offset,
                                       @QueryParam("limit") @DefaultValue("100") int limit) {
        AuditQuery query;
        try {
            query = new AuditQuery(type == null ? null : AuditEventType.valueOf(type), instant(from), instant(to),
                    actor == null || actor.isBlank() ? null : actor, offset, limit);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("audit.error.filter");
        }
        Locale language = Texts.of(request);
        return audit.search(query).stream().map(e -> AuditEventView.of(e, language)).toList();
    }

    private static Instant instant(String value) {
        return value == null || value.isBlank() ? null : Instant.parse(value);
    }

    /** An audit entry as the API shows it: the codes as recorded, and {@code text}, the sentence a person reads. */
    public record AuditEventView(long id, String occurredAt, String type, String actor, String scope, String target,
                                 String detail, String clientAddress, String text) {
        static AuditEventView of(AuditEvent e, Locale language) {
            return new AuditEventView(e.getId(), e.getOccurredAt().toString(), e.getType().name(),
                    e.getActorUsername(), e.getScopePath(), e.getTarget(), e.getDetail(), e.getClientAddress(),
                    AuditSentences.sentence(e, language));
        }
    }
}
