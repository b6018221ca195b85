package ru.portal500.search.engine;

import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.util.Optional;

/**
 * Where the generations of the index live. A rebuild writes a new generation beside the live one and makes
 * it current in one step; the old one is then removed. Implementations: {@link FolderStorage} (a folder on
 * disk, the portal) and {@link MemoryStorage} (tests).
 */
interface IndexStorage {

    /** The name of the current generation, if one was ever made current. */
    Optional<String> current() throws IOException;

    /** A name no generation has. */
    String newName();

    /** The directory of the named generation (created if absent). */
    Directory open(String name) throws IOException;

    /** Makes the named generation current, atomically (a crash leaves the old or the new one current). */
    void makeCurrent(String name) throws IOException;

    /** Removes the named generation's files (its directory must be closed); failures are only logged. */
    void remove(String name);

    /** Removes every generation but the named one (leftovers of an interrupted rebuild). */
    void removeAllBut(String name);

    /** Where the index is, for messages. */
    String describe();
}
