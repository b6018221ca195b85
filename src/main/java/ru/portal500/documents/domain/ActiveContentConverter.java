package ru.portal500.documents.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a version's file can do beyond being read, as a comma-separated list of names in one column
 * ({@code JAVASCRIPT,EMBEDDED_FILE}); empty for nothing, NULL for a version stored before files were looked into.
 */
@Converter
public class ActiveContentConverter implements AttributeConverter<Set<ActiveContent>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ActiveContent> kinds) {
        return kinds == null ? null : kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ActiveContent> convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        Set<ActiveContent> kinds = EnumSet.noneOf(ActiveContent.class);
        Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(ActiveContent::valueOf)
                .forEach(kinds::add);
        return kinds;
    }
}
