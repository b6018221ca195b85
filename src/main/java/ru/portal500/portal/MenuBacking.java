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
                    top.entries().forEach(e -> group.getElements().add(item(text(e.labelKey(), e.arguments()), e.outcome())));
                    model.getElements().add(group);
                } else {
                    model.getElements().add(item(text(top.labelKey(), top.arguments()), top.outcome()));
                }
            }
            model.generateUniqueIds();
        }
        return model;
    }

    private MenuElement item(String label, String outcome) {
        return DefaultMenuItem.builder().value(label).outcome(outcome).build();
    }

    private String text(String key) {
        return Texts.get(language.getLocale(), key);
    }

    private String text(String key, java.util.List<Object> arguments) {
        return Texts.get(language.getLocale(), key, arguments.toArray());
    }
}
