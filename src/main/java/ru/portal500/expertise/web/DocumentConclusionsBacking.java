package ru.portal500.expertise.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.expertise.application.SchoolConclusions;
import ru.portal500.expertise.domain.ExpertReview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The expert conclusions shown on a document's page ({@code #{documentConclusionsBacking.of(id)}}). */
@Named
@RequestScoped
public class DocumentConclusionsBacking {

    @Inject
    SchoolConclusions conclusions;

    private final Map<Long, List<ExpertReview>> byDocument = new HashMap<>();

    public List<ExpertReview> of(long documentId) {
        return byDocument.computeIfAbsent(documentId, conclusions::of);
    }
}
