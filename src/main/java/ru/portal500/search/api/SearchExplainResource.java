package ru.portal500.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.search.application.SearchExplanations;
import ru.portal500.search.engine.HitExplanation;

/** Why a search finds an item: what a regional operator reads before adding a synonym group. */
@Path("search/explain")
@RequestScoped
@Tag(name = "Search")
public class SearchExplainResource {

    @Inject
    SearchExplanations explanations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Why the query finds the item (by its id, e.g. practice:5), or why not (regional operators)",
            description = "Per typed word: its stem and the synonyms the search adds (with the group that gives them), "
                    + "in which fields of the item they are and as which words, how often, and the word's part of the "
                    + "score; the item's rank for the query. The operator's access keys and regions' synonyms apply. Words the "
                    + "search reads otherwise (the other keyboard layout, Latin letters) are explained as it reads them: "
                    + "readAs names that reading (typed, searched, how).")
    @APIResponse(responseCode = "400", description = "The query is empty")
    @APIResponse(responseCode = "403", description = "Not a regional operator")
    @APIResponse(responseCode = "404", description = "No such item, or not one the caller may see")
    public HitExplanation explain(@QueryParam("q") String q, @QueryParam("id") String id) {
        return explanations.explain(q, id);
    }
}
