package ru.portal500.shared.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Makes a PDF's bytes depend on its content alone, so that a document frozen with its SHA-256 (a contest's protocol)
 * renders to the same bytes again: its creation and modification dates are the given instant (not the clock), and
 * its file identifier ({@code /ID}, random by default in PDFBox) is derived from the given parts.
 */
public final class StableIdentity {

    private StableIdentity() {
    }

    /** Call before {@code save}: dates from {@code created}, the identifier from {@code parts}. */
    public static void stamp(PDDocument document, ZonedDateTime created, String... parts) {
        Calendar date = GregorianCalendar.from(created);
        date.setTimeZone(TimeZone.getTimeZone(created.getZone()));
        document.getDocumentInformation().setCreationDate(date);
        document.getDocumentInformation().setModificationDate(date);
        byte[] id = Arrays.copyOf(digest(created.toString(), parts), 16);
        COSArray identifier = new COSArray();
        identifier.add(new COSString(id));
        identifier.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, identifier);
    }

    private static byte[] digest(String first, String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(first.getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                sha.update((byte) 0);
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
