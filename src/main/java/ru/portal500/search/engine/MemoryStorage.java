package ru.portal500.search.engine;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Generations in memory ({@link ByteBuffersDirectory}), for tests. */
final class MemoryStorage implements IndexStorage {

    private final Map<String, Directory> generations = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile String current;

    @Override
    public Optional<String> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public String newName() {
        return "g-" + counter.incrementAndGet();
    }

    @Override
    public Directory open(String name) {
        return generations.computeIfAbsent(name, n -> new ByteBuffersDirectory());
    }

    @Override
    public void makeCurrent(String name) {
        current = name;
    }

    @Override
    public void remove(String name) {
        generations.remove(name);
    }

    @Override
    public void removeAllBut(String name) {
        generations.keySet().removeIf(n -> !n.equals(name));
    }

    @Override
    public String describe() {
        return "memory";
    }
}
