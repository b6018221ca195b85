package ru.portal500.shared.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.validator.Validator;
import org.primefaces.component.datepicker.DatePicker;
import org.primefaces.component.spinner.Spinner;

import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.function.DoubleSupplier;

/**
 * Every page's fields say what they refuse instead of changing what was typed (registered in {@code faces-config.xml}
 * for each component added to a page, so no page has to remember it):
 * <ul>
 * <li>a date field ({@code p:datePicker}) reads days strictly: 31.02.2027 is refused, not made 28.02.2027 (PrimeFaces'
 * default is {@link ResolverStyle#SMART}); the refusal names the field (the bundles'
 * {@code jakarta.faces.converter.DateTimeConverter.DATE});</li>
 * <li>a number field ({@code p:spinner}) keeps its range for {@link FieldRange}, which refuses a number outside it
 * with the range in words, and gives the widget none: with one, the widget turned −5 into 5 and 99999999 into 100
 * as they were typed, and the server dropped an out-of-range number without a word.</li>
 * </ul>
 */
public class HonestFields implements SystemEventListener {

    /** The attributes that keep a number field's own bounds (a number or an expression) for {@link FieldRange}. */
    static final String MIN = "portal.min";
    static final String MAX = "portal.max";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof DatePicker || source instanceof Spinner;
    }

    @Override
    public void processEvent(SystemEvent event) {
        if (event.getSource() instanceof DatePicker picker) {
            picker.setResolverStyle(ResolverStyle.STRICT.name());
        } else if (event.getSource() instanceof Spinner spinner) {
            ranged(spinner);
        }
    }

    static void ranged(Spinner spinner) {
        if (Arrays.stream(spinner.getValidators()).anyMatch(FieldRange.class::isInstance)) {
            return;
        }
        keep(spinner, "min", MIN, spinner::getMin, Spinner.MIN_VALUE);
        keep(spinner, "max", MAX, spinner::getMax, Spinner.MAX_VALUE);
        spinner.setMin(Spinner.MIN_VALUE);
        spinner.setMax(Spinner.MAX_VALUE);
        Validator<?> range = new FieldRange();
        spinner.addValidator(range);
    }

    /** An expression is kept as it is (evaluated when the number is checked), a number when it is not the default. */
    private static void keep(UIComponent field, String bound, String kept, DoubleSupplier literal, double none) {
        ValueExpression expression = field.getValueExpression(bound);
        if (expression != null) {
            field.setValueExpression(kept, expression);
            field.setValueExpression(bound, null);
        } else if (literal.getAsDouble() != none) {
            field.getAttributes().put(kept, literal.getAsDouble());
        }
    }
}
