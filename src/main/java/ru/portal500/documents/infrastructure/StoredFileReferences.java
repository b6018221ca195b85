package ru.portal500.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every content address the database refers to: the values of every column named {@code sha256} or ending in
 * {@code _sha256} in the portal's schema (document versions, practice files, expert conclusions, and whatever
 * stores a file by the same convention later), found in the schema itself so that no table is forgotten.
 * The system's own work: no caller's scope applies.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class StoredFileReferences {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * @throws IllegalStateException the schema did not show the versions' column: the list would be incomplete,
     *                               and nothing may be deleted on its word
     */
    public Set<String> all() {
        List<?> columns = em.createNativeQuery("select table_name, column_name from information_schema.columns"
                + " where table_schema = database() and (column_name = 'sha256' or column_name like '%\\_sha256')")
                .getResultList();
        Set<String> referenced = new HashSet<>();
        if (columns.stream().map(row -> ((Object[]) row)[0] + "." + ((Object[]) row)[1])
                .noneMatch("document_version.sha256"::equalsIgnoreCase)) {
            throw new IllegalStateException("The schema does not show document_version.sha256: references unknown");
        }
        for (Object row : columns) {
            Object[] cells = (Object[]) row;
            String table = String.valueOf(cells[0]);
            String column = String.valueOf(cells[1]);
            if (!NAME.matcher(table).matches() || !NAME.matcher(column).matches()) {
                continue;
            }
            for (Object value : em.createNativeQuery("select distinct " + column + " from " + table + " where " + column
                    + " is not null").getResultList()) {
                referenced.add(String.valueOf(value).strip());
            }
        }
        return referenced;
    }
}
