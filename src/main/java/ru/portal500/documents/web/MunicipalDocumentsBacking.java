package ru.portal500.documents.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.documents.application.MunicipalDocuments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** For the municipality overview: {@code #{municipalDocumentsBacking.of(municipalityId, year)}}. */
@Named
@RequestScoped
public class MunicipalDocumentsBacking {

    @Inject
    MunicipalDocuments documents;

    private final Map<String, List<MunicipalDocuments.Completeness>> loaded = new HashMap<>();

    /** Each ШНОР/ШССУ's documents in the campaign (none without a campaign), once per request. */
    public List<MunicipalDocuments.Completeness> of(Long municipalityId, Integer year) {
        if (municipalityId == null || year == null) {
            return List.of();
        }
        return loaded.computeIfAbsent(municipalityId + "/" + year, k -> documents.of(municipalityId, year));
    }
}
