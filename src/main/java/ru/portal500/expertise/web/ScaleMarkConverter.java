package ru.portal500.expertise.web;

import ru.portal500.shared.web.MarkedSheet;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import ru.portal500.shared.i18n.Numbers;
import ru.portal500.shared.i18n.Texts;

import java.math.BigDecimal;

/**
 * A mark typed into a scale criterion, as a number. The field is bound into a map ({@code scales[code]}), where EL
 * knows no type, so without this the text itself would reach the map. Takes "1,5" as well as "1.5" (people type
 * either, whatever the page's language); shows the mark with the page's decimal separator. A text that is no number
 * is refused in words, and the field keeps it. Whether the mark fits the scale is {@link ScaleMarkValidator}'s
 * question.
 */
@FacesConverter("portal.scaleMark")
public class ScaleMarkConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return parse(value, context.getViewRoot().getLocale());
        } catch (ConverterException refused) {
            MarkedSheet.forget(context, component);
            throw refused;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return show(value, context.getViewRoot().getLocale());
    }

    /** A mark as the field shows it: "1,5" on a Russian page, "1.5" on an English one; empty for none. */
    static String show(BigDecimal value, java.util.Locale locale) {
        return value == null ? ""
                : value.stripTrailingZeros().toPlainString().replace('.', Numbers.decimalSeparator(locale));
    }

    /** The mark in a text; null for an empty one. */
    static BigDecimal parse(String value, java.util.Locale locale) {
        if (value == null) {
            return null;
        }
        String text = value.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            String message = Texts.get(locale, "expertise.review.markNotNumber");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), e);
        }
    }
}
