package ru.portal500.portal;

import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.web.LanguageBacking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuElement;
import org.primefaces.model.menu.MenuModel;
import ru.portal500.identity.application.CurrentCaller;

/** The menu bar of the layout, built for the caller's roles: groups of pages by what people do ({@link PortalMenu}). */
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
            for (PortalMenu.Top top : PortalMenu.menuFor(currentCaller.get())) {
                if (top.isGroup()) {
                    DefaultSubMenu group = DefaultSubMenu.builder().label(text(top.labelKey())).build();
                    top.entries().forEach(e -> group.getElements().add(item(e.labelKey(), e.outcome())));
                    model.getElements().add(group);
                } else {
                    model.getElements().add(item(top.labelKey(), top.outcome()));
                }
            }
            model.generateUniqueIds();
        }
        return model;
    }

    private MenuElement item(String labelKey, String outcome) {
        return DefaultMenuItem.builder().value(text(labelKey)).outcome(outcome).build();
    }

    private String text(String key) {
        return Texts.get(language.getLocale(), key);
    }
}
