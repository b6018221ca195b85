package ru.portal500.devenv;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.lang.management.ManagementFactory;

/**
 * The embedded run's launcher is Maven's own JVM: after building the war and seeding the demo year it kept
 * about 1 GB of heap it no longer used (Maven's default maximum is a quarter of the machine's memory, and G1
 * gives memory back only after a collection that finds it free). Once the servers are up, the launcher asks
 * the JVM to keep little free heap and to collect now and then when idle, so it holds what it uses (Maven's
 * dependency graph, the mail catcher): about 0.5 GB instead of 1–1.5 GB.
 */
final class LauncherMemory {

    private LauncherMemory() {
    }

    /** Returns the heap this JVM does not use to the system, and keeps returning it while the run idles. */
    static void returnUnusedHeap() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        // Manageable flags; the order keeps MinHeapFreeRatio <= MaxHeapFreeRatio at each step.
        set(vm, "MinHeapFreeRatio", "10");
        set(vm, "MaxHeapFreeRatio", "20");
        set(vm, "G1PeriodicGCInterval", "60000");
        System.gc();
    }

    private static void set(HotSpotDiagnosticMXBean vm, String flag, String value) {
        try {
            vm.setVMOption(flag, value);
        } catch (IllegalArgumentException notThisCollector) {
            // Another collector (a JVM started with other options): its defaults stay, the run does not care.
        }
    }
}
