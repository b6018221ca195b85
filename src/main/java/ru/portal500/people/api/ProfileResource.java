package ru.portal500.people.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.people.application.PersonRecords;
import ru.portal500.people.application.PersonView;
import ru.portal500.people.domain.NotificationKind;
import ru.portal500.shared.domain.InvalidRequestException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The caller's own person record: read it, choose the language and notifications, give consent. */
@Path("me/profile")
@RequestScoped
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject
    PersonRecords records;

    /** {@code {"language": "en"}}, {@code {"onlyInPortal": ["DOCUMENTS"]}} or {@code {"home": "/64/atkarsky/atk-1"}}. */
    public static class Change {
        public String language;
        public List<String> onlyInPortal;
        public String home;
        public Boolean mailDigest;
    }

    @GET
    @Operation(summary = "The caller's person record (made from the token on first use): home organisation, "
            + "language, notification choices, consent and history")
    public PersonView mine() {
        return records.mine();
    }

    @PUT
    @Path("language")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the language of pages and mails: ru or en")
    @APIResponse(responseCode = "400", description = "Not a language of the portal")
    public PersonView language(Change change) {
        return records.chooseLanguage(change == null ? null : change.language);
    }

    @PUT
    @Path("notifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the kinds of notification that come only in the portal (the others also by e-mail)")
    @APIResponse(responseCode = "400", description = "Not a kind of notification")
    public PersonView notifications(Change change) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (String name : change == null || change.onlyInPortal == null ? List.<String>of() : change.onlyInPortal) {
            try {
                kinds.add(NotificationKind.valueOf(String.valueOf(name)));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("profile.error.kind", String.valueOf(name));
            }
        }
        return records.takeOnlyInPortal(kinds);
    }

    @PUT
    @Path("digest")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take every mail in the daily digest (one mail a day, from 07:00 Moscow time) or each at once:"
            + " {\"mailDigest\": true|false}")
    public PersonView digest(Change change) {
        return records.takeMailInDigest(change != null && Boolean.TRUE.equals(change.mailDigest));
    }

    @POST
    @Path("consent")
    @Operation(summary = "Agree to the processing of personal data (Federal Law 152-FZ) as the profile describes it")
    public PersonView consent() {
        return records.consent();
    }
}
