package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.documents.storage.StoredFile;
import ru.portal500.roadmaps.application.EvidenceFiles;

import java.io.IOException;
import java.io.InputStream;

/** Roadmaps' evidence files in the documents' store, checked as every uploaded document is. */
@ApplicationScoped
public class EvidenceStorage implements EvidenceFiles {

    @Inject
    DocumentStorage storage;

    @Override
    public Stored store(InputStream content) throws IOException {
        StoredFile stored = storage.store(content);
        return new Stored(stored.sha256(), stored.mediaType(), stored.size(),
                stored.activeContent().stream().map(Enum::name).sorted().toList());
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return storage.open(sha256);
    }

    @Override
    public String contentType(String sha256, String mediaType) {
        return storage.contentType(sha256, mediaType);
    }

    @Override
    public long maxBytes() {
        return storage.maxBytes();
    }
}
