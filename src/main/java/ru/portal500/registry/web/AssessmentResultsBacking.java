package ru.portal500.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import ru.portal500.registry.application.IdentificationService;
import ru.portal500.shared.imports.ImportFiles;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.LanguageBacking;

import java.io.Serializable;

/** The identification page's import of assessment results (ВПР, ОГЭ, ЕГЭ…): a file, then its report. */
@Named
@ViewScoped
public class AssessmentResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdentificationService identification;

    @Inject
    IdentificationCampaign page;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBacking language;

    private ImportReport report;

    public void upload(FileUploadEvent event) {
        if (event.getFile().getSize() > ImportFiles.MAX_BYTES) {
            report = ImportReport.refused(language.getLocale(), "import.error.size", ImportFiles.MAX_MEGABYTES);
            return;
        }
        messages.run(() -> report = ImportReport.of(identification.importResults(page.region(),
                event.getFile().getContent()), language.getLocale()), "import.finished");
        page.refresh();
    }

    public ImportReport getReport() {
        return report;
    }
}
