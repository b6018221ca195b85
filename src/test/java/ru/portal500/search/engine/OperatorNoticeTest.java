package ru.portal500.search.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notice that search operators were ignored is for a person who wrote one: not for the slashes, dashes and
 * brackets of ordinary Russian text («ШНОР/ШССУ», «школы - кураторы», «5-9 классы»).
 */
class OperatorNoticeTest {

    @ParameterizedTest
    @ValueSource(strings = {"ШНОР/ШССУ", "школы - кураторы", "школа-куратор", "5-9 классы", "школы – кураторы",
            "ШНОР (школы с низкими результатами)", "ШНОР / ШССУ", "программа: цели и задачи", "1:1", "c++",
            "итоги ВПР 2024/25", "and or not"})
    void ordinaryTextIsNoOperator(String query) {
        UserQuery parsed = UserQuery.parse(query);
        assertFalse(parsed.notices().contains(QueryNotice.OPERATORS_IGNORED), query + ": " + parsed.notices());
        assertFalse(parsed.words().isEmpty(), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ШНОР AND ШССУ", "ШНОР OR ШССУ", "ШНОР NOT ШССУ", "ШНОР && ШССУ", "ШНОР || ШССУ",
            "+ШНОР -ШССУ", "куратор -наставник", "!наставник", "title:программа", "программа^10", "программа~2"})
    void anOperatorIsNamed(String query) {
        UserQuery parsed = UserQuery.parse(query);
        assertTrue(parsed.notices().contains(QueryNotice.OPERATORS_IGNORED), query + ": " + parsed.notices());
    }
}
