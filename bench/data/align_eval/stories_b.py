"""Labelled alignment evaluation set, part B: culture, education, sport and science.

Original fictional regional news (people, outlets, companies and events are invented).
Each entry gives the versions of one story row by row; see ``bench/align_eval.py``.
"""

STORIES = [
    # ------------------------------------------------------------------ plain
    {
        "key": "b01",
        "case": "plain",
        "source": "lviv-vechir.example",
        "published": {"uk": "2024-02-17T10:15:00+02:00", "en": "2024-02-17T14:40:00+02:00", "ru": "2024-02-17"},
        "title": {
            "uk": "Камерна опера «Арія» показала прем’єру «Сну над Полтвою»",
            "en": "Aria Chamber Opera premieres “A Dream over the Poltva”",
            "ru": "Камерная опера «Ария» показала премьеру «Сна над Полтвой»",
        },
        "author": {"uk": "Марта Левицька", "en": "Marta Levytska", "ru": "Марта Левицкая"},
        "rows": [
            {
                "uk": ["Львівський камерний оперний театр «Арія» 16 лютого представив прем’єру опери «Сон над Полтвою» композитора Тараса Довганя. Усі 420 квитків на перший показ розкупили за вісім днів до вистави."],
                "en": ["Lviv's Aria Chamber Opera Theatre presented the premiere of Taras Dovhan's opera “A Dream over the Poltva” on 16 February. All 420 tickets for the opening night sold out eight days before the performance."],
                "ru": ["Львовский камерный оперный театр «Ария» 16 февраля представил премьеру оперы Тараса Довганя «Сон над Полтвой». Все 420 билетов на первый показ раскупили за восемь дней до спектакля."],
            },
            {
                "uk": ["Опера розповідає про родину львівських годинникарів у 1920-х роках, а головні партії виконали сопрано Ганна Стасюк і баритон Ігор Пелех. Режисеркою постановки стала Соломія Кравець, яка працювала над виставою понад рік."],
                "en": ["The opera follows a family of Lviv watchmakers in the 1920s, with soprano Hanna Stasiuk and baritone Ihor Pelekh singing the lead roles. The production was directed by Solomiia Kravets, who worked on it for more than a year."],
                "ru": ["Опера рассказывает о семье львовских часовщиков в 1920-х годах, а главные партии исполнили сопрано Анна Стасюк и баритон Игорь Пелех. Режиссером постановки стала Соломия Кравец, работавшая над спектаклем больше года."],
            },
            {
                "uk": ["За словами Кравець, декорації майстерня театру виготовила з 1 800 дерев’яних деталей, а костюми для 34 артистів шили три місяці. Бюджет постановки склав 2,6 мільйона гривень, з яких 1,1 мільйона виділив міський фонд культури."],
                "en": ["According to Kravets, the theatre's workshop built the sets from 1,800 wooden parts, and the costumes for the 34 performers took three months to sew. The production cost 2.6 million hryvnias, 1.1 million of which came from the city's culture fund."],
                "ru": ["По словам Кравец, декорации мастерская театра изготовила из 1 800 деревянных деталей, а костюмы для 34 артистов шили три месяца. Бюджет постановки составил 2,6 миллиона гривен, из которых 1,1 миллиона выделил городской фонд культуры."],
            },
            {
                "uk": ["Оркестром диригував Андрій Шумило, який раніше очолював оркестр Івано-Франківської філармонії. Партитура опери налічує 212 сторінок, а сама вистава триває дві години десять хвилин з одним антрактом."],
                "en": ["The orchestra was conducted by Andrii Shumylo, who previously led the orchestra of the Ivano-Frankivsk Philharmonic. The score runs to 212 pages, and the performance lasts two hours and ten minutes with one interval."],
                "ru": ["Оркестром дирижировал Андрей Шумило, ранее возглавлявший оркестр Ивано-Франковской филармонии. Партитура оперы насчитывает 212 страниц, а сам спектакль длится два часа десять минут с одним антрактом."],
            },
            {
                "uk": ["Наступні покази «Сну над Полтвою» заплановані на 2 і 23 березня. Директор театру Богдан Яцишин повідомив, що у квітні виставу покажуть на гастролях у Тернополі та Луцьку."],
                "en": ["Further performances of “A Dream over the Poltva” are scheduled for 2 and 23 March. Theatre director Bohdan Yatsyshyn said the production will tour Ternopil and Lutsk in April."],
                "ru": ["Следующие показы «Сна над Полтвой» запланированы на 2 и 23 марта. Директор театра Богдан Яцишин сообщил, что в апреле спектакль покажут на гастролях в Тернополе и Луцке."],
            },
        ],
    },
    {
        "key": "b02",
        "case": "plain",
        "source": "odesa-herald.example",
        "published": {"uk": "2024-08-12T08:05:00+03:00", "en": "2024-08-12T11:30:00+03:00", "ru": "2024-08-12T09:20:00+03:00"},
        "title": {
            "uk": "Фестиваль «Джаз біля Ланжерона» зібрав 11 тисяч глядачів",
            "en": "Jazz by Langeron festival draws 11,000 visitors",
            "ru": "Фестиваль «Джаз у Ланжерона» собрал 11 тысяч зрителей",
        },
        "author": {"uk": "Сергій Бондар", "en": "Serhii Bondar", "ru": "Сергей Бондарь"},
        "rows": [
            {
                "uk": ["Четвертий фестиваль «Джаз біля Ланжерона» завершився в Одесі в неділю, 11 серпня. За три дні його концерти відвідали близько 11 тисяч глядачів, повідомили організатори."],
                "en": ["The fourth Jazz by Langeron festival ended in Odesa on Sunday, 11 August. The organisers said about 11,000 people attended its concerts over the three days."],
                "ru": ["Четвертый фестиваль «Джаз у Ланжерона» завершился в Одессе в воскресенье, 11 августа. За три дня его концерты посетили около 11 тысяч зрителей, сообщили организаторы."],
            },
            {
                "uk": ["На двох сценах виступили 27 колективів з України, Польщі, Молдови та Грузії. Хедлайнером став квартет одеського саксофоніста Романа Гершковича, який представив новий альбом «Портові вогні»."],
                "en": ["Twenty-seven bands from Ukraine, Poland, Moldova and Georgia played on two stages. The headliner was the quartet of Odesa saxophonist Roman Hershkovych, who presented his new album “Harbour Lights”."],
                "ru": ["На двух сценах выступили 27 коллективов из Украины, Польши, Молдовы и Грузии. Хедлайнером стал квартет одесского саксофониста Романа Гершковича, представивший новый альбом «Портовые огни»."],
            },
            {
                "uk": ["Уперше фестиваль провів безкоштовну літню школу для молодих музикантів: 46 учасників віком від 14 до 22 років щодня займалися з викладачами по чотири години. П’ятьох найкращих запросили виступити на концерті закриття."],
                "en": ["For the first time the festival ran a free summer school for young musicians: 46 participants aged 14 to 22 worked with teachers for four hours a day. The five best were invited to play at the closing concert."],
                "ru": ["Впервые фестиваль провел бесплатную летнюю школу для молодых музыкантов: 46 участников в возрасте от 14 до 22 лет ежедневно занимались с преподавателями по четыре часа. Пятерых лучших пригласили выступить на концерте закрытия."],
            },
            {
                "uk": ["Директорка фестивалю Лариса Жеребко розповіла, що бюджет цьогорічного заходу становив 3,4 мільйона гривень і майже повністю складався з коштів спонсорів. Частину виручки від продажу квитків, 620 тисяч гривень, передали на ремонт музичної школи № 3."],
                "en": ["Festival director Larysa Zherebko said this year's budget was 3.4 million hryvnias, almost all of it from sponsors. Part of the ticket revenue, 620,000 hryvnias, has been donated to repair Music School No. 3."],
                "ru": ["Директор фестиваля Лариса Жеребко рассказала, что бюджет нынешнего мероприятия составил 3,4 миллиона гривен и почти полностью состоял из средств спонсоров. Часть выручки от продажи билетов, 620 тысяч гривен, передали на ремонт музыкальной школы № 3."],
            },
            {
                "uk": ["Наступний фестиваль запланований на 8–10 серпня 2025 року. Організатори обіцяють додати третю сцену в парку Шевченка."],
                "en": ["Next year's festival is planned for 8–10 August 2025. The organisers promise to add a third stage in Shevchenko Park."],
                "ru": ["Следующий фестиваль запланирован на 8–10 августа 2025 года. Организаторы обещают добавить третью сцену в парке Шевченко."],
            },
        ],
    },
    {
        "key": "b03",
        "case": "plain",
        "source": "poltava-today.example",
        "published": {"uk": "2025-04-09", "en": "2025-04-09", "ru": "2025-04-10"},
        "title": {
            "uk": "У Полтавському університеті прикладних наук відкрили лабораторію ґрунтової біології",
            "en": "Poltava University of Applied Sciences opens soil biology laboratory",
            "ru": "В Полтавском университете прикладных наук открыли лабораторию почвенной биологии",
        },
        "author": {"uk": "Оксана Гриценко", "en": "Oksana Hrytsenko", "ru": "Оксана Гриценко"},
        "rows": [
            {
                "uk": ["Полтавський університет прикладних наук 8 квітня відкрив лабораторію ґрунтової біології на третьому поверсі головного корпусу. Обладнання на 7,8 мільйона гривень університет отримав за грантом міжнародного фонду «Зелене поле»."],
                "en": ["Poltava University of Applied Sciences opened a soil biology laboratory on the third floor of its main building on 8 April. The university received 7.8 million hryvnias' worth of equipment under a grant from the Green Field international foundation."],
                "ru": ["Полтавский университет прикладных наук 8 апреля открыл лабораторию почвенной биологии на третьем этаже главного корпуса. Оборудование на 7,8 миллиона гривен университет получил по гранту международного фонда «Зеленое поле»."],
            },
            {
                "uk": ["Лабораторію очолила докторка біологічних наук Наталія Кузьменко, яка 12 років досліджувала чорноземи Лівобережжя. У її команді працюватимуть шість науковців і 15 аспірантів."],
                "en": ["The laboratory is headed by Nataliia Kuzmenko, a doctor of biological sciences who spent 12 years studying the black soils of Left-Bank Ukraine. Her team will include six researchers and 15 doctoral students."],
                "ru": ["Лабораторию возглавила доктор биологических наук Наталья Кузьменко, которая 12 лет исследовала черноземы Левобережья. В ее команде будут работать шесть научных сотрудников и 15 аспирантов."],
            },
            {
                "uk": ["Головне завдання лабораторії — скласти карту мікробного складу ґрунтів у 25 громадах Полтавщини. Перші 300 зразків науковці планують відібрати вже в травні."],
                "en": ["The lab's main task is to map the microbial make-up of soils in 25 communities of the Poltava region. The researchers plan to collect the first 300 samples as early as May."],
                "ru": ["Главная задача лаборатории — составить карту микробного состава почв в 25 общинах Полтавщины. Первые 300 образцов ученые планируют отобрать уже в мае."],
            },
            {
                "uk": ["Ректор університету Віктор Литвиненко зазначив, що результати досліджень будуть безкоштовно доступні фермерам області. За його словами, до співпраці вже долучилися 40 агропідприємств."],
                "en": ["Rector Viktor Lytvynenko said the results of the research would be available to the region's farmers free of charge. According to him, 40 agricultural companies have already joined the project."],
                "ru": ["Ректор университета Виктор Литвиненко отметил, что результаты исследований будут бесплатно доступны фермерам области. По его словам, к сотрудничеству уже присоединились 40 агропредприятий."],
            },
            {
                "uk": ["Восени на базі лабораторії запрацює магістерська програма з агроекології, розрахована на 20 студентів на рік."],
                "en": ["In the autumn the laboratory will host a master's programme in agroecology with 20 places a year."],
                "ru": ["Осенью на базе лаборатории заработает магистерская программа по агроэкологии, рассчитанная на 20 студентов в год."],
            },
        ],
    },
    {
        "key": "b04",
        "case": "plain",
        "source": "odesa-herald.example",
        "published": {"uk": "2025-10-21T12:00:00+03:00", "en": "2025-10-21T16:45:00+03:00", "ru": "2025-10-21T13:10:00+03:00"},
        "title": {
            "uk": "Астрономи Приморської обсерваторії відкрили новий астероїд",
            "en": "Prymorska Observatory astronomers discover a new asteroid",
            "ru": "Астрономы Приморской обсерватории открыли новый астероид",
        },
        "author": {"uk": "Дмитро Савчук", "en": "Dmytro Savchuk", "ru": "Дмитрий Савчук"},
        "rows": [
            {
                "uk": ["Астрономи Приморської обсерваторії під Одесою відкрили астероїд, що наближається до орбіти Землі. Об’єкт, який отримав тимчасове позначення 2025 TK17, зафіксували в ніч на 14 жовтня."],
                "en": ["Astronomers at the Prymorska Observatory near Odesa have discovered an asteroid that approaches Earth's orbit. The object, provisionally designated 2025 TK17, was spotted on the night of 13–14 October."],
                "ru": ["Астрономы Приморской обсерватории под Одессой открыли астероид, который приближается к орбите Земли. Объект, получивший временное обозначение 2025 TK17, зафиксировали в ночь на 14 октября."],
            },
            {
                "uk": ["Відкриття зробили молодший науковий співробітник Ярослав Дудник і аспірантка Вероніка Бабич на 80-сантиметровому телескопі обсерваторії. Підтвердження орбіти надійшло від Центру малих планет через три доби."],
                "en": ["The discovery was made by junior researcher Yaroslav Dudnyk and doctoral student Veronika Babych with the observatory's 80-centimetre telescope. The Minor Planet Center confirmed the orbit three days later."],
                "ru": ["Открытие сделали младший научный сотрудник Ярослав Дудник и аспирантка Вероника Бабич на 80-сантиметровом телескопе обсерватории. Подтверждение орбиты пришло от Центра малых планет через трое суток."],
            },
            {
                "uk": ["За попередніми оцінками, діаметр астероїда становить від 140 до 190 метрів. Найближче він підійде до Землі в березні 2031 року, на відстань близько 6,2 мільйона кілометрів, і небезпеки не становить."],
                "en": ["Preliminary estimates put the asteroid's diameter at 140 to 190 metres. It will make its closest approach to Earth in March 2031, at a distance of about 6.2 million kilometres, and poses no danger."],
                "ru": ["По предварительным оценкам, диаметр астероида составляет от 140 до 190 метров. Ближе всего он подойдет к Земле в марте 2031 года, на расстояние около 6,2 миллиона километров, и опасности не представляет."],
            },
            {
                "uk": ["Це вже дев’ятий астероїд, відкритий обсерваторією з 2019 року. Директор установи Леонід Гавриш розповів, що після модернізації камери у 2024 році телескоп фіксує об’єкти, удвічі тьмяніші, ніж раніше."],
                "en": ["It is the ninth asteroid the observatory has discovered since 2019. Director Leonid Havrysh said that since the camera was upgraded in 2024 the telescope can detect objects half as bright as before."],
                "ru": ["Это уже девятый астероид, открытый обсерваторией с 2019 года. Директор учреждения Леонид Гавриш рассказал, что после модернизации камеры в 2024 году телескоп фиксирует объекты вдвое более тусклые, чем раньше."],
            },
            {
                "uk": ["Право запропонувати назву для астероїда першовідкривачі отримають після того, як уточнять його орбіту. Дудник каже, що команда хоче назвати об’єкт на честь одеського астронома XIX століття."],
                "en": ["The discoverers will be entitled to propose a name once the orbit has been refined. Dudnyk says the team would like to name the object after a 19th-century Odesa astronomer."],
                "ru": ["Право предложить название для астероида первооткрыватели получат после уточнения его орбиты. Дудник говорит, что команда хочет назвать объект в честь одесского астронома XIX века."],
            },
        ],
    },
    {
        "key": "b05",
        "case": "plain",
        "source": "lviv-vechir.example",
        "published": {"uk": "2024-09-15T09:00:00+03:00", "en": "2024-09-15", "ru": "2024-09-15T10:30:00+03:00"},
        "title": {
            "uk": "«Галицькі леви» обіграли «Поділля-Агро» і піднялися на друге місце",
            "en": "Halytski Levy beat Podillia-Ahro to climb to second place",
            "ru": "«Галицкие львы» обыграли «Подолье-Агро» и поднялись на второе место",
        },
        "author": {"uk": "Юрій Дмитришин", "en": "Yurii Dmytryshyn", "ru": "Юрий Дмитришин"},
        "rows": [
            {
                "uk": ["Львівський футбольний клуб «Галицькі леви» в суботу, 14 вересня, переміг хмельницьке «Поділля-Агро» з рахунком 3:1. Матч дев’ятого туру першої ліги на стадіоні «Сокіл» відвідали 4 300 уболівальників."],
                "en": ["Lviv football club Halytski Levy beat Podillia-Ahro of Khmelnytskyi 3–1 on Saturday, 14 September. The ninth-round First League match at the Sokil stadium drew 4,300 fans."],
                "ru": ["Львовский футбольный клуб «Галицкие львы» в субботу, 14 сентября, победил хмельницкое «Подолье-Агро» со счетом 3:1. Матч девятого тура первой лиги на стадионе «Сокол» посетили 4 300 болельщиков."],
            },
            {
                "uk": ["Гості відкрили рахунок на 17-й хвилині після помилки захисника Остапа Гураля. Ще до перерви «леви» зрівняли: з пенальті точно пробив капітан Назар Кміть."],
                "en": ["The visitors went ahead in the 17th minute after a mistake by defender Ostap Hural. The Levy equalised before the break when captain Nazar Kmit converted a penalty."],
                "ru": ["Гости открыли счет на 17-й минуте после ошибки защитника Остапа Гураля. Еще до перерыва «львы» сравняли счет: с пенальти точно пробил капитан Назар Кмить."],
            },
            {
                "uk": ["У другому таймі двічі відзначився 19-річний нападник Максим Рибак, для якого це перші голи в професійній кар’єрі. Другий м’яч він забив головою після подачі кутового на 71-й хвилині."],
                "en": ["In the second half 19-year-old striker Maksym Rybak scored twice, his first goals as a professional. He headed in his second from a corner in the 71st minute."],
                "ru": ["Во втором тайме дважды отличился 19-летний нападающий Максим Рыбак, для которого это первые голы в профессиональной карьере. Второй мяч он забил головой после подачи углового на 71-й минуте."],
            },
            {
                "uk": ["Після перемоги «Галицькі леви» мають 19 очок і посідають друге місце в таблиці, відстаючи від лідера на два бали. Головний тренер Віталій Оліярник назвав гру «найзрілішою в сезоні»."],
                "en": ["The win takes Halytski Levy to 19 points and second place in the table, two points behind the leaders. Head coach Vitalii Oliiarnyk called it “the most mature game of our season”."],
                "ru": ["После победы «Галицкие львы» имеют 19 очков и занимают второе место в таблице, отставая от лидера на два балла. Главный тренер Виталий Олиярник назвал игру «самой зрелой в сезоне»."],
            },
            {
                "uk": ["Наступний матч команда зіграє 21 вересня в Черкасах. Продаж квитків на домашню гру 28 вересня стартує в понеділок."],
                "en": ["The team's next match is in Cherkasy on 21 September. Tickets for the home game on 28 September go on sale on Monday."],
                "ru": ["Следующий матч команда сыграет 21 сентября в Черкассах. Продажа билетов на домашнюю игру 28 сентября стартует в понедельник."],
            },
        ],
    },
    {
        "key": "b06",
        "case": "plain",
        "source": "poltava-today.example",
        "published": {"uk": "2024-05-22T11:00:00+03:00", "en": "2024-05-22T15:20:00+03:00", "ru": "2024-05-22T12:45:00+03:00"},
        "title": {
            "uk": "Бібліотека «Ворскла» оцифрувала 14 тисяч сторінок старих полтавських газет",
            "en": "Vorskla Library digitises 14,000 pages of old Poltava newspapers",
            "ru": "Библиотека «Ворскла» оцифровала 14 тысяч страниц старых полтавских газет",
        },
        "author": {"uk": "Галина Терещенко", "en": "Halyna Tereshchenko", "ru": "Галина Терещенко"},
        "rows": [
            {
                "uk": ["Полтавська публічна бібліотека «Ворскла» завершила оцифрування 14 200 сторінок місцевих газет, що виходили з 1905 по 1939 рік. Від 21 травня всі скани безкоштовно доступні на сайті бібліотеки."],
                "en": ["Poltava's Vorskla Public Library has finished digitising 14,200 pages of local newspapers published between 1905 and 1939. Since 21 May all the scans have been available free of charge on the library's website."],
                "ru": ["Полтавская публичная библиотека «Ворскла» завершила оцифровку 14 200 страниц местных газет, выходивших с 1905 по 1939 год. С 21 мая все сканы бесплатно доступны на сайте библиотеки."],
            },
            {
                "uk": ["Роботу за 16 місяців виконали чотири співробітниці відділу краєзнавства на сканері, який бібліотеці подарувала родина полтавських підприємців Сидоренків. Деякі підшивки були настільки крихкими, що кожну сторінку доводилося розгладжувати вручну."],
                "en": ["Four staff members of the local history department did the work over 16 months, using a scanner donated to the library by the Sydorenkos, a family of Poltava entrepreneurs. Some of the bound volumes were so brittle that every page had to be flattened by hand."],
                "ru": ["Работу за 16 месяцев выполнили четыре сотрудницы отдела краеведения на сканере, который библиотеке подарила семья полтавских предпринимателей Сидоренко. Некоторые подшивки были настолько хрупкими, что каждую страницу приходилось разглаживать вручную."],
            },
            {
                "uk": ["Завідувачка відділу Тамара Вовк розповіла, що найцінніша частина колекції — 38 номерів газети «Полтавський хлібороб» за 1918 рік, яких немає в жодному іншому архіві."],
                "en": ["Department head Tamara Vovk said the most valuable part of the collection is 38 issues of the newspaper Poltavskyi Khliborob from 1918, which no other archive holds."],
                "ru": ["Заведующая отделом Тамара Вовк рассказала, что самая ценная часть коллекции — 38 номеров газеты «Полтавский хлебороб» за 1918 год, которых нет ни в одном другом архиве."],
            },
            {
                "uk": ["Усі тексти пройшли автоматичне розпізнавання, тому в них можна шукати за прізвищами, назвами вулиць і сіл. За першу добу сайт відвідали понад 3 500 користувачів, зокрема з Канади та Аргентини."],
                "en": ["All the texts have been run through character recognition, so they can be searched by surname, street or village. More than 3,500 users visited the site in the first 24 hours, including from Canada and Argentina."],
                "ru": ["Все тексты прошли автоматическое распознавание, поэтому в них можно искать по фамилиям, названиям улиц и сел. За первые сутки сайт посетили более 3 500 пользователей, в том числе из Канады и Аргентины."],
            },
            {
                "uk": ["Наступним етапом бібліотека планує оцифрувати 2 600 листівок і фотографій з фонду краєзнавця Миколи Ярошенка. На це потрібно близько 480 тисяч гривень, збір коштів уже триває."],
                "en": ["Next the library plans to digitise 2,600 postcards and photographs from the collection of local historian Mykola Yaroshenko. This will require about 480,000 hryvnias, and fundraising is already under way."],
                "ru": ["Следующим этапом библиотека планирует оцифровать 2 600 открыток и фотографий из фонда краеведа Николая Ярошенко. Для этого нужно около 480 тысяч гривен, сбор средств уже идет."],
            },
        ],
    },
    {
        "key": "b07",
        "case": "plain",
        "source": "odesa-herald.example",
        "published": {"uk": "2025-03-28", "en": "2025-03-28", "ru": "2025-03-28"},
        "title": {
            "uk": "Одеські ліцеїсти привезли чотири медалі з Всеукраїнської олімпіади з фізики",
            "en": "Odesa lyceum students bring home four medals from national physics olympiad",
            "ru": "Одесские лицеисты привезли четыре медали со Всеукраинской олимпиады по физике",
        },
        "author": {"uk": "Анастасія Мороз", "en": "Anastasiia Moroz", "ru": "Анастасия Мороз"},
        "rows": [
            {
                "uk": ["Команда одеського ліцею «Ерудит» здобула чотири медалі на Всеукраїнській учнівській олімпіаді з фізики, яка 22–26 березня проходила у Вінниці. Це найкращий результат ліцею за останні десять років."],
                "en": ["A team from Odesa's Erudyt Lyceum won four medals at the All-Ukrainian Student Physics Olympiad, held in Vinnytsia on 22–26 March. It is the lyceum's best result in the past ten years."],
                "ru": ["Команда одесского лицея «Эрудит» завоевала четыре медали на Всеукраинской ученической олимпиаде по физике, которая 22–26 марта проходила в Виннице. Это лучший результат лицея за последние десять лет."],
            },
            {
                "uk": ["Золоту медаль у категорії 11 класів виборов Матвій Зайченко, який набрав 47 балів із 50 можливих. Срібло отримали десятикласниці Аліна Поліщук і Софія Кравчук, бронзу — дев’ятикласник Давид Ароян."],
                "en": ["Matvii Zaichenko won gold in the 11th-grade category with 47 points out of a possible 50. Tenth-graders Alina Polishchuk and Sofiia Kravchuk took silver, and ninth-grader Davyd Aroian won bronze."],
                "ru": ["Золотую медаль в категории 11-х классов завоевал Матвей Зайченко, набравший 47 баллов из 50 возможных. Серебро получили десятиклассницы Алина Полищук и София Кравчук, бронзу — девятиклассник Давид Ароян."],
            },
            {
                "uk": ["Загалом в олімпіаді взяли участь 312 школярів з усіх областей. Учасники розв’язували п’ять теоретичних задач і виконували експериментальний тур, на якому треба було виміряти в’язкість меду."],
                "en": ["In total 312 school students from every region took part. They solved five theoretical problems and sat an experimental round in which they had to measure the viscosity of honey."],
                "ru": ["Всего в олимпиаде приняли участие 312 школьников из всех областей. Участники решали пять теоретических задач и выполняли экспериментальный тур, на котором нужно было измерить вязкость меда."],
            },
            {
                "uk": ["Підготовкою команди займався вчитель фізики Євген Сорока, який працює в ліцеї з 2003 року. За його словами, учні тренувалися тричі на тиждень після уроків, а в останній місяць — щодня."],
                "en": ["The team was coached by physics teacher Yevhen Soroka, who has worked at the lyceum since 2003. He said the students trained three times a week after classes, and every day in the final month."],
                "ru": ["Подготовкой команды занимался учитель физики Евгений Сорока, работающий в лицее с 2003 года. По его словам, ученики тренировались трижды в неделю после уроков, а в последний месяц — ежедневно."],
            },
            {
                "uk": ["Зайченко та Поліщук увійшли до розширеного складу збірної України, з якого в травні відберуть п’ятьох учасників Міжнародної фізичної олімпіади."],
                "en": ["Zaichenko and Polishchuk have been named to Ukraine's extended squad, from which the five members of the International Physics Olympiad team will be chosen in May."],
                "ru": ["Зайченко и Полищук вошли в расширенный состав сборной Украины, из которого в мае отберут пятерых участников Международной физической олимпиады."],
            },
        ],
    },
    {
        "key": "b08",
        "case": "plain",
        "source": "lviv-vechir.example",
        "published": {"uk": "2025-05-18T19:30:00+03:00", "en": "2025-05-19T09:00:00+03:00", "ru": "2025-05-18T21:10:00+03:00"},
        "title": {
            "uk": "Півмарафон «Старе місто» зібрав 5 200 бігунів",
            "en": "Old Town Half Marathon draws 5,200 runners",
            "ru": "Полумарафон «Старый город» собрал 5 200 бегунов",
        },
        "author": {"uk": "Христина Панас", "en": "Khrystyna Panas", "ru": "Кристина Панас"},
        "rows": [
            {
                "uk": ["У неділю, 18 травня, у Львові відбувся шостий півмарафон «Старе місто», на старт якого вийшли 5 200 бігунів із 14 країн. Траса завдовжки 21,1 кілометра пролягала від площі Ринок до Стрийського парку й назад."],
                "en": ["The sixth Old Town Half Marathon took place in Lviv on Sunday, 18 May, with 5,200 runners from 14 countries on the start line. The 21.1-kilometre course ran from Rynok Square to Stryiskyi Park and back."],
                "ru": ["В воскресенье, 18 мая, во Львове прошел шестой полумарафон «Старый город», на старт которого вышли 5 200 бегунов из 14 стран. Трасса длиной 21,1 километра пролегала от площади Рынок до Стрыйского парка и обратно."],
            },
            {
                "uk": ["Серед чоловіків переміг легкоатлет львівського клубу «Скіф» Тарас Мельничук з результатом 1 година 4 хвилини 37 секунд. Це новий рекорд траси, попередній тримався з 2021 року."],
                "en": ["The men's race was won by Taras Melnychuk of the Lviv athletics club Skif in 1 hour 4 minutes 37 seconds. That is a new course record; the previous one had stood since 2021."],
                "ru": ["Среди мужчин победил легкоатлет львовского клуба «Скиф» Тарас Мельничук с результатом 1 час 4 минуты 37 секунд. Это новый рекорд трассы, предыдущий держался с 2021 года."],
            },
            {
                "uk": ["У жіночому заліку першою фінішувала тернополянка Олена Кушнір — 1 година 13 хвилин 2 секунди. Вона випередила торішню переможницю Дарину Костів на 41 секунду."],
                "en": ["In the women's race Olena Kushnir of Ternopil finished first in 1 hour 13 minutes 2 seconds. She beat last year's winner, Daryna Kostiv, by 41 seconds."],
                "ru": ["В женском зачете первой финишировала жительница Тернополя Елена Кушнир — 1 час 13 минут 2 секунды. Она опередила прошлогоднюю победительницу Дарину Костив на 41 секунду."],
            },
            {
                "uk": ["Дистанцію подолали 4 870 учасників, найстаршому з них, львів’янину Зеновію Гнатишину, 78 років. На трасі працювали 350 волонтерів і 12 пунктів харчування."],
                "en": ["A total of 4,870 runners completed the course, the oldest being 78-year-old Lviv resident Zenovii Hnatyshyn. There were 350 volunteers and 12 refreshment stations along the route."],
                "ru": ["Дистанцию преодолели 4 870 участников, самому старшему из них, львовянину Зеновию Гнатышину, 78 лет. На трассе работали 350 волонтеров и 12 пунктов питания."],
            },
            {
                "uk": ["Організатори зібрали з благодійних стартових внесків 1,9 мільйона гривень, які передадуть реабілітаційному центру для військових у Винниках."],
                "en": ["The organisers raised 1.9 million hryvnias in charity entry fees, which will go to a rehabilitation centre for soldiers in Vynnyky."],
                "ru": ["Организаторы собрали из благотворительных стартовых взносов 1,9 миллиона гривен, которые передадут реабилитационному центру для военных в Винниках."],
            },
        ],
    },
    # --------------------------------------------------------------- same-day
    {
        "key": "b09",
        "case": "same-day",
        "twin": "b10",
        "source": "poltava-today.example",
        "published": {"uk": "2024-10-03T13:20:00+03:00", "en": "2024-10-03T17:00:00+03:00", "ru": "2024-10-03T14:05:00+03:00"},
        "title": {
            "uk": "Міськрада виділила 86 мільйонів на реконструкцію ліцею № 14",
            "en": "City council allocates 86 million for renovation of Lyceum No. 14",
            "ru": "Горсовет выделил 86 миллионов на реконструкцию лицея № 14",
        },
        "author": {"uk": "Оксана Гриценко", "en": "Oksana Hrytsenko", "ru": "Оксана Гриценко"},
        "rows": [
            {
                "uk": ["Полтавська міська рада на сесії 3 жовтня вирішила виділити 86 мільйонів гривень на реконструкцію ліцею № 14 на вулиці Зіньківській. За рішення проголосували 34 депутати."],
                "en": ["Poltava City Council voted at its session on 3 October to allocate 86 million hryvnias for the renovation of Lyceum No. 14 on Zinkivska Street. Thirty-four councillors backed the decision."],
                "ru": ["Полтавский городской совет на сессии 3 октября решил выделить 86 миллионов гривен на реконструкцию лицея № 14 на улице Зеньковской. За решение проголосовали 34 депутата."],
            },
            {
                "uk": ["Ліцей, у якому навчаються 1 200 учнів, збудували в 1967 році, і капітального ремонту він не мав жодного разу. Проєкт передбачає утеплення фасаду, заміну покрівлі, вікон та всіх інженерних мереж."],
                "en": ["The lyceum, which has 1,200 pupils, was built in 1967 and has never had a major overhaul. The project includes insulating the façade and replacing the roof, the windows and all the utility systems."],
                "ru": ["Лицей, в котором учатся 1 200 учеников, построили в 1967 году, и капитального ремонта в нем не было ни разу. Проект предусматривает утепление фасада, замену кровли, окон и всех инженерных сетей."],
            },
            {
                "uk": ["Найдорожча частина робіт — укриття в підвальному приміщенні на 1 200 місць, яке коштуватиме 31 мільйон гривень. Зараз під час тривог учні спускаються до укриття сусіднього технікуму."],
                "en": ["The most expensive part of the work is a 1,200-place shelter in the basement, costing 31 million hryvnias. At present pupils go to the shelter of a neighbouring technical college during air-raid alerts."],
                "ru": ["Самая дорогая часть работ — укрытие в подвальном помещении на 1 200 мест стоимостью 31 миллион гривен. Сейчас во время тревог ученики спускаются в укрытие соседнего техникума."],
            },
            {
                "uk": ["Міський голова Василь Гнатюк заявив, що підрядника оберуть через Prozorro до 15 листопада, а завершити роботи мають до 1 вересня 2026 року. На час ремонту навчання переведуть у сусідній корпус і в дві зміни."],
                "en": ["Mayor Vasyl Hnatiuk said a contractor would be chosen through Prozorro by 15 November and the work must be finished by 1 September 2026. During the renovation classes will move to a neighbouring building and run in two shifts."],
                "ru": ["Городской голова Василий Гнатюк заявил, что подрядчика выберут через Prozorro до 15 ноября, а завершить работы должны до 1 сентября 2026 года. На время ремонта обучение переведут в соседний корпус и в две смены."],
            },
            {
                "uk": ["Заступниця міського голови з гуманітарних питань Людмила Пасько нагадала, що ліцей № 14 — уже третій навчальний заклад Полтави, який реконструюють за останні два роки."],
                "en": ["Deputy mayor for humanitarian affairs Liudmyla Pasko noted that Lyceum No. 14 is the third Poltava school to be renovated in the past two years."],
                "ru": ["Заместитель городского головы по гуманитарным вопросам Людмила Пасько напомнила, что лицей № 14 — уже третье учебное заведение Полтавы, которое реконструируют за последние два года."],
            },
        ],
    },
    {
        "key": "b10",
        "case": "same-day",
        "twin": "b09",
        "source": "poltava-today.example",
        "published": {"uk": "2024-10-03T15:45:00+03:00", "en": "2024-10-03T18:30:00+03:00", "ru": "2024-10-03T16:10:00+03:00"},
        "title": {
            "uk": "Стадіон «Колос» отримає нову трибуну та бігову доріжку за 86 мільйонів",
            "en": "Kolos stadium to get new stand and running track for 86 million",
            "ru": "Стадион «Колос» получит новую трибуну и беговую дорожку за 86 миллионов",
        },
        "author": {"uk": "Андрій Пилипенко", "en": "Andrii Pylypenko", "ru": "Андрей Пилипенко"},
        "rows": [
            {
                "uk": ["Стадіон «Колос» на вулиці Зіньківській реконструюють за 86 мільйонів гривень, з яких 60 мільйонів надасть Державний фонд розвитку спорту. Про це 3 жовтня повідомив міський голова Полтави Василь Гнатюк після зустрічі з представниками фонду."],
                "en": ["The Kolos stadium on Zinkivska Street will be rebuilt for 86 million hryvnias, 60 million of which will come from the State Sports Development Fund. Poltava Mayor Vasyl Hnatiuk announced this on 3 October after meeting representatives of the fund."],
                "ru": ["Стадион «Колос» на улице Зеньковской реконструируют за 86 миллионов гривен, из которых 60 миллионов предоставит Государственный фонд развития спорта. Об этом 3 октября сообщил городской голова Полтавы Василий Гнатюк после встречи с представителями фонда."],
            },
            {
                "uk": ["Проєкт передбачає нову трибуну на 1 200 глядачів, восьмидоріжкову бігову доріжку завдовжки 400 метрів і поле зі штучним покриттям. Старі дерев’яні трибуни стадіону, збудованого в 1967 році, закрили для глядачів ще 2019-го."],
                "en": ["The project includes a new 1,200-seat stand, an eight-lane 400-metre running track and an artificial pitch. The old wooden stands of the stadium, built in 1967, have been closed to spectators since 2019."],
                "ru": ["Проект предусматривает новую трибуну на 1 200 зрителей, восьмидорожечную беговую дорожку длиной 400 метров и поле с искусственным покрытием. Старые деревянные трибуны стадиона, построенного в 1967 году, закрыли для зрителей еще в 2019-м."],
            },
            {
                "uk": ["Стадіон розташований поруч із ліцеєм № 14, і після реконструкції там проводитимуть уроки фізкультури для його учнів. Решту часу поле віддадуть легкоатлетичній школі «Ворсклянка» та аматорським командам."],
                "en": ["The stadium is next to Lyceum No. 14, and after the rebuild the lyceum's pupils will have their PE lessons there. The rest of the time the ground will be used by the Vorsklianka athletics school and amateur teams."],
                "ru": ["Стадион расположен рядом с лицеем № 14, и после реконструкции там будут проводить уроки физкультуры для его учеников. Остальное время поле отдадут легкоатлетической школе «Ворсклянка» и любительским командам."],
            },
            {
                "uk": ["За словами Гнатюка, тендер оголосять до 15 листопада, а відкрити оновлений стадіон планують до 1 вересня 2026 року. Решту 26 мільйонів гривень місто закладе в бюджет на наступний рік."],
                "en": ["According to Hnatiuk, the tender will be announced by 15 November and the renovated stadium should open by 1 September 2026. The city will put the remaining 26 million hryvnias in next year's budget."],
                "ru": ["По словам Гнатюка, тендер объявят до 15 ноября, а открыть обновленный стадион планируют до 1 сентября 2026 года. Остальные 26 миллионов гривен город заложит в бюджет на следующий год."],
            },
            {
                "uk": ["Заступниця міського голови Людмила Пасько додала, що під новою трибуною також облаштують укриття на 300 осіб."],
                "en": ["Deputy Mayor Liudmyla Pasko added that a shelter for 300 people will also be built under the new stand."],
                "ru": ["Заместитель городского головы Людмила Пасько добавила, что под новой трибуной также оборудуют укрытие на 300 человек."],
            },
        ],
    },
    {
        "key": "b11",
        "case": "same-day",
        "twin": "b12",
        "source": "lviv-vechir.example",
        "published": {"uk": "2025-09-01T12:30:00+03:00", "en": "2025-09-01T16:00:00+03:00", "ru": "2025-09-01T13:15:00+03:00"},
        "title": {
            "uk": "Університет технологій і дизайну прийняв рекордні 2 400 першокурсників",
            "en": "University of Technology and Design welcomes a record 2,400 first-year students",
            "ru": "Университет технологий и дизайна принял рекордные 2 400 первокурсников",
        },
        "author": {"uk": "Марта Левицька", "en": "Marta Levytska", "ru": "Марта Левицкая"},
        "rows": [
            {
                "uk": ["Львівський університет технологій і дизайну 1 вересня урочисто привітав 2 400 першокурсників — найбільше за всю 28-річну історію закладу. Торік на перший курс вступили 1 950 студентів."],
                "en": ["Lviv University of Technology and Design welcomed 2,400 first-year students at a ceremony on 1 September, the largest intake in its 28-year history. Last year 1,950 students enrolled."],
                "ru": ["Львовский университет технологий и дизайна 1 сентября торжественно поприветствовал 2 400 первокурсников — больше, чем когда-либо за 28-летнюю историю вуза. В прошлом году на первый курс поступили 1 950 студентов."],
            },
            {
                "uk": ["Ректор Орест Білинський пояснив зростання новими спеціальностями: цього року вперше набирали на програми з гейм-дизайну та реставрації текстилю. Найвищий конкурс, 14 заяв на місце, був на графічний дизайн."],
                "en": ["Rector Orest Bilynskyi put the growth down to new programmes: this year the university recruited for game design and textile restoration for the first time. Graphic design was the most competitive, with 14 applications per place."],
                "ru": ["Ректор Орест Билинский объяснил рост новыми специальностями: в этом году впервые набирали на программы по гейм-дизайну и реставрации текстиля. Самый высокий конкурс, 14 заявлений на место, был на графический дизайн."],
            },
            {
                "uk": ["Майже 900 першокурсників приїхали з інших областей, зокрема 170 — із прифронтових громад Харківської та Запорізької областей. Для них університет виділив 450 місць у двох гуртожитках."],
                "en": ["Almost 900 of the first-years come from other regions, including 170 from frontline communities in the Kharkiv and Zaporizhzhia regions. The university has set aside 450 places for them in its two dormitories."],
                "ru": ["Почти 900 первокурсников приехали из других областей, в том числе 170 — из прифронтовых общин Харьковской и Запорожской областей. Для них университет выделил 450 мест в двух общежитиях."],
            },
            {
                "uk": ["Проректорка з навчальної роботи Ірина Матвіїв повідомила, що заняття для першого курсу проходитимуть очно, а на випадок тривог в укритті облаштували 12 аудиторій. На обладнання укриття витратили 18 мільйонів гривень."],
                "en": ["Vice-rector for academic affairs Iryna Matviiv said first-year classes would be held in person, and 12 classrooms had been fitted out in the shelter in case of air-raid alerts. Equipping the shelter cost 18 million hryvnias."],
                "ru": ["Проректор по учебной работе Ирина Матвиив сообщила, что занятия для первого курса будут проходить очно, а на случай тревог в укрытии оборудовали 12 аудиторий. На оснащение укрытия потратили 18 миллионов гривен."],
            },
            {
                "uk": ["Урочистість завершилася концертом студентського оркестру на подвір’ї головного корпусу на вулиці Городоцькій."],
                "en": ["The ceremony ended with a concert by the student orchestra in the courtyard of the main building on Horodotska Street."],
                "ru": ["Торжество завершилось концертом студенческого оркестра во дворе главного корпуса на улице Городоцкой."],
            },
        ],
    },
    {
        "key": "b12",
        "case": "same-day",
        "twin": "b11",
        "source": "lviv-vechir.example",
        "published": {"uk": "2025-09-01T15:10:00+03:00", "en": "2025-09-01T19:20:00+03:00", "ru": "2025-09-01T15:50:00+03:00"},
        "title": {
            "uk": "Університет технологій і дизайну почав будувати гуртожиток на 450 місць",
            "en": "University of Technology and Design starts building a 450-bed dormitory",
            "ru": "Университет технологий и дизайна начал строить общежитие на 450 мест",
        },
        "author": {"uk": "Христина Панас", "en": "Khrystyna Panas", "ru": "Кристина Панас"},
        "rows": [
            {
                "uk": ["Львівський університет технологій і дизайну 1 вересня заклав перший камінь нового гуртожитку на вулиці Сихівській. Дев’ятиповерховий будинок на 450 місць коштуватиме 210 мільйонів гривень."],
                "en": ["On 1 September Lviv University of Technology and Design laid the foundation stone of a new dormitory on Sykhivska Street. The nine-storey, 450-bed building will cost 210 million hryvnias."],
                "ru": ["Львовский университет технологий и дизайна 1 сентября заложил первый камень нового общежития на улице Сиховской. Девятиэтажный дом на 450 мест обойдется в 210 миллионов гривен."],
            },
            {
                "uk": ["Ректор Орест Білинський нагадав, що цього року університет прийняв 2 400 першокурсників, з яких майже 900 — з інших областей. Два наявні гуртожитки вже заповнені, а ще 300 студентів винаймають житло самостійно."],
                "en": ["Rector Orest Bilynskyi noted that the university admitted 2,400 first-year students this year, almost 900 of them from other regions. Its two existing dormitories are already full, and another 300 students are renting on their own."],
                "ru": ["Ректор Орест Билинский напомнил, что в этом году университет принял 2 400 первокурсников, из которых почти 900 — из других областей. Два имеющихся общежития уже заполнены, а еще 300 студентов снимают жилье самостоятельно."],
            },
            {
                "uk": ["Будівництво фінансуватимуть із трьох джерел: 120 мільйонів надасть Міністерство освіти, 60 мільйонів — Львівська міська рада, решту університет покриє з власних надходжень."],
                "en": ["The construction will be funded from three sources: the Ministry of Education will provide 120 million, Lviv City Council 60 million, and the university will cover the rest from its own income."],
                "ru": ["Строительство будут финансировать из трех источников: 120 миллионов предоставит Министерство образования, 60 миллионов — Львовский городской совет, остальное университет покроет из собственных поступлений."],
            },
            {
                "uk": ["У гуртожитку будуть двомісні кімнати з власними санвузлами, кухні на кожному поверсі та укриття на 500 осіб. Проректорка Ірина Матвіїв розповіла, що 40 кімнат зарезервують для студентів з інвалідністю та переселенців."],
                "en": ["The dormitory will have double rooms with private bathrooms, a kitchen on every floor and a shelter for 500 people. Vice-rector Iryna Matviiv said 40 rooms would be reserved for students with disabilities and internally displaced students."],
                "ru": ["В общежитии будут двухместные комнаты с собственными санузлами, кухни на каждом этаже и укрытие на 500 человек. Проректор Ирина Матвиив рассказала, что 40 комнат зарезервируют для студентов с инвалидностью и переселенцев."],
            },
            {
                "uk": ["Генпідрядником стала львівська компанія «Будмайстер-Захід», яка зобов’язалася здати об’єкт до 1 вересня 2027 року."],
                "en": ["The general contractor is the Lviv company Budmaister-Zakhid, which has undertaken to complete the building by 1 September 2027."],
                "ru": ["Генподрядчиком стала львовская компания «Будмайстер-Захид», которая обязалась сдать объект до 1 сентября 2027 года."],
            },
        ],
    },
    # ---------------------------------------------------------- added-dropped
    {
        # en adds a background paragraph (row 3) that uk and ru lack
        "key": "b13",
        "case": "added-dropped",
        "source": "odesa-herald.example",
        "published": {"uk": "2024-11-14T10:00:00+02:00", "en": "2024-11-14T14:30:00+02:00", "ru": "2024-11-14T10:40:00+02:00"},
        "title": {
            "uk": "У Музеї морської торгівлі відкрили виставку моделей вітрильників",
            "en": "Museum of Maritime Trade opens exhibition of sailing ship models",
            "ru": "В Музее морской торговли открыли выставку моделей парусников",
        },
        "author": {"uk": "Сергій Бондар", "en": "Serhii Bondar", "ru": "Сергей Бондарь"},
        "rows": [
            {
                "uk": ["Одеський музей морської торгівлі 13 листопада відкрив виставку «Під вітрилами», на якій представлено 64 моделі торговельних суден XVIII–XIX століть. Експозиція працюватиме до 30 березня 2025 року."],
                "en": ["The Odesa Museum of Maritime Trade opened the exhibition “Under Sail” on 13 November, featuring 64 models of 18th- and 19th-century merchant ships. It runs until 30 March 2025."],
                "ru": ["Одесский музей морской торговли 13 ноября открыл выставку «Под парусами», на которой представлены 64 модели торговых судов XVIII–XIX веков. Экспозиция будет работать до 30 марта 2025 года."],
            },
            {
                "uk": ["Більшість моделей виготовив одеський майстер Арсеній Чумак, який понад 40 років відтворював судна за архівними кресленнями. Торік його доньки передали музею всю колекцію — 112 предметів."],
                "en": ["Most of the models were made by Odesa craftsman Arsenii Chumak, who spent more than 40 years recreating ships from archival drawings. Last year his daughters donated the entire collection, 112 items, to the museum."],
                "ru": ["Большинство моделей изготовил одесский мастер Арсений Чумак, который более 40 лет воссоздавал суда по архивным чертежам. В прошлом году его дочери передали музею всю коллекцию — 112 предметов."],
            },
            {
                "en": ["The museum has been housed in a former customs warehouse near the port since 1998 and is one of the few in Ukraine devoted entirely to merchant shipping. Its permanent collection numbers about 9,000 items."],
            },
            {
                "uk": ["Найбільша модель — тримачтовий барк «Святий Миколай» завдовжки 1,8 метра, на виготовлення якого Чумак витратив шість років. Реставратори музею відновили на ньому 300 дрібних деталей такелажу."],
                "en": ["The largest model is the three-masted barque Sviatyi Mykolai, 1.8 metres long, which took Chumak six years to build. The museum's restorers repaired 300 small pieces of its rigging."],
                "ru": ["Самая большая модель — трехмачтовый барк «Святой Николай» длиной 1,8 метра, на изготовление которого Чумак потратил шесть лет. Реставраторы музея восстановили на нем 300 мелких деталей такелажа."],
            },
            {
                "uk": ["Директорка музею Віра Остапенко повідомила, що квиток коштує 120 гривень, а школярі та студенти щосереди відвідують виставку безкоштовно."],
                "en": ["Museum director Vira Ostapenko said tickets cost 120 hryvnias, and school and university students can visit free of charge on Wednesdays."],
                "ru": ["Директор музея Вера Остапенко сообщила, что билет стоит 120 гривен, а школьники и студенты по средам посещают выставку бесплатно."],
            },
        ],
    },
    {
        # ru drops row 4; en splits row 2 in two (1-2)
        "key": "b14",
        "case": "added-dropped",
        "source": "poltava-today.example",
        "published": {"uk": "2025-06-11T09:40:00+03:00", "en": "2025-06-11T13:00:00+03:00", "ru": "2025-06-11T10:25:00+03:00"},
        "title": {
            "uk": "Кременчуцький архів отримав 1 700 листів емігрантів із Канади",
            "en": "Kremenchuk archive receives 1,700 letters from emigrants in Canada",
            "ru": "Кременчугский архив получил 1 700 писем эмигрантов из Канады",
        },
        "author": {"uk": "Галина Терещенко", "en": "Halyna Tereshchenko", "ru": "Галина Терещенко"},
        "rows": [
            {
                "uk": ["Архів історії Кременчука отримав у дар 1 700 листів, які емігранти з Полтавщини надсилали рідним з Канади між 1903 і 1931 роками. Колекцію 10 червня передали нащадки родини Ковальчуків із Вінніпега."],
                "en": ["The Kremenchuk History Archive has been given 1,700 letters that emigrants from the Poltava region sent home to their families from Canada between 1903 and 1931. The collection was handed over on 10 June by descendants of the Kovalchuk family from Winnipeg."],
                "ru": ["Архив истории Кременчуга получил в дар 1 700 писем, которые эмигранты с Полтавщины отправляли родным из Канады между 1903 и 1931 годами. Коллекцию 10 июня передали потомки семьи Ковальчук из Виннипега."],
            },
            {
                "uk": ["Листи зберігалися на горищі хати в селі Потоки, поки в 1990-х їх не вивезла до Канади онука одного з адресатів Ольга Ковальчук-Рідд. Тепер її син Пітер Рідд вирішив повернути колекцію в Україну й сам привіз її у трьох валізах."],
                "en": [
                    "The letters were kept in the attic of a house in the village of Potoky until the 1990s, when Olha Kovalchuk-Ridd, a granddaughter of one of the recipients, took them to Canada.",
                    "Now her son, Peter Ridd, has decided to return the collection to Ukraine and brought it over himself in three suitcases.",
                ],
                "ru": ["Письма хранились на чердаке дома в селе Потоки, пока в 1990-х их не увезла в Канаду внучка одного из адресатов Ольга Ковальчук-Ридд. Теперь ее сын Питер Ридд решил вернуть коллекцию в Украину и сам привез ее в трех чемоданах."],
            },
            {
                "uk": ["Директор архіву Степан Назаренко каже, що листи — унікальне джерело про побут перших українських фермерів у провінції Манітоба. У багатьох із них згадано ціни на зерно, врожаї та імена сусідів."],
                "en": ["Archive director Stepan Nazarenko says the letters are a unique source on the everyday life of the first Ukrainian farmers in Manitoba. Many of them mention grain prices, harvests and the names of neighbours."],
                "ru": ["Директор архива Степан Назаренко говорит, что письма — уникальный источник о быте первых украинских фермеров в провинции Манитоба. Во многих из них упоминаются цены на зерно, урожаи и имена соседей."],
            },
            {
                "uk": ["Понад 200 листів написані олівцем і сильно вицвіли, тому їх спершу сфотографують в інфрачервоному світлі. Цю роботу безкоштовно виконає харківська реставраційна лабораторія «Палімпсест»."],
                "en": ["More than 200 of the letters were written in pencil and have badly faded, so they will first be photographed under infrared light. The Kharkiv restoration laboratory Palimpsest will do this free of charge."],
            },
            {
                "uk": ["Архів планує оцифрувати всю колекцію до кінця 2025 року, а восени відкрити виставку «Листи з-за океану» з 60 найцікавішими листами."],
                "en": ["The archive plans to digitise the whole collection by the end of 2025 and, in the autumn, to open an exhibition, “Letters from across the Ocean”, featuring 60 of the most interesting letters."],
                "ru": ["Архив планирует оцифровать всю коллекцию до конца 2025 года, а осенью открыть выставку «Письма из-за океана» с 60 самыми интересными письмами."],
            },
        ],
    },
    {
        # uk adds a traffic paragraph (row 4); uk splits row 2 in two (2-1)
        "key": "b15",
        "case": "added-dropped",
        "source": "lviv-vechir.example",
        "published": {"uk": "2026-06-05T10:00:00+03:00", "en": "2026-06-05T15:30:00+03:00", "ru": "2026-06-05T11:20:00+03:00"},
        "title": {
            "uk": "Фестиваль «Театральний квартал» покаже 18 вистав на вулицях Львова",
            "en": "Theatre Quarter festival to stage 18 shows on Lviv's streets",
            "ru": "Фестиваль «Театральный квартал» покажет 18 спектаклей на улицах Львова",
        },
        "author": {"uk": "Марта Левицька", "en": "Marta Levytska", "ru": "Марта Левицкая"},
        "rows": [
            {
                "uk": ["З 12 по 16 червня у Львові вшосте пройде фестиваль вуличного театру «Театральний квартал». Програма включає 18 вистав від 15 колективів з України, Литви, Чехії та Франції."],
                "en": ["The Theatre Quarter street theatre festival will take place in Lviv for the sixth time from 12 to 16 June. The programme includes 18 performances by 15 companies from Ukraine, Lithuania, the Czech Republic and France."],
                "ru": ["С 12 по 16 июня во Львове в шестой раз пройдет фестиваль уличного театра «Театральный квартал». Программа включает 18 спектаклей от 15 коллективов из Украины, Литвы, Чехии и Франции."],
            },
            {
                "uk": [
                    "Відкриє фестиваль литовський театр ляльок-велетнів «Milžinai» з виставою «Ріка», у якій беруть участь шестиметрові ляльки.",
                    "Хода ляльок розпочнеться 12 червня о 19:00 біля Оперного театру й завершиться на площі Ринок.",
                ],
                "en": ["The festival opens with the Lithuanian giant-puppet company Milžinai and its show “The River”, featuring six-metre puppets, in a procession that starts at 7 p.m. on 12 June outside the Opera House and ends in Rynok Square."],
                "ru": ["Откроет фестиваль литовский театр кукол-великанов «Milžinai» со спектаклем «Река», в котором участвуют шестиметровые куклы: шествие начнется 12 июня в 19:00 у Оперного театра и завершится на площади Рынок."],
            },
            {
                "uk": ["Організаторка фестивалю Уляна Гавриляк розповіла, що всі покази на вулицях безкоштовні, а квитки потрібні лише на чотири камерні вистави в залі Палацу мистецтв. Вони коштують від 200 до 350 гривень."],
                "en": ["Festival organiser Uliana Havryliak said all the street performances are free; tickets are needed only for four chamber shows in the hall of the Palace of Arts, priced from 200 to 350 hryvnias."],
                "ru": ["Организатор фестиваля Ульяна Гавриляк рассказала, что все показы на улицах бесплатные, а билеты нужны только на четыре камерных спектакля в зале Дворца искусств. Они стоят от 200 до 350 гривен."],
            },
            {
                "uk": ["Через ходу ляльок 12 червня з 18:30 до 21:00 буде перекрито рух транспорту на проспекті Свободи та вулиці Театральній. Трамваї маршрутів № 1 і № 2 у цей час курсуватимуть в об’їзд."],
            },
            {
                "uk": ["Уперше фестиваль має інклюзивну програму: три вистави супроводжуватиме переклад жестовою мовою, а для незрячих глядачів підготували аудіодескрипцію. Бюджет «Театрального кварталу» цього року становить 2,2 мільйона гривень."],
                "en": ["For the first time the festival has an inclusive programme: three shows will be interpreted into sign language, and audio description has been prepared for blind audience members. This year's budget for Theatre Quarter is 2.2 million hryvnias."],
                "ru": ["Впервые у фестиваля есть инклюзивная программа: три спектакля будут сопровождаться переводом на жестовый язык, а для незрячих зрителей подготовили аудиодескрипцию. Бюджет «Театрального квартала» в этом году составляет 2,2 миллиона гривен."],
            },
        ],
    },
    # ------------------------------------------------------------- short-long
    {
        # en is a two-paragraph note matching rows 1 and 3 of the uk/ru article
        "key": "b16",
        "case": "short-long",
        "source": "odesa-herald.example",
        "published": {"uk": "2026-02-20T09:15:00+02:00", "en": "2026-02-20T18:00:00+02:00", "ru": "2026-02-20T10:00:00+02:00"},
        "title": {
            "uk": "ФК «Приморець» відкрив футбольну академію на 400 дітей",
            "en": "FC Prymorets opens academy for 400 children",
            "ru": "ФК «Приморец» открыл футбольную академию на 400 детей",
        },
        "author": {"uk": "Дмитро Савчук", "en": "Dmytro Savchuk", "ru": "Дмитрий Савчук"},
        "rows": [
            {
                "uk": ["Одеський футбольний клуб «Приморець» 19 лютого відкрив дитячу академію на території колишнього заводу «Океанмаш» на Пересипу. Тут займатимуться 400 хлопців і дівчат віком від 6 до 17 років."],
                "en": ["Odesa football club Prymorets opened a youth academy for 400 boys and girls aged 6 to 17 on 19 February, on the site of the former Okeanmash plant in Peresyp."],
                "ru": ["Одесский футбольный клуб «Приморец» 19 февраля открыл детскую академию на территории бывшего завода «Океанмаш» на Пересыпи. Здесь будут заниматься 400 мальчиков и девочек в возрасте от 6 до 17 лет."],
            },
            {
                "uk": ["Академія має два поля зі штучним покриттям, критий манеж розміром 60 на 40 метрів і гуртожиток на 48 місць для вихованців з інших міст. Будівництво тривало 22 місяці."],
                "ru": ["В академии есть два поля с искусственным покрытием, крытый манеж размером 60 на 40 метров и общежитие на 48 мест для воспитанников из других городов. Строительство длилось 22 месяца."],
            },
            {
                "uk": ["Роботи коштували 94 мільйони гривень, з яких 70 мільйонів вклав власник клубу, підприємець Ілля Манукян, а решту — Одеська міська рада. Манукян пообіцяв, що навчання в академії буде безкоштовним для всіх вихованців."],
                "en": ["Club owner Illia Manukian put up 70 million of the 94 million hryvnias the project cost, with Odesa City Council paying the rest. Training will be free for all pupils, he said."],
                "ru": ["Работы обошлись в 94 миллиона гривен, из которых 70 миллионов вложил владелец клуба, предприниматель Илья Манукян, а остальное — Одесский городской совет. Манукян пообещал, что обучение в академии будет бесплатным для всех воспитанников."],
            },
            {
                "uk": ["Спортивним директором академії став колишній захисник «Приморця» Геннадій Лозовий, який провів за клуб 212 матчів. Тренерський штаб складається з 16 фахівців, четверо з них мають ліцензію УЄФА категорії А."],
                "ru": ["Спортивным директором академии стал бывший защитник «Приморца» Геннадий Лозовой, проведший за клуб 212 матчей. Тренерский штаб состоит из 16 специалистов, четверо из них имеют лицензию УЕФА категории А."],
            },
            {
                "uk": ["Набір до академії вже відбувся: на 400 місць подали заявки понад 1 100 дітей. Для тих, хто не пройшов відбору, клуб відкриє вечірні аматорські групи."],
                "ru": ["Набор в академию уже прошел: на 400 мест подали заявки более 1 100 детей. Для тех, кто не прошел отбор, клуб откроет вечерние любительские группы."],
            },
            {
                "uk": ["Перші тренування в новому манежі розпочнуться 2 березня. У травні академія прийме міжнародний турнір серед команд до 14 років, на який уже зголосилися клуби з Польщі та Румунії."],
                "ru": ["Первые тренировки в новом манеже начнутся 2 марта. В мае академия примет международный турнир среди команд до 14 лет, на который уже заявились клубы из Польши и Румынии."],
            },
        ],
    },
    {
        # ru is a two-paragraph note matching rows 1 and 2 of the uk/en article
        "key": "b17",
        "case": "short-long",
        "source": "poltava-today.example",
        "published": {"uk": "2026-07-13T08:30:00+03:00", "en": "2026-07-13T12:00:00+03:00", "ru": "2026-07-12T22:40:00+03:00"},
        "title": {
            "uk": "Полтава прийняла чемпіонат України з легкої атлетики серед юніорів",
            "en": "Poltava hosts Ukrainian Junior Athletics Championships",
            "ru": "В Полтаве прошел юниорский чемпионат Украины по легкой атлетике",
        },
        "author": {"uk": "Андрій Пилипенко", "en": "Andrii Pylypenko", "ru": "Андрей Пилипенко"},
        "rows": [
            {
                "uk": ["10–12 липня на стадіоні «Лтава-Арена» в Полтаві відбувся чемпіонат України з легкої атлетики серед юніорів. За медалі змагалися 540 спортсменів віком до 20 років із 22 областей."],
                "en": ["The Ukrainian Junior Athletics Championships were held at the Ltava Arena stadium in Poltava on 10–12 July. A total of 540 athletes under 20 from 22 regions competed for medals."],
                "ru": ["10–12 июля на стадионе «Лтава-Арена» в Полтаве прошел юниорский чемпионат Украины по легкой атлетике, в котором участвовали 540 спортсменов из 22 областей."],
            },
            {
                "uk": ["Господарі змагань здобули сім медалей, зокрема дві золоті. Найяскравішою стала перемога 18-річної Дарини Шевчук на дистанції 800 метрів з результатом 2:03,41 — це новий рекорд області серед юніорок."],
                "en": ["The hosts won seven medals, including two golds. The highlight was 18-year-old Daryna Shevchuk's win in the 800 metres in 2:03.41, a new regional junior record."],
                "ru": ["Полтавчане завоевали семь медалей, в том числе два золота: 18-летняя Дарина Шевчук выиграла бег на 800 метров с новым областным юниорским рекордом — 2:03,41."],
            },
            {
                "uk": ["Друге золото для Полтавщини виборов метальник молота Артем Дорошенко з Лубен, який відправив снаряд на 71,06 метра. Тренує його батько Олег Дорошенко, колишній чемпіон України."],
                "en": ["The region's second gold went to hammer thrower Artem Doroshenko from Lubny, who threw 71.06 metres. He is coached by his father, Oleh Doroshenko, a former Ukrainian champion."],
            },
            {
                "uk": ["Загалом на чемпіонаті встановили три національні юніорські рекорди — у бігу на 3 000 метрів з перешкодами, стрибках із жердиною та спортивній ходьбі на 10 кілометрів."],
                "en": ["Three national junior records were set at the championships, in the 3,000 metres steeplechase, the pole vault and the 10-kilometre race walk."],
            },
            {
                "uk": ["За результатами змагань сформують склад збірної на серпневі міжнародні старти серед юніорів. Шевчук і Дорошенко, за словами головного тренера збірної Романа Тищенка, мають добрі шанси потрапити до команди."],
                "en": ["The results will be used to pick the national team for international junior competitions in August. According to national head coach Roman Tyshchenko, Shevchuk and Doroshenko have a good chance of making the squad."],
            },
        ],
    },
    # ---------------------------------------------------------------- no-date
    {
        "key": "b18",
        "case": "no-date",
        "source": "lviv-vechir.example",
        "published": None,
        "title": {
            "uk": "Команда гімназії «Пролісок» перемогла на фестивалі робототехніки",
            "en": "Prolisok Gymnasium team wins robotics festival",
            "ru": "Команда гимназии «Пролисок» победила на фестивале робототехники",
        },
        "rows": [
            {
                "uk": ["Команда львівської гімназії «Пролісок» посіла перше місце на Всеукраїнському фестивалі робототехніки «РобоСтарт», що відбувся в Житомирі. У категорії «Рятувальний робот» змагалися 58 команд."],
                "en": ["A team from Lviv's Prolisok Gymnasium took first place at the All-Ukrainian robotics festival RoboStart in Zhytomyr. Fifty-eight teams competed in the Rescue Robot category."],
                "ru": ["Команда львовской гимназии «Пролисок» заняла первое место на Всеукраинском фестивале робототехники «РобоСтарт», который прошел в Житомире. В категории «Спасательный робот» соревновались 58 команд."],
            },
            {
                "uk": ["Четверо восьмикласників — Ярема Сенишин, Орися Дуда, Марко Петрів і Лев Білас — зібрали робота, який за 2 хвилини 14 секунд пройшов макет зруйнованої будівлі й виявив усіх п’ятьох «постраждалих»."],
                "en": ["Four eighth-graders — Yarema Senyshyn, Orysia Duda, Marko Petriv and Lev Bilas — built a robot that got through a mock-up of a collapsed building in 2 minutes 14 seconds and found all five “victims”."],
                "ru": ["Четверо восьмиклассников — Ярема Сенишин, Орися Дуда, Марко Петрив и Лев Билас — собрали робота, который за 2 минуты 14 секунд прошел макет разрушенного здания и обнаружил всех пятерых «пострадавших»."],
            },
            {
                "uk": ["Корпус робота діти надрукували на 3D-принтері, а для пошуку людей використали тепловізійний датчик вартістю 4 300 гривень, гроші на який зібрали на шкільному ярмарку."],
                "en": ["The children 3D-printed the robot's body and used a 4,300-hryvnia thermal imaging sensor to find people, raising the money for it at a school fair."],
                "ru": ["Корпус робота дети напечатали на 3D-принтере, а для поиска людей использовали тепловизионный датчик стоимостью 4 300 гривен, деньги на который собрали на школьной ярмарке."],
            },
            {
                "uk": ["Керівник гуртка робототехніки Назар Федорів працює з командою третій рік. Він каже, що торік ті самі учні посіли лише 31-ше місце, тож цьогорічний успіх став для них несподіванкою."],
                "en": ["Robotics club leader Nazar Fedoriv has been working with the team for three years. He says the same pupils finished only 31st last year, so this year's success came as a surprise to them."],
                "ru": ["Руководитель кружка робототехники Назар Федорив работает с командой третий год. Он говорит, что в прошлом году те же ученики заняли лишь 31-е место, поэтому нынешний успех стал для них неожиданностью."],
            },
            {
                "uk": ["Як переможці гімназисти отримали набір для збирання дронів і запрошення до навчального табору в Києві."],
                "en": ["As winners, the pupils received a drone-building kit and an invitation to a training camp in Kyiv."],
                "ru": ["Как победители гимназисты получили набор для сборки дронов и приглашение в учебный лагерь в Киеве."],
            },
        ],
    },
    {
        "key": "b19",
        "case": "no-date",
        "source": "odesa-herald.example",
        "published": None,
        "title": {
            "uk": "У будинку-музеї Кирила Лиманського відреставрували дев’ятиметрову панораму",
            "en": "Kyrylo Lymanskyi house museum restores nine-metre panorama",
            "ru": "В доме-музее Кирилла Лиманского отреставрировали девятиметровую панораму",
        },
        "author": {"uk": "Анастасія Мороз", "en": "Anastasiia Moroz", "ru": "Анастасия Мороз"},
        "rows": [
            {
                "uk": ["Реставратори завершили роботу над панорамою «Одеська затока» художника Кирила Лиманського, яка зберігається в його будинку-музеї на Французькому бульварі. Полотно завдовжки дев’ять метрів Лиманський написав у 1912 році."],
                "en": ["Restorers have completed work on “Odesa Bay”, a panorama by the painter Kyrylo Lymanskyi kept in his house museum on Frantsuzkyi Boulevard. Lymanskyi painted the nine-metre canvas in 1912."],
                "ru": ["Реставраторы завершили работу над панорамой «Одесский залив» художника Кирилла Лиманского, которая хранится в его доме-музее на Французском бульваре. Полотно длиной девять метров Лиманский написал в 1912 году."],
            },
            {
                "uk": ["Реставрація тривала 26 місяців. За цей час фахівці закріпили фарбовий шар на площі 14 квадратних метрів і прибрали потемнілий лак, нанесений під час невдалої реставрації 1970-х років."],
                "en": ["The restoration took 26 months. In that time the specialists consolidated 14 square metres of the paint layer and removed darkened varnish applied during an unsuccessful restoration in the 1970s."],
                "ru": ["Реставрация длилась 26 месяцев. За это время специалисты укрепили красочный слой на площади 14 квадратных метров и удалили потемневший лак, нанесенный во время неудачной реставрации 1970-х годов."],
            },
            {
                "uk": ["Роботами керувала реставраторка Євгенія Шаповал. За її словами, під лаком знайшли авторський підпис і дату, про які досі ніхто не знав, а також вітрильник, зафарбований самим художником."],
                "en": ["The work was led by restorer Yevheniia Shapoval. She says that under the varnish they found the artist's signature and a date nobody had known about, as well as a sailing ship the painter himself had painted over."],
                "ru": ["Работами руководила реставратор Евгения Шаповал. По ее словам, под лаком нашли авторскую подпись и дату, о которых до сих пор никто не знал, а также парусник, записанный самим художником."],
            },
            {
                "uk": ["Реставрацію вартістю 1,7 мільйона гривень профінансував благодійний фонд «Світло маяка». Окремо фонд оплатив нову систему клімат-контролю для зали, де експонується панорама."],
                "en": ["The 1.7-million-hryvnia restoration was funded by the Lighthouse Light charitable foundation. The foundation also paid separately for a new climate control system for the gallery where the panorama hangs."],
                "ru": ["Реставрацию стоимостью 1,7 миллиона гривен профинансировал благотворительный фонд «Свет маяка». Отдельно фонд оплатил новую систему климат-контроля для зала, где экспонируется панорама."],
            },
            {
                "uk": ["Зала з панорамою знову відкриється для відвідувачів у суботу. Перші два тижні вхід буде безкоштовним."],
                "en": ["The panorama gallery reopens to visitors on Saturday. Admission will be free for the first two weeks."],
                "ru": ["Зал с панорамой вновь откроется для посетителей в субботу. Первые две недели вход будет бесплатным."],
            },
        ],
    },
    {
        "key": "b20",
        "case": "no-date",
        "source": None,
        "published": None,
        "title": {
            "uk": "Миргород прийме фестиваль аматорських театрів «Рампа»",
            "en": "Myrhorod to host Rampa amateur theatre festival",
            "ru": "Миргород примет фестиваль любительских театров «Рампа»",
        },
        "rows": [
            {
                "uk": ["Дев’ятий фестиваль аматорських театрів «Рампа» пройде в Миргороді з 3 по 6 жовтня. Свої вистави покаже 21 колектив із Полтавської, Сумської та Черкаської областей."],
                "en": ["The ninth Rampa amateur theatre festival will be held in Myrhorod from 3 to 6 October. Twenty-one companies from the Poltava, Sumy and Cherkasy regions will perform."],
                "ru": ["Девятый фестиваль любительских театров «Рампа» пройдет в Миргороде с 3 по 6 октября. Свои спектакли покажет 21 коллектив из Полтавской, Сумской и Черкасской областей."],
            },
            {
                "uk": ["Покази відбуватимуться на двох майданчиках — у міському будинку культури та в залі коледжу мистецтв. Журі очолить режисер Всеволод Карпенко, який керує аматорськими студіями понад 30 років."],
                "en": ["Performances will take place at two venues, the town's House of Culture and the hall of the College of Arts. The jury will be chaired by director Vsevolod Karpenko, who has run amateur theatre studios for more than 30 years."],
                "ru": ["Показы будут проходить на двух площадках — в городском доме культуры и в зале колледжа искусств. Жюри возглавит режиссер Всеволод Карпенко, который руководит любительскими студиями более 30 лет."],
            },
            {
                "uk": ["Наймолодшим учасникам фестивалю — дитячій студії «Горобчики» з Гадяча — по 9–11 років. Найстаршому акторові, Федору Сахненку із Золотоноші, 82 роки: він зіграє у виставі за п’єсою Миколи Куліша."],
                "en": ["The youngest participants, the Horobchyky children's studio from Hadiach, are 9 to 11 years old. The oldest actor, Fedir Sakhnenko from Zolotonosha, is 82 and will appear in a play by Mykola Kulish."],
                "ru": ["Самым юным участникам фестиваля — детской студии «Горобчики» из Гадяча — по 9–11 лет. Самому старшему актеру, Федору Сахненко из Золотоноши, 82 года: он сыграет в спектакле по пьесе Николая Кулиша."],
            },
            {
                "uk": ["Вхід на всі вистави вільний. Переможець у головній номінації отримає від Миргородської міської ради 50 тисяч гривень на нову постановку."],
                "en": ["Admission to all performances is free. The winner of the main award will receive 50,000 hryvnias from Myrhorod City Council for a new production."],
                "ru": ["Вход на все спектакли свободный. Победитель в главной номинации получит от Миргородского городского совета 50 тысяч гривен на новую постановку."],
            },
        ],
    },
    # --------------------------------------------------------- near-duplicate
    {
        # updated ru re-publication of b08: finishers 4 870 -> 4 912, one sentence added (row 2)
        "key": "b21",
        "case": "near-duplicate",
        "duplicate_of": "b08",
        "source": "lviv-vechir.example",
        "published": {"ru": "2025-05-19T00:50:00+03:00"},
        "title": {
            "ru": "Полумарафон «Старый город» собрал 5 200 бегунов, финишировали 4 912",
        },
        "author": {"ru": "Кристина Панас"},
        "rows": [
            {
                "ru": ["В воскресенье, 18 мая, во Львове прошел шестой полумарафон «Старый город», на старт которого вышли 5 200 бегунов из 14 стран. Трасса длиной 21,1 километра пролегала от площади Рынок до Стрыйского парка и обратно."],
            },
            {
                "ru": ["Среди мужчин победил легкоатлет львовского клуба «Скиф» Тарас Мельничук с результатом 1 час 4 минуты 37 секунд. Это новый рекорд трассы, предыдущий держался с 2021 года. Поздно вечером результат Мельничука утвердила областная федерация легкой атлетики."],
            },
            {
                "ru": ["В женском зачете первой финишировала жительница Тернополя Елена Кушнир — 1 час 13 минут 2 секунды. Она опередила прошлогоднюю победительницу Дарину Костив на 41 секунду."],
            },
            {
                "ru": ["По окончательным данным хронометража, дистанцию преодолели 4 912 участников, самому старшему из них, львовянину Зеновию Гнатышину, 78 лет. На трассе работали 350 волонтеров и 12 пунктов питания."],
            },
            {
                "ru": ["Организаторы собрали из благотворительных стартовых взносов 1,9 миллиона гривен, которые передадут реабилитационному центру для военных в Винниках."],
            },
        ],
    },
    # ----------------------------------------------------------------- single
    {
        # uk only; same city and kind of event as b01 (a Lviv theatre), different story
        "key": "b22",
        "case": "single",
        "source": "lviv-vechir.example",
        "published": {"uk": "2024-03-27T18:20:00+02:00"},
        "title": {
            "uk": "Театр ляльок «Казковий дім» відкрився після 14 місяців ремонту",
        },
        "author": {"uk": "Марта Левицька"},
        "rows": [
            {
                "uk": ["Львівський театр ляльок «Казковий дім» 27 березня, у Міжнародний день театру, знову прийняв глядачів після 14 місяців ремонту. Першою виставою стала казка «Кирило Кожум’яка» в постановці Оксани Рибчак."],
            },
            {
                "uk": ["Під час ремонту в будівлі на вулиці Краківській замінили покрівлю, сцену й освітлювальне обладнання, а глядацька зала тепер вміщує 180 осіб замість 140. Роботи коштували 9,4 мільйона гривень."],
            },
            {
                "uk": ["Директорка театру Леся Гуменюк розповіла, що в підвалі облаштували укриття на 120 місць із невеликою сценою. Якщо під час вистави оголосять тривогу, актори доігруватимуть її там."],
            },
            {
                "uk": ["Квитки на квітень уже розкуплені на 70 відсотків. У репертуарі театру 23 вистави, п’ять із них — прем’єри цього сезону."],
            },
        ],
    },
    {
        # ru only; same city and kind of event as b07 (an Odesa student olympiad), different story
        "key": "b23",
        "case": "single",
        "source": "odesa-herald.example",
        "published": {"ru": "2025-02-10T12:30:00+02:00"},
        "title": {
            "ru": "В Одессе подвели итоги областной олимпиады по химии",
        },
        "author": {"ru": "Анастасия Мороз"},
        "rows": [
            {
                "ru": ["В Одессе 8–9 февраля прошел областной этап ученической олимпиады по химии, в котором приняли участие 186 школьников из 27 общин области. Соревнования проходили в химическом корпусе Одесского университета естественных наук."],
            },
            {
                "ru": ["Абсолютным победителем стала одиннадцатиклассница лицея № 39 Кира Мельниченко, набравшая 92 балла из 100. Второе место занял Олег Пащенко из Измаила, третье — Марианна Гудзь из Черноморска."],
            },
            {
                "ru": ["Председатель жюри доцент Аркадий Вакуленко отметил, что самым сложным оказалось практическое задание: нужно было определить состав трех неизвестных солей. Полностью с ним справились только девять участников."],
            },
            {
                "ru": ["Двенадцать лучших школьников представят Одесскую область на всеукраинском этапе олимпиады, который в марте пройдет в Ужгороде."],
            },
        ],
    },
    # --------------------------------------------------------------- two-lang
    {
        "key": "b24",
        "case": "two-lang",
        "source": None,
        "published": {"uk": "2026-10-15T10:00:00+03:00", "en": "2026-10-15"},
        "title": {
            "uk": "Музей «Гончарна хата» в Лубнах отримав 340 предметів опішнянської кераміки",
            "en": "Honcharna Khata museum in Lubny receives 340 pieces of Opishnia pottery",
        },
        "rows": [
            {
                "uk": ["Лубенський приватний музей «Гончарна хата» отримав у дар 340 предметів кераміки, виготовлених в Опішні між 1880 і 1960 роками. Колекцію 14 жовтня передав полтавський колекціонер Геннадій Охріменко."],
                "en": ["The Honcharna Khata private museum in Lubny has been given 340 pieces of pottery made in Opishnia between 1880 and 1960. Poltava collector Hennadii Okhrimenko handed over the collection on 14 October."],
            },
            {
                "uk": ["Охріменко збирав кераміку понад 35 років, купуючи її на ярмарках і в сільських родинах. Найстаріший предмет — куманець 1884 року з підписом майстра."],
                "en": ["Okhrimenko collected pottery for more than 35 years, buying it at fairs and from village families. The oldest piece is a kumanets, a traditional ring-shaped flask, dated 1884 and signed by the potter."],
            },
            {
                "uk": ["Директор музею Лука Бережний каже, що колекція майже подвоїть фонди закладу: досі музей мав 410 предметів. Для нової експозиції переобладнають верхній поверх будівлі."],
                "en": ["Museum director Luka Berezhnyi says the gift will almost double the museum's holdings, which until now numbered 410 items. The upper floor of the building will be refitted for the new display."],
            },
            {
                "uk": ["Виставку «Опішнянська глина» зі 120 найкращих предметів колекції планують відкрити в грудні. Решту кераміки музей опише й сфотографує для онлайн-каталогу."],
                "en": ["An exhibition, “Opishnia Clay”, of the 120 finest pieces is due to open in December. The museum will describe and photograph the rest of the pottery for an online catalogue."],
            },
        ],
    },
]
