package ru.portal500.notifications.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.notifications.application.Inbox;
import ru.portal500.notifications.application.NotificationView;
import ru.portal500.shared.i18n.Texts;

import java.util.List;

/** The caller's own notifications, their texts in the language the client asks for (Accept-Language). */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    @Inject
    Inbox inbox;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The caller's notifications, newest first (unread=true: the unread ones only)")
    @APIResponse(responseCode = "400", description = "first below 0, or max outside 1…200")
    public List<NotificationView> list(@QueryParam("unread") @DefaultValue("false") boolean unread,
                                       @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("max") @DefaultValue("50") int max) {
        return inbox.list(unread, first, max, Texts.of(request));
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    public UnreadCount unreadCount() {
        return new UnreadCount(inbox.count(true));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    @APIResponse(responseCode = "404", description = "No such notification of the caller's")
    public NotificationView markRead(@PathParam("id") long id) {
        return inbox.markRead(id, Texts.of(request));
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all the caller's notifications read")
    public Marked markAllRead() {
        return new Marked(inbox.markAllRead());
    }

    /** {@code {"unread": 3}} */
    public record UnreadCount(long unread) {
    }

    /** {@code {"marked": 3}}: how many were unread. */
    public record Marked(int marked) {
    }
}
