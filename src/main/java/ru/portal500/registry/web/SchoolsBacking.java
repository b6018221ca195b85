package ru.portal500.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.application.SchoolDirectoryExport;
import ru.portal500.registry.application.SchoolDirectoryImport;
import ru.portal500.registry.domain.SchoolEntry;
import ru.portal500.shared.imports.ImportFiles;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.registry.application.SchoolList;
import ru.portal500.registry.infrastructure.SchoolListQuery;
import ru.portal500.registry.infrastructure.SchoolListRepository;
import ru.portal500.tenancy.domain.School;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Page {@code /app/schools.xhtml}: the region's schools, a page at a time, sortable and filterable. */
@Named
@ViewScoped
public class SchoolsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolList list;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SchoolDirectoryImport directoryImport;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBacking language;

    private String region;
    private boolean dryRun = true;
    private boolean administrator;
    private ImportReport report;
    private String text;
    private String locality;
    private final LazyDataModel<School> schools = new Model();

    @PostConstruct
    void init() {
        region = currentCaller.get().regions().stream().findFirst().orElse("-");
        administrator = currentCaller.get().administers(Scope.ofRegion(region))
                || !currentCaller.get().scopesOf(Set.of(Role.MUNICIPAL_COORDINATOR)).isEmpty();
    }

    /** The directory file: checked only (dry run) or applied whole; the report lists every problem. */
    public void upload(FileUploadEvent event) {
        if (event.getFile().getSize() > ImportFiles.MAX_BYTES) {
            report = ImportReport.refused(language.getLocale(), "import.error.size", ImportFiles.MAX_MEGABYTES);
            return;
        }
        messages.run(() -> report = ImportReport.of(directoryImport.importCsv(region, event.getFile().getContent(),
                dryRun), language.getLocale()), "import.finished");
    }

    public StreamedContent export(String format) {
        boolean xlsx = "xlsx".equals(format);
        List<SchoolEntry> entries = list.export(region);
        byte[] file = xlsx ? SchoolDirectoryExport.xlsx(entries, language.getLocale())
                : SchoolDirectoryExport.csv(entries, language.getLocale());
        return DefaultStreamedContent.builder()
                .name(SchoolDirectoryExport.fileName(region, language.getLocale()) + (xlsx ? ".xlsx" : ".csv"))
                .contentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(file)).build();
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public ImportReport getReport() {
        return report;
    }

    public LazyDataModel<School> getSchools() {
        return schools;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    private SchoolListRepository.Page page(int first, int size, Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        String field = sort == null || !SchoolListQuery.SORTABLE.contains(sort.getField()) ? "name" : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return list.page(region, new SchoolListQuery(text, null, locality, field, ascending, first, Math.max(1, size)));
    }

    /** Loads what the table shows, and counts it, through the scoped service. */
    private final class Model extends LazyDataModel<School> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1, Map.of()).total();
        }

        @Override
        public List<School> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SchoolListRepository.Page page = page(first, pageSize, sortBy);
            setRowCount((int) page.total());
            return page.schools();
        }

        @Override
        public String getRowKey(School school) {
            return String.valueOf(school.getId());
        }
    }
}
