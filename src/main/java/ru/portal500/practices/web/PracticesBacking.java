package ru.portal500.practices.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.portal500.practices.application.PracticeBank;
import ru.portal500.practices.domain.Practice;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Page {@code /practices.xhtml}: the practice bank, newest first, for everyone (visitors too). */
@Named
@ViewScoped
public class PracticesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PracticeBank bank;

    private final LazyDataModel<Practice> practices = new Model();

    public LazyDataModel<Practice> getPractices() {
        return practices;
    }

    /** The bank a page at a time. */
    private final class Model extends LazyDataModel<Practice> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) bank.count(null);
        }

        @Override
        public List<Practice> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            setRowCount((int) bank.count(null));
            return bank.newest(null, first, Math.min(PracticeBank.MAX_PAGE, Math.max(1, pageSize)));
        }

        @Override
        public String getRowKey(Practice practice) {
            return String.valueOf(practice.getId());
        }
    }
}
