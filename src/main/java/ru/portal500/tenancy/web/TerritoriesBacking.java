package ru.portal500.tenancy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.tenancy.application.TerritoryDirectory;
import ru.portal500.tenancy.domain.Municipality;

import java.util.List;

/** Page {@code /app/territories.xhtml}: the municipalities of the portal's regions. */
@Named
@RequestScoped
public class TerritoriesBacking {

    @Inject
    TerritoryDirectory directory;

    private List<Municipality> municipalities;

    /** View action: loads once per request; a caller without the right gets the 403 page. */
    public void load() {
        municipalities = directory.municipalities();
    }

    public List<Municipality> getMunicipalities() {
        return municipalities;
    }
}
