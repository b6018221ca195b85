package ru.portal500.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Paragraphs that read like a school's development concept, generated from a seed (the same seed, the same text). */
public final class RussianText {

    private static final String[] SUBJECTS = {"Школа", "Педагогический коллектив", "Методическое объединение учителей",
            "Администрация образовательной организации", "Управляющий совет", "Куратор программы",
            "Муниципальный координатор", "Классный руководитель", "Школьная служба медиации", "Рабочая группа"};
    private static final String[] ACTIONS = {"обеспечивает", "разрабатывает и внедряет", "организует",
            "проводит мониторинг", "планирует", "анализирует", "совершенствует", "поддерживает", "координирует",
            "выстраивает"};
    private static final String[] OBJECTS = {"систему внутренней оценки качества образования",
            "индивидуальные образовательные маршруты обучающихся", "повышение квалификации педагогов",
            "работу с обучающимися, имеющими трудности в обучении", "взаимодействие с родителями (законными представителями)",
            "сетевое взаимодействие со школой-партнёром", "антирисковую программу по фактору «Низкая учебная мотивация»",
            "комфортную и безопасную образовательную среду", "программу наставничества молодых специалистов",
            "дополнительное образование и внеурочную деятельность"};
    private static final String[] MEANS = {"в соответствии с дорожной картой на 2025–2026 учебный год",
            "на основе результатов Всероссийских проверочных работ", "с учётом рискового профиля школы",
            "по итогам самообследования", "при поддержке регионального оператора проекта «500+»",
            "через систему открытых уроков и взаимопосещений", "с привлечением ресурсов муниципалитета",
            "в рамках среднесрочной программы развития", "с ежеквартальным отчётом куратору",
            "используя цифровую образовательную платформу"};
    private static final String[] RESULTS = {"Доля обучающихся, не достигших базового уровня, снизится на 15 %.",
            "Ожидаемый результат — рост качества знаний по математике и русскому языку.",
            "Показатель контролируется ежемесячно и отражается в мониторинге.",
            "Ответственный — заместитель директора по учебно-воспитательной работе.",
            "Сроки исполнения: сентябрь — май.", "Итоги обсуждаются на педагогическом совете.",
            "Результаты публикуются на официальном сайте школы.", "Это снижает риск учебной неуспешности."};

    private RussianText() {
    }

    /** One sentence-built paragraph of roughly 250–600 characters. */
    public static String paragraph(Random random) {
        StringBuilder p = new StringBuilder();
        int sentences = 2 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            p.append(pick(random, SUBJECTS)).append(' ').append(pick(random, ACTIONS)).append(' ')
                    .append(pick(random, OBJECTS)).append(' ').append(pick(random, MEANS)).append(". ");
        }
        return p.append(pick(random, RESULTS)).toString();
    }

    /** Paragraphs adding up to at least {@code chars} characters. */
    public static List<String> paragraphs(long seed, int chars) {
        Random random = new Random(seed);
        List<String> paragraphs = new ArrayList<>();
        int length = 0;
        while (length < chars) {
            String p = paragraph(random);
            paragraphs.add(p);
            length += p.length() + 1;
        }
        return paragraphs;
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
