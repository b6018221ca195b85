package ru.portal500.documents.web;

import ru.portal500.documents.application.FileResponse;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ru.portal500.documents.application.DocumentDownloads;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.shared.domain.AccessDeniedException;
import ru.portal500.shared.domain.NoSuchResourceException;

import java.io.IOException;

/**
 * {@code /app/download?document=12&version=3}: a version's file for a logged-in person who may read the
 * document, with its Cyrillic name and real type; a PDF opens inline unless it has active content. Forged ids are
 * a 404 page.
 */
@WebServlet("/app/download")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentDownloads downloads;

    @Inject
    DocumentStorage storage;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentDownloads.Download file;
        try {
            file = downloads.open(number(request, "document"), (int) number(request, "version"));
        } catch (NoSuchResourceException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        FileResponse.send(response, file, storage);
    }

    private static long number(HttpServletRequest request, String name) {
        try {
            return Long.parseLong(String.valueOf(request.getParameter(name)));
        } catch (NumberFormatException e) {
            throw new NoSuchResourceException();
        }
    }
}
