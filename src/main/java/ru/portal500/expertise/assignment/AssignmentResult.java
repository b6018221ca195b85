package ru.portal500.expertise.assignment;

import java.util.List;

/** What the solver returns: an optimal assignment, or the reasons why the rules cannot all be met. */
public sealed interface AssignmentResult {

    /** An assignment that meets every rule at the least total cost. */
    record Assigned(Assignment assignment) implements AssignmentResult {
    }

    /** The rules cannot all be met; each reason names the document or reviewer concerned. */
    record Infeasible(List<Infeasibility> reasons) implements AssignmentResult {
        public Infeasible {
            reasons = List.copyOf(reasons);
        }
    }
}
