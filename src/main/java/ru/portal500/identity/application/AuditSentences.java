package ru.portal500.identity.application;

import ru.portal500.identity.domain.AuditEvent;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.domain.Role;
import ru.portal500.shared.i18n.Texts;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit entry as a sentence a person reads: who did what to what, where, and why a refusal was made. The
 * entries keep their codes (type, action, reason, role names as the code writes them); the sentence is made
 * from the bundles when it is shown ({@code audit.sentence.TYPE}, {@code audit.resource.CODE},
 * {@code audit.reason.…}), so entries written before are read the same way.
 */
public final class AuditSentences {

    private static final Pattern COUNTS = Pattern.compile("(\\d+) created, (\\d+) updated");
    private static final Pattern CONFIRMED = Pattern.compile("(\\d{4}): (\\d+) proposed schools confirmed as (\\w+)");
    private static final Pattern DECIDED = Pattern.compile("(\\d{4}): (\\w+)( \\(proposed\\))?(?: — (.*))?", Pattern.DOTALL);
    private static final Pattern FLAGS = Pattern.compile("(\\d{4}): unreliable=(\\w+), index=(\\S+)");
    private static final Pattern YEAR_AT_END = Pattern.compile(".* (\\d{4})");
    private static final Pattern PAIR = Pattern.compile("pair/(\\d+) (\\S+)");
    private static final Pattern HELPER = Pattern.compile("(\\w+) (\\S+)");
    private static final Pattern CONTEST_ROLE = Pattern.compile("contest-grants/(\\d+) (\\S+)");
    private static final Pattern NUMBERED = Pattern.compile("([a-z-]+)/(.+)");

    private AuditSentences() {
    }

    /** The entry as one sentence in the language asked for (Russian unless English). */
    public static String sentence(AuditEvent event, Locale locale) {
        ResourceBundle texts = Texts.bundle(locale);
        Locale language = Texts.supported(locale);
        String actor = event.getActorUsername() == null ? texts.getString("audit.actor.unknown") : event.getActorUsername();
        String place = event.getScopePath() == null || event.getScopePath().isBlank() ? ""
                : " (" + place(event.getScopePath(), texts, language) + ")";
        String target = event.getTarget() == null ? "" : event.getTarget();
        String detail = event.getDetail() == null ? "" : event.getDetail();
        AuditEventType type = event.getType();
        return switch (type) {
            case ACCESS_DENIED -> format(texts, language, "audit.sentence.ACCESS_DENIED", actor, resource(target, texts, language),
                    place, reason(detail, texts));
            case TOKEN_REFUSED, LOGIN -> format(texts, language, "audit.sentence." + type, actor, target);
            case USER_INVITED, ROLE_GRANTED, ROLE_REVOKED -> format(texts, language, "audit.sentence." + type, actor, target,
                    role(detail, texts), place);
            case CONTEST_ROLE_GRANTED, CONTEST_ROLE_REVOKED -> contestRole(type, actor, target, detail, place, texts,
                    language);
            case CONTEST_ROLES_LAPSED -> format(texts, language, "audit.sentence." + type, actor,
                    target.replaceAll("\\D+", ""), detail, place);
            case DIRECTORY_IMPORTED, RISK_PROFILES_IMPORTED -> imported(type, actor, target, detail, place, texts, language);
            case IDENTIFICATION_RULE_CHANGED, RISK_PROFILE_VERIFIED -> format(texts, language, "audit.sentence." + type,
                    actor, place, year(target));
            case SCHOOL_STATUS_DECIDED -> decided(actor, target, detail, place, texts, language);
            case SCHOOL_FLAGS_SET -> flags(actor, target, detail, place, texts, language);
            case PAIR_FORMED, PAIR_CHANGED, PAIR_DISSOLVED -> format(texts, language, "audit.sentence." + type, actor,
                    pair(target, texts, language), pairDetail(detail, texts, language));
            case PAIR_HELPER_NAMED, PAIR_HELPER_REMOVED -> helper(type, actor, target, detail, texts, language);
            case SYNONYM_GROUP_ADDED, SYNONYM_GROUP_CHANGED, SYNONYM_GROUP_REMOVED -> format(texts, language,
                    "audit.sentence." + type, actor, target.replaceAll("\\D+", ""), detail, place);
            case NEAR_COPY_DECIDED -> nearCopy(actor, target, detail, place, texts, language);
            case CAMPAIGN_ROLLED_OVER -> rolledOver(actor, target, detail, place, texts, language);
        };
    }

    /** Target «2026», detail «2027 5»: the years as school years, and how many pairs wait to be confirmed. */
    private static String rolledOver(String actor, String target, String detail, String place, ResourceBundle texts,
                                     Locale language) {
        String[] parts = detail == null ? new String[0] : detail.split(" ");
        return format(texts, language, "audit.sentence.CAMPAIGN_ROLLED_OVER", actor, schoolYear(target),
                parts.length > 0 ? schoolYear(parts[0]) : "?", parts.length > 1 ? parts[1] : "0", place);
    }

    private static String schoolYear(String year) {
        try {
            int ending = Integer.parseInt(year.strip());
            return (ending - 1) + "/" + String.format("%02d", ending % 100);
        } catch (NumberFormatException e) {
            return year;
        }
    }

    /** «ACCEPTED_REUSE document:12»: the verdict in words and the other text's key. */
    private static String nearCopy(String actor, String target, String detail, String place, ResourceBundle texts,
                                   Locale language) {
        String[] parts = detail.split(" ", 2);
        String verdict = texts.containsKey("CopyVerdict." + parts[0]) ? texts.getString("CopyVerdict." + parts[0])
                : parts[0];
        return format(texts, language, "audit.sentence.NEAR_COPY_DECIDED", actor, target,
                parts.length > 1 ? parts[1] : "", verdict, place);
    }

    /**
     * The address as people know it: this computer for the loopback addresses ({@code ::1},
     * {@code 0:0:0:0:0:0:0:1}, {@code 127.0.0.1}), IPv4 as it is, IPv6 in its short form.
     */
    public static String address(String address, Locale locale) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String raw = address.strip();
        if (raw.matches("[0-9.]+")) {
            return raw.startsWith("127.") ? Texts.get(locale, "audit.address.local") : raw;
        }
        if (!raw.matches("[0-9a-fA-F:.%\\w]+") || !raw.contains(":")) {
            return raw;
        }
        try {
            InetAddress parsed = InetAddress.getByName(raw.replaceAll("^\\[|]$", ""));
            if (parsed.isLoopbackAddress()) {
                return Texts.get(locale, "audit.address.local");
            }
            return shortIpv6(parsed.getHostAddress());
        } catch (UnknownHostException | SecurityException notAnAddress) {
            return raw;
        }
    }

    /** 2001:db8:0:0:0:0:0:1 → 2001:db8::1 (the longest run of zero groups, once). */
    static String shortIpv6(String full) {
        String plain = full.replaceAll("%.*$", "");
        String[] groups = plain.split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; i++) {
            int j = i;
            while (j < groups.length && groups[j].matches("0+")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
        }
        if (bestStart < 0) {
            return plain;
        }
        String head = String.join(":", List.of(groups).subList(0, bestStart));
        String tail = String.join(":", List.of(groups).subList(bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }

    /** The name of what a refusal was about: {@code schools.list} → «список школ», {@code document/12} → «документ № 12». */
    static String resource(String code, ResourceBundle texts, Locale language) {
        if (code.isBlank()) {
            return texts.getString("audit.resource.unknown");
        }
        String named = optional(texts, "audit.resource." + code);
        if (named != null) {
            return named;
        }
        Matcher numbered = NUMBERED.matcher(code);
        if (numbered.matches()) {
            String pattern = optional(texts, "audit.resource." + numbered.group(1) + ".id");
            if (pattern != null) {
                return new MessageFormat(pattern, language).format(new Object[] {numbered.group(2)});
            }
        }
        if (code.startsWith("/")) {
            return format(texts, language, "audit.resource.path", code);
        }
        return format(texts, language, "audit.resource.other", code);
    }

    /** Why a refusal was made, from the reason the code wrote. */
    static String reason(String detail, ResourceBundle texts) {
        String key = switch (detail) {
            case "missing role" -> "audit.reason.missingRole";
            case "not allowed in this scope" -> "audit.reason.notAllowedHere";
            case "not found in the caller's scope" -> "audit.reason.notFound";
            case "not a regional operator" -> "audit.reason.notRegionalOperator";
            default -> null;
        };
        return key == null ? (detail.isBlank() ? texts.getString("audit.reason.none") : detail) : texts.getString(key);
    }

    /** Where: a region, municipality or school of the group path {@code /64/atkarsky/atk-1}. */
    static String place(String scopePath, ResourceBundle texts, Locale language) {
        if (scopePath == null || scopePath.isBlank()) {
            return "";
        }
        String[] parts = scopePath.replaceAll("^/", "").split("/");
        String key = switch (parts.length) {
            case 1 -> "audit.place.region";
            case 2 -> "audit.place.municipality";
            default -> "audit.place.school";
        };
        return format(texts, language, key, (Object[]) parts);
    }

    private static String role(String keycloakName, ResourceBundle texts) {
        return Role.fromKeycloakName(keycloakName).map(r -> texts.getString("Role." + r.name())).orElse(keycloakName);
    }

    /** {@code contest-grants/17 jury-member} → the contest's number and the role's name. */
    private static String contestRole(AuditEventType type, String actor, String target, String detail, String place,
                                      ResourceBundle texts, Locale language) {
        Matcher contest = CONTEST_ROLE.matcher(detail);
        return contest.matches()
                ? format(texts, language, "audit.sentence." + type, actor, target, role(contest.group(2), texts),
                        contest.group(1), place)
                : format(texts, language, "audit.sentence." + type, actor, target, detail, "?", place);
    }

    private static String imported(AuditEventType type, String actor, String target, String detail, String place,
                                   ResourceBundle texts, Locale language) {
        Matcher counts = COUNTS.matcher(detail);
        Object created = counts.matches() ? Integer.valueOf(counts.group(1)) : "?";
        Object updated = counts.matches() ? Integer.valueOf(counts.group(2)) : "?";
        String what = switch (target) {
            case "schools" -> texts.getString("audit.imported.schools");
            case "assessment results" -> texts.getString("audit.imported.assessments");
            default -> target.startsWith("risk profiles")
                    ? format(texts, language, "audit.imported.riskProfiles", year(target)) : target;
        };
        return format(texts, language, "audit.sentence." + type, actor, what, place, created, updated);
    }

    private static String decided(String actor, String target, String detail, String place, ResourceBundle texts,
                                  Locale language) {
        Matcher confirmed = CONFIRMED.matcher(detail);
        if (confirmed.matches()) {
            return format(texts, language, "audit.sentence.SCHOOL_STATUS_DECIDED.confirmed", actor, target,
                    Integer.valueOf(confirmed.group(2)), status(confirmed.group(3), texts), place);
        }
        Matcher decided = DECIDED.matcher(detail);
        if (!decided.matches()) {
            return format(texts, language, "audit.sentence.SCHOOL_STATUS_DECIDED.other", actor, target, detail, place);
        }
        String reason = decided.group(4) == null ? ""
                : format(texts, language, "audit.decided.reason", decided.group(4).strip().replaceAll("\\.+$", ""));
        String proposed = decided.group(3) == null ? "" : texts.getString("audit.decided.proposed");
        return format(texts, language, "audit.sentence.SCHOOL_STATUS_DECIDED", actor, target, decided.group(1),
                status(decided.group(2), texts), proposed, reason, place);
    }

    private static String flags(String actor, String target, String detail, String place, ResourceBundle texts,
                                Locale language) {
        Matcher flags = FLAGS.matcher(detail);
        if (!flags.matches()) {
            return format(texts, language, "audit.sentence.SCHOOL_FLAGS_SET.other", actor, target, detail, place);
        }
        String unreliable = texts.getString(Boolean.parseBoolean(flags.group(2)) ? "audit.flags.yes" : "audit.flags.no");
        String index = "null".equals(flags.group(3)) ? texts.getString("audit.flags.noIndex") : flags.group(3);
        return format(texts, language, "audit.sentence.SCHOOL_FLAGS_SET", actor, target, flags.group(1), unreliable,
                index, place);
    }

    private static String helper(AuditEventType type, String actor, String target, String detail, ResourceBundle texts,
                                 Locale language) {
        Matcher helper = HELPER.matcher(detail);
        String function = helper.matches() ? optional(texts, "HelperFunction." + helper.group(1)) : null;
        return format(texts, language, "audit.sentence." + type, actor, pair(target, texts, language),
                function == null ? detail : function.toLowerCase(language), helper.matches() ? helper.group(2) : "");
    }

    private static String pair(String target, ResourceBundle texts, Locale language) {
        Matcher pair = PAIR.matcher(target);
        if (!pair.matches()) {
            return target;
        }
        return format(texts, language, "audit.pair", pair.group(1), place(pair.group(2), texts, language));
    }

    /** «curator school /64/a/b -> /64/a/c; helpers leaving: …», «curator school id 7» — the schools named. */
    private static String pairDetail(String detail, ResourceBundle texts, Locale language) {
        Matcher scopes = Pattern.compile("/\\d+(?:/[\\w-]+)*").matcher(detail);
        StringBuilder out = new StringBuilder();
        while (scopes.find()) {
            scopes.appendReplacement(out, Matcher.quoteReplacement(place(scopes.group(), texts, language)));
        }
        scopes.appendTail(out);
        String readable = out.toString()
                .replaceAll("curator school (?!id )", Matcher.quoteReplacement(texts.getString("audit.pair.curator") + ": "))
                .replace("curator school id ", texts.getString("audit.pair.curatorId") + " ")
                .replace(" -> ", " → ").replace("helpers leaving:", texts.getString("audit.pair.leaving"));
        Matcher functions = Pattern.compile("\\b([A-Z]+) (?=\\S)").matcher(readable);
        StringBuilder named = new StringBuilder();
        while (functions.find()) {
            String function = optional(texts, "HelperFunction." + functions.group(1));
            functions.appendReplacement(named, Matcher.quoteReplacement(
                    (function == null ? functions.group(1) : function.toLowerCase(language)) + " "));
        }
        functions.appendTail(named);
        return named.toString();
    }

    private static String status(String code, ResourceBundle texts) {
        String name = optional(texts, "SchoolStatus." + code);
        return name == null ? code : name;
    }

    private static String year(String target) {
        Matcher year = YEAR_AT_END.matcher(target == null ? "" : target);
        return year.matches() ? year.group(1) : "";
    }

    private static String optional(ResourceBundle texts, String key) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException none) {
            return null;
        }
    }

    private static String format(ResourceBundle texts, Locale language, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), language).format(arguments);
    }
}
