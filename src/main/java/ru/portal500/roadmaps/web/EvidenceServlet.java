package ru.portal500.roadmaps.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ru.portal500.roadmaps.application.MeasureCompletion;
import ru.portal500.roadmaps.domain.RoadmapRuleException;
import ru.portal500.shared.domain.AccessDeniedException;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.files.ContentDisposition;

import java.io.IOException;

/**
 * {@code /app/evidence?roadmap=&measure=&evidence=}: a measure's evidence file for a logged-in person who may read
 * the roadmap, with its Cyrillic name, always as a download. Forged ids are a 404 page.
 */
@WebServlet("/app/evidence")
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MeasureCompletion completion;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MeasureCompletion.Download file;
        try {
            file = completion.file(number(request, "roadmap"), number(request, "measure"),
                    number(request, "evidence"));
        } catch (NoSuchResourceException | RoadmapRuleException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.size());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        completion.copy(file, response.getOutputStream());
    }

    private static long number(HttpServletRequest request, String name) {
        try {
            return Long.parseLong(String.valueOf(request.getParameter(name)));
        } catch (NumberFormatException e) {
            throw new NoSuchResourceException();
        }
    }
}
