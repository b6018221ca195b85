package ru.portal500.dashboard.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.dashboard.application.WorkList;
import ru.portal500.dashboard.application.WorkView;
import ru.portal500.shared.web.Formats;
import ru.portal500.shared.i18n.Texts;

import java.util.Locale;

/** The caller's work list: what waits for them now, by kind, oldest first (labels in the Accept-Language). */
@Path("me/work")
@RequestScoped
@Tag(name = "Identity")
public class WorkResource {

    @Inject
    WorkList work;

    @Inject
    Formats formats;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What needs the caller now: documents to check, owed or returned, risk profiles to verify,"
            + " reviews to score, rounds to staff, proposals to confirm, unread notifications; each with a link")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public WorkView mine() {
        Locale locale = Texts.of(request);
        return WorkView.of(work.mine(locale), locale, formats.zone());
    }
}
