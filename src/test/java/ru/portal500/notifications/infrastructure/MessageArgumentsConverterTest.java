package ru.portal500.notifications.infrastructure;

import ru.portal500.notifications.domain.MessageArgumentsConverter;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessageArgumentsConverterTest {

    private final MessageArgumentsConverter converter = new MessageArgumentsConverter();

    @Test
    void argumentsSurviveTheColumnWhateverTheyHold() {
        List<String> arguments = List.of("МБОУ «СОШ № 1»", "quote \" and \\ backslash", "", "{0}", "строка\nвторая");
        String json = converter.convertToDatabaseColumn(arguments);
        assertEquals(arguments, converter.convertToEntityAttribute(json));
        assertEquals("[]", converter.convertToDatabaseColumn(List.of()));
        assertEquals(List.of(), converter.convertToEntityAttribute("[]"));
        assertEquals("[\"a\",\"b\"]", converter.convertToDatabaseColumn(List.of("a", "b")));
    }
}
