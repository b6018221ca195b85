package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.CaseForm;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.infrastructure.EntryRepository;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What system work reads of contests' entries' texts, for no caller (the near-copy index): an entry the organisers
 * see (no draft, which is its entrant's own work) with the text its entrant wrote — the problem and the summary of
 * its case form, not its title (a case entered again under a new title is the same case) — and every such entry's id.
 */
@ApplicationScoped
public class EntryTexts {

    @Inject
    EntryRepository entries;

    /** An entry's text, its contest's region and its school. */
    public record EntryText(long entryId, String regionCode, long schoolId, String text) {
    }

    /** The entry's text; empty when it is gone, a draft, or has no text. */
    @Transactional
    public Optional<EntryText> text(long entryId) {
        return entries.anywhere(entryId).filter(e -> e.getState().isSeenByOrganisers()).flatMap(EntryTexts::of);
    }

    /** The ids of every entry the organisers see. */
    @Transactional
    public List<Long> ids() {
        return entries.seenIds();
    }

    private static Optional<EntryText> of(ContestEntry entry) {
        CaseForm form = entry.form();
        String text = Stream.of(form.problem(), form.summary()).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("\n\n"));
        return text.isBlank() ? Optional.empty() : Optional.of(new EntryText(entry.getId(),
                entry.getContest().getRegion().getCode(), entry.getSchoolId(), text));
    }
}
