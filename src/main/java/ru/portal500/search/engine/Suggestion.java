package ru.portal500.search.engine;

/**
 * A typing suggestion: the title of an allowed item that matches what was typed so far.
 *
 * @param id    the item's id
 * @param title its title, plain text
 */
public record Suggestion(String id, ItemKind kind, String title) {
}
