package ru.portal500.documents.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.documents.application.CuratorQueue;
import ru.portal500.documents.application.DocumentAccess;
import ru.portal500.documents.application.DocumentCheck;
import ru.portal500.documents.application.DocumentDownloads;
import ru.portal500.documents.application.DocumentUploads;
import ru.portal500.documents.extraction.Change;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.documents.application.FileResponse;

import java.io.InputStream;
import java.util.List;

/** A document with its versions, comments and history, and the steps of the check. */
@Path("documents")
@RequestScoped
@Tag(name = "Documents")
public class DocumentResource {

    @Inject
    DocumentAccess access;

    @Inject
    DocumentCheck check;

    @Inject
    CuratorQueue queue;

    @Inject
    DocumentUploads uploads;

    @Inject
    DocumentDownloads downloads;

    @Inject
    DocumentStorage storage;

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a new version of the document (the body is the file; ?name= its name)")
    public Response upload(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) {
        return Response.status(Response.Status.CREATED)
                .entity(DocumentViews.Uploaded.of(uploads.upload(id, name, body))).build();
    }

    @GET
    @Path("{id}/versions/{number}/file")
    @Operation(summary = "A version's file, with its Cyrillic name and real type (PDFs inline); on record")
    public Response file(@PathParam("id") long id, @PathParam("number") int number) {
        DocumentDownloads.Download file = downloads.open(id, number);
        return FileResponse.of(file, storage);
    }

    @GET
    @Path("{id}/diff")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What changed in the extracted text between two versions, by paragraph")
    public List<Change> diff(@PathParam("id") long id, @QueryParam("from") int from, @QueryParam("to") int to) {
        return downloads.diff(id, from, to);
    }

    /** A comment or a reason as the client sends it. */
    public static class CommentRequest {
        public String text;
        public Long parentId;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A document: its versions, comments (threaded, per round) and full history")
    public DocumentViews.Full document(@PathParam("id") long id) {
        return DocumentViews.Full.of(access.document(id).document());
    }

    @POST
    @Path("{id}/submission")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit to the curator (the school's team)")
    public DocumentViews.Summary submit(@PathParam("id") long id) {
        return DocumentViews.Summary.of(check.submit(id));
    }

    @POST
    @Path("{id}/approval")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve: the curator, or the coordinator or operator stepping in")
    public DocumentViews.Summary approve(@PathParam("id") long id) {
        return DocumentViews.Summary.of(check.approve(id));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return for revision with a comment that says why")
    public DocumentViews.Summary returnForRevision(@PathParam("id") long id, CommentRequest request) {
        return DocumentViews.Summary.of(check.returnForRevision(id, request == null ? null : request.text));
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment, or answer a comment (parentId)")
    public DocumentViews.Comment comment(@PathParam("id") long id, CommentRequest request) {
        CommentRequest body = request == null ? new CommentRequest() : request;
        return DocumentViews.Comment.of(check.comment(id, body.text, body.parentId));
    }

    @GET
    @Path("queue")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What waits for the caller's check, oldest submission first")
    public List<DocumentViews.Summary> queue() {
        return queue.waiting().stream().map(DocumentViews.Summary::of).toList();
    }
}
