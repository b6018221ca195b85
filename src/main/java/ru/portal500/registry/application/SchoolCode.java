package ru.portal500.registry.application;

/** A school as requests name it: its municipality's code and its own code in the directory. */
public record SchoolCode(String municipality, String school) {
}
