package ru.portal500.identity.application;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.domain.AuditEvent;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.domain.Caller;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.shared.i18n.Texts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.identity.domain.AuditEventType.*;

/** Every entry of the security log reads as a sentence, in Russian and in English, built from the stored codes. */
class AuditSentencesTest {

    private static final Locale RU = Texts.RUSSIAN;
    private static final Caller OPERATOR = Caller.authenticated("s-1", "operator", "Ольга Операторова", List.of());
    private static final Scope ATKARSKY = Scope.ofMunicipality("64", "atkarsky");
    private static final Scope ATK1 = Scope.ofSchool("64", "atkarsky", "atk-1");

    /** An entry of each type as the code writes it (target, detail); a new type fails here until it is added. */
    private static final Map<AuditEventType, String[]> WRITTEN = new EnumMap<>(Map.ofEntries(
            Map.entry(LOGIN, new String[] {"operator", "browser"}),
            Map.entry(ACCESS_DENIED, new String[] {"schools.list", "not allowed in this scope"}),
            Map.entry(TOKEN_REFUSED, new String[] {"/portal500/api/regions/64/schools", "Token expired at 2026-12-06T05:00:00Z"}),
            Map.entry(USER_INVITED, new String[] {"ivanova@school.ru", "curator"}),
            Map.entry(ROLE_GRANTED, new String[] {"ivanova", "school-team"}),
            Map.entry(ROLE_REVOKED, new String[] {"ivanova", "municipal-coordinator"}),
            Map.entry(CONTEST_ROLE_GRANTED, new String[] {"ivanova", "contest-grants/17 jury-member"}),
            Map.entry(CONTEST_ROLE_REVOKED, new String[] {"ivanova", "contest-grants/17 contest-organiser"}),
            Map.entry(CONTEST_ROLES_LAPSED, new String[] {"contest-grants/17", "3"}),
            Map.entry(DIRECTORY_IMPORTED, new String[] {"schools", "12 created, 3 updated"}),
            Map.entry(IDENTIFICATION_RULE_CHANGED, new String[] {"identification rule", "IdentificationRule[lastYear=2, …]"}),
            Map.entry(SCHOOL_STATUS_DECIDED, new String[] {"МОУ СОШ № 1 г. Аткарска", "2026: LOW_RESULTS (proposed) — низкие результаты ВПР"}),
            Map.entry(SCHOOL_FLAGS_SET, new String[] {"МОУ СОШ № 1 г. Аткарска", "2026: unreliable=true, index=42"}),
            Map.entry(RISK_PROFILE_VERIFIED, new String[] {"risk profile 2026", null}),
            Map.entry(RISK_PROFILES_IMPORTED, new String[] {"risk profiles 2026", "5 created, 0 updated"}),
            Map.entry(PAIR_FORMED, new String[] {"pair/7 /64/atkarsky/atk-1", "curator school /64/atkarsky/atk-2"}),
            Map.entry(PAIR_CHANGED, new String[] {"pair/7 /64/atkarsky/atk-1",
                    "curator school /64/atkarsky/atk-2 -> /64/atkarsky/atk-3; helpers leaving: MENTOR petrov"}),
            Map.entry(PAIR_DISSOLVED, new String[] {"pair/7 /64/atkarsky/atk-1", "curator school id 12"}),
            Map.entry(PAIR_HELPER_NAMED, new String[] {"pair/7 /64/atkarsky/atk-1", "MENTOR petrov"}),
            Map.entry(PAIR_HELPER_REMOVED, new String[] {"pair/7 /64/atkarsky/atk-1", "TUTOR sidorova"}),
            Map.entry(SYNONYM_GROUP_ADDED, new String[] {"synonym group 4", "ШНОР | школы с низкими результатами"}),
            Map.entry(SYNONYM_GROUP_CHANGED, new String[] {"synonym group 4", "ШНОР | ШНОРы → ШНОР | школы с низкими результатами"}),
            Map.entry(SYNONYM_GROUP_REMOVED, new String[] {"synonym group 4", "ШНОР | школы с низкими результатами"}),
            Map.entry(NEAR_COPY_DECIDED, new String[] {"document:12", "RETURNED document:7"}),
            Map.entry(CAMPAIGN_ROLLED_OVER, new String[] {"2026", "2027 5"})));

    private static AuditEvent event(AuditEventType type) {
        String[] written = WRITTEN.get(type);
        assertTrue(written != null, "no example of " + type + ": add one, and its sentence to the bundles");
        return new AuditEvent(Instant.parse("2026-12-06T05:00:00Z"), type, OPERATOR,
                type == LOGIN || type == TOKEN_REFUSED ? null : ATKARSKY, written[0], written[1], "0:0:0:0:0:0:0:1");
    }

    @Test
    void everyTypeTheCodeWritesReadsAsASentenceInBothLanguages() {
        for (AuditEventType type : AuditEventType.values()) {
            AuditEvent event = event(type);
            for (Locale language : Texts.SUPPORTED) {
                String sentence = AuditSentences.sentence(event, language);
                assertFalse(sentence.isBlank() || sentence.contains("{") || sentence.contains(type.name()),
                        type + " in " + language + ": " + sentence);
                assertTrue(sentence.endsWith("."), type + ": " + sentence);
            }
            String russian = AuditSentences.sentence(event, RU);
            for (String technical : List.of("created", "updated", "proposed", "unreliable", "curator school", "helpers",
                    "synonym group", "risk profile", "pair/", "LOW_RESULTS", "MENTOR", "TUTOR", "not allowed", "school-team",
                    "municipal-coordinator", "/64/")) {
                boolean theRequestedAddress = type == TOKEN_REFUSED && "/64/".equals(technical);
                assertFalse(russian.contains(technical) && !theRequestedAddress, type + " says «" + technical + "»: " + russian);
            }
            assertTrue(russian.codePoints().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)
                    .count() > 10, type + " is Russian: " + russian);
        }
    }

    /** The log's filter names every type in both languages (three contest types once showed as «???…???»). */
    @Test
    void everyTypeHasANameForTheFilter() {
        for (Locale language : List.of(RU, Locale.ENGLISH)) {
            for (AuditEventType type : AuditEventType.values()) {
                assertTrue(Texts.bundle(language).containsKey("AuditEventType." + type), type + " in " + language);
            }
        }
    }

    @Test
    void aRefusalNamesWhoWhatWhereAndWhy() {
        assertEquals("Отказано: operator — список школ (регион 64, муниципалитет atkarsky). Причина: нет прав в этом регионе,"
                + " муниципалитете или школе.", AuditSentences.sentence(event(ACCESS_DENIED), RU));
        AuditEvent missingRole = new AuditEvent(Instant.now(), ACCESS_DENIED, Caller.anonymous(), Scope.ofRegion("64"),
                "people.list", "missing role", "10.0.0.5");
        assertEquals("Отказано: Неизвестный (без входа) — список людей и ролей (регион 64). Причина: нет нужной роли.",
                AuditSentences.sentence(missingRole, RU));
        AuditEvent notFound = new AuditEvent(Instant.now(), ACCESS_DENIED, OPERATOR, ATK1, "document/123",
                "not found in the caller's scope", null);
        assertTrue(AuditSentences.sentence(notFound, RU).contains("документ № 123"), AuditSentences.sentence(notFound, RU));
        assertEquals("Refused: operator — the list of schools (region 64, municipality atkarsky). Reason: no rights in this"
                + " region, municipality or school.", AuditSentences.sentence(event(ACCESS_DENIED), Locale.ENGLISH));
    }

    @Test
    void aDecisionAgainstTheRuleSaysWhatTheRuleProposedAndEndsOnce() {
        AuditEvent overridden = new AuditEvent(Instant.parse("2026-12-06T05:00:00Z"), SCHOOL_STATUS_DECIDED, OPERATOR,
                ATKARSKY, "МОУ СОШ № 3 г. Аткарска", "2027: CURATOR_SCHOOL (proposed) — будет курировать СОШ № 1.",
                "127.0.0.1");
        String sentence = AuditSentences.sentence(overridden, RU);
        assertTrue(sentence.contains("(правило выявления предлагало её в ШНОР)"), sentence);
        assertFalse(sentence.contains("как предложило правило"), sentence);
        assertTrue(sentence.endsWith("будет курировать СОШ № 1."), sentence);
        assertFalse(sentence.contains(".."), sentence);
    }

    @Test
    void grantsNameTheRoleAsPeopleKnowIt() {
        assertEquals("operator: пользователю ivanova выдана роль «Управленческая команда школы» (регион 64, муниципалитет"
                + " atkarsky).", AuditSentences.sentence(event(ROLE_GRANTED), RU));
    }

    @Test
    void contestRolesNameTheRoleAndTheContest() {
        assertEquals("operator: пользователю ivanova выдана роль «Член жюри» в конкурсе № 17 (регион 64, муниципалитет"
                + " atkarsky).", AuditSentences.sentence(event(CONTEST_ROLE_GRANTED), RU));
        AuditEvent lapsed = new AuditEvent(Instant.now(), CONTEST_ROLES_LAPSED, OPERATOR, Scope.ofRegion("64"),
                "contest-grants/17", "3", null);
        assertEquals("operator: итоги конкурса № 17 опубликованы, роли его организаторов и жюри сняты (назначений: 3)"
                + " (регион 64).", AuditSentences.sentence(lapsed, RU));
    }

    @Test
    void theAddressIsReadable() {
        assertEquals("этот компьютер (localhost)", AuditSentences.address("0:0:0:0:0:0:0:1", RU));
        assertEquals("этот компьютер (localhost)", AuditSentences.address("::1", RU));
        assertEquals("этот компьютер (localhost)", AuditSentences.address("127.0.0.1", RU));
        assertEquals("this computer (localhost)", AuditSentences.address("0:0:0:0:0:0:0:1", Locale.ENGLISH));
        assertEquals("192.168.10.7", AuditSentences.address("192.168.10.7", RU));
        assertEquals("2001:db8::1", AuditSentences.address("2001:db8:0:0:0:0:0:1", RU));
        assertEquals("", AuditSentences.address(null, RU));
    }

    /**
     * Every action and resource code the services pass to the guard (whose refusals are written) has a name in
     * the bundles: a new code without one fails here, not on the page.
     */
    @Test
    void everyGuardedActionHasAName() throws IOException {
        Pattern call = Pattern.compile("\\b(requireAnyRole|requireFound|require|requireActsIn|requireHolds|deny|"
                + "requireMayGrant|requireLoggedIn|requireManages|managedPair|campaign)\\s*\\(");
        Pattern literal = Pattern.compile("\"([a-z][a-zA-Z .-]*/?)\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/ru/portal500"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("AccessGuard.java")).toList()) {
                String source = Files.readString(file);
                Matcher m = call.matcher(source);
                while (m.find()) {
                    int depth = 1;
                    int i = m.end();
                    while (depth > 0 && i < source.length()) {
                        char c = source.charAt(i++);
                        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                    }
                    Matcher l = literal.matcher(source.substring(m.end(), i));
                    while (l.find()) {
                        codes.add(l.group(1));
                    }
                }
            }
        }
        assertTrue(codes.size() > 40 && codes.contains("schools.list") && codes.contains("document/"), codes.toString());
        List<String> unnamed = new ArrayList<>();
        for (String code : codes) {
            String sample = code.endsWith("/") ? code + "1" : code;
            for (Locale language : Texts.SUPPORTED) {
                String name = AuditSentences.resource(sample, Texts.bundle(language), language);
                String fallback = new MessageFormat(Texts.bundle(language).getString("audit.resource.other"), language)
                        .format(new Object[] {sample});
                if (name.equals(fallback)) {
                    unnamed.add(code + " (" + language + ")");
                }
            }
        }
        assertEquals(List.of(), unnamed, "codes without audit.resource.… in the bundles");
    }
}
