package ru.portal500.similarity.application;

import ru.portal500.shared.i18n.Texts;
import ru.portal500.similarity.domain.CopyDecision;
import ru.portal500.similarity.domain.CopyVerdict;
import ru.portal500.similarity.domain.NearCopies;
import ru.portal500.similarity.domain.NearCopy;
import ru.portal500.similarity.domain.Passage;
import ru.portal500.similarity.domain.TextKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The near-copies of a text as one viewer may see them: whether it was judged (no text yet, too short, only its
 * kind's boilerplate: no verdict, said in words), the near-copies found with the shares in whole per cent (rounded
 * down: never more than was counted), and whether the viewer decides about them.
 */
public record NearCopyView(Judgement judgement, int words, int minimum, boolean partial, List<Copy> copies,
                           boolean mayDecide) {

    /** Whether the text was judged, and if not why. */
    public enum Judgement {
        /** No text on record yet (being read, unreadable, or an empty form). */
        NO_TEXT,
        /** Fewer words than a verdict needs. */
        TOO_SHORT,
        /** Only the template and standard wording of its kind: nothing of its own to compare. */
        ONLY_BOILERPLATE,
        /** Compared with the portal's texts. */
        JUDGED
    }

    /** The longest passage shown whole; a longer one is shown by its beginning and its end. */
    public static final int PASSAGE_CHARS = 1_500;

    public NearCopyView {
        copies = List.copyOf(copies);
    }

    /** Nothing to show (a list's entry the viewer does not check). */
    public static NearCopyView none() {
        return new NearCopyView(Judgement.JUDGED, 0, 0, false, List.of(), false);
    }

    static NearCopyView noText(boolean mayDecide) {
        return new NearCopyView(Judgement.NO_TEXT, 0, 0, false, List.of(), mayDecide);
    }

    static NearCopyView unjudged(NearCopies answer, boolean mayDecide) {
        if (answer instanceof NearCopies.TooShort s) {
            return new NearCopyView(Judgement.TOO_SHORT, s.words(), s.minimum(), false, List.of(), mayDecide);
        }
        if (answer instanceof NearCopies.OnlyBoilerplate b) {
            return new NearCopyView(Judgement.ONLY_BOILERPLATE, b.words(), 0, false, List.of(), mayDecide);
        }
        throw new IllegalArgumentException("judged: " + answer);
    }

    static NearCopyView judged(NearCopies.Judged judged, boolean mayDecide, Function<NearCopy, Copy> shown) {
        return new NearCopyView(Judgement.JUDGED, 0, 0, judged.partial(), judged.copies().stream().map(shown).toList(),
                mayDecide);
    }

    /** The largest share found, in per cent; empty when none. */
    public Optional<Copy> largest() {
        return copies.stream().findFirst();
    }

    /**
     * Another text sharing much with this one. {@code ref} names the pair without naming the other text (a decision
     * refers to it); {@code named} says whether the viewer may open the other text, and only then are its label,
     * page and id real and its side of the passages given; otherwise the label says only what kind of text it is.
     */
    public record Copy(String ref, TextKey other, boolean named, Texts.Phrase label, String page, long id, int percent,
                       int otherPercent, NearCopy.Basis basis, List<PassagePair> passages, int passagesFound,
                       Decision decision) {

        public Copy {
            passages = List.copyOf(passages);
        }

        static Copy of(TextKey subject, NearCopy copy, String text, Optional<TextOpenings.Opened> opened,
                       CopyDecision decided, String viewer) {
            List<PassagePair> passages = copy.passages().stream().map(p -> PassagePair.of(p, text,
                    opened.map(TextOpenings.Opened::text).orElse(null))).toList();
            // The reason is a person's words about both texts: shown only to whoever may open the other one (and to
            // the one who wrote it).
            Decision decision = decided == null ? null : new Decision(decided.getVerdict(),
                    opened.isPresent() || decided.isBy(viewer) ? decided.getReason() : null, decided.getDecidedByName(),
                    decided.getDecidedAt());
            return new Copy(ref(subject, copy.other()), copy.other(), opened.isPresent(),
                    opened.map(TextOpenings.Opened::label).orElse(TextOpenings.hidden(copy.other())),
                    opened.map(TextOpenings.Opened::page).orElse(null), opened.map(TextOpenings.Opened::id).orElse(0L),
                    percent(copy.share()), percent(copy.otherShare()), copy.basis(), passages, copy.passagesFound(),
                    decision);
        }

        /** Whether the figures are an estimate from the signatures (the other text could not be read to count). */
        public boolean isEstimated() {
            return basis == NearCopy.Basis.ESTIMATED;
        }

        static int percent(double share) {
            return (int) Math.floor(share * 100 + 1e-9);
        }

        /** A stable name for the pair that does not reveal the other text. */
        static String ref(TextKey subject, TextKey other) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest((subject + "|" + other).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A passage in common: as it stands in this text and, when the viewer may open the other, in the other. */
    public record PassagePair(String here, String there, int words) {

        static PassagePair of(Passage p, String text, String otherText) {
            return new PassagePair(shortened(p.in(text)), otherText == null ? null : shortened(p.inOther(otherText)),
                    p.words());
        }

        static String shortened(String passage) {
            String flat = passage.replaceAll("\\s+", " ");
            if (flat.length() <= PASSAGE_CHARS) {
                return flat;
            }
            int head = flat.lastIndexOf(' ', PASSAGE_CHARS / 2);
            int tail = flat.indexOf(' ', flat.length() - PASSAGE_CHARS / 2);
            return flat.substring(0, head < 0 ? PASSAGE_CHARS / 2 : head) + " … "
                    + flat.substring(tail < 0 ? flat.length() - PASSAGE_CHARS / 2 : tail + 1);
        }
    }

    /** What was decided about a near-copy, why (absent for a viewer who may not open the other text), by whom, when. */
    public record Decision(CopyVerdict verdict, String reason, String by, Instant at) {
    }
}
