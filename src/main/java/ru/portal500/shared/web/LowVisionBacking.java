package ru.portal500.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

/** The version for the visually impaired as this request's cookie asks for it (see {@link LowVision}). */
@Named("vision")
@RequestScoped
public class LowVisionBacking {

    private LowVision choice;

    public LowVision getChoice() {
        if (choice == null) {
            Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap()
                    .get(LowVision.COOKIE);
            choice = cookie instanceof Cookie c ? LowVision.parse(c.getValue()) : LowVision.OFF;
        }
        return choice;
    }

    public boolean isOn() {
        return getChoice().on();
    }

    public String getHtmlClass() {
        return getChoice().htmlClass();
    }

    public boolean isSize(int size) {
        return isOn() && getChoice().size() == size;
    }

    public boolean isScheme(String scheme) {
        return isOn() && getChoice().scheme().name().equalsIgnoreCase(scheme);
    }
}
