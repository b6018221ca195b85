package ru.portal500.documents.storage;

import ru.portal500.documents.domain.ActiveContent;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * A look inside a PDF for what it can do beyond being read, at upload: every object of the file (those in
 * object streams too) is visited once, with the dictionaries and arrays written inside it, and a script
 * ({@code /S /JavaScript}, a {@code /JS} entry or a document-level JavaScript name tree), a launch action
 * ({@code /S /Launch}) or an attached file ({@code /EmbeddedFile}, {@code /EF}, an {@code /EmbeddedFiles}
 * name tree) is noted. Nothing is run or unpacked. A PDF that cannot be opened without its password cannot
 * be looked into ({@link ActiveContent#NOT_INSPECTED}); a damaged one is looked into as far as it reads.
 *
 * <p>Also: whether a PDF is at the same time a ZIP archive (one appended to it, which archivers open).
 */
final class ActiveContentCheck {

    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName EF = COSName.getPDFName("EF");

    private ActiveContentCheck() {
    }

    /** What the PDF can do beyond being read (empty: nothing). */
    static Set<ActiveContent> ofPdf(Path file) {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            return scan(pdf.getDocument());
        } catch (InvalidPasswordException encrypted) {
            return EnumSet.of(ActiveContent.NOT_INSPECTED);
        } catch (IOException | RuntimeException unreadable) {
            // Damaged beyond what PDFBox repairs: nothing in it runs in a reader either, but it is not looked into.
            return EnumSet.of(ActiveContent.NOT_INSPECTED);
        }
    }

    /** Whether a ZIP archive with entries can be read out of the file (from its end, as archivers read). */
    static boolean isAlsoZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.size() > 0;
        } catch (IOException | RuntimeException notAZip) {
            return false;
        }
    }

    private static Set<ActiveContent> scan(COSDocument document) throws IOException {
        Set<ActiveContent> found = EnumSet.noneOf(ActiveContent.class);
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(document.getTrailer());
        for (COSObjectKey key : document.getXrefTable().keySet()) {
            COSObject object = document.getObjectFromPool(key);
            if (object != null) {
                todo.push(object);
            }
        }
        while (!todo.isEmpty()) {
            COSBase next = todo.pop();
            if (next instanceof COSObject indirect) {
                next = indirect.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dictionary) {
                note(dictionary, found);
                for (COSBase value : dictionary.getValues()) {
                    todo.push(value);
                }
            } else if (next instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    todo.push(array.get(i));
                }
            }
        }
        return found;
    }

    private static void note(COSDictionary dictionary, Set<ActiveContent> found) {
        COSName action = dictionary.getCOSName(COSName.S);
        if (JAVASCRIPT.equals(action) || dictionary.containsKey(JS)) {
            found.add(ActiveContent.JAVASCRIPT);
        }
        if (LAUNCH.equals(action)) {
            found.add(ActiveContent.LAUNCH_ACTION);
        }
        if (EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE)) || dictionary.containsKey(EF)
                || dictionary.containsKey(EMBEDDED_FILES)) {
            found.add(ActiveContent.EMBEDDED_FILE);
        }
        if (dictionary.getDictionaryObject(JAVASCRIPT) instanceof COSDictionary) {
            found.add(ActiveContent.JAVASCRIPT); // the catalog's /Names /JavaScript tree
        }
    }
}
