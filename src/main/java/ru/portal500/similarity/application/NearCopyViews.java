package ru.portal500.similarity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.application.ContestAccess;
import ru.portal500.contests.application.EntryAccess;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.documents.application.DocumentAccess;
import ru.portal500.documents.application.DocumentCheck;
import ru.portal500.documents.domain.DocumentState;
import ru.portal500.expertise.application.ExpertiseAccess;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.application.AuditLog;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.similarity.domain.CopyDecision;
import ru.portal500.similarity.domain.CopyVerdict;
import ru.portal500.similarity.domain.NearCopies;
import ru.portal500.similarity.domain.TextKey;
import ru.portal500.similarity.infrastructure.DecisionRepository;
import ru.portal500.tenancy.domain.Scope;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Near-copies as a person sees them, one use case per method: beside a document (its school's side, its curator's
 * check), beside a review (the expert), beside a contest entry (its organisers' eligibility check and ranking). The
 * text looked at is found through its own context's access rules (not found: 404; not theirs: 403); each other text
 * is named, with its passages, only when the viewer could open it anyway ({@link TextOpenings}), otherwise it is
 * "a document of another school" and only this text's side of the passages is shown. Whoever checks the text (the
 * curator, the expert of the review, the contest's organiser) records a decision about a near-copy.
 */
@ApplicationScoped
public class NearCopyViews {

    /** The smallest share of the text looked at, in common with another, that is shown. */
    public static final double SHOWN_SHARE = 0.4;

    @Inject
    PortalTexts texts;

    @Inject
    NearCopyIndexing indexing;

    @Inject
    TextOpenings openings;

    @Inject
    DecisionRepository decisions;

    @Inject
    DocumentAccess documents;

    @Inject
    DocumentCheck check;

    @Inject
    ExpertiseAccess expertise;

    @Inject
    EntryAccess entries;

    @Inject
    ContestAccess contests;

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    /** The text looked at, whether the viewer decides about its near-copies, and who they are. */
    record Subject(TextKey key, Scope scope, boolean mayDecide, Supplier<ChangeStamp> stamp) {
    }

    /** A decision recorded: the near-copies as they are now, and whether the text went back to its author with it. */
    public record Decided(NearCopyView view, boolean returned) {
    }

    /** Beside a document: anyone who reads it; its curator (who checks it) decides. */
    @Transactional
    public NearCopyView ofDocument(long id) {
        return view(document(id));
    }

    /** Beside a review: its expert, who decides. */
    @Transactional
    public NearCopyView ofReview(long id) {
        return view(review(id));
    }

    /** Beside a contest entry: its contest's organisers, who decide. */
    @Transactional
    public NearCopyView ofEntry(long id) {
        return view(entry(id));
    }

    /**
     * In a list of a contest's entries (the eligibility check, the ranking): the entry's near-copies when the caller
     * organises its contest, nothing otherwise (nothing put on record: the list is theirs to see).
     */
    @Transactional
    public Optional<NearCopyView> ofEntryInList(long id) {
        return entries.readable(id).filter(entries::checks)
                .map(e -> view(new Subject(PortalTexts.entry(e.getId()), e.getContest().scope(), true,
                        () -> contests.stamp())));
    }

    /** In the curator's queue: the document's near-copies when the caller reads it, nothing otherwise. */
    @Transactional
    public Optional<NearCopyView> ofDocumentInList(long id) {
        return documents.readable(id).map(found -> view(new Subject(PortalTexts.document(id),
                found.document().getSchool().scope(), found.rights().mayCheck(), documents::stamp)));
    }

    /**
     * The curator's decision; a near-copy not accepted returns the document, when it waits for the check, for
     * revision with the reason as the curator's comment (in the same transaction: both or neither).
     */
    @Transactional
    public Decided decideForDocument(long id, String ref, CopyVerdict verdict, String reason) {
        NearCopyView view = decide(document(id), ref, verdict, reason);
        boolean returning = verdict == CopyVerdict.RETURNED
                && documents.document(id).document().getState() == DocumentState.SUBMITTED;
        if (returning) {
            check.returnForRevision(id, reason);
        }
        return new Decided(view, returning);
    }

    /** The expert's decision, while their review is open; their conclusion says what follows for the document. */
    @Transactional
    public Decided decideForReview(long id, String ref, CopyVerdict verdict, String reason) {
        return new Decided(decide(review(id), ref, verdict, reason), false);
    }

    /** The organiser's decision; the entry goes back with the eligibility check's own form (it needs a due date). */
    @Transactional
    public Decided decideForEntry(long id, String ref, CopyVerdict verdict, String reason) {
        return new Decided(decide(entry(id), ref, verdict, reason), false);
    }

    private Subject document(long id) {
        DocumentAccess.Found found = documents.document(id);
        return new Subject(PortalTexts.document(id), found.document().getSchool().scope(), found.rights().mayCheck(),
                documents::stamp);
    }

    private Subject review(long id) {
        ExpertReview review = expertise.reviewToWork(id);
        return new Subject(PortalTexts.document(review.getDocument().getId()), review.getDocument().getSchool().scope(),
                review.getState().isOpen(), expertise::stamp);
    }

    private Subject entry(long id) {
        ContestEntry entry = entries.entryToCheck(id);
        return new Subject(PortalTexts.entry(entry.getId()), entry.getContest().scope(), true, () -> contests.stamp());
    }

    private NearCopyView view(Subject subject) {
        Optional<PortalTexts.Described> described = texts.described(subject.key());
        if (described.isEmpty()) {
            return NearCopyView.noText(subject.mayDecide());
        }
        String text = described.get().text();
        NearCopies answer = indexing.similarTo(described.get(), SHOWN_SHARE);
        if (!(answer instanceof NearCopies.Judged judged)) {
            return NearCopyView.unjudged(answer, subject.mayDecide());
        }
        Map<TextKey, CopyDecision> decided = decisions.about(java.util.List.of(subject.key())).stream()
                .collect(Collectors.toMap(CopyDecision::other, Function.identity()));
        String viewer = guard.caller().getUsername();
        return NearCopyView.judged(judged, subject.mayDecide(), copy -> NearCopyView.Copy.of(subject.key(), copy,
                text, openings.open(copy.other()), decided.get(copy.other()), viewer));
    }

    private NearCopyView decide(Subject subject, String ref, CopyVerdict verdict, String reason) {
        guard.require(subject.mayDecide(), subject.scope(), "similarity.decide");
        NearCopyView view = view(subject);
        NearCopyView.Copy copy = view.copies().stream().filter(c -> c.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new ru.portal500.similarity.domain.SimilarityRuleException(
                        "similarity.error.noSuchCopy"));
        TextKey other = copy.other();
        ChangeStamp stamp = subject.stamp().get();
        decisions.of(subject.key(), other).ifPresentOrElse(d -> d.decide(verdict, reason, stamp),
                () -> decisions.add(new CopyDecision(subject.key(), other, verdict, reason, stamp)));
        audit.record(AuditEventType.NEAR_COPY_DECIDED, subject.scope(), subject.key().toString(),
                verdict + " " + other);
        return view(subject);
    }
}
