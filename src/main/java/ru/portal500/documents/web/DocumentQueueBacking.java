package ru.portal500.documents.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.documents.application.CuratorQueue;
import ru.portal500.documents.domain.Document;

import java.util.List;

/** Page {@code /app/document-queue.xhtml}: what waits for my check, oldest first. */
@Named
@RequestScoped
public class DocumentQueueBacking {

    @Inject
    CuratorQueue queue;

    private List<Document> waiting;

    public List<Document> getWaiting() {
        if (waiting == null) {
            waiting = queue.waiting();
        }
        return waiting;
    }
}
