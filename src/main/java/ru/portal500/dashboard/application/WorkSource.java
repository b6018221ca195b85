package ru.portal500.dashboard.application;

import ru.portal500.identity.domain.Caller;

import java.util.List;
import java.util.Locale;

/**
 * The port through which a context contributes to a person's work list: each context implements it in its own
 * {@code application} package (a CDI bean) with its own tenant-scoped queries, so that a caller only ever sees work
 * of their own places. A source answers nothing, not an error, to a caller who has no part in its work; texts it
 * writes (titles, details) are in the reader's language.
 */
public interface WorkSource {

    /** The caller's work of this context, one group per kind; groups with nothing in them may be left out. */
    List<WorkGroup> work(Caller caller, Locale locale);
}
