package ru.portal500.people.domain;

import ru.portal500.identity.domain.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an onboarding file may say a person is, and the role they are granted for it. Mentors and tutors act in
 * the region as teachers of their school or municipality (so that a coordinator can name them on a pair).
 */
public enum StaffRole {
    SCHOOL_TEAM(Role.SCHOOL_TEAM, "команда школы", "управленческая команда", "school team", "school-team"),
    CURATOR(Role.CURATOR, "куратор", "curator"),
    MENTOR(Role.TEACHER, "наставник", "mentor"),
    TUTOR(Role.TEACHER, "тьютор", "tutor"),
    EXPERT(Role.EXPERT, "эксперт", "expert"),
    TEACHER(Role.TEACHER, "педагог", "учитель", "teacher"),
    MUNICIPAL_COORDINATOR(Role.MUNICIPAL_COORDINATOR, "муниципальный координатор", "координатор",
            "municipal coordinator", "municipal-coordinator"),
    REGIONAL_OPERATOR(Role.REGIONAL_OPERATOR, "региональный оператор", "regional operator", "regional-operator");

    private final Role role;
    private final List<String> words;

    StaffRole(Role role, String... words) {
        this.role = role;
        this.words = List.of(words);
    }

    public Role role() {
        return role;
    }

    /** The role a file's word names (any case, "ё" as "е", spaces squeezed). */
    public static Optional<StaffRole> of(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String normal = normal(word);
        return Arrays.stream(values()).filter(r -> r.words.stream().anyMatch(w -> normal(w).equals(normal))).findFirst();
    }

    private static String normal(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }
}
