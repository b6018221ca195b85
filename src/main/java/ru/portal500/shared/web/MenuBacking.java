package ru.portal500.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.MenuModel;
import ru.portal500.identity.application.CurrentCaller;

/** The menu bar of the layout, built for the caller's roles. */
@Named("menu")
@RequestScoped
public class MenuBacking {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    LanguageBacking language;

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = new DefaultMenuModel();
            for (PortalMenu.Entry entry : PortalMenu.entriesFor(currentCaller.get())) {
                model.getElements().add(DefaultMenuItem.builder()
                        .value(Texts.get(language.getLocale(), entry.labelKey()))
                        .outcome(entry.outcome())
                        .build());
            }
        }
        return model;
    }
}
