package ru.portal500.documents.storage;

import ru.portal500.shared.files.FileNames;

/** The name an uploaded file is kept under. */
public final class UploadNames {

    private UploadNames() {
    }

    /**
     * The name an upload is kept under ({@link FileNames#clean}), refusing a name with a NUL character: it is no slip of
     * the keyboard but a way to show one name ({@code отчёт.pdf}) to some programs and another
     * ({@code отчёт.pdf\0.exe}) to others.
     *
     * @throws UploadRefusedException the name has a NUL ({@link UploadRefusedException.Reason#BAD_NAME})
     */
    public static String of(String original) {
        if (original != null && original.indexOf('\u0000') >= 0) {
            throw UploadRefusedException.nameWithNul();
        }
        return FileNames.clean(original);
    }

}
