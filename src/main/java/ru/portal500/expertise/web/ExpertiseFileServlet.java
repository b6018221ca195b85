package ru.portal500.expertise.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.documents.application.DocumentDownloads;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.documents.application.FileResponse;
import ru.portal500.expertise.application.ExpertiseFiles;
import ru.portal500.shared.domain.AccessDeniedException;
import ru.portal500.shared.domain.NoSuchResourceException;

import java.io.IOException;

/**
 * {@code /app/expertise-file?review=12&kind=DOCUMENT|PREVIEW|CONCLUSION|SCHOOL_CONCLUSION}: the version under review
 * or an expert conclusion, for those who may see it; PDFs open inline. {@code PREVIEW} is the PDF shown beside the
 * checklist, which is not a download on the document's record; {@code DOCUMENT} (the link) is.
 */
@WebServlet("/app/expertise-file")
public class ExpertiseFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpertiseFiles files;

    @Inject
    DocumentStorage storage;

    @Inject
    LanguageBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentDownloads.Download file;
        try {
            file = files.open(Long.parseLong(String.valueOf(request.getParameter("review"))),
                    ExpertiseFiles.Kind.valueOf(String.valueOf(request.getParameter("kind"))), language.getLocale());
        } catch (NoSuchResourceException | IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        FileResponse.send(response, file, storage);
    }
}
