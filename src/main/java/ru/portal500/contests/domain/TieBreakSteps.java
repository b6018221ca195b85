package ru.portal500.contests.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A contest's tie-break chain as the ordered step codes its ranking applies: {@code TOTAL} (the higher mean
 * total), {@code CRITERION:K3} (the higher mean of the checklist's criterion K3), {@code EARLIER_SUBMISSION}.
 * Here only the form of the chain is checked (known steps, none twice, at most {@value #MAX_STEPS}); whether a
 * named criterion is in the nominations' checklists is the contest's check in
 * {@code contests.application.TieBreakValidation}.
 */
public record TieBreakSteps(List<String> codes) {

    public static final int MAX_STEPS = 10;
    public static final String TOTAL = "TOTAL";
    public static final String EARLIER_SUBMISSION = "EARLIER_SUBMISSION";
    public static final String CRITERION = "CRITERION:";

    private static final Pattern CRITERION_CODE = Pattern.compile("[\\p{L}\\p{N}_.\\-]{1,64}");

    /** Total, then the earlier submission: the chain of a new contest. */
    public static TieBreakSteps standard() {
        return new TieBreakSteps(List.of(TOTAL, EARLIER_SUBMISSION));
    }

    public TieBreakSteps {
        List<String> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : codes == null ? List.<String>of() : codes) {
            String code = normal(raw);
            if (code.isEmpty()) {
                continue;
            }
            if (!isStep(code)) {
                throw new ContestRuleException("contests.error.tieBreakStep", raw.strip());
            }
            if (!seen.add(code)) {
                throw new ContestRuleException("contests.error.tieBreakTwice", code);
            }
            clean.add(code);
        }
        if (clean.isEmpty()) {
            throw new ContestRuleException("contests.error.tieBreakEmpty");
        }
        if (clean.size() > MAX_STEPS) {
            throw new ContestRuleException("contests.error.tieBreakLong", MAX_STEPS);
        }
        codes = List.copyOf(clean);
    }

    /** {@code "criterion:k3 "} → {@code "CRITERION:k3"}: the step's kind in capitals, a criterion's code as written. */
    private static String normal(String raw) {
        String code = raw == null ? "" : raw.strip();
        int colon = code.indexOf(':');
        return colon < 0 ? code.toUpperCase(java.util.Locale.ROOT)
                : code.substring(0, colon).strip().toUpperCase(java.util.Locale.ROOT) + ":" + code.substring(colon + 1).strip();
    }

    private static boolean isStep(String code) {
        return code.equals(TOTAL) || code.equals(EARLIER_SUBMISSION)
                || code.startsWith(CRITERION) && CRITERION_CODE.matcher(code.substring(CRITERION.length())).matches();
    }

    /** The criteria the chain names, in its order. */
    public List<String> criteria() {
        return codes.stream().filter(c -> c.startsWith(CRITERION)).map(c -> c.substring(CRITERION.length())).toList();
    }

    /** The stored form, {@code "TOTAL,CRITERION:K3,EARLIER_SUBMISSION"}. */
    public String stored() {
        return String.join(",", codes);
    }

    public static TieBreakSteps ofStored(String stored) {
        return new TieBreakSteps(List.of(stored.split(",")));
    }
}
