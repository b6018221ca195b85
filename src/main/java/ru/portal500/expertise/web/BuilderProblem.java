package ru.portal500.expertise.web;

import java.io.Serializable;
import java.util.List;

/**
 * Something wrong with the builder's form before it is even a checklist (a number left empty, an option line not
 * as "code=text=points"): where (the criterion's 1-based position and code, 0 and null for the heading) and what,
 * as a message key of the portal's bundle with its arguments.
 */
public record BuilderProblem(int position, String criterionCode, String messageKey, List<String> values)
        implements Serializable {

    public BuilderProblem {
        values = List.copyOf(values);
    }

    public BuilderProblem(int position, String criterionCode, String messageKey, String... values) {
        this(position, criterionCode, messageKey, List.of(values));
    }

    public Object[] arguments() {
        return values.toArray();
    }
}
