package ru.portal500.contests.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.contests.application.ContestHistories;
import ru.portal500.contests.application.Contests;
import ru.portal500.contests.application.NominationClosures;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.shared.files.ContentDisposition;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.web.Formats;
import ru.portal500.shared.web.HistoryCsv;

import java.io.InputStream;
import java.util.Locale;

/**
 * One contest for its organisers: its settings, stages, nominations, the call's publication and its history.
 * Every change names the version it was read at ({@code "version"}): another organiser's change meanwhile is a 409.
 */
@Path("contests/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contests")
public class ContestResource {

    @Context
    HttpServletRequest request;

    @Inject
    Contests contests;

    @Inject
    NominationClosures closures;

    @Inject
    Formats formats;

    @Inject
    DocumentStorage storage;

    @PathParam("id")
    long id;

    @GET
    @Operation(summary = "The contest with its nominations and stages")
    public ContestViews.ContestView read() {
        return ContestViews.ContestView.of(contests.contest(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the settings (what is left out keeps its value)")
    @APIResponse(responseCode = "409", description = "Changed by another organiser since it was read")
    public ContestViews.ContestView change(ContestRequests.SettingsRequest request) {
        ContestRequests.SettingsRequest body = ContestRequests.required(request);
        return ContestViews.ContestView.of(contests.change(id, body.over(contests.contest(id).settings()),
                ContestRequests.version(body.version)));
    }

    @PUT
    @Path("stages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the stages' days (in the region's calendar, in order)")
    @APIResponse(responseCode = "409", description = "Changed by another organiser since it was read")
    public ContestViews.ContestView reschedule(ContestRequests.StagesRequest request) {
        ContestRequests.StagesRequest body = ContestRequests.required(request);
        return ContestViews.ContestView.of(contests.reschedule(id, body.stages(), ContestRequests.version(body.version)));
    }

    @POST
    @Path("nominations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a nomination (optionally scored with one of the region's checklists)")
    @APIResponse(responseCode = "201", description = "Added; the contest with its new version")
    @APIResponse(responseCode = "409", description = "The list was changed by another organiser since it was read")
    public Response addNomination(ContestRequests.NominationRequest request) {
        ContestRequests.NominationRequest body = ContestRequests.required(request);
        return Response.status(Response.Status.CREATED).entity(ContestViews.ContestView.of(contests.addNomination(id,
                body.title, body.checklist, ContestRequests.version(body.version)))).build();
    }

    @PUT
    @Path("nominations/{nomination}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a nomination and (or) choose its checklist (null: none)")
    @APIResponse(responseCode = "409", description = "The list was changed by another organiser since it was read")
    public ContestViews.ContestView changeNomination(@PathParam("nomination") long nomination,
                                                     ContestRequests.NominationRequest request) {
        ContestRequests.NominationRequest body = ContestRequests.required(request);
        return ContestViews.ContestView.of(contests.changeNomination(id, nomination, body.title, body.checklist,
                ContestRequests.version(body.version)));
    }

    @DELETE
    @Path("nominations/{nomination}")
    @Operation(summary = "Remove a nomination (?version= the contest's version read)")
    @APIResponse(responseCode = "409", description = "The list was changed by another organiser since it was read")
    public ContestViews.ContestView removeNomination(@PathParam("nomination") long nomination,
                                                     @QueryParam("version") Long version) {
        return ContestViews.ContestView.of(contests.removeNomination(id, nomination, ContestRequests.version(version)));
    }

    @POST
    @Path("nominations/{nomination}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge a nomination short of the minimum into another (\"into\": its id) or cancel it"
            + " (\"into\" absent), with a reason, between the close of entries and the opening of judging")
    @APIResponse(responseCode = "400", description = "Not at risk, no reason, entries still open, judging open")
    @APIResponse(responseCode = "409", description = "The list was changed by another organiser since it was read")
    public ContestViews.ContestView closeNomination(@PathParam("nomination") long nomination,
                                                    ContestRequests.ClosureRequest request) {
        ContestRequests.ClosureRequest body = ContestRequests.required(request);
        return ContestViews.ContestView.of(closures.close(id, nomination, body.into, body.reason,
                ContestRequests.version(body.version)));
    }

    @PUT
    @Path("regulations")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload the regulations as a file (?name=regulations.pdf&version=…); the documents' upload rules apply")
    @APIResponse(responseCode = "400", description = "Empty, too large, not a document, or with active content")
    public ContestViews.ContestView regulations(@QueryParam("name") String name, @QueryParam("version") Long version,
                                                InputStream body) {
        return ContestViews.ContestView.of(contests.attachRegulations(id, name, body, ContestRequests.version(version)));
    }

    @GET
    @Path("regulations")
    @Operation(summary = "The regulations' file, with its Cyrillic name")
    public Response regulationsFile() {
        return RegulationsResponse.of(contests.regulations(id), storage);
    }

    @POST
    @Path("call")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the call: only a complete draft (every missing thing is named)")
    @APIResponse(responseCode = "400", description = "Incomplete: what is missing, in words")
    public ContestViews.ContestView publish(ContestRequests.VersionRequest request) {
        ContestRequests.VersionRequest body = ContestRequests.required(request);
        return ContestViews.ContestView.of(contests.publishCall(id, ContestRequests.version(body.version)));
    }

    @GET
    @Path("history.csv")
    @Produces("text/csv")
    @Operation(summary = "The contest's history as CSV: who changed what and when, in the reader's language")
    public Response history() {
        Locale reader = Texts.of(request);
        byte[] csv = HistoryCsv.of(ContestHistories.lines(contests.history(id), reader), reader, formats.zone());
        return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition",
                ContentDisposition.attachment(ContestHistories.fileName(id, reader) + ".csv")).build();
    }
}
