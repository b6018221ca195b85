package ru.portal500.practices.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.practices.application.PracticeBank;
import ru.portal500.practices.domain.EducationLevel;
import ru.portal500.practices.domain.Practice;
import ru.portal500.practices.domain.PracticeSource;
import ru.portal500.shared.domain.InvalidRequestException;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;

/** Publishing into the practice bank (a region's operator, a municipality's coordinator). */
@Path("regions/{region}/practices")
@RequestScoped
@Tag(name = "Practice bank")
public class PracticePublishingResource {

    @Inject
    PracticeBank bank;

    /** A practice as a publisher sends it. */
    public static class PublishRequest {
        public String municipality;
        public String school;
        public String title;
        public String summary;
        public String level;
        public String subject;
        public String author;
        public String source;
        public Set<Integer> riskFactors;

        Practice.Description description() {
            return new Practice.Description(title, summary, named(EducationLevel.values(), level), subject, author,
                    named(PracticeSource.values(), source), riskFactors);
        }

        private static <E extends Enum<E>> E named(E[] values, String name) {
            return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst()
                    .orElseThrow(() -> new InvalidRequestException("practices.error.kind"));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a practice (the region's operator; a coordinator in their municipality)")
    public Response publish(@PathParam("region") String region, PublishRequest request) {
        PublishRequest body = request == null ? new PublishRequest() : request;
        Practice practice = bank.publish(new PracticeBank.Place(region, body.municipality, body.school),
                body.description());
        return Response.status(Response.Status.CREATED).entity(PracticeViews.Entry.of(practice)).build();
    }

    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a file to a practice (the body is the file; ?name= its name)")
    public PracticeViews.Entry attach(@PathParam("region") String region, @PathParam("id") long id,
                                      @QueryParam("name") String name, InputStream body) {
        return PracticeViews.Entry.of(bank.attach(region, id, name, body));
    }
}
