-- Demo entries of the practice bank for the one-command run (portal.demo-bank): methodological practices of the
-- demo municipalities (Аткарский район, Абинский район), written after the seeds' practices. Applied only where
-- portal.demo-bank is true (the run, not the tests, which publish their own). Idempotent: an entry with the same title
-- is not added twice. Named to run after R__demo_territories (repeatable migrations run in the order of their names).
INSERT INTO practice (region_id, municipality_id, school_id, region_code, municipality_code, school_code, place, title,
                      summary, level, subject, author, source, published_by, published_by_name, published_at)
SELECT r.id, m.id, s.id, r.code, m.code, s.code,
       CONCAT_WS(' › ', r.name, m.name, s.name),
       e.title, e.summary, e.level, e.subject, NULL, e.source, e.published_by, e.published_by_name, e.published_at
FROM (
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, 'atk-3' AS school_code, 'Родительский университет: как вернуть семью в школу' AS title, 'В школе с низкими образовательными результатами родители редко приходили на собрания, а классные руководители не знали, как до них достучаться. Мы открыли «Родительский университет»: раз в месяц — короткое занятие для родителей (законных представителей) о том, как помочь ребёнку с домашним заданием, как говорить о школьных неудачах, как читать электронный дневник.
Занятия ведут педагог-психолог, социальный педагог и учителя-предметники. За год доля родителей, посетивших хотя бы одно занятие, выросла с 18 до 64 %. Вовлеченность родителей мы измеряем по анкетам в начале и в конце учебного года.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'CONTEST_WINNER' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2023-02-02 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, NULL AS school_code, 'Антирисковая программа «Низкий уровень вовлеченности родителей»: опыт школы-куратора' AS title, 'Школа-куратор помогла подшефной школе составить антирисковую программу по фактору «Низкий уровень вовлеченности родителей». Программа включает цель, задачи, сроки, показатели и ответственных: анкетирование родителей, открытые уроки, совместные мероприятия, работу управляющего совета.
Главный показатель — доля родителей, принявших участие не менее чем в двух школьных событиях за полугодие. Программа прошла муниципальную экспертизу и рекомендована к тиражированию.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'EXPERT_PICK' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2024-05-05 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, NULL AS school_code, 'Клуб отцов: мужской взгляд на воспитание' AS title, 'В станице Холмской создан клуб отцов. Папы учеников проводят мастер-классы по технологии, помогают с походами и спортивными соревнованиями, дежурят на школьных вечерах. Отцы включены в работу совета профилактики.
Родительское участие перестало быть «маминым делом». Уменьшилось число нарушений дисциплины, повысилась посещаемость родительских собраний в 7–9 классах.' AS summary, 'BASIC' AS level, NULL AS subject, 'COORDINATOR_PICK' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2023-06-06 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, 'abn-4' AS school_code, 'Мотивационные беседы с учащимися старших классов' AS title, 'Классные руководители и педагог-психолог проводят с учащимися 9–11 классов индивидуальные мотивационные беседы: ставят образовательные цели, обсуждают выбор профессии и экзаменов. Для каждого ученика составляется краткий план действий на четверть.
Мотивация учащихся к подготовке к государственной итоговой аттестации заметно выросла: все ученики 9 класса получили аттестаты.' AS summary, 'SECONDARY' AS level, NULL AS subject, 'CONTEST_WINNER' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2022-09-09 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, NULL AS school_code, 'Система наставничества «учитель — учитель» в школе с дефицитом кадров' AS title, 'В школе работают семь учителей, из них двое — молодые специалисты. Дефицит педагогических кадров мы восполняем совмещением и наставничеством: каждый молодой педагог закреплён за опытным наставником, который посещает его уроки и разбирает их.
Программа наставничества рассчитана на два года, включает индивидуальный план развития молодого учителя. Молодые педагоги остались в школе — это главный результат.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'EXPERT_PICK' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2023-11-11 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, 'abn-4' AS school_code, 'Школа молодого педагога в муниципалитете' AS title, 'Муниципальная «Школа молодого педагога» собирает начинающих учителей всех школ района раз в месяц. Занятия ведут методисты ИМЦ и лучшие учителя района: как построить урок, как работать с трудным классом, как готовить учеников к ВПР.
Участники получают наставника из другой школы и могут посещать его уроки. Текучесть молодых кадров в районе снизилась.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'COORDINATOR_PICK' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2023-03-15 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, 'atk-3' AS school_code, 'Предметная и методическая компетентность: внутришкольные методические объединения' AS title, 'По итогам диагностики выявлена недостаточная предметная и методическая компетентность педагогических работников: учителя затрудняются в формулировании планируемых результатов и в работе с заданиями функциональной грамотности.
Методические объединения перешли от формальных заседаний к практикумам: разбор заданий ВПР, взаимопосещение уроков, анализ ошибок учащихся. Каждый учитель составил индивидуальный образовательный маршрут профессионального развития.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'CONTEST_WINNER' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2023-04-16 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, NULL AS school_code, 'Внутришкольная система повышения квалификации: «учитель учит учителя»' AS title, 'Несформированность внутришкольной системы повышения квалификации — риск, характерный для многих школ с низкими результатами. Мы создали в школе систему, где учителя учат друг друга: еженедельные 30-минутные практикумы, банк методических разработок, открытые уроки с последующим обсуждением.
Курсы повышения квалификации вне школы выбираются по итогам анализа дефицитов, а не «по разнарядке». Доля педагогов, применяющих современные образовательные технологии, выросла до 80 %.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'EXPERT_PICK' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2022-06-18 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, NULL AS school_code, 'Командное обучение педагогов в школе-партнёре' AS title, 'Управленческая команда и учителя школы прошли стажировку в эффективной школе-партнёре: посетили уроки, заседания методических объединений, педагогический совет. После стажировки в школе запущены собственные педагогические мастерские.
Стажировка проводилась в рамках договора о сетевом взаимодействии и сотрудничестве между школами.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'COORDINATOR_PICK' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2023-07-19 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, NULL AS school_code, 'Цифровая лаборатория для школы с низким уровнем оснащения' AS title, 'Низкий уровень оснащения школы не позволял проводить лабораторные работы по физике и химии. С помощью муниципалитета и школы-партнёра школа получила цифровую лабораторию, а учитель прошёл обучение работе с датчиками.
Теперь практическая часть программы выполняется полностью. Материально-техническая база кабинетов пополнена за счёт участия в региональном проекте.' AS summary, 'BASIC' AS level, 'физика' AS subject, 'CONTEST_WINNER' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2023-10-22 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, NULL AS school_code, 'Использование ресурсов центра «Точка роста» в сетевом формате' AS title, 'Центр образования естественнонаучной направленности «Точка роста» работает не только для своих учеников: по сетевой программе на занятия приезжают ребята из соседней школы с низким уровнем оснащения.
Сетевое взаимодействие позволило выровнять условия обучения биологии и химии в двух школах.' AS summary, 'BASIC' AS level, 'биология' AS subject, 'EXPERT_PICK' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2023-01-25 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, 'abn-4' AS school_code, 'Психолого-педагогическое сопровождение учеников с трудностями в обучении' AS title, 'В школе работает психолого-педагогический консилиум. Для каждого ученика с рисками учебной неуспешности педагог-психолог, логопед и учитель составляют план сопровождения: коррекционные занятия, консультации, работа с семьей.
Психолого-педагогическое сопровождение позволило вовремя выявлять трудности и не доводить их до неуспеваемости по итогам года.' AS summary, 'BASIC' AS level, NULL AS subject, 'COORDINATOR_PICK' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2023-04-01 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, 'atk-3' AS school_code, 'Работа с неуспевающими учениками: индивидуальные образовательные маршруты' AS title, 'Высокая доля обучающихся с рисками учебной неуспешности — фактор, выбранный школой для работы. Для каждого неуспевающего ученика составлен индивидуальный образовательный маршрут: пробелы в знаниях, дополнительные занятия, сроки ликвидации задолженностей.
Учителя математики и русского языка ведут еженедельные консультации для учеников группы риска. Доля неуспевающих по итогам года снизилась с 9 до 3 %.' AS summary, 'BASIC' AS level, 'математика' AS subject, 'CONTEST_WINNER' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2023-05-02 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, NULL AS school_code, 'Преодоление языковых и культурных барьеров: поликультурная школа' AS title, 'В многонациональной станице школа проводит фестиваль культур, где семьи учеников разных национальностей рассказывают о своих традициях. Классные часы посвящены взаимному уважению, работает клуб межкультурного общения.
Снижение культурных барьеров улучшило климат в классах и отношения между родителями.' AS summary, 'ALL' AS level, NULL AS subject, 'EXPERT_PICK' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2022-09-06 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, NULL AS school_code, 'Школьная служба медиации: безопасная образовательная среда' AS title, 'Пониженный уровень качества школьной образовательной и воспитательной среды проявлялся в конфликтах между учениками и в буллинге. В школе создана служба медиации: обученные старшеклассники и педагоги помогают сторонам конфликта договориться.
Число обращений к администрации по поводу конфликтов снизилось вдвое, улучшился психологический климат.' AS summary, 'BASIC' AS level, NULL AS subject, 'COORDINATOR_PICK' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2023-11-08 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, 'abn-4' AS school_code, 'Воспитательная система класса: классный руководитель как наставник' AS title, 'Классные руководители 5–9 классов работают по единой программе воспитательной работы: еженедельные классные часы, совместные дела класса, индивидуальные беседы. Результаты отслеживаются по опросам учеников о школьном климате.
Воспитательная среда школы стала более дружелюбной, снизилось число правонарушений.' AS summary, 'BASIC' AS level, NULL AS subject, 'CONTEST_WINNER' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2024-01-10 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, 'atk-3' AS school_code, 'Подготовка к ВПР по математике в 5–6 классах' AS title, 'По результатам всероссийских проверочных работ по математике школа попала в число школ с низкими результатами. Учителя проанализировали типичные ошибки, составили банк тренировочных заданий и ввели пятиминутки на каждом уроке.
Результаты ВПР по математике в 6 классах улучшились: доля отметок «2» снизилась с 31 до 14 %.' AS summary, 'BASIC' AS level, 'математика' AS subject, 'EXPERT_PICK' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2023-03-12 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, NULL AS school_code, 'Анализ результатов всероссийских проверочных работ как основа методической работы' AS title, 'Заместитель директора с руководителями методических объединений проводят поэлементный анализ результатов всероссийских проверочных работ по каждому предмету. Для каждого класса составляется перечень проблемных тем и план коррекции.
По итогам года проверено, что результаты ВПР совпадают с текущими отметками — признаков необъективности нет.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'COORDINATOR_PICK' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2022-04-13 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, 'abn-4' AS school_code, 'ЕГЭ по профильной математике: система подготовки в сельской школе' AS title, 'В 10–11 классах сельской школы всего по восемь учеников, отдельного профильного класса нет. Учитель математики составил индивидуальные программы подготовки к единому государственному экзамену и использует онлайн-тренажёры.
Средний балл ЕГЭ по профильной математике вырос на 9 баллов за два года.' AS summary, 'SECONDARY' AS level, 'математика' AS subject, 'CONTEST_WINNER' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2023-08-17 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, NULL AS school_code, 'ВСОКО в малой школе: просто и по делу' AS title, 'Внутришкольная система оценки качества образования в малой школе должна быть простой. Мы оставили пять показателей: успеваемость, качество знаний, результаты ВПР, посещаемость, удовлетворённость родителей. Данные собираются раз в четверть и обсуждаются на педагогическом совете.
Положение о ВСОКО переработано, лишние отчёты отменены, а решения принимаются на основе данных.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'EXPERT_PICK' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2023-10-19 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, NULL AS school_code, 'Самообследование как точка отсчёта программы развития' AS title, 'Перед написанием программы развития управленческая команда провела самообследование школы: анализ образовательных результатов, кадров, оснащения, воспитательной среды. Отчёт о самообследовании обсуждён с куратором и коллективом.
Выводы самообследования легли в основу концепции развития и среднесрочной программы развития школы.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'COORDINATOR_PICK' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2023-12-21 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, NULL AS school_code, 'Среднесрочная программа развития: от рисков к мероприятиям' AS title, 'Среднесрочная программа развития школы построена на выбранных факторах риска: для каждого риска — цель, задачи, мероприятия, показатели и ответственные. Программа согласована с куратором и утверждена управляющим советом.
Мероприятия программы перенесены в дорожную карту, исполнение которой отслеживается ежеквартально.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'CONTEST_WINNER' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2022-02-23 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, NULL AS school_code, 'Работа школы-куратора с подшефной школой: регламент визитов' AS title, 'Школа-куратор и подшефная школа подписали соглашение о сетевом взаимодействии и составили график визитов. Куратор посещает школу не реже раза в месяц: уроки, заседания методических объединений, встречи с управленческой командой.
По итогам каждого визита куратор оставляет рекомендации, выполнение которых проверяется на следующем визите.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'EXPERT_PICK' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2023-05-26 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, 'abn-4' AS school_code, 'Школы-кураторы и ШНОР: как распределить нагрузку куратора' AS title, 'Муниципальный координатор распределил кураторство так, чтобы одна школа-куратор вела не больше двух ШНОР. Кураторы получили методические рекомендации и шаблоны для отчётов.
Нагрузка на кураторов стала посильной, визиты проводятся регулярно, документы ШНОР подтверждаются в срок.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'COORDINATOR_PICK' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2024-07-01 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, 'atk-3' AS school_code, 'Взаимоэкспертиза концептуальных документов школ района' AS title, 'Школы-участницы проекта провели взаимоэкспертизу концептуальных документов: каждая школа оценила программу развития другой школы по чек-листу и дала рекомендации. Участие приняли все 100 % школ.
Взаимоэкспертиза помогла школам увидеть сильные и слабые стороны своих документов до региональной экспертизы.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'CONTEST_WINNER' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2023-08-02 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, NULL AS school_code, 'Муниципальная экспертиза антирисковых программ: чек-лист и вебинар' AS title, 'Экспертная группа муниципалитета оценивает антирисковые программы школ по чек-листу из двенадцати параметров. По итогам экспертизы проводится вебинар с разбором типичных ошибок.
Доля антирисковых программ, соответствующих требованиям, выросла до 85 %.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'EXPERT_PICK' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2022-09-03 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, NULL AS school_code, 'Конкурс методических кейсов «Панорама методических кейсов»' AS title, 'Учителя школы подали на региональный конкурс «Панорама методических кейсов: эффективные школьные практики» кейс о работе с мотивацией учеников. Кейс стал победителем и вошёл в банк лучших практик.
Участие в конкурсе помогло педагогам описать свою практику и представить её коллегам из других школ.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'COORDINATOR_PICK' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2023-11-05 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, 'abn-4' AS school_code, 'Банк лучших практик района: как мы собираем и распространяем опыт' AS title, 'В районе создан банк лучших практик: в него попадают кейсы победителей конкурса и практики, отмеченные экспертами. Каждая практика описана по единому шаблону и снабжена контактами автора.
Школы используют банк при разработке своих антирисковых программ, а авторы практик проводят мастер-классы.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'CONTEST_WINNER' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2024-12-06 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, NULL AS school_code, 'ШССУ: школа полного дня как ответ на социальные риски' AS title, 'Для ШССУ, где многие дети после уроков остаются без присмотра, мы ввели режим школы полного дня: после уроков — обед, выполнение домашних заданий с воспитателем, кружки и спортивные секции.
Успеваемость детей из неблагополучных семей выросла, а число правонарушений снизилось.' AS summary, 'BASIC' AS level, NULL AS subject, 'EXPERT_PICK' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2024-03-09 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, NULL AS school_code, 'Поддержка школ, работающих в неблагоприятных социальных условиях: муниципальный опыт' AS title, 'Управление образования выделило школы, работающие в неблагоприятных социальных условиях, и организовало для них межведомственную поддержку: совместные рейды с комиссией по делам несовершеннолетних, выездные консультации психологов, летний лагерь.
Социальный контекст учитывается при оценке результатов школы, а не только средний балл.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'COORDINATOR_PICK' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2022-04-10 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, 'atk-3' AS school_code, 'Учитель-логопед в школе: коррекция нарушений письма и чтения' AS title, 'Учитель-логопед проводит обследование всех первоклассников и ведёт коррекционные занятия с детьми, у которых выявлены дисграфия и дислексия. Занятия согласованы с учителями начальных классов.
Число учеников с неудовлетворительными отметками по русскому языку во 2–4 классах сократилось.' AS summary, 'PRIMARY' AS level, 'русский язык' AS subject, 'CONTEST_WINNER' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2023-06-12 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, 'abn-4' AS school_code, 'История родного края: проектная деятельность в 8–9 классах' AS title, 'Ученики 8–9 классов исследуют историю своей станицы: записывают воспоминания старожилов, работают в районном архиве, готовят экспозицию школьного музея.
Проектная деятельность по истории повысила интерес к предмету у учеников, которые раньше не проявляли учебной активности.' AS summary, 'BASIC' AS level, 'история' AS subject, 'EXPERT_PICK' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2022-10-16 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, 'atk-3' AS school_code, 'Партнёрские соглашения школы: как найти пять партнёров за год' AS title, 'По муниципальному показателю школа должна заключить не менее пяти партнёрских соглашений в год. Мы начали с ближайших организаций: библиотеки, дома культуры, агрофирмы, колледжа и школы-куратора.
Каждое партнёрское соглашение содержит конкретные совместные мероприятия; партнёры участвуют в днях открытых дверей и профориентации.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'COORDINATOR_PICK' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2023-11-17 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, NULL AS school_code, 'Летняя школа для ребят, имеющих академическую задолженность' AS title, 'В июне в школе работает летняя школа для учеников, не освоивших программу по математике и русскому языку. Занятия в малых группах, индивидуальные планы ликвидации задолженности, промежуточная аттестация в августе.
Все ученики ликвидировали задолженность и перешли в следующий класс.' AS summary, 'BASIC' AS level, 'математика' AS subject, 'CONTEST_WINNER' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2023-02-20 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, NULL AS school_code, 'Адресная методическая помощь школам: модель муниципального уровня' AS title, 'Муниципальная модель адресной методической помощи включает диагностику школ, назначение кураторов, формирование пар школ, проведение семинаров и мониторинг. Муниципальный координатор собирает отчёты школ и передаёт их региональному оператору.
Модель позволила охватить адресной поддержкой все школы с низкими образовательными результатами района.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'EXPERT_PICK' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2023-04-22 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, 'abn-4' AS school_code, 'Информационно-методический центр как штаб поддержки школ' AS title, 'Районный информационно-методический центр стал штабом поддержки школ с низкими результатами: методисты ведут консультации, организуют семинары для кураторов, собирают данные мониторинга.
Центр координирует работу районных методических объединений и готовит аналитические справки для управления образования.' AS summary, 'ALL' AS level, 'управление школой' AS subject, 'COORDINATOR_PICK' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2024-05-23 10:00:00' AS published_at
    UNION ALL
    SELECT '64' AS region_code, 'atkarsky' AS municipality_code, NULL AS school_code, 'Цифровая образовательная среда в школе с низким оснащением' AS title, 'Школа получила ноутбуки и доступ к цифровой образовательной среде. Учителя используют электронные курсы, чтобы давать ученикам задания разного уровня и проверять их автоматически.
Цифровые инструменты помогли индивидуализировать обучение при небольшом числе учителей.' AS summary, 'ALL' AS level, NULL AS subject, 'CONTEST_WINNER' AS source, 'operator' AS published_by, 'Ольга Операторова' AS published_by_name, TIMESTAMP '2024-09-27 10:00:00' AS published_at
    UNION ALL
    SELECT '23' AS region_code, 'abinsky' AS municipality_code, NULL AS school_code, 'Открытые уроки и взаимопосещения в школьной паре' AS title, 'Учителя русского языка школы и школы-партнёра посещают уроки друг друга по графику. После каждого урока — разбор по единой карте наблюдения.
Взаимопосещения помогли учителям освоить приёмы работы с текстом и формирующее оценивание.' AS summary, 'BASIC' AS level, 'русский язык' AS subject, 'EXPERT_PICK' AS source, 'operator23' AS published_by, 'Виктор Краснодаров' AS published_by_name, TIMESTAMP '2023-12-03 10:00:00' AS published_at
) e
JOIN region r ON r.code = e.region_code
JOIN municipality m ON m.region_id = r.id AND m.code = e.municipality_code
LEFT JOIN school s ON s.municipality_id = m.id AND s.code = e.school_code
WHERE NOT EXISTS (SELECT 1 FROM practice p WHERE p.title = e.title);

INSERT IGNORE INTO practice_risk_factor (practice_id, federal_number)
SELECT p.id, f.federal_number
FROM (
    SELECT 'Родительский университет: как вернуть семью в школу' AS title, 9 AS federal_number
    UNION ALL
    SELECT 'Антирисковая программа «Низкий уровень вовлеченности родителей»: опыт школы-куратора' AS title, 9 AS federal_number
    UNION ALL
    SELECT 'Клуб отцов: мужской взгляд на воспитание' AS title, 9 AS federal_number
    UNION ALL
    SELECT 'Клуб отцов: мужской взгляд на воспитание' AS title, 7 AS federal_number
    UNION ALL
    SELECT 'Мотивационные беседы с учащимися старших классов' AS title, 10 AS federal_number
    UNION ALL
    SELECT 'Мотивационные беседы с учащимися старших классов' AS title, 8 AS federal_number
    UNION ALL
    SELECT 'Система наставничества «учитель — учитель» в школе с дефицитом кадров' AS title, 2 AS federal_number
    UNION ALL
    SELECT 'Система наставничества «учитель — учитель» в школе с дефицитом кадров' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Школа молодого педагога в муниципалитете' AS title, 2 AS federal_number
    UNION ALL
    SELECT 'Школа молодого педагога в муниципалитете' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Школа молодого педагога в муниципалитете' AS title, 5 AS federal_number
    UNION ALL
    SELECT 'Предметная и методическая компетентность: внутришкольные методические объединения' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Предметная и методическая компетентность: внутришкольные методические объединения' AS title, 5 AS federal_number
    UNION ALL
    SELECT 'Внутришкольная система повышения квалификации: «учитель учит учителя»' AS title, 5 AS federal_number
    UNION ALL
    SELECT 'Командное обучение педагогов в школе-партнёре' AS title, 5 AS federal_number
    UNION ALL
    SELECT 'Командное обучение педагогов в школе-партнёре' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Цифровая лаборатория для школы с низким уровнем оснащения' AS title, 1 AS federal_number
    UNION ALL
    SELECT 'Использование ресурсов центра «Точка роста» в сетевом формате' AS title, 1 AS federal_number
    UNION ALL
    SELECT 'Психолого-педагогическое сопровождение учеников с трудностями в обучении' AS title, 8 AS federal_number
    UNION ALL
    SELECT 'Психолого-педагогическое сопровождение учеников с трудностями в обучении' AS title, 4 AS federal_number
    UNION ALL
    SELECT 'Работа с неуспевающими учениками: индивидуальные образовательные маршруты' AS title, 8 AS federal_number
    UNION ALL
    SELECT 'Преодоление языковых и культурных барьеров: поликультурная школа' AS title, 6 AS federal_number
    UNION ALL
    SELECT 'Преодоление языковых и культурных барьеров: поликультурная школа' AS title, 7 AS federal_number
    UNION ALL
    SELECT 'Школьная служба медиации: безопасная образовательная среда' AS title, 7 AS federal_number
    UNION ALL
    SELECT 'Воспитательная система класса: классный руководитель как наставник' AS title, 7 AS federal_number
    UNION ALL
    SELECT 'Воспитательная система класса: классный руководитель как наставник' AS title, 10 AS federal_number
    UNION ALL
    SELECT 'Подготовка к ВПР по математике в 5–6 классах' AS title, 8 AS federal_number
    UNION ALL
    SELECT 'Подготовка к ВПР по математике в 5–6 классах' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Анализ результатов всероссийских проверочных работ как основа методической работы' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Анализ результатов всероссийских проверочных работ как основа методической работы' AS title, 8 AS federal_number
    UNION ALL
    SELECT 'ЕГЭ по профильной математике: система подготовки в сельской школе' AS title, 8 AS federal_number
    UNION ALL
    SELECT 'ЕГЭ по профильной математике: система подготовки в сельской школе' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'ВСОКО в малой школе: просто и по делу' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'ВСОКО в малой школе: просто и по делу' AS title, 4 AS federal_number
    UNION ALL
    SELECT 'Самообследование как точка отсчёта программы развития' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Самообследование как точка отсчёта программы развития' AS title, 4 AS federal_number
    UNION ALL
    SELECT 'Среднесрочная программа развития: от рисков к мероприятиям' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Среднесрочная программа развития: от рисков к мероприятиям' AS title, 5 AS federal_number
    UNION ALL
    SELECT 'Работа школы-куратора с подшефной школой: регламент визитов' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Школы-кураторы и ШНОР: как распределить нагрузку куратора' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Взаимоэкспертиза концептуальных документов школ района' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Муниципальная экспертиза антирисковых программ: чек-лист и вебинар' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Конкурс методических кейсов «Панорама методических кейсов»' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Банк лучших практик района: как мы собираем и распространяем опыт' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Банк лучших практик района: как мы собираем и распространяем опыт' AS title, 5 AS federal_number
    UNION ALL
    SELECT 'ШССУ: школа полного дня как ответ на социальные риски' AS title, 7 AS federal_number
    UNION ALL
    SELECT 'ШССУ: школа полного дня как ответ на социальные риски' AS title, 8 AS federal_number
    UNION ALL
    SELECT 'Поддержка школ, работающих в неблагоприятных социальных условиях: муниципальный опыт' AS title, 9 AS federal_number
    UNION ALL
    SELECT 'Поддержка школ, работающих в неблагоприятных социальных условиях: муниципальный опыт' AS title, 7 AS federal_number
    UNION ALL
    SELECT 'Учитель-логопед в школе: коррекция нарушений письма и чтения' AS title, 8 AS federal_number
    UNION ALL
    SELECT 'История родного края: проектная деятельность в 8–9 классах' AS title, 10 AS federal_number
    UNION ALL
    SELECT 'Партнёрские соглашения школы: как найти пять партнёров за год' AS title, 1 AS federal_number
    UNION ALL
    SELECT 'Партнёрские соглашения школы: как найти пять партнёров за год' AS title, 5 AS federal_number
    UNION ALL
    SELECT 'Летняя школа для ребят, имеющих академическую задолженность' AS title, 8 AS federal_number
    UNION ALL
    SELECT 'Адресная методическая помощь школам: модель муниципального уровня' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Адресная методическая помощь школам: модель муниципального уровня' AS title, 5 AS federal_number
    UNION ALL
    SELECT 'Информационно-методический центр как штаб поддержки школ' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Информационно-методический центр как штаб поддержки школ' AS title, 5 AS federal_number
    UNION ALL
    SELECT 'Цифровая образовательная среда в школе с низким оснащением' AS title, 1 AS federal_number
    UNION ALL
    SELECT 'Цифровая образовательная среда в школе с низким оснащением' AS title, 4 AS federal_number
    UNION ALL
    SELECT 'Открытые уроки и взаимопосещения в школьной паре' AS title, 3 AS federal_number
    UNION ALL
    SELECT 'Открытые уроки и взаимопосещения в школьной паре' AS title, 5 AS federal_number
) f
JOIN practice p ON p.title = f.title;
