package ru.portal500.search.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.search.application.SynonymList;
import ru.portal500.search.domain.SynonymGroup;

import java.time.Instant;
import java.util.List;

/**
 * A region's own synonym groups, which its searches use besides the built-in list (the region's operator).
 * The literal {@code search/synonyms} makes this class win over {@code regions/{region}} for these paths.
 */
@Path("regions/{region}/search/synonyms")
@RequestScoped
@Tag(name = "Search")
public class SynonymResource {

    @Inject
    SynonymList list;

    @PathParam("region")
    String region;

    /** {@code {"phrases": ["ЦОКО", "центр оценки качества образования"]}}. */
    public static class GroupRequest {
        public List<String> phrases;

        static List<String> phrasesOf(GroupRequest request) {
            return request == null ? List.of() : request.phrases;
        }
    }

    /** A stored group with who created and last changed it. */
    public record GroupView(long id, List<String> phrases, String createdBy, String createdByName, Instant createdAt,
                            String changedBy, String changedByName, Instant changedAt) {
        static GroupView of(SynonymGroup g) {
            return new GroupView(g.getId(), g.getPhrases(), g.getCreatedBy(), g.getCreatedByName(), g.getCreatedAt(),
                    g.getChangedBy(), g.getChangedByName(), g.getChangedAt());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The region's own synonym groups, oldest first (the region's operator)")
    @APIResponse(responseCode = "403", description = "Not the region's regional operator")
    public List<GroupView> groups() {
        return list.groups(region).stream().map(GroupView::of).toList();
    }

    @GET
    @Path("built-in")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The built-in groups every search uses (the region's operator, beside the region's own)")
    public List<List<String>> builtIn() {
        return list.builtIn(region);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a group: two or more phrases that find each other (any word form matches)")
    @APIResponse(responseCode = "201", description = "Added; searches of the region use it at once")
    @APIResponse(responseCode = "400", description = "The phrase at fault and why (too few, no searchable word, too long…)")
    public Response add(GroupRequest request) {
        SynonymGroup group = list.add(region, GroupRequest.phrasesOf(request));
        return Response.status(Response.Status.CREATED).entity(GroupView.of(group)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a group's phrases")
    @APIResponse(responseCode = "404", description = "No such group in the region")
    public GroupView change(@PathParam("id") long id, GroupRequest request) {
        return GroupView.of(list.change(region, id, GroupRequest.phrasesOf(request)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a group")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such group in the region")
    public Response remove(@PathParam("id") long id) {
        list.remove(region, id);
        return Response.noContent().build();
    }
}
