package ru.portal500.contests.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.contests.application.ContestEntries;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.EntryFile;
import ru.portal500.contests.domain.Regulations;
import ru.portal500.documents.storage.DocumentStorage;

import java.io.InputStream;
import java.util.List;

/**
 * One entry: its entrant fills, names the authors, attaches files, submits and withdraws it; an author gives their
 * consent; the contest's organiser decides on its eligibility. Every change names the version it was read at
 * ({@code "version"}): a change meanwhile is a 409.
 */
@Path("entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contest entries")
public class EntryResource {

    /** The decisions of the eligibility check. */
    public enum Decision {
        ADMIT, RETURN, REFUSE
    }

    @Inject
    ContestEntries entries;

    @Inject
    DocumentStorage storage;

    @GET
    @Operation(summary = "The caller's entries: opened by them, of their school's team, or naming them as author")
    public List<EntryViews.EntryView> mine() {
        return entries.mine().stream().map(EntryViews.EntryView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An entry the caller may read (another's draft is not found)")
    public EntryViews.EntryView read(@PathParam("id") long id) {
        return view(entries.entry(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the case form and the nomination")
    @APIResponse(responseCode = "409", description = "Changed meanwhile")
    public EntryViews.EntryView describe(@PathParam("id") long id, EntryRequests.FormRequest request) {
        EntryRequests.FormRequest body = ContestRequests.required(request);
        return view(entries.describe(id, body.form(),
                EntryRequests.id(body.nomination, "contests.error.nominationUnknown"),
                ContestRequests.version(body.version)));
    }

    @POST
    @Path("{id}/authors")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name an author: a person of the entering school")
    public EntryViews.EntryView addAuthor(@PathParam("id") long id, EntryRequests.AuthorRequest request) {
        EntryRequests.AuthorRequest body = ContestRequests.required(request);
        return view(entries.addAuthor(id, body.username, ContestRequests.version(body.version)));
    }

    @DELETE
    @Path("{id}/authors/{username}")
    @Operation(summary = "Remove an author (?version=)")
    public EntryViews.EntryView removeAuthor(@PathParam("id") long id, @PathParam("username") String username,
                                             @QueryParam("version") Long version) {
        return view(entries.removeAuthor(id, username, ContestRequests.version(version)));
    }

    @POST
    @Path("{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller, an author, agrees to publication under their name (agree=false takes it back)")
    public EntryViews.EntryView consent(@PathParam("id") long id, EntryRequests.ConsentRequest request) {
        EntryRequests.ConsentRequest body = ContestRequests.required(request);
        return view(entries.consent(id, body.agree, ContestRequests.version(body.version)));
    }

    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file (?name=case.pdf&required=<a required file of the contest>&version=…); the documents' rules apply")
    @APIResponse(responseCode = "400", description = "Empty, too large, not a document, or with active content")
    public EntryViews.EntryView attach(@PathParam("id") long id, @QueryParam("name") String name,
                                       @QueryParam("required") String required, @QueryParam("version") Long version,
                                       InputStream body) {
        return view(entries.attach(id, name, body, required, ContestRequests.version(version)));
    }

    @DELETE
    @Path("{id}/files/{file}")
    @Operation(summary = "Remove a file (?version=)")
    public EntryViews.EntryView removeFile(@PathParam("id") long id, @PathParam("file") long file,
                                           @QueryParam("version") Long version) {
        return view(entries.removeFile(id, file, ContestRequests.version(version)));
    }

    @GET
    @Path("{id}/files/{file}")
    @Operation(summary = "A file of the entry, with its Cyrillic name")
    public Response file(@PathParam("id") long id, @PathParam("file") long file) {
        EntryFile found = entries.file(id, file);
        return RegulationsResponse.of(new Regulations(found.getSha256(), found.getFileName(), found.getMediaType(),
                found.getSize()), storage);
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the entry (or the returned entry again): complete and before the deadline")
    @APIResponse(responseCode = "400", description = "Late (the deadline in words) or incomplete (every missing thing)")
    public EntryViews.EntryView submit(@PathParam("id") long id, ContestRequests.VersionRequest request) {
        return view(entries.submit(id, ContestRequests.version(ContestRequests.required(request).version)));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw the entry; a draft is deleted (204)")
    public Response withdraw(@PathParam("id") long id, ContestRequests.VersionRequest request) {
        return entries.withdraw(id, ContestRequests.version(ContestRequests.required(request).version))
                .map(entry -> Response.ok(view(entry)).build()).orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The organiser's eligibility decision: admit, return for completion (reason, due), refuse (reason)")
    public EntryViews.EntryView decide(@PathParam("id") long id, EntryRequests.DecisionRequest request) {
        EntryRequests.DecisionRequest body = ContestRequests.required(request);
        long version = ContestRequests.version(body.version);
        return view(switch (EntryRequests.code(Decision.class, body.decision, "contests.entry.error.decision")) {
            case ADMIT -> entries.admit(id, version);
            case RETURN -> entries.returnForCompletion(id, body.reason, body.due, version);
            case REFUSE -> entries.refuse(id, body.reason, version);
        });
    }

    private static EntryViews.EntryView view(ContestEntry entry) {
        return EntryViews.EntryView.of(entry);
    }
}
