package ru.portal500.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import ru.portal500.platform.database.DatabaseOutage;

/**
 * The server error page says in words when the database is away (503, "try again shortly") rather than
 * "something went wrong" (500).
 */
@Named("serverError")
@RequestScoped
public class ServerErrorBacking {

    /** The bundle's key part of the page's texts: {@code error.database.*} or {@code error.500.*}. */
    public String getKey() {
        return databaseAway() ? "database" : "500";
    }

    public int getStatus() {
        return databaseAway() ? 503 : 500;
    }

    private boolean databaseAway() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return false;
        }
        Object failure = faces.getExternalContext().getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        return failure instanceof Throwable thrown && DatabaseOutage.isCause(thrown);
    }
}
