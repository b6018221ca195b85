package ru.portal500.devenv;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import ru.portal500.shared.imports.DecodedText;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A year of work seeded into a fresh run through the portal's own REST API, each step as the demo user who does it in
 * real use (so every rule, event, notification, Keycloak grant and the search index apply): last school year's
 * campaign finished, this school year's at its expertise stage (dates from {@link DemoCalendar}). Region 64: results
 * imported, the proposal confirmed, atk-1 paired with atk-3 and its curator named, risk profiles verified, atk-1's
 * documents in every state, bal-2's team invited and its concept under a municipal expertise with one review submitted
 * and others to score; region 23: abn-4 identified and paired, its team invited, a profile and a concept to check and a
 * round to staff. Seeded once: a data folder whose region 64 has any campaign is left as it is.
 */
public final class DemoYear {

    /** The people the seeding invites (the realm has no team for bal-2 and abn-4); they log in with this password. */
    public static final String INVITED_PASSWORD = DemoUsers.PASSWORD;
    public static final String BAL2_TEAM = "director.bal2@demo.portal500.ru";
    public static final String ABN4_TEAM = "director.abn4@demo.portal500.ru";

    /** What the seeding did, for the console and the tests. */
    public record Outcome(boolean seeded, int thisYear, int lastYear, Duration took, List<String> steps) {
    }

    private final DemoApi api;
    private final String keycloakBase;
    private final DemoCalendar calendar;
    private final Consumer<String> console;
    private final List<String> steps = new ArrayList<>();

    public DemoYear(String portalUrl, String keycloakBase, String realm, LocalDate today, Consumer<String> console) {
        this.api = new DemoApi(portalUrl, keycloakBase + "/realms/" + realm);
        this.keycloakBase = keycloakBase;
        this.calendar = new DemoCalendar(today);
        this.console = console;
    }

    public DemoApi api() {
        return api;
    }

    public DemoCalendar calendar() {
        return calendar;
    }

    /** Seeds the year unless region 64 holds a campaign already (then nothing is written at all). */
    public Outcome seedIfNew() {
        Instant started = Instant.now();
        JsonArray campaigns = api.get("operator", "/regions/64/campaigns").asJsonArray();
        if (!campaigns.isEmpty()) {
            console.accept("Демо-год: в этих данных уже есть кампании Саратовской области ("
                    + campaigns.getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).toList()
                    + ") — повторно не засеваю. Засеять заново: удалите папку данных.");
            return new Outcome(false, calendar.thisYear(), calendar.lastYear(), Duration.between(started, Instant.now()),
                    List.of());
        }
        console.accept("Демо-год: засеваю через API портала от имени демо-пользователей (кампании "
                + DemoCalendar.label(calendar.lastYear()) + " и " + DemoCalendar.label(calendar.thisYear()) + ")…");
        importResults();
        lastYear();
        lastYearsContest();
        thisYearSaratov();
        thisYearKrasnodar();
        roadmapsAndMonitoring();
        contest();
        Duration took = Duration.between(started, Instant.now());
        console.accept("Демо-год засеян за " + took.toSeconds() + " с.");
        return new Outcome(true, calendar.thisYear(), calendar.lastYear(), took, List.copyOf(steps));
    }

    private void step(String what) {
        steps.add(what);
        console.accept("  · " + what);
    }

    // ---------------------------------------------------------------- results

    /** Assessment results of the two school years before each campaign, as the operator's CSV (CP1251). */
    static String resultsCsv(int thisYear) {
        String lastResults = DemoCalendar.label(thisYear - 1);
        String earlier = DemoCalendar.label(thisYear - 2);
        return "Муниципалитет (код);Код школы;Учебный год;Процедура;Предмет;Доля неудовлетворительных, %\n"
                + "atkarsky;atk-1;" + earlier + ";ВПР;математика;34,2\n"
                + "atkarsky;atk-1;" + earlier + ";ОГЭ;русский язык;28\n"
                + "atkarsky;atk-1;" + lastResults + ";ВПР;математика;31,5\n"
                + "atkarsky;atk-1;" + lastResults + ";ОГЭ;математика;27\n"
                + "atkarsky;atk-3;" + lastResults + ";ВПР;математика;6\n"
                + "atkarsky;atk-3;" + lastResults + ";ОГЭ;русский язык;4,5\n"
                + "balashovsky;bal-2;" + earlier + ";ВПР;математика;18\n"
                + "balashovsky;bal-2;" + lastResults + ";ВПР;русский язык;41\n"
                + "balashovsky;bal-2;" + lastResults + ";ЕГЭ;математика;30\n";
    }

    static String resultsCsv23(int thisYear) {
        String lastResults = DemoCalendar.label(thisYear - 1);
        return "Муниципалитет (код);Код школы;Учебный год;Процедура;Предмет;Доля неудовлетворительных, %\n"
                + "abinsky;abn-4;" + lastResults + ";ВПР;математика;38\n"
                + "abinsky;abn-4;" + lastResults + ";ОГЭ;русский язык;26,5\n"
                + "krymsky;krm-5;" + lastResults + ";ВПР;математика;7\n";
    }

    private void importResults() {
        api.upload("operator", "/regions/64/assessment-results/import", "text/csv",
                resultsCsv(calendar.thisYear()).getBytes(DecodedText.CP1251), 200);
        api.upload("operator23", "/regions/23/assessment-results/import", "text/csv",
                resultsCsv23(calendar.thisYear()).getBytes(DecodedText.CP1251), 200);
        step("результаты ВПР/ОГЭ/ЕГЭ за " + DemoCalendar.label(calendar.thisYear() - 2) + " и "
                + DemoCalendar.label(calendar.thisYear() - 1) + " импортированы операторами (CSV)");
    }

    // ---------------------------------------------------------------- last year

    private void lastYear() {
        int year = calendar.lastYear();
        String campaign = "/regions/64/campaigns/" + year;
        plan("operator", "64", year, calendar.lastSchedule());
        confirm("operator", campaign);
        pairWithCurator("coordinator", campaign, "atkarsky", "atk-1", "atkarsky", "atk-3", "curator");
        verifiedProfile(campaign, "atkarsky", "atk-1", "school", "curator", "[3,8]");
        String board = campaign + "/schools/atkarsky/atk-1/documents";
        long concept = upload("school", board + "/CONCEPT/versions", "Концепция развития.docx",
                DemoFiles.docx(DemoFiles.Text.CONCEPT.forSchool("МБОУ «СОШ № 1 г. Аткарска», " + DemoCalendar.label(year))));
        submit("school", concept);
        approve("curator", concept);
        long roadmap = upload("school", board + "/ROADMAP/versions", "Дорожная карта.pdf",
                DemoFiles.pdf(DemoFiles.Text.ROADMAP.forSchool("МБОУ «СОШ № 1 г. Аткарска», " + DemoCalendar.label(year))));
        submit("school", roadmap);
        approve("curator", roadmap);
        step(DemoCalendar.label(year) + ": atk-1 — ШНОР, пара с atk-3, куратор назначен, профиль проверен,"
                + " концепция и дорожная карта одобрены");
        lastYearsRoadmap(year);

        // The portal takes no conclusion after the round's due date, and the run cannot go back in time: the round is
        // scored now, due tomorrow (the portal counts days in the region's zone, which may already be tomorrow: in
        // Saratov after 20:00 UTC), then its due date is set back to the end of that year's expertise and it is closed.
        long round = round("coordinator", campaign, "MUNICIPAL", "atkarsky", "CONCEPT",
                "Муниципальная экспертиза концепций " + DemoCalendar.label(year), 1, calendar.today().plusDays(1));
        JsonArray assigned = api.post("coordinator", "/expertise/rounds/" + round + "/assignment", "", 201).asJsonArray();
        for (JsonObject review : assigned.getValuesAs(JsonObject.class)) {
            score(review.getString("reviewer"), review.getJsonNumber("id").longValue(), "Концепция соответствует требованиям.");
        }
        moveDue("coordinator", round, calendar.lastReviewsDue());
        api.post("coordinator", "/expertise/rounds/" + round + "/closure", "", 200);
        step(DemoCalendar.label(year) + ": муниципальная экспертиза концепций проведена и закрыта");
    }

    // ---------------------------------------------------------------- this year, region 64

    private void thisYearSaratov() {
        int year = calendar.thisYear();
        String campaign = "/regions/64/campaigns/" + year;
        plan("operator", "64", year, calendar.thisSchedule());
        confirm("operator", campaign);
        rollOverLastYear(year);
        verifiedProfile(campaign, "atkarsky", "atk-1", "school", "curator", "[3,8]");
        step(DemoCalendar.label(year) + ": выявление по результатам подтверждено (atk-1, bal-2 — ШНОР), профиль atk-1"
                + " проверен (выбраны риски 3 и 8)");

        atk1Documents(campaign, year);

        invite("operator", BAL2_TEAM, "Галина", "Балашовская", "/64/balashovsky/bal-2");
        String bal2 = campaign + "/schools/balashovsky/bal-2";
        api.put(BAL2_TEAM, bal2 + "/risk-profile", "{\"factors\":" + allTen() + "}");
        long balConcept = upload(BAL2_TEAM, bal2 + "/documents/CONCEPT/versions", "Концепция СОШ 2.docx",
                DemoFiles.docx(DemoFiles.Text.CONCEPT.forSchool("МОУ «СОШ № 2 г. Балашова»")));
        submit(BAL2_TEAM, balConcept);
        long balProgramme = upload(BAL2_TEAM, bal2 + "/documents/MEDIUM_TERM_PROGRAMME/versions",
                "Среднесрочная программа.pdf", DemoFiles.pdf(DemoFiles.Text.PROGRAMME.forSchool("МОУ «СОШ № 2 г. Балашова»")));
        submit(BAL2_TEAM, balProgramme);
        step("bal-2: команда приглашена оператором (" + BAL2_TEAM + "), профиль рисков заполнен и ждёт проверки,"
                + " концепция и среднесрочная программа на проверке");

        // Balashovsky: two experts per concept, the region's expert and the curator (an expert there); one has scored.
        long balRound = round("operator", campaign, "MUNICIPAL", "balashovsky", "CONCEPT",
                "Муниципальная экспертиза концепций, Балашовский район", 2, calendar.reviewsDue());
        JsonArray balReviews = api.post("operator", "/expertise/rounds/" + balRound + "/assignment", "", 201).asJsonArray();
        for (JsonObject review : balReviews.getValuesAs(JsonObject.class)) {
            if (review.getString("reviewer").equals("expert")) {
                score("expert", review.getJsonNumber("id").longValue(), "Уточнить целевые показатели по ВПР.");
            }
        }
        // Atkarsky: the coordinator's round of the approved concept, the expert still to score.
        long atkRound = round("coordinator", campaign, "MUNICIPAL", "atkarsky", "CONCEPT",
                "Муниципальная экспертиза концепций, Аткарский район", 1, calendar.reviewsDue());
        api.post("coordinator", "/expertise/rounds/" + atkRound + "/assignment", "", 201);
        // The region's round of the antirisk programmes (atk-1's resubmitted one is in it): opened, nobody assigned
        // yet — the operator's to staff. The portal has no built-in checklist of medium-term programmes.
        round("operator", campaign, "REGIONAL", null, "ANTIRISK_PROGRAMME",
                "Региональная экспертиза антирисковых программ", 1, calendar.reviewsDue());
        step("экспертиза: Балашовский район — рецензия expert отправлена, рецензия curator ждёт оценки;"
                + " Аткарский район — рецензия expert ждёт оценки; региональный раунд антирисковых программ ждёт экспертов");
    }

    /**
     * The operator rolls last year's campaign over into this one (planned already): last year becomes a read-only
     * archive, and its pair atk-1 ↔ atk-3 waits for the coordinator, who confirms it with its curator.
     */
    private void rollOverLastYear(int year) {
        api.post("operator", "/regions/64/campaigns/" + (year - 1) + "/rollover", "", 200);
        String carried = "/regions/64/campaigns/" + year + "/carried-pairs";
        JsonObject pair = api.get("coordinator", carried).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("school").contains("№ 1 г. Аткарска")).findFirst().orElseThrow();
        api.post("coordinator", carried + "/" + pair.getJsonNumber("id") + "/confirmation",
                "{\"helpers\":[\"curator\"]}", 200);
        step(DemoCalendar.label(year - 1) + " переведена оператором в архив; пара atk-1 ↔ atk-3 с куратором перенесена"
                + " в " + DemoCalendar.label(year) + " и подтверждена координатором");
    }

    /**
     * atk-1's electronic roadmap of last year, confirmed by its curator: its first measure done and confirmed, the
     * two others unfinished (this year's roadmap is offered them when it is begun).
     */
    private void lastYearsRoadmap(int year) {
        long atk1 = schoolId("school", year);
        long roadmap = api.post("school", "/roadmaps/school/" + atk1 + "?year=" + year, "", 200).asJsonObject()
                .getJsonNumber("id").longValue();
        Map<Integer, Long> risks = new java.util.HashMap<>();
        api.get("operator", "/regions/64/campaigns/" + year + "/risk-factors").asJsonArray()
                .getValuesAs(JsonObject.class).forEach(f -> risks.put(f.getInt("position"), f.getJsonNumber("id")
                        .longValue()));
        long done = api.post("school", "/roadmaps/" + roadmap + "/measures", "{\"title\":\"Педагогический совет"
                + " «Итоги ВПР»\",\"due\":\"" + LocalDate.of(year, 2, 28) + "\",\"responsible\":\"Директор\","
                + "\"result\":\"Протокол педсовета\"}", 201).asJsonObject().getJsonArray("measures")
                .getJsonObject(0).getJsonNumber("id").longValue();
        api.post("school", "/roadmaps/" + roadmap + "/measures", "{\"title\":\"Курсы повышения квалификации"
                + " учителей начальных классов\",\"start\":\"" + LocalDate.of(year, 3, 1) + "\",\"due\":\""
                + LocalDate.of(year, 4, 30) + "\",\"responsible\":\"Заместитель директора по УВР\",\"riskFactorId\":"
                + risks.get(3) + ",\"result\":\"Не менее 4 учителей прошли курсы\"}", 201);
        api.post("school", "/roadmaps/" + roadmap + "/measures", "{\"title\":\"Школьная служба медиации:"
                + " обучение и запуск\",\"due\":\"" + LocalDate.of(year, 5, 25) + "\",\"responsible\":\"Социальный"
                + " педагог\",\"riskFactorId\":" + risks.get(8) + ",\"result\":\"Служба работает\"}", 201);
        api.post("school", "/roadmaps/" + roadmap + "/submission", "", 200);
        api.post("curator", "/roadmaps/" + roadmap + "/confirmation", "", 200);
        String first = "/roadmaps/" + roadmap + "/measures/" + done;
        api.post("school", first + "/evidence", "{\"link\":\"https://atk1.example.ru/news/pedsovet-vpr\"}", 200);
        api.post("school", first + "/completion", "{\"doneOn\":\"" + LocalDate.of(year, 2, 20) + "\",\"note\":"
                + "\"Протокол № 5\"}", 200);
        api.post("curator", first + "/completion/confirmation", "", 200);
        step(DemoCalendar.label(year) + ": электронная дорожная карта atk-1 утверждена куратором; педсовет выполнен,"
                + " курсы и служба медиации не завершены");
    }

    /** atk-1's documents in every state, each made from a seed's text. */
    private void atk1Documents(String campaign, int year) {
        String board = campaign + "/schools/atkarsky/atk-1/documents";
        String school = "МБОУ «СОШ № 1 г. Аткарска», " + DemoCalendar.label(year);

        long concept = upload("school", board + "/CONCEPT/versions", "Концепция развития.docx",
                DemoFiles.docx(DemoFiles.Text.CONCEPT.forSchool(school)));
        submit("school", concept);
        returnWith("curator", concept, "Добавьте целевые показатели на конец учебного года: доля «2» по ВПР.");
        upload("school", "/documents/" + concept + "/versions", "Концепция развития, ред. 2.docx",
                DemoFiles.docx(DemoFiles.Text.CONCEPT.forSchool(school,
                        "Целевые показатели: доля неудовлетворительных результатов ВПР по математике не выше 15 %.")));
        submit("school", concept);
        approve("curator", concept);

        long antirisk8 = upload("school", board + "/ANTIRISK_PROGRAMME:8/versions", "Антирисковая программа (риск 8).docx",
                DemoFiles.docx(DemoFiles.Text.ANTIRISK.forSchool(school)));
        submit("school", antirisk8);
        returnWith("curator", antirisk8, "Укажите ответственных и сроки по каждой мере.");
        upload("school", "/documents/" + antirisk8 + "/versions", "Антирисковая программа (риск 8), ред. 2.docx",
                DemoFiles.docx(DemoFiles.Text.ANTIRISK.forSchool(school,
                        "Ответственные: заместитель директора по УВР; сроки: ежеквартально.")));
        submit("school", antirisk8);

        long programme = upload("school", board + "/MEDIUM_TERM_PROGRAMME/versions", "Среднесрочная программа.pdf",
                DemoFiles.pdf(DemoFiles.Text.PROGRAMME.forSchool(school)));
        submit("school", programme);

        long antirisk3 = upload("school", board + "/ANTIRISK_PROGRAMME:3/versions", "Антирисковая программа (риск 3).pdf",
                DemoFiles.pdf(DemoFiles.Text.ANTIRISK.forSchool(school)));
        submit("school", antirisk3);
        returnWith("curator", antirisk3, "Нет мер по повышению предметной компетентности учителей математики.");

        upload("school", board + "/ROADMAP/versions", "Дорожная карта.docx",
                DemoFiles.docx(DemoFiles.Text.ROADMAP.forSchool(school)));
        upload("school", board + "/SELF_EVALUATION/versions", "Отчёт о самообследовании.pdf",
                DemoFiles.passwordProtectedPdf(DemoFiles.Text.SELF_EVALUATION.forSchool(school)));
        step("atk-1: концепция одобрена после доработки; антирисковая программа (риск 8) исправлена и снова на проверке;"
                + " среднесрочная программа на проверке; антирисковая программа (риск 3) возвращена с комментарием;"
                + " дорожная карта — черновик; отчёт о самообследовании — PDF с паролем, текст не извлечён;"
                + " соглашение о сетевом взаимодействии ещё не загружено");
    }

    // ---------------------------------------------------------------- roadmaps and monitoring

    /**
     * This year's roadmaps and its passed monitoring date: atk-1's roadmap filled from a plan table, confirmed by its
     * curator, one measure moved since (drift), one done and confirmed, one overdue; bal-2's a draft with a measure
     * overdue; the Atkarsky municipality's confirmed; the region's begun. At the passed date atk-1 reported under the
     * coordinator's exception and bal-2 has not reported: a school late.
     */
    private void roadmapsAndMonitoring() {
        int year = calendar.thisYear();
        LocalDate today = calendar.today();
        long atk1 = schoolId("school", year);
        long roadmap = api.post("school", "/roadmaps/school/" + atk1 + "?year=" + year, "", 200).asJsonObject()
                .getJsonNumber("id").longValue();
        List<List<String>> rows = List.of(
                List.of("Дорожная карта МБОУ «СОШ № 1 г. Аткарска» на " + DemoCalendar.label(year) + " учебный год"),
                List.of("№", "Мероприятие", "Сроки", "Ответственные", "Результат/показатель"),
                List.of("1", "Педагогический совет «Итоги ВПР и задачи на год»", DemoCalendar.day(today.minusDays(40)),
                        "Директор", "Протокол педсовета"),
                List.of("2", "Курсы повышения квалификации учителей математики", DemoCalendar.day(today.minusDays(60))
                        + " – " + DemoCalendar.day(today.minusDays(5)), "Заместитель директора по УВР",
                        "Не менее 3 учителей прошли курсы"),
                List.of("3", "Открытые уроки с наставниками из СОШ № 3", DemoCalendar.day(today.minusDays(20)) + " – "
                        + DemoCalendar.day(today.plusDays(40)), "Руководители методических объединений",
                        "Не менее 6 уроков"),
                List.of("4", "Родительские собрания по профилактике неуспешности", DemoCalendar.day(today.plusDays(30)),
                        "Классные руководители", "Протоколы собраний"),
                List.of("5", "Анализ результатов пробных ОГЭ", DemoCalendar.day(today.plusDays(75)),
                        "Заместитель директора по УВР", "Справка"));
        api.upload("school", "/roadmaps/" + roadmap + "/import?mode=add&name=" + URLEncoder.encode(
                "Дорожная карта.xlsx", StandardCharsets.UTF_8), "application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet", ru.portal500.shared.imports.XlsxExport.of(Map.of("План", rows)), 200);
        JsonObject view = api.get("school", "/roadmaps/" + roadmap).asJsonObject();
        List<JsonObject> measures = view.getJsonArray("measures").getValuesAs(JsonObject.class);
        Map<Integer, Long> risks = new java.util.HashMap<>();
        api.get("operator", "/regions/64/campaigns/" + year + "/risk-factors").asJsonArray().getValuesAs(JsonObject.class)
                .forEach(f -> risks.put(f.getInt("position"), f.getJsonNumber("id").longValue()));
        riskOf(roadmap, measures.get(1), risks.get(3));
        riskOf(roadmap, measures.get(2), risks.get(8));
        List<JsonObject> carried = view.getJsonArray("carried").getValuesAs(JsonObject.class);
        api.post("school", "/roadmaps/" + roadmap + "/carried/" + carried.get(0).getJsonNumber("id") + "/take",
                "{\"start\":\"" + today.plusDays(10) + "\",\"due\":\"" + today.plusDays(70) + "\"}", 200);
        api.post("school", "/roadmaps/" + roadmap + "/carried/" + carried.get(1).getJsonNumber("id") + "/drop",
                "{\"text\":\"Служба медиации заработала в сентябре, подтверждение в отчёте за I четверть\"}", 200);
        step("дорожная карта atk-1: из " + DemoCalendar.label(year - 1) + " перенесены курсы (с новыми сроками);"
                + " служба медиации не перенесена, с пояснением");
        api.post("school", "/roadmaps/" + roadmap + "/submission", "", 200);
        api.post("curator", "/roadmaps/" + roadmap + "/confirmation", "", 200);
        String first = "/roadmaps/" + roadmap + "/measures/" + measures.get(0).getJsonNumber("id");
        api.post("school", first + "/evidence", "{\"link\":\"https://atk1.example.ru/news/pedsovet\"}", 200);
        api.post("school", first + "/completion", "{\"doneOn\":\"" + today.minusDays(41) + "\",\"note\":"
                + "\"Протокол № 3\"}", 200);
        api.post("curator", first + "/completion/confirmation", "", 200);
        JsonObject meetings = measures.get(3);
        api.put("school", "/roadmaps/" + roadmap + "/measures/" + meetings.getJsonNumber("id"), "{\"title\":\""
                + meetings.getString("title") + "\",\"due\":\"" + today.plusDays(45) + "\",\"responsible\":\""
                + meetings.getString("responsible") + "\",\"result\":\"" + meetings.getString("result") + "\"}");
        step("дорожная карта atk-1: загружена из таблицы, утверждена куратором; педсовет выполнен и подтверждён,"
                + " курсы просрочены, родительские собрания перенесены на 15 дней (отклонение от утверждённой версии)");

        long bal2 = schoolId(BAL2_TEAM, year);
        long balRoadmap = api.post(BAL2_TEAM, "/roadmaps/school/" + bal2 + "?year=" + year, "", 200).asJsonObject()
                .getJsonNumber("id").longValue();
        api.post(BAL2_TEAM, "/roadmaps/" + balRoadmap + "/measures", "{\"title\":\"Диагностика профессиональных"
                + " дефицитов учителей\",\"due\":\"" + today.minusDays(10) + "\",\"responsible\":\"Директор\"}", 201);
        api.post(BAL2_TEAM, "/roadmaps/" + balRoadmap + "/measures", "{\"title\":\"Семинар по формирующему"
                + " оцениванию\",\"due\":\"" + today.plusDays(20) + "\",\"responsible\":\"Методист\"}", 201);

        long atkarsky = api.get("coordinator", "/roadmaps/school/" + atk1 + "?year=" + year).asJsonObject()
                .getJsonNumber("municipalityId").longValue();
        long municipal = api.post("coordinator", "/roadmaps/municipality/" + atkarsky + "?year=" + year, "", 200)
                .asJsonObject().getJsonNumber("id").longValue();
        api.post("coordinator", "/roadmaps/" + municipal + "/measures", "{\"title\":\"Семинар для директоров ШНОР"
                + " «Антирисковые программы»\",\"due\":\"" + today.minusDays(30) + "\",\"responsible\":\"Аткарское"
                + " управление образования\",\"result\":\"Участие 100 % ШНОР\"}", 201);
        api.post("coordinator", "/roadmaps/" + municipal + "/measures", "{\"title\":\"Закрепление муниципальных"
                + " наставников за ШНОР\",\"due\":\"" + today.plusDays(14) + "\",\"responsible\":\"ИМЦ\"}", 201);
        api.post("coordinator", "/roadmaps/" + municipal + "/confirmation", "", 200);
        long regional = api.post("operator", "/roadmaps/region/64?year=" + year, "", 200).asJsonObject()
                .getJsonNumber("id").longValue();
        api.post("operator", "/roadmaps/" + regional + "/measures", "{\"title\":\"Региональная конференция"
                + " «Эффективные школьные практики»\",\"due\":\"" + today.plusDays(60) + "\",\"responsible\":"
                + "\"ИРО\"}", 201);
        step("дорожная карта bal-2 — черновик, одно мероприятие просрочено; дорожная карта Аткарского района"
                + " утверждена координатором; дорожная карта региона начата");

        LocalDate passed = calendar.passedMonitoringDate();
        String sheet = "/monitoring/schools/" + atk1 + "?year=" + year + "&date=" + passed;
        api.post("coordinator", sheet.replace("?", "/exception?"), "{\"until\":\"" + today.plusDays(7)
                + "\",\"reason\":\"Значения ВПР пришли после даты мониторинга\"}", 200);
        List<JsonObject> lines = api.get("school", sheet).asJsonObject().getJsonArray("lines")
                .getValuesAs(JsonObject.class);
        Map<String, String> values = Map.of("KNOWLEDGE_QUALITY", "38,5", "SUCCESS_RATE", "96", "FUNCTIONAL_LITERACY",
                "31", "MODERN_TECHNOLOGIES", "54", "MENTORS_INVOLVED", "2");
        String entered = lines.stream().map(l -> "\"" + l.getJsonNumber("indicatorId") + "\":\""
                + values.get(l.getString("code")) + "\"").collect(java.util.stream.Collectors.joining(","));
        api.put("school", sheet.replace("?", "/values?"), "{\"values\":{" + entered + "}}");
        api.post("school", sheet.replace("?", "/report?"), "", 200);
        step("мониторинг на " + DemoCalendar.day(passed) + ": atk-1 отчиталась по исключению координатора,"
                + " bal-2 не отчиталась — приём закрыт");
    }

    private void riskOf(long roadmap, JsonObject measure, long risk) {
        api.put("school", "/roadmaps/" + roadmap + "/measures/" + measure.getJsonNumber("id"), "{\"title\":\""
                + measure.getString("title") + "\",\"start\":" + (measure.containsKey("start")
                && !measure.isNull("start") ? "\"" + measure.getString("start") + "\"" : "null") + ",\"due\":\""
                + measure.getString("due") + "\",\"responsible\":\"" + measure.getString("responsible")
                + "\",\"riskFactorId\":" + risk + ",\"result\":\"" + measure.getString("result") + "\"}");
    }

    /** The id of the user's own school, as its team reads it from its roadmap's place. */
    private long schoolId(String user, int year) {
        return api.get(user, "/roadmaps/school?year=" + year).asJsonObject().getJsonNumber("schoolId").longValue();
    }

    // ---------------------------------------------------------------- this year, region 23

    private void thisYearKrasnodar() {
        int year = calendar.thisYear();
        String campaign = "/regions/23/campaigns/" + year;
        plan("operator23", "23", year, calendar.thisSchedule());
        confirm("operator23", campaign);
        api.post("operator23", campaign + "/pairs", "{\"municipality\":\"abinsky\",\"school\":\"abn-4\","
                + "\"curatorMunicipality\":\"krymsky\",\"curatorSchool\":\"krm-5\"}", 201);
        invite("coordinator23", ABN4_TEAM, "Людмила", "Абинская", "/23/abinsky/abn-4");
        String abn4 = campaign + "/schools/abinsky/abn-4";
        api.put(ABN4_TEAM, abn4 + "/risk-profile", "{\"factors\":" + allTen() + "}");
        long concept = upload(ABN4_TEAM, abn4 + "/documents/CONCEPT/versions", "Концепция СОШ 4.docx",
                DemoFiles.docx(DemoFiles.Text.CONCEPT.forSchool("МБОУ СОШ № 4 г. Абинска")));
        submit(ABN4_TEAM, concept);
        round("coordinator23", campaign, "MUNICIPAL", "abinsky", "CONCEPT",
                "Муниципальная экспертиза концепций, Абинский район", 1, calendar.reviewsDue());
        step(DemoCalendar.label(year) + ", Краснодарский край: abn-4 — ШНОР, пара с krm-5 (школой-куратором другого округа),"
                + " команда приглашена координатором (" + ABN4_TEAM + "), профиль и концепция ждут проверки,"
                + " муниципальный раунд экспертизы ждёт экспертов");
    }

    // ---------------------------------------------------------------- last year's contest

    /** Last school year's edition of seed 000's contest: its title names that year ("… — 2025/26"). */
    static String lastContestTitle(int lastYear) {
        return CONTEST_TITLE + " — " + DemoCalendar.label(lastYear);
    }

    /** How many of last year's entries were judged, and how many of them the results put into the bank. */
    static final int LAST_ENTRIES = 6;
    static final int LAST_WINNERS = 5;

    /**
     * Last school year's edition of seed 000's contest, judged and published into the practice bank. The portal
     * takes an entry only while the call takes entries, a juror's sheet only until the jury's due date, and judging
     * opens only after the entries closed — all on the server's day, which cannot be turned back. So the call is
     * published on the day of the run taking entries from it; atk-1's team (a ШНОР of last year's campaign, which the
     * call admits) enters six cases on the seeds' practices, each with its author consenting to publication, and the
     * organiser admits them; the stages are set as {@link DemoCalendar#judgedContestStages()} (entries closed, the
     * jury's due date ahead), judging opens, the jury is seated as this year's, the portal assigns two reviews an
     * entry and both jurors of each entry give it the same marks (nobody diverges, the totals rank every nomination
     * apart); then the organiser sets the stages to last year's autumn ({@link DemoCalendar#lastContestStages()}),
     * which the portal allows until the results, confirms the results and puts the winners and prize-winners into
     * the bank. The confirmation lapses this contest's jury grants, before this year's contest gives its own.
     */
    private void lastYearsContest() {
        int year = calendar.lastYear();
        String title = lastContestTitle(year);
        long id = call(year, title, "Региональный конкурс методических разработок школ — участниц проекта адресной"
                + " методической помощи " + DemoCalendar.label(year) + ". Административные команды и педагоги школ"
                + " представляют методические кейсы: эффективные практики преодоления рисков низких образовательных"
                + " результатов. Победители и призёры войдут в банк лучших практик.", CASE_NOMINATIONS, 2);
        List<Long> entries = lastYearsEntries(id);
        reschedule(id, calendar.judgedContestStages());
        judgingWithJury(id);
        // Management: four cases, places 1–4 (the fourth a participant); teaching: two, places 1–2. The checklist's
        // scales in order (P1, P2, R1, R2, R3, weights 2, 1, 3, 2, 1, each 0–3), the same for both jurors.
        scoreAgreed(entries.get(0), 3, 3, 3, 3, 3);
        scoreAgreed(entries.get(1), 3, 2, 3, 3, 2);
        scoreAgreed(entries.get(2), 3, 2, 2, 2, 2);
        scoreAgreed(entries.get(3), 2, 2, 2, 1, 2);
        scoreAgreed(entries.get(4), 3, 3, 3, 3, 2);
        scoreAgreed(entries.get(5), 3, 2, 2, 3, 2);
        requireJudged(id);
        reschedule(id, calendar.lastContestStages());
        String sha256 = api.post("organiser", "/contests/" + id + "/results", "", 200).asJsonObject()
                .getString("protocolSha256");
        JURORS.forEach(api::logInAgain);
        List<Long> practices = api.post("organiser", "/contests/" + id + "/results/bank", "", 200).asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(p -> p.getJsonNumber("practice").longValue()).toList();
        if (practices.size() != LAST_WINNERS) {
            throw new IllegalStateException("The bank took " + practices.size() + " practices of " + title
                    + ", not " + LAST_WINNERS);
        }
        Map<String, Object> days = calendar.lastContestStages();
        step("конкурс «" + title + "» (прошлый учебный год): заявки " + days.get("entriesOpen") + " – "
                + days.get("entriesClose") + ", " + entries.size() + " кейсов atk-1 допущены, жюри — jury и expert"
                + " (у curator конфликт интересов), оценки согласованы; итоги подтверждены организатором и"
                + " опубликованы " + days.get("results") + " по этапам конкурса (протокол SHA-256 " + sha256
                + ", подписан днём запуска) — /contest.xhtml?id=" + id + "; победители и призёры в банке практик: "
                + practices.stream().map(p -> "/practice.xhtml?id=" + p).collect(java.util.stream.Collectors
                .joining(", ")));
    }

    /** Last year's winning case (its problem and summary), entered again this year under a new title. */
    private static final String WORKING_GROUP_TITLE = "Рабочая группа и электронная дорожная карта: как школа выходит"
            + " из зоны риска";
    private static final String WORKING_GROUP_PROBLEM = "Школа несколько лет входила в число школ со стабильно низкими"
            + " результатами; меры принимались разрозненно, документы проекта готовились с опозданием.";
    private static final String WORKING_GROUP_SUMMARY = "Приказом создана рабочая группа: директор, заместитель по"
            + " УВР, руководители методических объединений, педагог-психолог и куратор. Раз в две недели группа сверяет"
            + " выполнение мер антирисковых программ с дорожной картой, фиксирует каждое изменение и раз в четверть"
            + " отчитывается на педагогическом совете. Документы проекта размещены в срок, доля неудовлетворительных"
            + " результатов ВПР по математике снизилась.";

    /**
     * Last year's cases, entered by atk-1's team and admitted: the practices the seeds describe other than those of
     * this year's contest — a school's working group with its electronic roadmap and the network with an effective
     * school (seeds 002, 004), the tutors' community (003), the project's open page and chat (002, 004), a teachers'
     * creative laboratory and project work in lessons (004).
     */
    private List<Long> lastYearsEntries(long contest) {
        api.get("school", "/me/profile");
        JsonObject call = api.get("organiser", "/contests/" + contest).asJsonObject();
        long management = call.getJsonArray("nominations").getJsonObject(0).getJsonNumber("id").longValue();
        long teaching = call.getJsonArray("nominations").getJsonObject(1).getJsonNumber("id").longValue();
        long school = teamSchool(contest);
        List<Long> ids = new ArrayList<>();
        ids.add(submittedEntry(contest, school, management, WORKING_GROUP_TITLE, WORKING_GROUP_PROBLEM,
                WORKING_GROUP_SUMMARY));
        ids.add(submittedEntry(contest, school, management, "Сетевая пара с эффективной школой: методические дни и"
                + " взаимопосещения уроков", "Недостаточная предметная и методическая компетентность педагогов;"
                + " в школе нет опыта, на который можно опереться.", "Школа работает в паре со школой-куратором:"
                + " ежемесячные методические дни, взаимопосещения уроков математики и русского языка с разбором,"
                + " общие контрольные работы и совместный анализ их результатов; учителя обеих школ планируют"
                + " работу по общему плану."));
        ids.add(submittedEntry(contest, school, management, "Тьюторское сообщество для учителей математики и"
                + " русского языка", "Учителя-предметники не получают адресной помощи в корректировке рабочих"
                + " программ и подготовке обучающихся к ВПР и ОГЭ.", "За каждым учителем математики и русского"
                + " языка закреплён тьютор из эффективно работающей школы района; вместе они корректируют рабочие"
                + " программы, разбирают задания ВПР и посещают уроки друг друга по плану тьюторского сообщества."));
        ids.add(submittedEntry(contest, school, management, "Открытый проект: раздел на сайте школы и чат"
                + " участников", "Родители и педагоги мало знают о целях и ходе проекта, решения принимаются без"
                + " их участия.", "На сайте школы создан раздел проекта с концепцией, дорожной картой и отчётами,"
                + " для оперативных вопросов — чат участников; раз в четверть публикуются итоги мониторинга."));
        ids.add(submittedEntry(contest, school, teaching, "Творческая педагогическая лаборатория учителей"
                + " математики", "Учителя не владеют современными методами обучения; отбор содержания учебного"
                + " материала перегружает обучающихся.", "Раз в месяц учителя математики с методистом разрабатывают"
                + " и апробируют уроки с заданиями на функциональную грамотность, посещают их друг у друга и"
                + " отбирают удавшиеся приёмы в общий банк уроков школы."));
        ids.add(submittedEntry(contest, school, teaching, "Проектная и исследовательская деятельность на уроках"
                + " в 5–7 классах", "Низкий уровень учебной мотивации; обучающиеся не владеют приёмами"
                + " самостоятельного приобретения знаний.", "Каждая четверть завершается мини-проектом или учебным"
                + " исследованием по математике, биологии или истории; защита открытая, с участием родителей."
                + " Растёт доля обучающихся, выполняющих задания ВПР на работу с информацией."));
        if (ids.size() != LAST_ENTRIES) {
            throw new IllegalStateException("last year's contest has " + ids.size() + " entries");
        }
        admitAll(ids);
        return ids;
    }

    /**
     * Every review of the contest submitted and no entry divergent, as the organiser's board shows it: the results'
     * own check counts open reviews only until the jury's due date, which is set back into last year next.
     */
    private void requireJudged(long contest) {
        for (JsonObject nomination : api.get("organiser", "/contests/" + contest + "/judging").asJsonArray()
                .getValuesAs(JsonObject.class)) {
            if (nomination.getBoolean("atRisk")) {
                throw new IllegalStateException("A nomination of last year's contest is below its minimum: "
                        + nomination);
            }
            for (JsonObject entry : nomination.getJsonArray("entries").getValuesAs(JsonObject.class)) {
                if (entry.getInt("submitted") != entry.getJsonArray("reviews").size()
                        || !"AGREED".equals(entry.getString("divergence", ""))) {
                    throw new IllegalStateException("Last year's contest is not judged yet: " + entry);
                }
            }
        }
    }

    private void admitAll(List<Long> entries) {
        for (long entry : entries) {
            JsonObject read = api.get("organiser", "/entries/" + entry).asJsonObject();
            api.post("organiser", "/entries/" + entry + "/decision", "{\"decision\":\"ADMIT\",\"version\":"
                    + read.getJsonNumber("version").longValue() + "}", 200);
        }
    }

    /** Every juror holding a review of the entry submits the same marks (at least the contest's two reviews). */
    private void scoreAgreed(long entry, int... marks) {
        int scored = 0;
        for (String juror : JURORS) {
            for (JsonObject review : api.get(juror, "/contest-reviews").asJsonArray().getValuesAs(JsonObject.class)) {
                if (review.getJsonNumber("entry").longValue() == entry && "ASSIGNED".equals(review.getString("state"))) {
                    scoreSheet(juror, review, scale -> marks[scale]);
                    scored++;
                }
            }
        }
        if (scored < 2) {
            throw new IllegalStateException("entry " + entry + " had " + scored + " reviews to score, not 2");
        }
    }

    // ---------------------------------------------------------------- this year's contests

    /** The demo users on the juries of the contests: the same three each year. */
    private static final List<String> JURORS = List.of("jury", "expert", "curator");

    /** The nominations of seed 000's contest, after its two kinds of entrant (see {@link #contest()}). */
    private static final List<String> CASE_NOMINATIONS = List.of("Управленческие практики административных команд",
            "Педагогические практики учителей");

    /** Seed 000's regional contest of methodological cases, found in its judging. */
    static final String CONTEST_TITLE = "Панорама методических кейсов: эффективные школьные практики";

    /** A second call of the region, taking entries on the day of the run (the demo's own, not the seeds'). */
    static final String OPEN_CALL_TITLE = "Методические кейсы молодых педагогов";

    /**
     * The contest of seed 000 (its plan, item 16: "Октябрь-ноябрь", by "административные команды и педагоги
     * школ-участниц Проекта", "не менее 5 методических разработок"): the seed names no nominations, so the two
     * follow its two kinds of entrant — the schools' administrative teams and their teachers — each scored with the
     * region's default checklist of contest cases. Its entries were taken, checked and admitted; judging is open:
     * the jury (jury, expert, and curator, whose pair makes atk-1's cases a conflict) is seated, the entries are
     * assigned and some are scored — one with the jurors far apart, which nobody free can be added to.
     */
    private void contest() {
        int year = calendar.thisYear();
        long id = call(CONTEST_TITLE, "Региональный конкурс методических разработок школ — участниц проекта адресной"
                + " методической помощи. Административные команды и педагоги школ представляют методические кейсы:"
                + " эффективные практики преодоления рисков низких образовательных результатов. Лучшие кейсы"
                + " войдут в банк лучших практик.", CASE_NOMINATIONS, 3);
        List<Long> entries = judgedEntries(id);
        reschedule(id, calendar.judgedContestStages());
        judgingWithJury(id);
        scoreCase(entries.get(0), 3, 3);
        scoreCase(entries.get(1), 3, 0);
        scoreCase(entries.get(3), 2);
        step("конкурс «" + CONTEST_TITLE + "» (" + DemoCalendar.label(year) + "): приём заявок закончился "
                + calendar.judgedContestStages().get("entriesClose") + ", " + entries.size() + " заявок atk-1 допущены,"
                + " судейство открыто (организатор: /app/contest-judging.xhtml?id=" + id + "); жюри — jury, expert и"
                + " curator (у curator конфликт интересов: его пара — atk-1); jury и expert оценили часть работ, по"
                + " работе № " + entries.get(1) + " оценки разошлись — нужно решение организатора; срок жюри "
                + calendar.judgedContestStages().get("judging"));
        long open = call(OPEN_CALL_TITLE, "Конкурс методических кейсов педагогов со стажем до пяти лет — участников"
                + " проекта адресной методической помощи (второй конкурс демо-данных; в сидах его нет).",
                List.of("Управленческие практики административных команд", "Педагогические практики учителей"), 5);
        entries(open);
        step("конкурс «" + OPEN_CALL_TITLE + "» (" + DemoCalendar.label(year) + "): приём заявок "
                + calendar.contestStages().get("entriesOpen") + " – " + calendar.contestStages().get("entriesClose")
                + ", объявлен организатором (organiser), открыт всем на /contest.xhtml?id=" + open);
    }

    /** The organiser sets the contest's stages to these days (the portal keeps the call's own day as given). */
    private void reschedule(long contest, Map<String, Object> days) {
        var stages = Json.createObjectBuilder();
        days.forEach((stage, day) -> stages.add(stage, day.toString()));
        long version = api.get("organiser", "/contests/" + contest).asJsonObject().getJsonNumber("version").longValue();
        api.put("organiser", "/contests/" + contest + "/stages", stages.add("version", version).build().toString());
    }

    /**
     * The organiser opens judging (the entries have closed), seats the jury — jury, expert and curator, whose pair
     * makes atk-1's cases a conflict — on every nomination and lets the portal assign each nomination's entries.
     */
    private void judgingWithJury(long contest) {
        api.post("organiser", "/contests/" + contest + "/judging", "", 200);
        JsonObject call = api.get("organiser", "/contests/" + contest).asJsonObject();
        for (JsonObject nomination : call.getJsonArray("nominations").getValuesAs(JsonObject.class)) {
            long nominationId = nomination.getJsonNumber("id").longValue();
            for (String juror : JURORS) {
                api.post("organiser", "/contests/" + contest + "/judging/nominations/" + nominationId + "/jury",
                        "{\"username\":\"" + juror + "\",\"maxReviews\":10}", 200);
            }
            api.post("organiser", "/contests/" + contest + "/judging/nominations/" + nominationId + "/assignment", "",
                    200);
        }
        JURORS.forEach(api::logInAgain);
    }

    /** A call of region 64 taking entries today: its nominations scored with the region's contest checklist. */
    private long call(String title, String description, List<String> nominations, int minEntries) {
        return call(calendar.thisYear(), title, description, nominations, minEntries);
    }

    /** The same, of the school year given. */
    private long call(int schoolYear, String title, String description, List<String> nominations, int minEntries) {
        long checklist = checklist("organiser", "64", "CONTEST_CASE").orElseThrow(() ->
                new IllegalStateException("No checklist of contest cases in region 64"));
        JsonObject contest = api.post("organiser", "/contests", Json.createObjectBuilder().add("region", "64")
                .add("schoolYear", schoolYear).add("title", title).add("description", description)
                .add("openToCampaign", true).add("openToTeachers", true).add("teamMin", 1).add("teamMax", 5)
                .add("minEntries", minEntries).add("reviewsPerEntry", 2).add("blind", false)
                .add("requiredFields", Json.createArrayBuilder().add("PROBLEM").add("RISK_FACTORS").add("LEVEL"))
                .add("requiredFiles", Json.createArrayBuilder().add("Описание методического кейса"))
                .build().toString(), 201).asJsonObject();
        long id = contest.getJsonNumber("id").longValue();
        long version = contest.getJsonNumber("version").longValue();
        for (String nomination : nominations) {
            version = api.post("organiser", "/contests/" + id + "/nominations", Json.createObjectBuilder()
                    .add("title", nomination).add("checklist", checklist).add("version", version).build().toString(),
                    201).asJsonObject().getJsonNumber("version").longValue();
        }
        var stages = Json.createObjectBuilder();
        calendar.contestStages().forEach((stage, day) -> stages.add(stage, day.toString()));
        version = api.put("organiser", "/contests/" + id + "/stages", stages.add("version", version).build().toString())
                .asJsonObject().getJsonNumber("version").longValue();
        api.post("organiser", "/contests/" + id + "/call", "{\"version\":" + version + "}", 200);
        return id;
    }

    /**
     * Seed 000's contest's entries, three a nomination, from atk-1's team (its risk factors 3 and 8 as its profile
     * names them), each submitted and admitted by the organiser; their texts follow the practices the seeds' orders
     * and programmes name (reading, mentoring, mediation, parents, formative assessment, individual routes).
     */
    private List<Long> judgedEntries(long contest) {
        api.get("school", "/me/profile");
        JsonObject call = api.get("organiser", "/contests/" + contest).asJsonObject();
        long management = call.getJsonArray("nominations").getJsonObject(0).getJsonNumber("id").longValue();
        long teaching = call.getJsonArray("nominations").getJsonObject(1).getJsonNumber("id").longValue();
        long school = teamSchool(contest);
        List<Long> ids = new java.util.ArrayList<>();
        ids.add(submittedEntry(contest, school, management, "Читательский марафон: как школа вернула интерес"
                + " к чтению в 5–7 классах", "Низкая читательская грамотность и мотивация к чтению у обучающихся"
                + " основной школы; учителя-предметники не считают чтение своей задачей.", "Педагогический совет"
                + " принял программу «Читаем вместе»: ежедневные 20 минут чтения, читательские дневники, совместные"
                + " проекты с библиотекой и родителями. За год доля обучающихся 5–7 классов, выполнивших задания ВПР"
                + " на смысловое чтение, выросла."));
        ids.add(submittedEntry(contest, school, management, "Школьная служба медиации: меньше конфликтов — больше"
                + " учёбы", "Высокая доля обучающихся с рисками учебной неуспешности и частые конфликты,"
                + " срывающие уроки.", "Обученные педагоги и старшеклассники-медиаторы разбирают конфликты по"
                + " восстановительной программе; число обращений к администрации сократилось вдвое."));
        ids.add(submittedEntry(contest, school, management, "Родительский университет в сельской школе",
                "Низкий уровень вовлечённости родителей в образовательный процесс.", "Ежемесячные встречи по"
                + " темам, выбранным родителями, открытые уроки и совместные проекты; посещаемость собраний выросла."));
        ids.add(submittedEntry(contest, school, teaching, "Наставничество для молодых учителей математики",
                "Высокая доля молодых учителей без опыта подготовки к ОГЭ; низкие результаты по математике.",
                "Пары «наставник — молодой учитель» с планом взаимных посещений уроков и разбором заданий ОГЭ;"
                        + " доля неудовлетворительных отметок по математике снизилась."));
        ids.add(submittedEntry(contest, school, teaching, "Формирующее оценивание на уроках русского языка",
                "Обучающиеся не понимают критериев оценки и не видят своего продвижения.", "Листы самооценки,"
                + " критерии успеха на каждом уроке и взаимооценка в парах; растёт доля выполненных работ."));
        ids.add(submittedEntry(contest, school, teaching, "Индивидуальные образовательные маршруты в 9 классе",
                "Высокая доля обучающихся с рисками учебной неуспешности перед ГИА.", "По итогам диагностики"
                + " каждому ученику группы риска составлен маршрут с консультациями и тренировками; все допущены к ГИА."));
        admitAll(ids);
        return ids;
    }

    private long teamSchool(long contest) {
        return api.get("school", "/contests/" + contest + "/entries/entrants").asJsonArray().getValuesAs(
                JsonObject.class).stream().filter(e -> e.getString("kind").equals("SCHOOL")).findFirst().orElseThrow()
                .getJsonNumber("school").longValue();
    }

    /** The entry's jurors, in the order of the jury, score it: the first {@code marks[0]} on every scale, and so on. */
    private void scoreCase(long entry, int... marks) {
        int next = 0;
        for (String juror : JURORS) {
            if (next == marks.length) {
                return;
            }
            java.util.Optional<JsonObject> review = api.get(juror, "/contest-reviews").asJsonArray()
                    .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("entry").longValue() == entry)
                    .findFirst();
            if (review.isPresent()) {
                scoreCase(juror, review.get(), marks[next++]);
            }
        }
        if (next < marks.length) {
            throw new IllegalStateException("entry " + entry + " has " + next + " jurors, not " + marks.length);
        }
    }

    private void scoreCase(String juror, JsonObject review, int mark) {
        scoreSheet(juror, review, scale -> mark);
    }

    /**
     * The juror submits the review: on the checklist's scales, in their order, the marks {@code markOf} gives by
     * the scale's index (0 for the first), capped by each scale's maximum; the comment follows the first mark.
     */
    private void scoreSheet(String juror, JsonObject review, java.util.function.IntUnaryOperator markOf) {
        long reviewId = review.getJsonNumber("id").longValue();
        JsonObject sheet = api.get(juror, "/contest-reviews/" + reviewId).asJsonObject();
        var answers = Json.createObjectBuilder();
        int scale = 0;
        for (JsonObject section : sheet.getJsonObject("checklist").getJsonArray("sections").getValuesAs(JsonObject.class)) {
            for (JsonObject c : section.getJsonArray("criteria").getValuesAs(JsonObject.class)) {
                answers.add(c.getString("code"), "SCALE".equals(c.getString("type"))
                        ? Json.createObjectBuilder().add("scale", Math.min(markOf.applyAsInt(scale++),
                        c.getJsonNumber("max").intValue()))
                        : Json.createObjectBuilder().add("comment", markOf.applyAsInt(0) >= 2 ? "Практика перенесена"
                        + " в другие классы, результаты подтверждены данными ВПР." : "Результаты не подтверждены данными."));
            }
        }
        api.post(juror, "/contest-reviews/" + reviewId + "/submission", Json.createObjectBuilder()
                .add("answers", answers).add("remarks", "Оценка демо-данных")
                .add("version", review.getJsonNumber("version").longValue()).build().toString(), 200);
    }

    /**
     * The open call's first entries, from atk-1's team: a case submitted and waiting for the organiser's check, one
     * returned for completion with the organiser's reason, a draft with only its title, and last year's winning case
     * entered again under a new title (the organiser's check shows the near-copy).
     */
    private void entries(long contest) {
        JsonObject call = api.get("organiser", "/contests/" + contest).asJsonObject();
        long management = call.getJsonArray("nominations").getJsonObject(0).getJsonNumber("id").longValue();
        long teaching = call.getJsonArray("nominations").getJsonObject(1).getJsonNumber("id").longValue();
        long school = teamSchool(contest);
        long reading = submittedEntry(contest, school, management, "Клуб молодого учителя: год первых уроков",
                "Молодые учителя уходят из школы в первые два года работы.", "Еженедельный клуб: разбор уроков,"
                + " обмен материалами и встречи с наставниками; за год из школы не ушёл ни один молодой учитель.");
        long mentoring = submittedEntry(contest, school, teaching, "Цифровые тренажёры по математике в 5 классе",
                "Низкие результаты ВПР по математике в 5 классах.",
                "Ежедневные десятиминутные тренировки на бесплатных платформах с разбором ошибок на уроке.");
        JsonObject toReturn = api.get("organiser", "/entries/" + mentoring).asJsonObject();
        api.post("organiser", "/entries/" + mentoring + "/decision", Json.createObjectBuilder().add("decision", "RETURN")
                .add("reason", "Опишите результаты: что изменилось за четверть (цифры ВПР или диагностики).")
                .add("due", calendar.contestStages().get("entriesClose").toString())
                .add("version", toReturn.getJsonNumber("version").longValue()).build().toString(), 200);
        api.post("school", "/contests/" + contest + "/entries", Json.createObjectBuilder().add("school", school)
                .add("kind", "SCHOOL").add("nomination", management)
                .add("title", "Школьная газета молодых педагогов").build().toString(), 201);
        long again = submittedEntry(contest, school, management, "Команда перемен: год работы по дорожной карте",
                WORKING_GROUP_PROBLEM, WORKING_GROUP_SUMMARY);
        step("заявки atk-1 на конкурс «" + OPEN_CALL_TITLE + "»: «Клуб молодого учителя» подана (№ " + reading
                + ", ждёт проверки организатором), «Цифровые тренажёры» (№ " + mentoring + ") возвращена на доработку,"
                + " «Школьная газета» — черновик; «Команда перемен» (№ " + again + ") — прошлогодний кейс-победитель"
                + " под новым названием: организатор видит совпадение в проверке заявок");
    }

    private long submittedEntry(long contest, long school, long nomination, String title, String problem,
                                String summary) {
        JsonObject entry = api.post("school", "/contests/" + contest + "/entries", Json.createObjectBuilder()
                .add("school", school).add("kind", "SCHOOL").add("nomination", nomination).add("title", title).build()
                .toString(), 201).asJsonObject();
        long id = entry.getJsonNumber("id").longValue();
        long version = api.put("school", "/entries/" + id, Json.createObjectBuilder().add("nomination", nomination)
                .add("title", title).add("problem", problem).add("summary", summary).add("level", "BASIC")
                .add("riskFactors", Json.createArrayBuilder().add(3).add(8))
                .add("version", entry.getJsonNumber("version").longValue()).build().toString())
                .asJsonObject().getJsonNumber("version").longValue();
        version = api.post("school", "/entries/" + id + "/authors", "{\"username\":\"school\",\"version\":" + version
                + "}", 200).asJsonObject().getJsonNumber("version").longValue();
        version = api.post("school", "/entries/" + id + "/consent", "{\"agree\":true,\"version\":" + version + "}", 200)
                .asJsonObject().getJsonNumber("version").longValue();
        version = api.upload("school", "/entries/" + id + "/files?name="
                + java.net.URLEncoder.encode(title + ".docx", java.nio.charset.StandardCharsets.UTF_8) + "&required="
                + java.net.URLEncoder.encode("Описание методического кейса", java.nio.charset.StandardCharsets.UTF_8)
                + "&version=" + version, "application/octet-stream", DemoFiles.docx(List.of(title, problem, summary)), 200)
                .getJsonNumber("version").longValue();
        api.post("school", "/entries/" + id + "/submit", "{\"version\":" + version + "}", 200);
        return id;
    }

    // ---------------------------------------------------------------- the steps, one API call or a few each

    private void plan(String operator, String region, int year, Map<String, Object> schedule) {
        StringBuilder json = new StringBuilder("{\"schoolYear\":" + year + ",\"name\":\"500+ " + DemoCalendar.label(year) + "\"");
        schedule.forEach((key, value) -> {
            json.append(",\"").append(key).append("\":");
            if (value instanceof List<?> dates) {
                json.append(dates.stream().map(d -> "\"" + d + "\"").toList().toString().replace(" ", ""));
            } else {
                json.append('"').append(value).append('"');
            }
        });
        api.post(operator, "/regions/" + region + "/campaigns", json.append('}').toString(), 201);
    }

    /** The operator reads the worksheet the imported results make, then confirms the proposal. */
    private void confirm(String operator, String campaign) {
        JsonArray sheet = api.get(operator, campaign + "/identification").asJsonArray();
        if (sheet.getValuesAs(JsonObject.class).stream().noneMatch(r -> r.containsKey("rule"))) {
            throw new IllegalStateException("The results proposed no school for " + campaign + ": " + sheet);
        }
        JsonObject confirmed = api.post(operator, campaign + "/identification/confirmation", "", 200).asJsonObject();
        if (confirmed.getInt("confirmed") == 0) {
            throw new IllegalStateException("Nothing confirmed in " + campaign);
        }
    }

    private void pairWithCurator(String coordinator, String campaign, String municipality, String school,
                                 String curatorMunicipality, String curatorSchool, String curator) {
        JsonObject pair = api.post(coordinator, campaign + "/pairs", "{\"municipality\":\"" + municipality
                + "\",\"school\":\"" + school + "\",\"curatorMunicipality\":\"" + curatorMunicipality
                + "\",\"curatorSchool\":\"" + curatorSchool + "\"}", 201).asJsonObject();
        api.post(coordinator, campaign + "/pairs/" + pair.getJsonNumber("id").longValue() + "/helpers",
                "{\"function\":\"CURATOR\",\"username\":\"" + curator + "\"}", 200);
    }

    /** Ten significances as a school's survey gives them. */
    static String allTen() {
        String[] marks = {"низкая", "средняя", "высокая", "средняя", "низкая", "низкая", "средняя", "высокая",
                "средняя", "высокая"};
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < marks.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"position\":").append(i + 1).append(",\"significance\":\"")
                    .append(marks[i]).append("\"}");
        }
        return json.append(']').toString();
    }

    private void verifiedProfile(String campaign, String municipality, String school, String team, String curator,
                                 String chosen) {
        String profile = campaign + "/schools/" + municipality + "/" + school + "/risk-profile";
        api.put(team, profile, "{\"factors\":" + allTen() + "}");
        api.post(curator, profile + "/verification", "", 200);
        api.put(team, profile + "/choice", "{\"chosen\":" + chosen + "}");
    }

    private long upload(String user, String path, String fileName, byte[] file) {
        String type = fileName.endsWith(".pdf") ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        JsonObject uploaded = api.upload(user, path + "?name=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8),
                type, file, 201);
        return uploaded.getJsonNumber("document").longValue();
    }

    private void submit(String user, long document) {
        api.post(user, "/documents/" + document + "/submission", "", 200);
    }

    private void approve(String user, long document) {
        api.post(user, "/documents/" + document + "/approval", "", 200);
    }

    private void returnWith(String user, long document, String comment) {
        api.post(user, "/documents/" + document + "/return", Json.createObjectBuilder().add("text", comment).build()
                .toString(), 200);
    }

    private java.util.Optional<Long> checklist(String user, String region, String code) {
        return api.get(user, "/regions/" + region + "/checklists").asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(code)).findFirst().map(c -> c.getJsonNumber("id").longValue());
    }

    private long round(String organiser, String campaign, String kind, String municipality, String checklistCode,
                       String title, int reviewsPerDocument, LocalDate due) {
        String region = campaign.split("/")[2];
        long checklist = checklist(organiser, region, checklistCode).orElseThrow(() ->
                new IllegalStateException("No checklist " + checklistCode + " in region " + region));
        var body = Json.createObjectBuilder().add("kind", kind).add("title", title).add("checklist", checklist)
                .add("reviewsPerDocument", reviewsPerDocument).add("due", due.toString());
        if (municipality != null) {
            body.add("municipality", municipality);
        }
        return api.post(organiser, campaign + "/expertise/rounds", body.build().toString(), 201).asJsonObject()
                .getJsonNumber("id").longValue();
    }

    /** The organiser changes the round's due date, keeping its other settings. */
    private void moveDue(String organiser, long round, LocalDate due) {
        JsonObject settings = api.get(organiser, "/expertise/rounds/" + round).asJsonObject().getJsonObject("round");
        api.put(organiser, "/expertise/rounds/" + round, Json.createObjectBuilder()
                .add("reviewsPerDocument", settings.getInt("reviewsPerDocument"))
                .add("reviewsPerSchool", settings.getInt("reviewsPerSchool"))
                .add("otherMunicipality", settings.getBoolean("otherMunicipality"))
                .add("blind", settings.getBoolean("blind"))
                .add("divergencePoints", settings.getInt("divergencePoints"))
                .add("due", due.toString()).add("version", settings.getJsonNumber("version").longValue())
                .build().toString());
    }

    /** The reviewer opens the sheet and submits a mark for every criterion (the highest but one where a scale allows). */
    private void score(String reviewer, long review, String recommendations) {
        JsonObject sheet = api.get(reviewer, "/expertise/reviews/" + review).asJsonObject();
        long version = sheet.getJsonObject("review").getJsonNumber("version").longValue();
        String body = "{\"answers\":" + answers(sheet.getJsonObject("checklist")) + ",\"recommendations\":"
                + Json.createValue(recommendations) + ",\"version\":" + version + "}";
        api.post(reviewer, "/expertise/reviews/" + review + "/submission", body, 200);
    }

    static String answers(JsonObject checklist) {
        var answers = Json.createObjectBuilder();
        for (JsonObject section : checklist.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            for (JsonObject c : section.getJsonArray("criteria").getValuesAs(JsonObject.class)) {
                var mark = Json.createObjectBuilder();
                switch (c.getString("type")) {
                    case "SCALE" -> mark.add("scale", Math.max(c.getJsonNumber("min").intValue(),
                            c.getJsonNumber("max").intValue() - 1));
                    case "YES_NO" -> mark.add("yes", true);
                    case "CHOICE" -> mark.add("choice", c.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                            .max(java.util.Comparator.comparingDouble(o -> o.getJsonNumber("points").doubleValue()))
                            .orElseThrow().getString("code"));
                    default -> mark.add("comment", "Замечаний нет");
                }
                answers.add(c.getString("code"), mark);
            }
        }
        return answers.build().toString();
    }

    /**
     * A person invited through the portal (who then gets Keycloak's mail in the run's console): the seeding sets
     * the password they would choose through the mail's link, with Keycloak's admin API of the local dev server.
     */
    private void invite(String inviter, String email, String firstName, String lastName, String school) {
        api.post(inviter, "/invitations", Json.createObjectBuilder().add("email", email).add("firstName", firstName)
                .add("lastName", lastName).add("role", "school-team").add("scope", school).build().toString(), 204);
        KeycloakAdminCalls admin = new KeycloakAdminCalls(keycloakBase);
        admin.setPassword(email, INVITED_PASSWORD);
        api.knowPassword(email, INVITED_PASSWORD);
    }

    /** The few calls of Keycloak's admin API the seeding needs, as the dev server's admin (admin/admin). */
    static final class KeycloakAdminCalls {
        private final HttpClient http = HttpClient.newHttpClient();
        private final String base;
        private final String token;

        KeycloakAdminCalls(String base) {
            this.base = base;
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base
                    + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(DemoApi.form(Map.of("grant_type", "password",
                            "client_id", "admin-cli", "username", "admin", "password", "admin"))))
                    .build());
            this.token = DemoApi.object(response.body()).getString("access_token");
        }

        void setPassword(String username, String password) {
            String users = base + "/admin/realms/" + LocalKeycloak.REALM + "/users";
            JsonArray found = Json.createReader(new StringReader(send(authorised(URI.create(users + "?exact=true&username="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8))).GET().build()).body())).readArray();
            if (found.isEmpty()) {
                throw new IllegalStateException("Keycloak has no user " + username);
            }
            String id = found.getJsonObject(0).getString("id");
            expect(send(authorised(URI.create(users + "/" + id + "/reset-password"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("type", "password")
                            .add("value", password).add("temporary", false).build().toString())).build()), username);
            expect(send(authorised(URI.create(users + "/" + id)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"requiredActions\":[]}")).build()), username);
        }

        private HttpRequest.Builder authorised(URI uri) {
            return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
        }

        private static void expect(HttpResponse<String> response, String user) {
            if (response.statusCode() != 204) {
                throw new IllegalStateException("Keycloak refused to set the password of " + user + ": "
                        + response.statusCode() + " " + response.body());
            }
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
