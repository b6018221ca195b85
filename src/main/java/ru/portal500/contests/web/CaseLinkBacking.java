package ru.portal500.contests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.contests.application.CaseLinks;
import ru.portal500.shared.domain.NoSuchResourceException;

/** Page {@code /app/case.xhtml?id=5}: a contest's case found by the search, sent on to where the caller opens it. */
@Named
@RequestScoped
public class CaseLinkBacking {

    @Inject
    CaseLinks links;

    private String id;

    public String open() {
        long entryId;
        try {
            entryId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NoSuchResourceException();
        }
        String page = links.pageOf(entryId);
        return page + "&faces-redirect=true";
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
