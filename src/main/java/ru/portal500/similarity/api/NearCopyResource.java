package ru.portal500.similarity.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Role;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.similarity.application.NearCopyIndexing;
import ru.portal500.similarity.application.NearCopyView;
import ru.portal500.similarity.application.NearCopyViews;
import ru.portal500.similarity.domain.CopyVerdict;
import ru.portal500.similarity.domain.SimilarityRuleException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Near-copies of a text, as the caller may see them, beside a document ({@code document/12}), a review
 * ({@code review/7}: its expert) or a contest entry ({@code entry/5}: its organisers); and a decision about one.
 */
@Path("near-copies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Near-copies")
public class NearCopyResource {

    @Context
    HttpServletRequest request;

    @Inject
    NearCopyViews views;

    @Inject
    NearCopyIndexing indexing;

    @Inject
    AccessGuard guard;

    /** {@code {"ref", "verdict": "ACCEPTED_REUSE"|"RETURNED", "reason"}}. */
    public static class DecisionRequest {
        public String ref;
        public String verdict;
        public String reason;
    }

    @GET
    @Path("index")
    @Operation(summary = "The near-copy index: texts held, a rebuild running (it runs with the search index's)")
    public NearCopyIndexing.State index() {
        guard.requireAnyRole(EnumSet.of(Role.REGIONAL_OPERATOR), "similarity.index");
        return indexing.state();
    }

    @GET
    @Path("document/{id}")
    @Operation(summary = "The near-copies of a document's latest text, for whoever reads the document")
    @APIResponse(responseCode = "404", description = "No such document in the caller's scope")
    public View ofDocument(@PathParam("id") long id) {
        return View.of(views.ofDocument(id), Texts.of(request));
    }

    @GET
    @Path("review/{id}")
    @Operation(summary = "The near-copies of the document under review, for its expert")
    public View ofReview(@PathParam("id") long id) {
        return View.of(views.ofReview(id), Texts.of(request));
    }

    @GET
    @Path("entry/{id}")
    @Operation(summary = "The near-copies of a contest entry, for its contest's organisers")
    public View ofEntry(@PathParam("id") long id) {
        return View.of(views.ofEntry(id), Texts.of(request));
    }

    @POST
    @Path("document/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The curator's decision about a near-copy of the document")
    public View decideForDocument(@PathParam("id") long id, DecisionRequest body) {
        DecisionRequest d = required(body);
        return View.of(views.decideForDocument(id, d.ref, verdict(d), d.reason).view(), Texts.of(request));
    }

    @POST
    @Path("review/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The expert's decision about a near-copy of the document under review")
    public View decideForReview(@PathParam("id") long id, DecisionRequest body) {
        DecisionRequest d = required(body);
        return View.of(views.decideForReview(id, d.ref, verdict(d), d.reason).view(), Texts.of(request));
    }

    @POST
    @Path("entry/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The organiser's decision about a near-copy of the entry")
    public View decideForEntry(@PathParam("id") long id, DecisionRequest body) {
        DecisionRequest d = required(body);
        return View.of(views.decideForEntry(id, d.ref, verdict(d), d.reason).view(), Texts.of(request));
    }

    private static DecisionRequest required(DecisionRequest body) {
        if (body == null) {
            throw new SimilarityRuleException("similarity.error.body");
        }
        return body;
    }

    private static CopyVerdict verdict(DecisionRequest body) {
        try {
            return CopyVerdict.valueOf(String.valueOf(body.verdict).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SimilarityRuleException("similarity.error.verdict", String.valueOf(body.verdict));
        }
    }

    /** The near-copies as JSON: a copy the caller may not open has no page, id or passage of the other text. */
    public record View(String judgement, String said, int words, boolean partial, boolean mayDecide,
                       List<CopyView> copies) {

        static View of(NearCopyView view, Locale reader) {
            String said = Texts.get(reader, "similarity.judgement." + view.judgement(), view.words(),
                    view.minimum());
            return new View(view.judgement().name(), said, view.words(), view.partial(), view.mayDecide(),
                    view.copies().stream().map(c -> CopyView.of(c, reader)).toList());
        }
    }

    public record CopyView(String ref, boolean named, String label, String page, Long id, int percent,
                           int otherPercent, String basis, int passagesFound, List<PassageView> passages,
                           DecisionView decision) {

        static CopyView of(NearCopyView.Copy c, Locale reader) {
            return new CopyView(c.ref(), c.named(), Texts.get(reader, c.label().key(), c.label().arguments()),
                    c.named() ? c.page() : null, c.named() ? c.id() : null, c.percent(), c.otherPercent(),
                    c.basis().name(), c.passagesFound(),
                    c.passages().stream().map(p -> new PassageView(p.here(), p.there(), p.words())).toList(),
                    c.decision() == null ? null : new DecisionView(c.decision().verdict().name(),
                            c.decision().reason(), c.decision().by(), c.decision().at()));
        }
    }

    public record PassageView(String here, String there, int words) {
    }

    public record DecisionView(String verdict, String reason, String by, Instant at) {
    }
}
