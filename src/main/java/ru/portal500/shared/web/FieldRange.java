package ru.portal500.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import ru.portal500.shared.i18n.Texts;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A number outside its field's range is refused with the field's name, the range and what was typed, and nothing is
 * saved. The range is the field's own {@code min}/{@code max}, kept by {@link HonestFields} for a spinner, or given
 * to a plain text field as the attributes {@code portal.min}/{@code portal.max} with this validator
 * ({@code portal.fieldRange}): a text field keeps «1,5» or «3а» as typed for the converter to refuse in words, where
 * a spinner drops the comma or the letter as it is typed (1,5 becomes 15).
 */
@jakarta.faces.validator.FacesValidator("portal.fieldRange")
public class FieldRange implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof Number number)) {
            return;
        }
        Locale locale = context.getViewRoot().getLocale();
        String refusal = refusal(label(component, locale), bound(component, HonestFields.MIN), bound(component, HonestFields.MAX),
                number, locale);
        if (refusal != null) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal, refusal));
        }
    }

    /** The refusal of a number outside {@code [min, max]} (either may be null: no bound), or null when it fits. */
    static String refusal(String label, BigDecimal min, BigDecimal max, Number value, Locale locale) {
        BigDecimal typed = new BigDecimal(value.toString());
        if ((min == null || typed.compareTo(min) >= 0) && (max == null || typed.compareTo(max) <= 0)) {
            return null;
        }
        boolean whole = value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof java.math.BigInteger;
        String kind = whole ? "whole" : "number";
        String key = min != null && max != null ? "common.range." + kind
                : min != null ? "common.range." + kind + ".atLeast" : "common.range." + kind + ".atMost";
        return Texts.get(locale, key, label, plain(min, locale), plain(max, locale), plain(typed, locale));
    }

    /** The field's name: its label (p:outputLabel gives it), else its title, else «Число». */
    private static String label(UIComponent component, Locale locale) {
        for (String attribute : new String[] {"label", "title"}) {
            Object label = component.getAttributes().get(attribute);
            if (label != null && !label.toString().isBlank()) {
                return label.toString();
            }
        }
        return Texts.get(locale, "common.range.field");
    }

    private static BigDecimal bound(UIComponent component, String name) {
        Object bound = component.getAttributes().get(name);
        if (bound == null) {
            return null;
        }
        return bound instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(bound.toString().strip());
    }

    /** A number as it is typed: no grouping, no trailing zeros, the reader's decimal separator ("1,5"; "100"). */
    private static String plain(BigDecimal number, Locale locale) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString()
                .replace('.', java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
    }
}
