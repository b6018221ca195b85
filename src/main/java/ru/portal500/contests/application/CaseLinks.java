package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Where a contest's case found by the search opens for the caller: their own review of it when they judge it, else the
 * entry itself for whoever may read it (its organisers); anyone else finds no such entry (an audited 404).
 */
@ApplicationScoped
public class CaseLinks {

    @Inject
    JuryScoring scoring;

    @Inject
    EntryAccess entries;

    /** The page's path in the portal, with its id. */
    @Transactional
    public String pageOf(long entryId) {
        return scoring.mine().stream().filter(r -> r.getEntry().getId() == entryId && r.getState().counts())
                .findFirst().map(r -> "/app/entry-review.xhtml?id=" + r.getId())
                .orElseGet(() -> "/app/entry.xhtml?id=" + entries.entryToRead(entryId).getId());
    }
}
