package ru.portal500.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Role;
import ru.portal500.search.application.SearchIndexing;

import java.util.EnumSet;

/** The search index's rebuild from the database: an administrator's action (regional operators). */
@Path("search/index")
@RequestScoped
@Tag(name = "Search")
public class SearchAdminResource {

    @Inject
    SearchIndexing indexing;

    @Inject
    AccessGuard guard;

    @POST
    @Path("rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a full rebuild of the search index from the database (regional operators)")
    public SearchIndexing.Progress rebuild() {
        guard.requireAnyRole(EnumSet.of(Role.REGIONAL_OPERATOR), "search.rebuild");
        indexing.rebuild();
        return indexing.progress();
    }

    @GET
    @Path("progress")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How far the rebuild is")
    public SearchIndexing.Progress progress() {
        guard.requireAnyRole(EnumSet.of(Role.REGIONAL_OPERATOR), "search.rebuild");
        return indexing.progress();
    }
}
