package ru.portal500.shared.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

/**
 * A page's score sheet whose total follows the marks as they are typed (an expert's review, a juror's review of a
 * contest entry): {@code WEB-INF/includes/score-criteria.xhtml} gives it to each mark field as the attribute
 * {@code sheet}. A mark that is refused (no number, outside its scale) is no mark: {@link #forget} clears it from the
 * form and counts the total again, so the total never counts a mark the field no longer holds; the field keeps what
 * was typed and says why.
 */
public interface MarkedSheet {

    /** Counts the total again from the form's marks. */
    void recount();

    /** The mark field's criterion holds no mark any more, and the sheet's total is counted without it. */
    static void forget(FacesContext context, UIComponent field) {
        ValueExpression value = field.getValueExpression("value");
        if (value != null && !value.isReadOnly(context.getELContext())) {
            value.setValue(context.getELContext(), null);
        }
        if (field.getAttributes().get("sheet") instanceof MarkedSheet sheet) {
            sheet.recount();
        }
    }
}
