package ru.portal500.devenv;

import java.util.List;

/** The demo users of {@code realm-config/portal500-realm.json}, as the run banner and the tests know them. */
public final class DemoUsers {

    public static final String PASSWORD = "Demo-500";

    public record User(String username, String fullName, String role, String description) {
    }

    public static final List<User> ALL = List.of(
            new User("operator", "Ольга Операторова", "regional-operator", "региональный оператор"),
            new User("coordinator", "Марина Координаторова", "municipal-coordinator", "муниципальный координатор"),
            new User("curator", "Сергей Кураторов", "curator", "куратор"),
            new User("expert", "Елена Экспертова", "expert", "эксперт"),
            new User("school", "Иван Директоров", "school-team", "управленческая команда школы"),
            new User("organiser", "Анна Организаторова", "contest-organiser", "организатор конкурса"),
            new User("jury", "Павел Жюриев", "jury-member", "член жюри"),
            new User("teacher", "Наталья Учителева", "teacher", "педагог"));

    public static User named(String username) {
        return ALL.stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
    }

    private DemoUsers() {
    }
}
