package ru.portal500.contests.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.contests.application.ContestEntries;
import ru.portal500.contests.domain.EntrantKind;
import ru.portal500.shared.i18n.Texts;

import java.util.List;
import java.util.Locale;

/** A contest's entries: whom the caller may enter as, a new draft, and the organisers' list to check. */
@Path("contests/{id}/entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contest entries")
public class EntriesResource {

    @Context
    HttpServletRequest request;

    @Inject
    ContestEntries entries;

    @PathParam("id")
    long id;

    @GET
    @Path("entrants")
    @Operation(summary = "Whom the caller may enter this contest as (their school's team, themselves as teacher)")
    public List<EntryViews.EntrantView> entrants() {
        return entries.entrantsFor(id).stream().map(EntryViews.EntrantView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a draft entry while the contest takes entries")
    @APIResponse(responseCode = "201", description = "The new draft")
    @APIResponse(responseCode = "400", description = "Not taking entries (the day in words), not invited, bad form")
    public Response open(EntryRequests.OpenRequest request) {
        EntryRequests.OpenRequest body = ContestRequests.required(request);
        return Response.status(Response.Status.CREATED).entity(EntryViews.EntryView.of(entries.open(id,
                EntryRequests.id(body.school, "contests.entry.error.notEntrant"),
                EntryRequests.code(EntrantKind.class, body.kind, "contests.entry.error.notEntrant"),
                EntryRequests.id(body.nomination, "contests.error.nominationUnknown"), body.title))).build();
    }

    @GET
    @Operation(summary = "Every entry but drafts, for the contest's organisers, with the same files found")
    public List<EntryViews.EntryView> toCheck() {
        Locale reader = Texts.of(request);
        return entries.toCheck(id).stream().map(row -> EntryViews.EntryView.toCheck(row, reader)).toList();
    }
}
