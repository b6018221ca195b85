package ru.portal500.expertise.web;

import ru.portal500.shared.web.MarkedSheet;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import ru.portal500.shared.i18n.Numbers;
import ru.portal500.shared.i18n.Texts;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * A mark within its criterion's scale, from the field's attributes {@code scaleMin} and {@code scaleMax}: one
 * outside is told next to the field, in the page's language, and the form keeps what was typed (nothing is saved);
 * the sheet's total no longer counts it ({@link MarkedSheet#forget}).
 */
@FacesValidator("portal.scaleMark")
public class ScaleMarkValidator implements Validator<BigDecimal> {

    @Override
    public void validate(FacesContext context, UIComponent component, BigDecimal value) {
        problem(value, (BigDecimal) component.getAttributes().get("scaleMin"),
                (BigDecimal) component.getAttributes().get("scaleMax"), context.getViewRoot().getLocale())
                .ifPresent(message -> {
                    MarkedSheet.forget(context, component);
                    throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
                });
    }

    /** Why a mark does not fit the scale from {@code min} to {@code max}; empty when it fits (or is not given). */
    static Optional<String> problem(BigDecimal value, BigDecimal min, BigDecimal max, Locale locale) {
        if (value == null || min == null || max == null
                || (value.compareTo(min) >= 0 && value.compareTo(max) <= 0)) {
            return Optional.empty();
        }
        return Optional.of(Texts.get(locale, "expertise.review.markOutOfScale", Numbers.points(locale, min),
                Numbers.points(locale, max)));
    }
}
