package ru.portal500.people.application;

import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.imports.ImportProblem;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an onboarding did or would do: every problem (and then nothing applied), or the people it invites (new
 * accounts) and those it only grants a role to (existing accounts), line by line. When Keycloak failed while the
 * file was being applied, {@link #stop()} names the line it stopped at: the lines before it are done (invited,
 * granted, recorded), that line and the ones after it are not.
 */
public record OnboardingOutcome(List<ImportProblem> problems, List<Line> lines, boolean applied, Stop stop) {

    /** One person of the file: who, which role where, and whether their account is new. */
    public record Line(int line, String fullName, String email, String role, String place, boolean invited)
            implements Serializable {
    }

    /**
     * The line applying stopped at and why (a message key of the bundles and its arguments); {@code unavailable} when
     * Keycloak did not answer as it should, rather than refusing that one line.
     */
    public record Stop(int line, boolean unavailable, String messageKey, List<Object> arguments) implements Serializable {
        public Stop {
            arguments = java.util.Collections.unmodifiableList(new ArrayList<>(arguments));
        }
    }

    public OnboardingOutcome(List<ImportProblem> problems, List<Line> lines, boolean applied) {
        this(problems, lines, applied, null);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Whether applying stopped part-way (some lines, maybe none, were done). */
    public boolean stopped() {
        return stop != null;
    }

    public long invited() {
        return done().stream().filter(Line::invited).count();
    }

    public long granted() {
        return done().size() - invited();
    }

    /** The lines done: all of them when applied, those before the stop when it stopped, none on a dry run. */
    public List<Line> done() {
        if (stop != null) {
            return lines.stream().filter(l -> l.line() < stop.line()).toList();
        }
        return lines;
    }

    /** The lines not done because applying stopped: the line it stopped at and those after it. */
    public List<Line> notDone() {
        return stop == null ? List.of() : lines.stream().filter(l -> l.line() >= stop.line()).toList();
    }

    /**
     * What a stopped run did and did not, in the reader's language: the line it stopped at and why, the lines done,
     * the lines not done.
     */
    public String stopTold(Locale locale) {
        String reason = Texts.get(locale, stop.messageKey(), stop.arguments().toArray());
        List<Line> done = done();
        return String.join(" ", Texts.get(locale, "onboarding.stopped", String.valueOf(stop.line()), reason),
                done.isEmpty() ? Texts.get(locale, "onboarding.stopped.noneDone")
                        : Texts.get(locale, "onboarding.stopped.done", numbers(done)),
                Texts.get(locale, "onboarding.stopped.notDone", numbers(notDone())));
    }

    /** Line numbers as a person reads them: {@code 2–4, 7}. */
    public static String numbers(List<Line> lines) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int first = lines.get(i).line();
            int last = first;
            while (i + 1 < lines.size() && lines.get(i + 1).line() == last + 1) {
                last = lines.get(++i).line();
            }
            parts.add(first == last ? String.valueOf(first) : first + (last == first + 1 ? ", " : "\u2013") + last);
            i++;
        }
        return String.join(", ", parts);
    }
}
