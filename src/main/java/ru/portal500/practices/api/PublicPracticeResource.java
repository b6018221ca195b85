package ru.portal500.practices.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.documents.domain.AcceptedFormat;
import ru.portal500.shared.files.ContentDisposition;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.practices.application.PracticeBank;
import ru.portal500.practices.domain.PracticeFile;

import java.io.InputStream;

/** The practice bank, readable without logging in. */
@Path("public/practices")
@RequestScoped
@Tag(name = "Practice bank")
public class PublicPracticeResource {

    @Inject
    PracticeBank bank;

    @Inject
    DocumentStorage storage;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Practices, newest first (a region's with ?region=); no token needed")
    public PracticeViews.Page list(@QueryParam("region") String region, @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue("20") int max) {
        return new PracticeViews.Page(bank.count(region),
                bank.newest(region, first, max).stream().map(PracticeViews.Entry::of).toList());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A practice with its files")
    public PracticeViews.Entry practice(@PathParam("id") long id) {
        return PracticeViews.Entry.of(bank.read(id));
    }

    @GET
    @Path("{id}/files/{number}")
    @Operation(summary = "A practice's file, with its Cyrillic name")
    public Response file(@PathParam("id") long id, @PathParam("number") int number) {
        PracticeFile file = bank.file(id, number);
        StreamingOutput body = out -> {
            try (InputStream in = storage.open(file.getSha256())) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, storage.contentType(file.getSha256(), file.getMediaType())).header("Content-Length", file.getSize())
                .header("Content-Disposition", ContentDisposition.forOpening(file.getFileName(),
                        AcceptedFormat.of(file.getMediaType()).map(AcceptedFormat::previewable).orElse(false)))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
