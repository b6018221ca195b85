package ru.portal500.devenv;

import java.util.List;

/** The demo users of {@code realm-config/portal500-realm.json}, as the run banner and the tests know them. */
public final class DemoUsers {

    public static final String PASSWORD = "Demo-500";

    public record User(String username, String fullName, String role, String description) {
    }

    public static final List<User> ALL = List.of(
            new User("operator", "Ольга Операторова", "regional-operator",
                    "региональный оператор, Саратовская обл."),
            new User("operator23", "Виктор Краснодаров", "regional-operator",
                    "региональный оператор, Краснодарский край"),
            new User("coordinator", "Марина Координаторова", "municipal-coordinator",
                    "муниципальный координатор, Аткарский р-н (Саратовская обл.)"),
            new User("coordinator23", "Игорь Абинский", "municipal-coordinator",
                    "муниципальный координатор, Абинский и Крымский округа (Краснодарский край)"),
            new User("curator", "Сергей Кураторов", "curator",
                    "куратор школы atk-1, команда школы atk-3, эксперт Балашовского р-на"),
            new User("expert", "Елена Экспертова", "expert", "эксперт, вся Саратовская обл."),
            new User("school", "Иван Директоров", "school-team", "команда школы atk-1 (Аткарский р-н)"),
            new User("organiser", "Анна Организаторова", "contest-organiser", "организатор конкурса, Саратовская обл."),
            new User("jury", "Павел Жюриев", "jury-member", "член жюри, Саратовская обл."),
            new User("teacher", "Наталья Учителева", "teacher", "педагог (без территории)"),
            new User("federal", "Фёдор Сводкин", "federal-reader",
                    "федеральный аналитик: сводка мониторинга по регионам, без сведений о школах"));

    public static User named(String username) {
        return ALL.stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
    }

    private DemoUsers() {
    }
}
