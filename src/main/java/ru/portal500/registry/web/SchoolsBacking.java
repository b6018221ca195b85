package ru.portal500.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.registry.application.SchoolList;
import ru.portal500.registry.infrastructure.SchoolListQuery;
import ru.portal500.registry.infrastructure.SchoolListRepository;
import ru.portal500.tenancy.domain.School;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Page {@code /app/schools.xhtml}: the region's schools, a page at a time, sortable and filterable. */
@Named
@ViewScoped
public class SchoolsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolList list;

    @Inject
    CurrentCaller currentCaller;

    private String region;
    private String text;
    private String locality;
    private final LazyDataModel<School> schools = new Model();

    @PostConstruct
    void init() {
        region = currentCaller.get().regions().stream().findFirst().orElse("-");
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
