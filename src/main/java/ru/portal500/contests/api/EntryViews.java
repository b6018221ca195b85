package ru.portal500.contests.api;

import ru.portal500.contests.application.EntryFiles;
import ru.portal500.contests.domain.CaseForm;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.Entrant;
import ru.portal500.shared.i18n.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Entries as the API shows them. */
public final class EntryViews {

    private EntryViews() {
    }

    public record AuthorView(String username, String fullName, boolean consented, Instant consentAt) {
    }

    public record FileView(long id, String name, String mediaType, long size, String requiredFile) {
    }

    public record EntryView(long id, long contestId, String contest, long nominationId, String nomination,
                            String entrantKind, String school, String entrant, String title, String problem,
                            List<Integer> riskFactors, String level, String subject, String summary,
                            List<String> links, String state, Instant submittedAt, String decisionReason,
                            LocalDate completionDue, List<AuthorView> authors, List<FileView> files, long version,
                            List<String> sameFiles) {

        public static EntryView of(ContestEntry e) {
            return of(e, List.of());
        }

        static EntryView of(ContestEntry e, List<String> sameFiles) {
            CaseForm form = e.form();
            return new EntryView(e.getId(), e.getContest().getId(), e.getContest().getTitle(),
                    e.getNomination().getId(), e.getNomination().getTitle(), e.getKind().name(), e.getSchoolName(),
                    e.getEntrantName(), e.getTitle(), form.problem(), List.copyOf(form.riskFactors()),
                    form.level() == null ? null : form.level().name(), form.subject(), form.summary(), form.links(),
                    e.getState().name(), e.getSubmittedAt().orElse(null), e.getDecisionReason().orElse(null),
                    e.getCompletionDue().orElse(null),
                    e.getAuthors().stream().map(a -> new AuthorView(a.getUsername(), a.getFullName(), a.isConsented(),
                            a.getConsentAt().orElse(null))).toList(),
                    e.getFiles().stream().map(f -> new FileView(f.getId(), f.getFileName(), f.getMediaType(),
                            f.getSize(), f.getRequiredFile().orElse(null))).toList(), e.getVersion(), sameFiles);
        }

        static EntryView toCheck(EntryFiles.EntryToCheck row, Locale reader) {
            return of(row.entry(), row.sameFiles().stream().map(p -> Texts.get(reader, p.key(), p.arguments())).toList());
        }
    }

    public record EntrantView(String kind, long school, String schoolName) {
        static EntrantView of(Entrant e) {
            return new EntrantView(e.kind().name(), e.schoolId(), e.schoolName());
        }
    }
}
