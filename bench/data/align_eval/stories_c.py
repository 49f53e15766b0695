"""Alignment evaluation set, part C: economy, agriculture, energy, environment, health.

Original fictional regional news (people, outlets, companies and events are invented).
See ``bench/align_eval.py`` for the format: each story gives its versions row by row.
"""

STORIES = [
    # ------------------------------------------------------------------ plain
    {
        "key": "c01",
        "case": "plain",
        "source": "vinnytsia-post.example",
        "published": {"uk": "2024-09-03T10:20:00+03:00", "en": "2024-09-03T14:05:00+03:00",
                      "ru": "2024-09-03T11:40:00+03:00"},
        "title": {
            "uk": "Гніванський цукровий завод розпочав сезон переробки буряків",
            "en": "Hnivan sugar plant starts beet processing season",
            "ru": "Гниванский сахарный завод начал сезон переработки свеклы",
        },
        "author": {"uk": "Оксана Лук’яненко", "en": "Oksana Lukianenko", "ru": "Оксана Лукьяненко"},
        "rows": [
            {
                "uk": ["У вівторок, 3 вересня, Гніванський цукровий завод на Вінниччині прийняв перші 2 800 тонн цукрових буряків і запустив виробничу лінію. Підприємство належить агрохолдингу «Подільські лани» і цього року планує працювати щонайменше 120 днів."],
                "en": ["On Tuesday, 3 September, the Hnivan sugar plant in Vinnytsia region took in its first 2,800 tonnes of sugar beet and started up its production line. The plant belongs to the Podilski Lany agricultural holding and plans to run for at least 120 days this year."],
                "ru": ["Во вторник, 3 сентября, Гниванский сахарный завод на Винничине принял первые 2 800 тонн сахарной свеклы и запустил производственную линию. Предприятие принадлежит агрохолдингу «Подольские ланы» и в этом году планирует работать не менее 120 дней."],
            },
            {
                "uk": ["За словами директора заводу Василя Мартинюка, добова потужність після модернізації зросла з 3 500 до 4 200 тонн сировини. На оновлення дифузійного відділення та випарної станції компанія витратила 86 мільйонів гривень."],
                "en": ["According to plant director Vasyl Martyniuk, daily capacity after the upgrade has grown from 3,500 to 4,200 tonnes of raw material. The company spent 86 million hryvnias on renewing the diffusion section and the evaporator station."],
                "ru": ["По словам директора завода Василия Мартынюка, суточная мощность после модернизации выросла с 3 500 до 4 200 тонн сырья. На обновление диффузионного отделения и выпарной станции компания потратила 86 миллионов гривен."],
            },
            {
                "uk": ["Буряки на завод постачають 46 господарств із Гніванської, Тиврівської та Жмеринської громад. Цього року ними засіяно 11 тисяч гектарів, а середню врожайність аграрії оцінюють у 48 тонн з гектара."],
                "en": ["The beet is supplied by 46 farms from the Hnivan, Tyvriv and Zhmerynka communities. They sowed 11,000 hectares this year, and farmers estimate the average yield at 48 tonnes per hectare."],
                "ru": ["Свеклу на завод поставляют 46 хозяйств из Гниванской, Тывровской и Жмеринской громад. В этом году ими засеяно 11 тысяч гектаров, а среднюю урожайность аграрии оценивают в 48 тонн с гектара."],
            },
            {
                "uk": ["Закупівельна ціна на старті сезону становить 1 650 гривень за тонну буряків базової цукристості 16%. Розраховуватися з постачальниками завод обіцяє не пізніше ніж через 10 днів після приймання."],
                "en": ["The purchase price at the start of the season is 1,650 hryvnias per tonne of beet with a base sugar content of 16%. The plant promises to pay suppliers no later than 10 days after delivery."],
                "ru": ["Закупочная цена в начале сезона составляет 1 650 гривен за тонну свеклы базовой сахаристости 16%. Рассчитываться с поставщиками завод обещает не позднее чем через 10 дней после приемки."],
            },
            {
                "uk": ["Під час сезону на підприємстві працюватимуть 310 людей, з них 70 — сезонні працівники. Мартинюк розраховує, що до кінця року завод виробить близько 68 тисяч тонн цукру."],
                "en": ["During the season the plant will employ 310 people, 70 of them seasonal workers. Martyniuk expects the plant to produce about 68,000 tonnes of sugar by the end of the year."],
                "ru": ["Во время сезона на предприятии будут работать 310 человек, из них 70 — сезонные работники. Мартынюк рассчитывает, что до конца года завод произведет около 68 тысяч тонн сахара."],
            },
        ],
    },
    {
        "key": "c02",
        "case": "plain",
        "source": "chernihiv-chronicle.example",
        "published": {"uk": "2025-05-21T09:00:00+03:00", "en": "2025-05-21T12:30:00+03:00",
                      "ru": "2025-05-21T09:45:00+03:00"},
        "title": {
            "uk": "Біля Ніжина запрацювала сонячна електростанція на 18 мегаватів",
            "en": "18-megawatt solar park goes online near Nizhyn",
            "ru": "Под Нежином заработала солнечная электростанция на 18 мегаватт",
        },
        "rows": [
            {
                "uk": ["Компанія «Сіверська енергія» 20 травня підключила до мережі сонячну електростанцію потужністю 18 мегаватів поблизу села Кунашівка Ніжинського району. Панелі займають 31 гектар колишніх пасовищ, які компанія орендує на 25 років."],
                "en": ["On 20 May Siverska Energy connected an 18-megawatt solar power plant near the village of Kunashivka in Nizhyn district to the grid. The panels cover 31 hectares of former pastureland, which the company leases for 25 years."],
                "ru": ["Компания «Северская энергия» 20 мая подключила к сети солнечную электростанцию мощностью 18 мегаватт вблизи села Кунашовка Нежинского района. Панели занимают 31 гектар бывших пастбищ, которые компания арендует на 25 лет."],
            },
            {
                "uk": ["На станції встановили 32 400 фотоелектричних модулів і систему накопичення енергії ємністю 6 мегават-годин. Загальні інвестиції, за даними компанії, становлять 14,2 мільйона євро."],
                "en": ["The plant has 32,400 photovoltaic modules and an energy storage system with a capacity of 6 megawatt-hours. Total investment, according to the company, amounts to 14.2 million euros."],
                "ru": ["На станции установили 32 400 фотоэлектрических модулей и систему накопления энергии емкостью 6 мегаватт-часов. Общие инвестиции, по данным компании, составляют 14,2 миллиона евро."],
            },
            {
                "uk": ["Генеральний директор «Сіверської енергії» Дмитро Шаповал розповів, що за рік станція вироблятиме близько 21 мільйона кіловат-годин. Цього вистачить, щоб покрити потреби приблизно 9 тисяч домогосподарств."],
                "en": ["Siverska Energy chief executive Dmytro Shapoval said the plant will generate about 21 million kilowatt-hours a year. That is enough to cover the needs of roughly 9,000 households."],
                "ru": ["Генеральный директор «Северской энергии» Дмитрий Шаповал рассказал, что за год станция будет вырабатывать около 21 миллиона киловатт-часов. Этого хватит, чтобы покрыть потребности примерно 9 тысяч домохозяйств."],
            },
            {
                "uk": ["Будівництво тривало 11 місяців, на ньому працювали до 140 монтажників. Після запуску станцію обслуговуватимуть 8 постійних працівників із Ніжина та Кунашівки."],
                "en": ["Construction took 11 months and employed up to 140 fitters. Now that it is running, the plant will be maintained by 8 permanent staff from Nizhyn and Kunashivka."],
                "ru": ["Строительство длилось 11 месяцев, на нем работали до 140 монтажников. После запуска станцию будут обслуживать 8 постоянных сотрудников из Нежина и Кунашовки."],
            },
            {
                "uk": ["Громада щороку отримуватиме від компанії близько 2,3 мільйона гривень податків і орендної плати. Ці кошти, за словами міської голови Ніжина Світлани Приходько, спрямують на утеплення двох шкіл."],
                "en": ["The community will receive about 2.3 million hryvnias a year from the company in taxes and rent. According to Nizhyn mayor Svitlana Prykhodko, the money will go towards insulating two schools."],
                "ru": ["Громада ежегодно будет получать от компании около 2,3 миллиона гривен налогов и арендной платы. Эти средства, по словам городского головы Нежина Светланы Приходько, направят на утепление двух школ."],
            },
        ],
    },
    {
        "key": "c03",
        "case": "plain",
        "source": "rivne-wire.example",
        "published": {"uk": "2024-11-14T08:40:00+02:00", "en": "2024-11-14T15:10:00+02:00",
                      "ru": "2024-11-14T09:25:00+02:00"},
        "title": {
            "uk": "Сарненська лікарня отримала новий комп’ютерний томограф",
            "en": "Sarny hospital gets a new CT scanner",
            "ru": "Сарненская больница получила новый компьютерный томограф",
        },
        "author": {"uk": "Богдан Литвинчук", "en": "Bohdan Lytvynchuk", "ru": "Богдан Литвинчук"},
        "rows": [
            {
                "uk": ["Сарненська центральна районна лікарня 13 листопада розпочала обстеження пацієнтів на новому 64-зрізовому комп’ютерному томографі. Апарат вартістю 27,5 мільйона гривень придбали коштом обласного бюджету та громади."],
                "en": ["Sarny central district hospital began examining patients on a new 64-slice CT scanner on 13 November. The machine, worth 27.5 million hryvnias, was bought with money from the regional budget and the local community."],
                "ru": ["Сарненская центральная районная больница 13 ноября начала обследование пациентов на новом 64-срезовом компьютерном томографе. Аппарат стоимостью 27,5 миллиона гривен приобрели за счет областного бюджета и громады."],
            },
            {
                "uk": ["Досі мешканців Сарненського району з інсультами та травмами доводилося везти на КТ до Рівного, за 85 кілометрів. За словами головного лікаря Романа Ковтуна, тепер діагностика займатиме до 20 хвилин від моменту госпіталізації."],
                "en": ["Until now, residents of Sarny district with strokes or injuries had to be taken 85 kilometres to Rivne for a CT scan. According to chief physician Roman Kovtun, diagnosis will now take up to 20 minutes from admission."],
                "ru": ["До сих пор жителей Сарненского района с инсультами и травмами приходилось везти на КТ в Ровно, за 85 километров. По словам главного врача Романа Ковтуна, теперь диагностика будет занимать до 20 минут с момента госпитализации."],
            },
            {
                "uk": ["Лікарня обслуговує близько 98 тисяч людей із семи громад. Розрахункове навантаження на томограф — до 35 досліджень на добу."],
                "en": ["The hospital serves about 98,000 people from seven communities. The scanner's projected workload is up to 35 scans a day."],
                "ru": ["Больница обслуживает около 98 тысяч человек из семи громад. Расчетная нагрузка на томограф — до 35 исследований в сутки."],
            },
            {
                "uk": ["Для роботи з апаратом двоє рентгенологів і четверо рентгенлаборантів пройшли тижневе навчання у Львові. Ще 3,1 мільйона гривень пішло на ремонт приміщення та радіаційний захист стін."],
                "en": ["Two radiologists and four radiographers completed a week of training in Lviv to operate the machine. Another 3.1 million hryvnias went on refurbishing the room and shielding its walls against radiation."],
                "ru": ["Для работы с аппаратом двое рентгенологов и четверо рентгенлаборантов прошли недельное обучение во Львове. Еще 3,1 миллиона гривен ушло на ремонт помещения и радиационную защиту стен."],
            },
            {
                "uk": ["Для пацієнтів із направленням сімейного лікаря обстеження безоплатне за програмою медичних гарантій. Записатися можна в реєстратурі лікарні або за телефоном кол-центру, який працює з 8:00 до 18:00."],
                "en": ["The scan is free under the medical guarantees programme for patients referred by their family doctor. Appointments can be made at the hospital reception desk or through the call centre, which is open from 8:00 to 18:00."],
                "ru": ["Для пациентов с направлением семейного врача обследование бесплатно по программе медицинских гарантий. Записаться можно в регистратуре больницы или по телефону колл-центра, который работает с 8:00 до 18:00."],
            },
        ],
    },
    {
        "key": "c04",
        "case": "plain",
        "source": "vinnytsia-post.example",
        "published": {"uk": "2025-02-10T11:00:00+02:00", "en": "2025-02-10T17:20:00+02:00",
                      "ru": "2025-02-11T08:30:00+02:00"},
        "title": {
            "uk": "На Вінниччині до весни щеплять від кору 7 тисяч школярів",
            "en": "Vinnytsia region aims to vaccinate 7,000 pupils against measles by spring",
            "ru": "На Винничине до весны привьют от кори 7 тысяч школьников",
        },
        "rows": [
            {
                "uk": ["Обласний центр контролю та профілактики хвороб 10 лютого розпочав кампанію наздоганяльної вакцинації від кору в школах Вінниччини. До 31 березня щепити планують близько 7 тисяч дітей, які пропустили другу дозу вакцини."],
                "en": ["On 10 February the regional centre for disease control and prevention launched a catch-up measles vaccination campaign in Vinnytsia region schools. By 31 March it plans to vaccinate about 7,000 children who missed their second dose."],
                "ru": ["Областной центр контроля и профилактики болезней 10 февраля начал кампанию догоняющей вакцинации от кори в школах Винничины. До 31 марта привить планируют около 7 тысяч детей, пропустивших вторую дозу вакцины."],
            },
            {
                "uk": ["Від початку року в області зафіксували 23 випадки кору, з них 17 — у дітей шкільного віку. Торік за той самий період було лише 4 випадки."],
                "en": ["Since the start of the year the region has recorded 23 cases of measles, 17 of them in school-age children. Over the same period last year there were only 4."],
                "ru": ["С начала года в области зафиксировали 23 случая кори, из них 17 — у детей школьного возраста. В прошлом году за тот же период было лишь 4 случая."],
            },
            {
                "uk": ["Щеплення робитимуть мобільні бригади у 142 школах за графіком, погодженим з управлінням освіти. Кожна бригада складається з лікаря та двох медсестер."],
                "en": ["The jabs will be given by mobile teams in 142 schools on a schedule agreed with the education department. Each team consists of a doctor and two nurses."],
                "ru": ["Прививки будут делать мобильные бригады в 142 школах по графику, согласованному с управлением образования. Каждая бригада состоит из врача и двух медсестер."],
            },
            {
                "uk": ["За словами заступниці директора центру Тетяни Гуменюк, охоплення другою дозою в області зараз становить 81%, тоді як для стримування спалахів потрібно щонайменше 95%. Найнижчі показники — у Могилів-Подільському та Тульчинському районах."],
                "en": ["According to the centre's deputy director Tetiana Humeniuk, second-dose coverage in the region now stands at 81%, while at least 95% is needed to contain outbreaks. The lowest rates are in Mohyliv-Podilskyi and Tulchyn districts."],
                "ru": ["По словам заместителя директора центра Татьяны Гуменюк, охват второй дозой в области сейчас составляет 81%, тогда как для сдерживания вспышек нужно не менее 95%. Самые низкие показатели — в Могилев-Подольском и Тульчинском районах."],
            },
            {
                "uk": ["Батьки мають підписати інформовану згоду, бланк якої школи розіслали через електронні щоденники. Вакцину область отримала з державного резерву — 9 500 доз."],
                "en": ["Parents need to sign an informed consent form, which schools have sent out through electronic diaries. The region has received 9,500 doses of vaccine from the state reserve."],
                "ru": ["Родители должны подписать информированное согласие, бланк которого школы разослали через электронные дневники. Вакцину область получила из государственного резерва — 9 500 доз."],
            },
        ],
    },
    {
        "key": "c05",
        "case": "plain",
        "source": "chernihiv-chronicle.example",
        "published": {"uk": "2025-10-22T10:15:00+03:00", "en": "2025-10-22T13:00:00+03:00",
                      "ru": "2025-10-22T10:50:00+03:00"},
        "title": {
            "uk": "У Корюківському районі відновлять 240 гектарів лісу після пожеж",
            "en": "240 hectares of fire-damaged forest to be replanted in Koriukivka district",
            "ru": "В Корюковском районе восстановят 240 гектаров леса после пожаров",
        },
        "author": {"uk": "Галина Семенець", "en": "Halyna Semenets", "ru": "Галина Семенец"},
        "rows": [
            {
                "uk": ["Лісівники Корюківського району 21 жовтня почали висаджувати молодий ліс на згарищах, що залишилися після пожеж серпня 2024 року. Загалом до кінця листопада планують засадити 240 гектарів."],
                "en": ["On 21 October foresters in Koriukivka district began planting young forest on land burnt in the fires of August 2024. In total they plan to plant 240 hectares by the end of November."],
                "ru": ["Лесоводы Корюковского района 21 октября начали высаживать молодой лес на пожарищах, оставшихся после пожаров августа 2024 года. Всего до конца ноября планируют засадить 240 гектаров."],
            },
            {
                "uk": ["Тоді вогонь пройшов 610 гектарів соснових насаджень поблизу сіл Олешня та Наумівка. Частину згарищ уже розчистили від пошкодженої деревини, решту очистять навесні 2026 року."],
                "en": ["That fire swept through 610 hectares of pine plantations near the villages of Oleshnia and Naumivka. Part of the burnt area has already been cleared of damaged timber, and the rest will be cleared in spring 2026."],
                "ru": ["Тогда огонь прошел 610 гектаров сосновых насаждений вблизи сел Олешня и Наумовка. Часть пожарищ уже расчистили от поврежденной древесины, остальное очистят весной 2026 года."],
            },
            {
                "uk": ["Цієї осені висадять 960 тисяч сіянців, з них близько 70% — сосна, решта — дуб, береза та клен. Сіянці виростили в розсаднику поблизу Мени."],
                "en": ["This autumn 960,000 seedlings will be planted, about 70% of them pine and the rest oak, birch and maple. The seedlings were grown in a nursery near Mena."],
                "ru": ["Этой осенью высадят 960 тысяч сеянцев, из них около 70% — сосна, остальное — дуб, береза и клен. Сеянцы вырастили в питомнике вблизи Мены."],
            },
            {
                "uk": ["Головний лісничий Петро Рибалко пояснює, що мішані насадження краще протистоять вогню та шкідникам. За його словами, на кожен гектар припадає близько 4 тисяч сіянців."],
                "en": ["Chief forester Petro Rybalko explains that mixed plantations are better at resisting fire and pests. He says each hectare receives about 4,000 seedlings."],
                "ru": ["Главный лесничий Петр Рыбалко объясняет, что смешанные насаждения лучше противостоят огню и вредителям. По его словам, на каждый гектар приходится около 4 тысяч сеянцев."],
            },
            {
                "uk": ["До робіт залучили 65 працівників лісгоспу та волонтерів із Корюківки й Чернігова. Відновлення фінансують з державного бюджету, кошторис становить 18,7 мільйона гривень."],
                "en": ["The work involves 65 forestry staff and volunteers from Koriukivka and Chernihiv. The restoration is funded from the state budget at an estimated cost of 18.7 million hryvnias."],
                "ru": ["К работам привлекли 65 работников лесхоза и волонтеров из Корюковки и Чернигова. Восстановление финансируют из государственного бюджета, смета составляет 18,7 миллиона гривен."],
            },
        ],
    },
    {
        "key": "c06",
        "case": "plain",
        "source": "rivne-wire.example",
        "published": {"uk": "2024-04-03T08:15:00+03:00", "en": "2024-04-03T10:30:00+03:00",
                      "ru": "2024-04-03T08:50:00+03:00"},
        "title": {
            "uk": "Горинь вийшла з берегів на Дубровиччині: підтоплено 37 дворів",
            "en": "Horyn bursts its banks near Dubrovytsia, 37 homesteads flooded",
            "ru": "Горынь вышла из берегов на Дубровичине: подтоплены 37 дворов",
        },
        "rows": [
            {
                "uk": ["Через затяжні дощі та танення снігу у верхів’ї рівень води в річці Горинь біля Дубровиці за добу піднявся на 1,6 метра. Станом на ранок 3 квітня підтоплено 37 дворів у селах Висоцьк, Городище та Бережниця."],
                "en": ["After prolonged rain and snowmelt upstream, the water level in the Horyn river near Dubrovytsia rose by 1.6 metres in 24 hours. As of the morning of 3 April, 37 homesteads had been flooded in the villages of Vysotsk, Horodyshche and Berezhnytsia."],
                "ru": ["Из-за затяжных дождей и таяния снега в верховье уровень воды в реке Горынь возле Дубровицы за сутки поднялся на 1,6 метра. По состоянию на утро 3 апреля подтоплены 37 дворов в селах Высоцк, Городище и Бережница."],
            },
            {
                "uk": ["Житлові будинки поки що не затоплені, вода стоїть на городах і в погребах. Перекрито ділянку дороги між Висоцьком і Городищем завдовжки близько 800 метрів."],
                "en": ["No houses have been flooded so far; the water is standing in vegetable gardens and cellars. A stretch of road about 800 metres long between Vysotsk and Horodyshche has been closed."],
                "ru": ["Жилые дома пока не затоплены, вода стоит на огородах и в погребах. Перекрыт участок дороги между Высоцком и Городищем длиной около 800 метров."],
            },
            {
                "uk": ["На місці працюють 24 рятувальники та 6 одиниць техніки, зокрема два човни. Вони допомагають мешканцям вивозити худобу та майно на підвищені ділянки."],
                "en": ["At the scene, 24 rescuers and 6 vehicles, including two boats, are at work. They are helping residents move livestock and belongings to higher ground."],
                "ru": ["На месте работают 24 спасателя и 6 единиц техники, в том числе две лодки. Они помогают жителям вывозить скот и имущество на возвышенные участки."],
            },
            {
                "uk": ["Міський голова Дубровиці Ігор Савчук закликав мешканців прибережних вулиць не залишати дітей без нагляду. Для тих, кого доведеться відселити, у місцевому ліцеї підготували 50 місць."],
                "en": ["Dubrovytsia mayor Ihor Savchuk urged residents of riverside streets not to leave children unattended. Fifty places have been prepared at the local lyceum for anyone who has to be evacuated."],
                "ru": ["Городской голова Дубровицы Игорь Савчук призвал жителей прибрежных улиц не оставлять детей без присмотра. Для тех, кого придется отселить, в местном лицее подготовили 50 мест."],
            },
            {
                "uk": ["Гідрометеорологи прогнозують, що вода підніматиметься ще щонайменше 2 доби. Пік паводку очікують 5 квітня."],
                "en": ["Forecasters expect the water to keep rising for at least another 2 days. The flood is expected to peak on 5 April."],
                "ru": ["Гидрометеорологи прогнозируют, что вода будет подниматься еще минимум 2 суток. Пик паводка ожидают 5 апреля."],
            },
        ],
    },
    {
        "key": "c07",
        "case": "plain",
        "source": "vinnytsia-post.example",
        "published": {"uk": "2024-11-27T12:00:00+02:00", "en": "2024-11-27T16:45:00+02:00",
                      "ru": "2024-11-28T09:10:00+02:00"},
        "title": {
            "uk": "Вінниччина зібрала 5,9 мільйона тонн зерна",
            "en": "Vinnytsia region harvests 5.9 million tonnes of grain",
            "ru": "Винничина собрала 5,9 миллиона тонн зерна",
        },
        "author": {"uk": "Оксана Лук’яненко", "en": "Oksana Lukianenko", "ru": "Оксана Лукьяненко"},
        "rows": [
            {
                "uk": ["Аграрії Вінниччини станом на 26 листопада намолотили 5,9 мільйона тонн зернових і зернобобових культур. Це на 8% менше, ніж торік, повідомив директор обласного департаменту агропромислового розвитку Сергій Захарчук."],
                "en": ["As of 26 November, farmers in Vinnytsia region had threshed 5.9 million tonnes of grain and pulses. That is 8% less than last year, said Serhii Zakharchuk, director of the regional agro-industrial development department."],
                "ru": ["Аграрии Винничины по состоянию на 26 ноября намолотили 5,9 миллиона тонн зерновых и зернобобовых культур. Это на 8% меньше, чем в прошлом году, сообщил директор областного департамента агропромышленного развития Сергей Захарчук."],
            },
            {
                "uk": ["Найбільше зібрали кукурудзи — 3,4 мільйона тонн, хоча обмолочено ще не всі площі: у полі залишаються близько 42 тисяч гектарів. Середня врожайність кукурудзи становить 7,1 тонни з гектара проти 8,6 тонни минулого року."],
                "en": ["The largest crop was maize at 3.4 million tonnes, although not every field has been harvested: about 42,000 hectares are still standing. The average maize yield is 7.1 tonnes per hectare, compared with 8.6 tonnes last year."],
                "ru": ["Больше всего собрали кукурузы — 3,4 миллиона тонн, хотя обмолочены еще не все площади: в поле остаются около 42 тысяч гектаров. Средняя урожайность кукурузы составляет 7,1 тонны с гектара против 8,6 тонны в прошлом году."],
            },
            {
                "uk": ["Пшениці зібрали 1,6 мільйона тонн із середньою врожайністю 5,4 тонни з гектара, ячменю — 390 тисяч тонн. Якість пшениці цього року краща: понад 60% зерна відповідає продовольчим класам."],
                "en": ["The wheat harvest came to 1.6 million tonnes with an average yield of 5.4 tonnes per hectare, and barley to 390,000 tonnes. Wheat quality is better this year: more than 60% of the grain meets food-grade standards."],
                "ru": ["Пшеницы собрали 1,6 миллиона тонн при средней урожайности 5,4 тонны с гектара, ячменя — 390 тысяч тонн. Качество пшеницы в этом году лучше: более 60% зерна соответствует продовольственным классам."],
            },
            {
                "uk": ["Основною причиною недобору Захарчук назвав посуху в липні та серпні, коли в окремих районах не було дощів понад 40 днів. Найбільше постраждали господарства Гайсинського та Тульчинського районів."],
                "en": ["Zakharchuk named the drought in July and August, when some districts went without rain for more than 40 days, as the main reason for the shortfall. Farms in Haisyn and Tulchyn districts were hit hardest."],
                "ru": ["Основной причиной недобора Захарчук назвал засуху в июле и августе, когда в отдельных районах не было дождей более 40 дней. Больше всего пострадали хозяйства Гайсинского и Тульчинского районов."],
            },
            {
                "uk": ["Соняшнику в області намолотили 1,1 мільйона тонн, сої — 520 тисяч тонн. Завершити збирання кукурудзи аграрії планують до 10 грудня, якщо дозволить погода."],
                "en": ["The region threshed 1.1 million tonnes of sunflower seed and 520,000 tonnes of soybeans. Farmers plan to finish harvesting maize by 10 December, weather permitting."],
                "ru": ["Подсолнечника в области намолотили 1,1 миллиона тонн, сои — 520 тысяч тонн. Завершить уборку кукурузы аграрии планируют до 10 декабря, если позволит погода."],
            },
        ],
    },
    {
        "key": "c08",
        "case": "plain",
        "source": None,
        "published": {"uk": "2026-03-18T09:30:00+02:00", "en": "2026-03-18",
                      "ru": "2026-03-18T10:05:00+02:00"},
        "title": {
            "uk": "Ціни на «борщовий набір» у Рівному за місяць зросли на чверть",
            "en": "Price of Rivne's 'borscht basket' up by a quarter in a month",
            "ru": "Цены на «борщевой набор» в Ровно за месяц выросли на четверть",
        },
        "rows": [
            {
                "uk": ["На Центральному ринку Рівного станом на 17 березня «борщовий набір» із шести овочів коштує в середньому 148 гривень. Місяць тому той самий набір обходився у 118 гривень, тобто ціна зросла на 25%."],
                "en": ["At Rivne's Central Market, a 'borscht basket' of six vegetables cost an average of 148 hryvnias as of 17 March. A month ago the same basket cost 118 hryvnias, a rise of 25%."],
                "ru": ["На Центральном рынке Ровно по состоянию на 17 марта «борщевой набор» из шести овощей стоит в среднем 148 гривен. Месяц назад тот же набор обходился в 118 гривен, то есть цена выросла на 25%."],
            },
            {
                "uk": ["Найбільше подорожчала капуста: кілограм продають по 32 гривні проти 19 гривень у лютому. Цибуля за місяць подорожчала з 16 до 22 гривень за кілограм."],
                "en": ["Cabbage has risen the most: a kilogram sells for 32 hryvnias compared with 19 in February. Onions went up from 16 to 22 hryvnias a kilogram over the month."],
                "ru": ["Больше всего подорожала капуста: килограмм продают по 32 гривны против 19 гривен в феврале. Лук за месяц подорожал с 16 до 22 гривен за килограмм."],
            },
            {
                "uk": ["Картопля натомість майже не змінилася в ціні й коштує 14–15 гривень за кілограм. Морква та буряк подорожчали на 2–3 гривні."],
                "en": ["Potatoes, by contrast, have barely changed in price and cost 14–15 hryvnias a kilogram. Carrots and beetroot have gone up by 2–3 hryvnias."],
                "ru": ["Картофель же почти не изменился в цене и стоит 14–15 гривен за килограмм. Морковь и свекла подорожали на 2–3 гривны."],
            },
            {
                "uk": ["Продавчиня з Костополя Ганна Ярошук пояснює, що запаси власних овочів у фермерів закінчуються, а імпортна капуста з Польщі дорожча. За її словами, ціни стабілізуються не раніше кінця травня, коли з’явиться рання городина."],
                "en": ["Hanna Yaroshuk, a stallholder from Kostopil, explains that farmers' own stocks of vegetables are running out, while imported cabbage from Poland is more expensive. She says prices will not settle before the end of May, when early vegetables come in."],
                "ru": ["Продавщица из Костополя Анна Ярошук объясняет, что запасы собственных овощей у фермеров заканчиваются, а импортная капуста из Польши дороже. По ее словам, цены стабилизируются не раньше конца мая, когда появятся ранние овощи."],
            },
            {
                "uk": ["У супермаркетах міста набір коштує дорожче — від 165 до 182 гривень залежно від мережі. Моніторинг цін на 12 продуктів ринок проводить щотижня."],
                "en": ["In the city's supermarkets the basket is more expensive, at 165 to 182 hryvnias depending on the chain. The market monitors the prices of 12 products every week."],
                "ru": ["В супермаркетах города набор стоит дороже — от 165 до 182 гривен в зависимости от сети. Мониторинг цен на 12 продуктов рынок проводит еженедельно."],
            },
        ],
    },
    # --------------------------------------------------------------- same-day
    {
        "key": "c09",
        "case": "same-day",
        "twin": "c10",
        "source": "rivne-wire.example",
        "published": {"uk": "2025-06-17T14:10:00+03:00", "en": "2025-06-17T18:25:00+03:00",
                      "ru": "2025-06-17T15:00:00+03:00"},
        "title": {
            "uk": "Вараш виділив 48 мільйонів гривень на реконструкцію хірургічного корпусу лікарні",
            "en": "Varash allocates 48 million hryvnias to rebuild hospital surgical wing",
            "ru": "Вараш выделил 48 миллионов гривен на реконструкцию хирургического корпуса больницы",
        },
        "author": {"uk": "Марта Грищук", "en": "Marta Hryshchuk", "ru": "Марта Грищук"},
        "rows": [
            {
                "uk": ["Варашська міська рада на сесії 17 червня ухвалила рішення спрямувати 48 мільйонів гривень на реконструкцію хірургічного корпусу міської багатопрофільної лікарні. За рішення проголосували 29 депутатів."],
                "en": ["At its session on 17 June, Varash city council decided to put 48 million hryvnias towards rebuilding the surgical wing of the city's multi-profile hospital. The decision was backed by 29 councillors."],
                "ru": ["Варашский городской совет на сессии 17 июня принял решение направить 48 миллионов гривен на реконструкцию хирургического корпуса городской многопрофильной больницы. За решение проголосовали 29 депутатов."],
            },
            {
                "uk": ["Корпус збудовано 1984 року, і відтоді його жодного разу капітально не ремонтували. Після реконструкції в ньому буде 120 ліжок, чотири операційні та відділення інтенсивної терапії на 12 місць."],
                "en": ["The wing was built in 1984 and has never had a major overhaul since. After the reconstruction it will have 120 beds, four operating theatres and a 12-bed intensive care unit."],
                "ru": ["Корпус построен в 1984 году, и с тех пор его ни разу капитально не ремонтировали. После реконструкции в нем будет 120 коек, четыре операционные и отделение интенсивной терапии на 12 мест."],
            },
            {
                "uk": ["Міський голова Тарас Мисюра наголосив, що хірургія Вараша щороку приймає близько 4 тисяч пацієнтів, зокрема з Володимирецької та Зарічненської громад. «Ми не можемо далі оперувати людей у будівлі з протікаючим дахом і проводкою сорокарічної давності», — сказав він."],
                "en": ["Mayor Taras Mysiura stressed that the Varash surgical department treats about 4,000 patients a year, including people from the Volodymyrets and Zarichne communities. “We cannot go on operating on people in a building with a leaking roof and 40-year-old wiring,” he said."],
                "ru": ["Городской голова Тарас Мисюра подчеркнул, что хирургия Вараша ежегодно принимает около 4 тысяч пациентов, в том числе из Владимирецкой и Заречненской громад. «Мы не можем дальше оперировать людей в здании с протекающей крышей и проводкой сорокалетней давности», — сказал он."],
            },
            {
                "uk": ["Підрядника обрали через Prozorro з трьох пропозицій, роботи мають розпочатися 1 серпня і триватимуть 14 місяців. На час ремонту хірургічне відділення переведуть до терапевтичного корпусу."],
                "en": ["The contractor was chosen through Prozorro from three bids; work is due to start on 1 August and will last 14 months. While the work is under way, the surgical department will move to the therapy building."],
                "ru": ["Подрядчика выбрали через Prozorro из трех предложений, работы должны начаться 1 августа и продлятся 14 месяцев. На время ремонта хирургическое отделение переведут в терапевтический корпус."],
            },
            {
                "uk": ["Контроль за ходом реконструкції доручили заступниці міського голови Лілії Гаврилюк. За її словами, ще 6 мільйонів гривень на нове обладнання для операційних місто розраховує отримати з обласної програми."],
                "en": ["Deputy mayor Liliia Havryliuk has been put in charge of overseeing the reconstruction. She says the city hopes to obtain another 6 million hryvnias for new operating theatre equipment from a regional programme."],
                "ru": ["Контроль за ходом реконструкции поручили заместителю городского головы Лилии Гаврилюк. По ее словам, еще 6 миллионов гривен на новое оборудование для операционных город рассчитывает получить из областной программы."],
            },
        ],
    },
    {
        "key": "c10",
        "case": "same-day",
        "twin": "c09",
        "source": "rivne-wire.example",
        "published": {"uk": "2025-06-17T16:35:00+03:00", "en": "2025-06-17T20:05:00+03:00",
                      "ru": "2025-06-17T17:15:00+03:00"},
        "title": {
            "uk": "Вараш встановить сонячні електростанції на 12 школах і садочках",
            "en": "Varash to put solar power plants on 12 schools and kindergartens",
            "ru": "Вараш установит солнечные электростанции на 12 школах и детсадах",
        },
        "author": {"uk": "Марта Грищук", "en": "Marta Hryshchuk", "ru": "Марта Грищук"},
        "rows": [
            {
                "uk": ["Депутати Варашської міської ради 17 червня підтримали проєкт встановлення дахових сонячних електростанцій на 12 закладах освіти. Рішення ухвалили 29 голосами."],
                "en": ["On 17 June Varash city councillors backed a project to install rooftop solar power plants at 12 schools and kindergartens. The decision was passed with 29 votes."],
                "ru": ["Депутаты Варашского городского совета 17 июня поддержали проект установки крышных солнечных электростанций на 12 учебных заведениях. Решение приняли 29 голосами."],
            },
            {
                "uk": ["Загальна вартість проєкту — 48 мільйонів гривень, з яких 30 мільйонів становить грант програми «Енергія громад», а решту сплатить місто. Кожна станція матиме потужність 120 кіловатів."],
                "en": ["The project will cost 48 million hryvnias in total, of which 30 million is a grant from the Community Energy programme and the rest will be paid by the city. Each plant will have a capacity of 120 kilowatts."],
                "ru": ["Общая стоимость проекта — 48 миллионов гривен, из которых 30 миллионов составляет грант программы «Энергия громад», а остальное заплатит город. Каждая станция будет иметь мощность 120 киловатт."],
            },
            {
                "uk": ["Міський голова Тарас Мисюра пояснив, що разом з акумуляторами станції дозволять школам і садочкам працювати до 8 годин без централізованого живлення. «Діти мають навчатися в теплі та світлі незалежно від графіків відключень», — сказав він."],
                "en": ["Mayor Taras Mysiura explained that, together with batteries, the plants will let schools and kindergartens run for up to 8 hours without mains power. “Children must be able to learn in warmth and light whatever the outage schedules,” he said."],
                "ru": ["Городской голова Тарас Мисюра пояснил, что вместе с аккумуляторами станции позволят школам и детсадам работать до 8 часов без централизованного электроснабжения. «Дети должны учиться в тепле и при свете независимо от графиков отключений», — сказал он."],
            },
            {
                "uk": ["Тендер на постачання та монтаж обладнання провели через Prozorro, до нього подали три пропозиції. Монтаж почнеться 1 серпня й триватиме 14 місяців: першими станції отримають п’ять шкіл."],
                "en": ["The tender for supplying and installing the equipment was held through Prozorro and drew three bids. Installation will begin on 1 August and take 14 months, with five schools getting their plants first."],
                "ru": ["Тендер на поставку и монтаж оборудования провели через Prozorro, на него подали три предложения. Монтаж начнется 1 августа и продлится 14 месяцев: первыми станции получат пять школ."],
            },
            {
                "uk": ["Заступниця міського голови Лілія Гаврилюк підрахувала, що заклади освіти заощаджуватимуть близько 6 мільйонів гривень на рік на оплаті електроенергії. Надлишок виробленої енергії в літні місяці місто продаватиме в мережу."],
                "en": ["Deputy mayor Liliia Havryliuk has calculated that the schools and kindergartens will save about 6 million hryvnias a year on electricity bills. In the summer months the city will sell surplus power to the grid."],
                "ru": ["Заместитель городского головы Лилия Гаврилюк подсчитала, что учебные заведения будут экономить около 6 миллионов гривен в год на оплате электроэнергии. Излишки выработанной энергии в летние месяцы город будет продавать в сеть."],
            },
        ],
    },
    {
        "key": "c11",
        "case": "same-day",
        "twin": "c12",
        "source": "chernihiv-chronicle.example",
        "published": {"uk": "2024-09-12T09:40:00+03:00", "en": "2024-09-12T13:15:00+03:00",
                      "ru": "2024-09-12T10:20:00+03:00"},
        "title": {
            "uk": "Чернігівщина зібрала 62 тисячі тонн гречки",
            "en": "Chernihiv region harvests 62,000 tonnes of buckwheat",
            "ru": "Черниговщина собрала 62 тысячи тонн гречки",
        },
        "author": {"uk": "Віктор Охріменко", "en": "Viktor Okhrimenko", "ru": "Виктор Охрименко"},
        "rows": [
            {
                "uk": ["Аграрії Чернігівщини завершили збирання гречки: з 41 тисячі гектарів намолочено 62 тисячі тонн зерна. Про це 12 вересня повідомила директорка обласного департаменту агропромислового розвитку Наталія Гребенюк."],
                "en": ["Farmers in Chernihiv region have finished harvesting buckwheat, threshing 62,000 tonnes of grain from 41,000 hectares. Nataliia Hrebeniuk, director of the regional agro-industrial development department, announced the figures on 12 September."],
                "ru": ["Аграрии Черниговщины завершили уборку гречки: с 41 тысячи гектаров намолочено 62 тысячи тонн зерна. Об этом 12 сентября сообщила директор областного департамента агропромышленного развития Наталья Гребенюк."],
            },
            {
                "uk": ["Середня врожайність становить 15 центнерів з гектара, що на 2 центнери більше, ніж торік. Область знову стала лідером України за обсягами вирощування гречки."],
                "en": ["The average yield is 15 centners per hectare, 2 centners more than last year. The region is once again Ukraine's leading buckwheat grower."],
                "ru": ["Средняя урожайность составляет 15 центнеров с гектара, что на 2 центнера больше, чем в прошлом году. Область снова стала лидером Украины по объемам выращивания гречки."],
            },
            {
                "uk": ["Найвищий результат показало фермерське господарство Миколи Дороша із Семенівської громади — 21 центнер з гектара на площі 380 гектарів. Дорош пояснює успіх ранньою сівбою та тим, що поруч із полями стоять 140 вуликів."],
                "en": ["The best result came from Mykola Dorosh's farm in the Semenivka community, with 21 centners per hectare over 380 hectares. Dorosh puts his success down to early sowing and the 140 beehives standing next to his fields."],
                "ru": ["Самый высокий результат показало фермерское хозяйство Николая Дороша из Семеновской громады — 21 центнер с гектара на площади 380 гектаров. Дорош объясняет успех ранним севом и тем, что рядом с полями стоят 140 ульев."],
            },
            {
                "uk": ["Оптова ціна на гречку-зерно зараз становить близько 28 гривень за кілограм, тоді як рік тому було 19 гривень. Гребенюк не очікує, що ціна на крупу в магазинах до кінця року суттєво зросте."],
                "en": ["The wholesale price of buckwheat grain now stands at about 28 hryvnias a kilogram, compared with 19 hryvnias a year ago. Hrebeniuk does not expect the shop price of buckwheat groats to rise significantly before the end of the year."],
                "ru": ["Оптовая цена на гречку-зерно сейчас составляет около 28 гривен за килограмм, тогда как год назад было 19 гривен. Гребенюк не ожидает, что цена на крупу в магазинах до конца года существенно вырастет."],
            },
            {
                "uk": ["Близько 15% урожаю, за її оцінкою, переробять на крупу безпосередньо в області. Решту зерна продадуть переробникам із сусідніх регіонів і на експорт."],
                "en": ["She estimates that around 15% of the harvest will be processed into groats within the region itself. The rest of the grain will be sold to processors in neighbouring regions and abroad."],
                "ru": ["Около 15% урожая, по ее оценке, переработают в крупу непосредственно в области. Остальное зерно продадут переработчикам из соседних регионов и на экспорт."],
            },
        ],
    },
    {
        "key": "c12",
        "case": "same-day",
        "twin": "c11",
        "source": "chernihiv-chronicle.example",
        "published": {"uk": "2024-09-12T15:20:00+03:00", "en": "2024-09-12T19:00:00+03:00",
                      "ru": "2024-09-12T16:05:00+03:00"},
        "title": {
            "uk": "На Чернігівщині 62 підприємці отримають гранти на переробку сільгосппродукції",
            "en": "62 Chernihiv region entrepreneurs to get grants for processing farm produce",
            "ru": "На Черниговщине 62 предпринимателя получат гранты на переработку сельхозпродукции",
        },
        "author": {"uk": "Віктор Охріменко", "en": "Viktor Okhrimenko", "ru": "Виктор Охрименко"},
        "rows": [
            {
                "uk": ["Обласна комісія 12 вересня затвердила перелік 62 малих підприємств і фермерів, які отримають гранти на обладнання для переробки. Загальна сума допомоги становить 15 мільйонів гривень з обласного бюджету."],
                "en": ["On 12 September a regional commission approved a list of 62 small businesses and farmers who will receive grants for processing equipment. The aid totals 15 million hryvnias from the regional budget."],
                "ru": ["Областная комиссия 12 сентября утвердила перечень 62 малых предприятий и фермеров, которые получат гранты на оборудование для переработки. Общая сумма помощи составляет 15 миллионов гривен из областного бюджета."],
            },
            {
                "uk": ["Директорка департаменту агропромислового розвитку Наталія Гребенюк розповіла, що на конкурс надійшло 215 заявок. Максимальний грант становить 500 тисяч гривень за умови, що підприємець вкладе щонайменше 30% власних коштів."],
                "en": ["Nataliia Hrebeniuk, director of the agro-industrial development department, said 215 applications had been submitted. The maximum grant is 500,000 hryvnias, provided the entrepreneur invests at least 30% of their own money."],
                "ru": ["Директор департамента агропромышленного развития Наталья Гребенюк рассказала, что на конкурс поступило 215 заявок. Максимальный грант составляет 500 тысяч гривен при условии, что предприниматель вложит не менее 30% собственных средств."],
            },
            {
                "uk": ["Серед переможців — фермер Микола Дорош із Семенівської громади, який отримає 410 тисяч гривень на лінію з виробництва гречаної крупи. Він планує переробляти до 15 тонн зерна на місяць."],
                "en": ["Among the winners is farmer Mykola Dorosh from the Semenivka community, who will receive 410,000 hryvnias for a buckwheat groats production line. He plans to process up to 15 tonnes of grain a month."],
                "ru": ["Среди победителей — фермер Николай Дорош из Семеновской громады, который получит 410 тысяч гривен на линию по производству гречневой крупы. Он планирует перерабатывать до 15 тонн зерна в месяц."],
            },
            {
                "uk": ["Ще 21 грант отримають сироварні та мініпекарні, 14 — підприємства, що сушать ягоди й гриби. Решта коштів піде на холодильне обладнання для овочівників."],
                "en": ["Another 21 grants will go to cheese dairies and mini-bakeries, and 14 to businesses that dry berries and mushrooms. The rest of the money will be spent on refrigeration equipment for vegetable growers."],
                "ru": ["Еще 21 грант получат сыроварни и мини-пекарни, 14 — предприятия, которые сушат ягоды и грибы. Остальные средства пойдут на холодильное оборудование для овощеводов."],
            },
            {
                "uk": ["Договори з переможцями підпишуть до 28 вересня, а обладнання мають закупити й запустити до кінця року. Гребенюк наголосила, що кожне підприємство повинне створити щонайменше 2 нові робочі місця."],
                "en": ["Contracts with the winners will be signed by 28 September, and the equipment must be bought and running by the end of the year. Hrebeniuk stressed that each business must create at least 2 new jobs."],
                "ru": ["Договоры с победителями подпишут до 28 сентября, а оборудование должны закупить и запустить до конца года. Гребенюк подчеркнула, что каждое предприятие должно создать не менее 2 новых рабочих мест."],
            },
        ],
    },
    # ---------------------------------------------------------- added-dropped
    {
        # en drops the fisherman's quote (row 4)
        "key": "c13",
        "case": "added-dropped",
        "source": "vinnytsia-post.example",
        "published": {"uk": "2025-07-29T11:30:00+03:00", "en": "2025-07-29T18:40:00+03:00",
                      "ru": "2025-07-30T09:00:00+03:00"},
        "title": {
            "uk": "На Південному Бузі біля Ладижина загинули тонни риби",
            "en": "Tonnes of fish die in the Southern Buh near Ladyzhyn",
            "ru": "На Южном Буге возле Ладыжина погибли тонны рыбы",
        },
        "rows": [
            {
                "uk": ["У Південному Бузі нижче Ладижина 27–28 липня масово загинула риба: рибоохоронний патруль уже зібрав із поверхні води близько 3,2 тонни. Мор зафіксовано на ділянці завдовжки 14 кілометрів."],
                "en": ["Fish died en masse in the Southern Buh downstream of Ladyzhyn on 27–28 July, and the fish protection patrol has already collected about 3.2 tonnes from the surface of the water. The die-off has been recorded along a 14-kilometre stretch."],
                "ru": ["В Южном Буге ниже Ладыжина 27–28 июля произошла массовая гибель рыбы: рыбоохранный патруль уже собрал с поверхности воды около 3,2 тонны. Замор зафиксирован на участке длиной 14 километров."],
            },
            {
                "uk": ["Лабораторія обласної екологічної інспекції виявила у воді лише 1,8 міліграма розчиненого кисню на літр за норми не менше 4. Вміст амонію перевищує допустимий у 6 разів."],
                "en": ["The regional environmental inspectorate's laboratory found just 1.8 milligrams of dissolved oxygen per litre of water, against a norm of at least 4. Ammonium levels are 6 times above the permitted limit."],
                "ru": ["Лаборатория областной экологической инспекции обнаружила в воде всего 1,8 миллиграмма растворенного кислорода на литр при норме не менее 4. Содержание аммония превышает допустимое в 6 раз."],
            },
            {
                "uk": ["Начальник інспекції Олег Бондарчук припускає, що причиною став скид неочищених стоків з очисних споруд одного з підприємств на тлі спеки до 36 градусів. Інспектори відібрали 9 проб і чекають на результати повного аналізу до 1 серпня."],
                "en": ["Inspectorate head Oleh Bondarchuk suspects the cause was a discharge of untreated wastewater from a company's treatment plant during a heatwave of up to 36 degrees. Inspectors have taken 9 samples and expect the full analysis by 1 August."],
                "ru": ["Начальник инспекции Олег Бондарчук предполагает, что причиной стал сброс неочищенных стоков с очистных сооружений одного из предприятий на фоне жары до 36 градусов. Инспекторы отобрали 9 проб и ждут результатов полного анализа до 1 августа."],
            },
            {
                "uk": ["Рибалка з Ладижина Степан Олійник розповів, що вперше за 30 років бачить на річці стільки мертвої риби. «Несло щук, сомів по пів метра, а ляща — цілими косяками», — каже він."],
                "ru": ["Рыбак из Ладыжина Степан Олейник рассказал, что впервые за 30 лет видит на реке столько мертвой рыбы. «Несло щук, сомов по полметра, а леща — целыми косяками», — говорит он."],
            },
            {
                "uk": ["Ладижинська міська рада закликала мешканців не купатися в річці, не ловити рибу та не напувати худобу на ділянці до села Губник. Заборона діятиме щонайменше до 5 серпня."],
                "en": ["Ladyzhyn city council has urged residents not to swim, fish or water livestock along the stretch down to the village of Hubnyk. The ban will stay in place until at least 5 August."],
                "ru": ["Ладыжинский городской совет призвал жителей не купаться в реке, не ловить рыбу и не поить скот на участке до села Губник. Запрет будет действовать как минимум до 5 августа."],
            },
            {
                "uk": ["Збитки рибним запасам попередньо оцінюють у 1,4 мільйона гривень. Поліція відкрила кримінальне провадження за статтею про забруднення водних об’єктів."],
                "en": ["The damage to fish stocks is provisionally estimated at 1.4 million hryvnias. Police have opened criminal proceedings under the article on water pollution."],
                "ru": ["Ущерб рыбным запасам предварительно оценивают в 1,4 миллиона гривен. Полиция открыла уголовное производство по статье о загрязнении водных объектов."],
            },
        ],
    },
    {
        # uk adds a background paragraph (row 4); ru splits row 2 in two (1-2)
        "key": "c14",
        "case": "added-dropped",
        "source": "chernihiv-chronicle.example",
        "published": {"uk": "2026-01-20T10:00:00+02:00", "en": "2026-01-20T14:30:00+02:00",
                      "ru": "2026-01-20T11:15:00+02:00"},
        "title": {
            "uk": "У Прилуках відкрили центр гемодіалізу на 10 місць",
            "en": "Ten-place dialysis centre opens in Pryluky",
            "ru": "В Прилуках открыли центр гемодиализа на 10 мест",
        },
        "author": {"uk": "Галина Семенець", "en": "Halyna Semenets", "ru": "Галина Семенец"},
        "rows": [
            {
                "uk": ["У Прилуцькій міській лікарні 19 січня відкрили центр гемодіалізу на 10 апаратів. Тепер понад 60 пацієнтів із нирковою недостатністю з Прилуцького району зможуть проходити процедури неподалік від дому."],
                "en": ["A dialysis centre with 10 machines opened at Pryluky city hospital on 19 January. More than 60 patients with kidney failure from Pryluky district will now be able to have their treatment close to home."],
                "ru": ["В Прилукской городской больнице 19 января открыли центр гемодиализа на 10 аппаратов. Теперь более 60 пациентов с почечной недостаточностью из Прилукского района смогут проходить процедуры недалеко от дома."],
            },
            {
                "uk": ["Досі вони тричі на тиждень їздили на діаліз до Чернігова, долаючи в один бік близько 130 кілометрів. Частина пацієнтів, за словами лікарів, через втому від дороги пропускала процедури, що небезпечно для життя."],
                "en": ["Until now they travelled to Chernihiv for dialysis three times a week, a journey of about 130 kilometres each way. Doctors say some patients skipped sessions because the travel wore them out, which is life-threatening."],
                "ru": [
                    "До сих пор они трижды в неделю ездили на диализ в Чернигов, преодолевая в одну сторону около 130 километров.",
                    "По словам врачей, часть пациентов из-за усталости от дороги пропускала процедуры, а это опасно для жизни.",
                ],
            },
            {
                "uk": ["Обладнання вартістю 22 мільйони гривень закупили за кошти благодійного фонду «Міст здоров’я» та міського бюджету. Ремонт приміщень площею 420 квадратних метрів обійшовся ще у 7,6 мільйона гривень."],
                "en": ["The equipment, worth 22 million hryvnias, was bought with funds from the Bridge of Health charitable foundation and the city budget. Refurbishing the 420-square-metre premises cost another 7.6 million hryvnias."],
                "ru": ["Оборудование стоимостью 22 миллиона гривен закупили за средства благотворительного фонда «Мост здоровья» и городского бюджета. Ремонт помещений площадью 420 квадратных метров обошелся еще в 7,6 миллиона гривен."],
            },
            {
                "uk": ["Прилуки стали третім містом Чернігівщини, де можна пройти гемодіаліз, після Чернігова та Ніжина. Ще один такий центр область планує відкрити в Новгороді-Сіверському до 2027 року."],
            },
            {
                "uk": ["У центрі працюватимуть 2 лікарі-нефрологи та 8 медсестер, які пройшли стажування в Києві. За словами директорки лікарні Олени Дідух, центр працюватиме у дві зміни, шість днів на тиждень."],
                "en": ["The centre will be staffed by 2 nephrologists and 8 nurses who trained in Kyiv. According to hospital director Olena Didukh, it will operate in two shifts, six days a week."],
                "ru": ["В центре будут работать 2 врача-нефролога и 8 медсестер, прошедших стажировку в Киеве. По словам директора больницы Елены Дидух, центр будет работать в две смены, шесть дней в неделю."],
            },
            {
                "uk": ["Процедури для пацієнтів безоплатні, їх оплачує Національна служба здоров’я за пакетом «Гемодіаліз». Місто також компенсує проїзд пацієнтам із віддалених сіл — до 1 200 гривень на місяць."],
                "en": ["Treatment is free for patients, paid for by the National Health Service under its haemodialysis package. The city will also reimburse travel costs for patients from remote villages, up to 1,200 hryvnias a month."],
                "ru": ["Процедуры для пациентов бесплатны, их оплачивает Национальная служба здоровья по пакету «Гемодиализ». Город также компенсирует проезд пациентам из отдаленных сел — до 1 200 гривен в месяц."],
            },
        ],
    },
    {
        # ru adds a paragraph on fines (row 5); en merges row 2 into one paragraph (2-1)
        "key": "c15",
        "case": "added-dropped",
        "source": "rivne-wire.example",
        "published": {"uk": "2024-07-09T09:10:00+03:00", "en": "2024-07-09T12:45:00+03:00",
                      "ru": "2024-07-09T10:00:00+03:00"},
        "title": {
            "uk": "Чорниця на Рівненщині: заготівельники платять по 90 гривень за кілограм",
            "en": "Rivne region blueberries: buyers pay up to 90 hryvnias a kilogram",
            "ru": "Черника на Ровенщине: заготовители платят по 90 гривен за килограмм",
        },
        "rows": [
            {
                "uk": ["На Рокитнівщині та Зарічненщині в розпалі сезон збору лісової чорниці. Заготівельні пункти 8 липня платили збирачам від 80 до 90 гривень за кілограм ягід."],
                "en": ["The wild blueberry season is in full swing in the Rokytne and Zarichne areas. On 8 July collection points were paying pickers 80 to 90 hryvnias per kilogram of berries."],
                "ru": ["На Рокитновщине и Заречненщине в разгаре сезон сбора лесной черники. Заготовительные пункты 8 июля платили сборщикам от 80 до 90 гривен за килограмм ягод."],
            },
            {
                "uk": [
                    "Торік на початку сезону ціна становила 65 гривень, а врожай був удвічі меншим через весняні приморозки.",
                    "Цього року, за оцінками лісівників, чорниця вродила на 70% площ.",
                ],
                "en": ["Last year the price at the start of the season was 65 hryvnias and the crop was half the size because of spring frosts, whereas this year foresters estimate that blueberries have fruited on 70% of the area."],
                "ru": [
                    "В прошлом году в начале сезона цена составляла 65 гривен, а урожай был вдвое меньше из-за весенних заморозков.",
                    "В этом году, по оценкам лесоводов, черника уродилась на 70% площадей.",
                ],
            },
            {
                "uk": ["Лише через пункти ТОВ «Поліська ягода» в Рокитному щодня проходить до 18 тонн чорниці. Директор компанії Іван Кузьмич розповідає, що ягоди заморожують і відправляють до Польщі та Нідерландів."],
                "en": ["The Rokytne collection points of Poliska Yahoda alone handle up to 18 tonnes of blueberries a day. Company director Ivan Kuzmych says the berries are frozen and shipped to Poland and the Netherlands."],
                "ru": ["Только через пункты ООО «Полесская ягода» в Рокитном ежедневно проходит до 18 тонн черники. Директор компании Иван Кузьмич рассказывает, что ягоды замораживают и отправляют в Польшу и Нидерланды."],
            },
            {
                "uk": ["Для багатьох родин Полісся збір чорниці — головний літній заробіток: досвідчений збирач за день набирає 15–20 кілограмів. Це дає до 1 800 гривень на день."],
                "en": ["For many families in Polissia, blueberry picking is their main summer income: an experienced picker gathers 15–20 kilograms a day. That brings in up to 1,800 hryvnias a day."],
                "ru": ["Для многих семей Полесья сбор черники — главный летний заработок: опытный сборщик за день набирает 15–20 килограммов. Это дает до 1 800 гривен в день."],
            },
            {
                "ru": ["В Рокитновской громаде напоминают, что собирать ягоды гребенками-комбайнами запрещено, а нарушителям грозит штраф до 3 400 гривен. С начала сезона лесная охрана составила 27 протоколов."],
            },
            {
                "uk": ["Лісівники нагадують, що частина лісів Рокитнівського лісництва тимчасово закрита для відвідування через надзвичайний клас пожежної небезпеки. Збирати ягоди дозволено лише на ділянках, позначених на карті лісгоспу."],
                "en": ["Foresters remind the public that some forests of the Rokytne forestry unit are temporarily closed to visitors because of an extreme fire risk. Berry picking is allowed only in areas marked on the forestry enterprise's map."],
                "ru": ["Лесоводы напоминают, что часть лесов Рокитновского лесничества временно закрыта для посещения из-за чрезвычайного класса пожарной опасности. Собирать ягоды разрешено только на участках, отмеченных на карте лесхоза."],
            },
        ],
    },
    # ------------------------------------------------------------- short-long
    {
        # en is a two-paragraph note (rows 1 and 5); uk and ru carry the full article
        "key": "c16",
        "case": "short-long",
        "source": "vinnytsia-post.example",
        "published": {"uk": "2026-08-19T10:30:00+03:00", "en": "2026-08-19T21:00:00+03:00",
                      "ru": "2026-08-19T11:20:00+03:00"},
        "title": {
            "uk": "Пасічники Тульчинщини скаржаться на низькі закупівельні ціни на мед",
            "en": "Tulchyn beekeepers complain of low honey prices",
            "ru": "Пчеловоды Тульчинщины жалуются на низкие закупочные цены на мед",
        },
        "rows": [
            {
                "uk": ["Заготівельники на Тульчинщині цього серпня купують соняшниковий мед по 72–78 гривень за кілограм, тоді як торік платили 105 гривень. Пасічники кажуть, що за таких цін ледь покривають витрати на утримання бджіл."],
                "en": ["Buyers in the Tulchyn area are paying 72–78 hryvnias a kilogram for sunflower honey this August, compared with 105 hryvnias last year. Beekeepers say such prices barely cover the cost of keeping bees."],
                "ru": ["Заготовители на Тульчинщине в этом августе покупают подсолнечниковый мед по 72–78 гривен за килограмм, тогда как в прошлом году платили 105 гривен. Пчеловоды говорят, что при таких ценах едва покрывают расходы на содержание пчел."],
            },
            {
                "uk": ["Голова районної спілки пасічників Анатолій Ничипорук пояснює падіння ціни тим, що європейські покупці скоротили закупівлі українського меду. Склади експортерів, за його словами, заповнені ще з минулого сезону."],
                "ru": ["Председатель районного союза пчеловодов Анатолий Ничипорук объясняет падение цены тем, что европейские покупатели сократили закупки украинского меда. Склады экспортеров, по его словам, заполнены еще с прошлого сезона."],
            },
            {
                "uk": ["Спілка об’єднує 214 пасічників, які разом утримують близько 9 600 бджолосімей. Цього року вони розраховують зібрати до 380 тонн меду, переважно соняшникового та гречаного."],
                "ru": ["Союз объединяет 214 пчеловодов, которые вместе содержат около 9 600 пчелосемей. В этом году они рассчитывают собрать до 380 тонн меда, преимущественно подсолнечникового и гречишного."],
            },
            {
                "uk": ["Окрім низьких цін, пасічників турбують отруєння бджіл: у червні через обробку ріпаку пестицидами загинули 460 бджолосімей у селах Кинашів і Нестерварка. Ничипорук закликає аграріїв попереджати пасічників про обприскування щонайменше за 3 доби."],
                "ru": ["Кроме низких цен, пчеловодов беспокоят отравления пчел: в июне из-за обработки рапса пестицидами погибли 460 пчелосемей в селах Кинашев и Нестерварка. Ничипорук призывает аграриев предупреждать пчеловодов об опрыскивании не менее чем за 3 суток."],
            },
            {
                "uk": ["Частина пасічників вирішила продавати мед напряму на медовому ярмарку в Тульчині 29–30 серпня. У роздріб кілограм соняшникового меду там коштуватиме близько 150 гривень."],
                "en": ["Some beekeepers have decided to sell their honey directly at a honey fair in Tulchyn on 29–30 August, where a kilogram of sunflower honey will retail at about 150 hryvnias."],
                "ru": ["Часть пчеловодов решила продавать мед напрямую на медовой ярмарке в Тульчине 29–30 августа. В розницу килограмм подсолнечникового меда там будет стоить около 150 гривен."],
            },
            {
                "uk": ["Тульчинська міська рада надасть учасникам ярмарку 30 безкоштовних торговельних місць. Крім того, місто оплатить лабораторні аналізи меду для перших 50 пасічників, які зареєструються."],
                "ru": ["Тульчинский городской совет предоставит участникам ярмарки 30 бесплатных торговых мест. Кроме того, город оплатит лабораторные анализы меда для первых 50 пчеловодов, которые зарегистрируются."],
            },
        ],
    },
    {
        # ru is a two-paragraph note (rows 1 and 5); uk and en carry the full article
        "key": "c17",
        "case": "short-long",
        "source": "rivne-wire.example",
        "published": {"uk": "2026-05-06T09:00:00+03:00", "en": "2026-05-06T13:20:00+03:00",
                      "ru": "2026-05-06T17:45:00+03:00"},
        "title": {
            "uk": "Костопіль збудує котельню на деревній трісці потужністю 10 мегаватів",
            "en": "Kostopil to build 10-megawatt wood chip boiler house",
            "ru": "Костополь построит котельную на щепе мощностью 10 мегаватт",
        },
        "author": {"uk": "Богдан Литвинчук", "en": "Bohdan Lytvynchuk", "ru": "Богдан Литвинчук"},
        "rows": [
            {
                "uk": ["Костопільська міська рада 5 травня підписала договір на будівництво котельні на деревній трісці потужністю 10 мегаватів. Вона опалюватиме 46 багатоквартирних будинків, лікарню та 4 школи мікрорайону Північний."],
                "en": ["On 5 May Kostopil city council signed a contract to build a 10-megawatt boiler house running on wood chips. It will heat 46 apartment blocks, the hospital and 4 schools in the Pivnichnyi neighbourhood."],
                "ru": ["Костопольский городской совет 5 мая подписал договор на строительство котельной на древесной щепе мощностью 10 мегаватт, которая будет отапливать 46 многоквартирных домов, больницу и 4 школы микрорайона Северный."],
            },
            {
                "uk": ["Нова котельня замінить газову, збудовану 1978 року, яка щосезону спалює близько 3,1 мільйона кубометрів природного газу. За розрахунками, перехід на тріску скоротить викиди вуглекислого газу на 5 800 тонн на рік."],
                "en": ["The new boiler house will replace a gas-fired one built in 1978, which burns about 3.1 million cubic metres of natural gas each season. The switch to wood chips is expected to cut carbon dioxide emissions by 5,800 tonnes a year."],
            },
            {
                "uk": ["Вартість проєкту становить 96 мільйонів гривень: 70% надасть фонд «Зелений перехід» як пільговий кредит на 12 років, решту — міський бюджет."],
                "en": ["The project costs 96 million hryvnias: 70% will come from the Green Transition Fund as a 12-year soft loan and the rest from the city budget."],
            },
            {
                "uk": ["Паливо постачатимуть місцеві лісгоспи та деревообробні підприємства, для яких тріска й обрізки є побічним продуктом. Щороку котельня потребуватиме близько 24 тисяч тонн тріски."],
                "en": ["The fuel will be supplied by local forestry enterprises and woodworking companies, for which chips and offcuts are a by-product. The boiler house will need about 24,000 tonnes of chips a year."],
            },
            {
                "uk": ["Міський голова Костополя Юрій Поліщук запевнив, що тариф на опалення для мешканців після запуску котельні знизиться щонайменше на 15%. Запустити її планують до початку опалювального сезону 2027 року."],
                "en": ["Kostopil mayor Yurii Polishchuk promised that residents' heating tariff will fall by at least 15% once the boiler house is running. It is due to be commissioned before the start of the 2027 heating season."],
                "ru": ["Городской голова Костополя Юрий Полищук пообещал, что тариф на отопление после запуска котельной снизится минимум на 15%, а заработать она должна до начала отопительного сезона 2027 года."],
            },
            {
                "uk": ["Підрядником стала рівненська компанія «Горинь-Енергобуд», яка вже зводила подібні котельні в Сарнах і Дубні. Вона обіцяє залучити до будівництва до 60 місцевих працівників."],
                "en": ["The contract went to the Rivne company Horyn-Enerhobud, which has built similar boiler houses in Sarny and Dubno. It promises to hire up to 60 local workers for the construction."],
            },
            {
                "uk": ["Газову котельню не демонтують: вона залишиться резервною на випадок сильних морозів або перебоїв із постачанням тріски."],
                "en": ["The gas boiler house will not be dismantled: it will stay on as a backup in case of severe frosts or interruptions in the supply of chips."],
            },
        ],
    },
    # ---------------------------------------------------------------- no-date
    {
        "key": "c18",
        "case": "no-date",
        "source": None,
        "published": None,
        "title": {
            "uk": "Десна біля Чернігова обміліла до історичного мінімуму",
            "en": "Desna near Chernihiv falls to a record low",
            "ru": "Десна у Чернигова обмелела до исторического минимума",
        },
        "rows": [
            {
                "uk": ["Рівень води в Десні біля Чернігова опустився до 62 сантиметрів над нулем гідропоста — найнижчої позначки за 70 років спостережень. Місцями річку можна перейти вбрід."],
                "en": ["The water level in the Desna near Chernihiv has dropped to 62 centimetres above the gauge zero, the lowest mark in 70 years of observations. In places the river can be waded across."],
                "ru": ["Уровень воды в Десне у Чернигова опустился до 62 сантиметров над нулем гидропоста — самой низкой отметки за 70 лет наблюдений. Местами реку можно перейти вброд."],
            },
            {
                "uk": ["За даними обласного центру з гідрометеорології, за останні 3 місяці в регіоні випало лише 38% норми опадів. Середня витрата води в річці зменшилася до 95 кубометрів на секунду."],
                "en": ["According to the regional hydrometeorological centre, the region has had only 38% of its normal rainfall over the past 3 months. The average flow of the river has fallen to 95 cubic metres per second."],
                "ru": ["По данным областного центра по гидрометеорологии, за последние 3 месяца в регионе выпало лишь 38% нормы осадков. Средний расход воды в реке уменьшился до 95 кубометров в секунду."],
            },
            {
                "uk": ["Гідролог Ірина Мороз пояснює, що мілководдя небезпечне для риби: у затоках вода прогрівається до 29 градусів і в ній бракує кисню. Біля Шестовиці русло вже помітно заростає водоростями."],
                "en": ["Hydrologist Iryna Moroz explains that the shallows are dangerous for fish: in the backwaters the water warms up to 29 degrees and lacks oxygen. Near Shestovytsia the riverbed is already visibly overgrown with algae."],
                "ru": ["Гидролог Ирина Мороз объясняет, что мелководье опасно для рыбы: в заливах вода прогревается до 29 градусов и в ней не хватает кислорода. У Шестовицы русло уже заметно зарастает водорослями."],
            },
            {
                "uk": ["Водоканал Чернігова поки що забирає воду без обмежень, адже місто живиться переважно з артезіанських свердловин. Проте на 4 прибережних дачних масивах насоси для поливу вже не дістають до води."],
                "en": ["Chernihiv's water utility is still drawing water without restrictions, as the city relies mainly on artesian wells. However, at 4 riverside allotment settlements the irrigation pumps can no longer reach the water."],
                "ru": ["Водоканал Чернигова пока забирает воду без ограничений, ведь город питается преимущественно из артезианских скважин. Однако на 4 прибрежных дачных массивах насосы для полива уже не достают до воды."],
            },
            {
                "uk": ["Екологи з громадської організації «Деснянські береги» закликають заборонити на час маловоддя видобуток піску з русла. За їхніми підрахунками, на ділянці від Макошиного до Чернігова працюють щонайменше 5 земснарядів."],
                "en": ["Environmentalists from the Desna Banks NGO are calling for a ban on dredging sand from the riverbed while the water is low. By their count, at least 5 dredgers are operating on the stretch from Makoshyne to Chernihiv."],
                "ru": ["Экологи из общественной организации «Деснянские берега» призывают запретить на время маловодья добычу песка из русла. По их подсчетам, на участке от Макошино до Чернигова работают как минимум 5 земснарядов."],
            },
        ],
    },
    {
        "key": "c19",
        "case": "no-date",
        "source": "vinnytsia-post.example",
        "published": None,
        "title": {
            "uk": "Молокозаводи Вінниччини знизили закупівельні ціни на молоко від населення",
            "en": "Vinnytsia dairies cut the price they pay households for milk",
            "ru": "Молокозаводы Винничины снизили закупочные цены на молоко у населения",
        },
        "author": {"uk": "Оксана Лук’яненко", "en": "Oksana Lukianenko", "ru": "Оксана Лукьяненко"},
        "rows": [
            {
                "uk": ["З початку місяця переробники Вінниччини знизили ціну закупівлі молока в домогосподарств у середньому на 1,5 гривні — до 11–12,5 гривні за літр. Для ферм ціна поки що тримається на рівні 15,8 гривні."],
                "en": ["Since the start of the month, dairy processors in Vinnytsia region have cut the price they pay households for milk by an average of 1.5 hryvnias, to 11–12.5 hryvnias a litre. For farms the price is holding at 15.8 hryvnias for now."],
                "ru": ["С начала месяца переработчики Винничины снизили цену закупки молока у домохозяйств в среднем на 1,5 гривны — до 11–12,5 гривны за литр. Для ферм цена пока держится на уровне 15,8 гривны."],
            },
            {
                "uk": ["На молокозаводі компанії «Подільська нива» в Козятині пояснюють зниження сезонним надлишком сировини: влітку корови дають на 30% більше молока. Переробники також скаржаться на падіння цін на вершкове масло на зовнішніх ринках."],
                "en": ["The Podilska Nyva dairy in Koziatyn attributes the cut to a seasonal surplus of raw milk: cows give 30% more milk in summer. Processors also complain about falling butter prices on foreign markets."],
                "ru": ["На молокозаводе компании «Подольская нива» в Казатине объясняют снижение сезонным избытком сырья: летом коровы дают на 30% больше молока. Переработчики также жалуются на падение цен на сливочное масло на внешних рынках."],
            },
            {
                "uk": ["Марія Ковбасюк із села Махнівка тримає 3 корови і щодня здає близько 40 літрів молока. «За місяць я втрачаю майже 1 800 гривень, а комбікорм за цей час подорожчав», — каже вона."],
                "en": ["Mariia Kovbasiuk from the village of Makhnivka keeps 3 cows and sells about 40 litres of milk a day. “I'm losing almost 1,800 hryvnias a month, and compound feed has gone up in the meantime,” she says."],
                "ru": ["Мария Ковбасюк из села Махновка держит 3 коровы и ежедневно сдает около 40 литров молока. «За месяц я теряю почти 1 800 гривен, а комбикорм за это время подорожал», — говорит она."],
            },
            {
                "uk": ["За даними обласної статистики, поголів’я корів у господарствах населення за 5 років скоротилося майже вдвічі — до 61 тисячі голів. Дедалі більше селян продають худобу, бо утримувати її стає невигідно."],
                "en": ["According to regional statistics, the number of cows kept by households has almost halved in 5 years, to 61,000 head. More and more villagers are selling their livestock because keeping it no longer pays."],
                "ru": ["По данным областной статистики, поголовье коров в хозяйствах населения за 5 лет сократилось почти вдвое — до 61 тысячи голов. Все больше сельских жителей продают скот, потому что содержать его становится невыгодно."],
            },
            {
                "uk": ["Обласна влада нагадує про державну дотацію в розмірі 7 тисяч гривень за кожну корову для власників, зареєстрованих як фермери. Подати заявку можна через центри надання адміністративних послуг."],
                "en": ["The regional authorities point to a state subsidy of 7,000 hryvnias per cow for owners registered as farmers. Applications can be submitted through administrative service centres."],
                "ru": ["Областные власти напоминают о государственной дотации в размере 7 тысяч гривен за каждую корову для владельцев, зарегистрированных как фермеры. Подать заявку можно через центры предоставления административных услуг."],
            },
        ],
    },
    {
        "key": "c20",
        "case": "no-date",
        "source": "rivne-wire.example",
        "published": None,
        "title": {
            "uk": "Короїд знищив понад 1 200 гектарів сосняків на Сарненщині",
            "en": "Bark beetle destroys over 1,200 hectares of pine forest in Sarny area",
            "ru": "Короед уничтожил более 1 200 гектаров сосняков на Сарненщине",
        },
        "rows": [
            {
                "uk": ["Верхівковий короїд пошкодив понад 1 200 гектарів соснових лісів у Сарненському районі. Найбільші осередки лісівники виявили поблизу сіл Тинне, Кораблище та Чудель."],
                "en": ["The pine engraver beetle has damaged more than 1,200 hectares of pine forest in Sarny district. Foresters found the largest outbreaks near the villages of Tynne, Korablyshche and Chudel."],
                "ru": ["Вершинный короед повредил более 1 200 гектаров сосновых лесов в Сарненском районе. Самые крупные очаги лесоводы обнаружили вблизи сел Тынное, Кораблище и Чудель."],
            },
            {
                "uk": ["Начальник лісозахисної служби лісгоспу «Горинські бори» Валентин Кравчук пояснює спалах трьома посушливими роками поспіль. Ослаблені без вологи сосни не здатні захиститися від жука смолою."],
                "en": ["Valentyn Kravchuk, head of forest protection at the Horynski Bory forestry enterprise, blames the outbreak on three dry years in a row. Pines weakened by lack of moisture cannot defend themselves against the beetle with resin."],
                "ru": ["Начальник лесозащитной службы лесхоза «Горинские боры» Валентин Кравчук объясняет вспышку тремя засушливыми годами подряд. Ослабленные без влаги сосны не способны защититься от жука смолой."],
            },
            {
                "uk": ["Щоб зупинити поширення шкідника, лісгосп проведе суцільні санітарні рубки на 430 гектарах, а на решті площ — вибіркові. Заготовлену деревину треба вивезти з лісу до 1 квітня, поки жуки не почали літ."],
                "en": ["To halt the pest's spread, the enterprise will clear-fell 430 hectares for sanitary reasons and carry out selective felling on the rest. The timber must be taken out of the forest by 1 April, before the beetles start flying."],
                "ru": ["Чтобы остановить распространение вредителя, лесхоз проведет сплошные санитарные рубки на 430 гектарах, а на остальных площадях — выборочные. Заготовленную древесину нужно вывезти из леса до 1 апреля, пока жуки не начали лет."],
            },
            {
                "uk": ["Місцеві екологи з ініціативи «Поліські ліси» побоюються, що під виглядом санітарних рубок вирубають і здорові дерева. Вони вимагають оприлюднити акти лісопатологічних обстежень для кожної ділянки."],
                "en": ["Local environmentalists from the Polissia Forests initiative fear that healthy trees will also be cut down under the guise of sanitary felling. They are demanding that forest health survey reports be published for every plot."],
                "ru": ["Местные экологи из инициативы «Полесские леса» опасаются, что под видом санитарных рубок вырубят и здоровые деревья. Они требуют обнародовать акты лесопатологических обследований для каждого участка."],
            },
            {
                "uk": ["Кравчук запевняє, що всі акти вже розміщено на сайті лісгоспу. На місці вирубок навесні висадять 2,6 мільйона сіянців сосни й дуба."],
                "en": ["Kravchuk insists that all the reports have already been posted on the enterprise's website. In spring, 2.6 million pine and oak seedlings will be planted on the felled areas."],
                "ru": ["Кравчук уверяет, что все акты уже размещены на сайте лесхоза. На месте вырубок весной высадят 2,6 миллиона сеянцев сосны и дуба."],
            },
        ],
    },
    # --------------------------------------------------------- near-duplicate
    {
        # update of c06 (uk): 37 -> 52 homesteads, time of the count, one sentence added in row 2
        "key": "c21",
        "case": "near-duplicate",
        "duplicate_of": "c06",
        "source": "rivne-wire.example",
        "published": {"uk": "2024-04-03T13:40:00+03:00"},
        "title": {
            "uk": "Горинь вийшла з берегів на Дубровиччині: підтоплено вже 52 двори",
        },
        "rows": [
            {
                "uk": ["Через затяжні дощі та танення снігу у верхів’ї рівень води в річці Горинь біля Дубровиці за добу піднявся на 1,6 метра. Станом на 13:00 3 квітня підтоплено 52 двори у селах Висоцьк, Городище та Бережниця."],
            },
            {
                "uk": ["Житлові будинки поки що не затоплені, вода стоїть на городах і в погребах. Удень вона підійшла впритул до фундаментів трьох будинків у Бережниці. Перекрито ділянку дороги між Висоцьком і Городищем завдовжки близько 800 метрів."],
            },
            {
                "uk": ["На місці працюють 24 рятувальники та 6 одиниць техніки, зокрема два човни. Вони допомагають мешканцям вивозити худобу та майно на підвищені ділянки."],
            },
            {
                "uk": ["Міський голова Дубровиці Ігор Савчук закликав мешканців прибережних вулиць не залишати дітей без нагляду. Для тих, кого доведеться відселити, у місцевому ліцеї підготували 50 місць."],
            },
            {
                "uk": ["Гідрометеорологи прогнозують, що вода підніматиметься ще щонайменше 2 доби. Пік паводку очікують 5 квітня."],
            },
        ],
    },
    # ----------------------------------------------------------------- single
    {
        # another spring flood in Rivne region (cf. c06/c21), a different river and town
        "key": "c22",
        "case": "single",
        "source": "rivne-wire.example",
        "published": {"uk": "2024-04-11T09:20:00+03:00"},
        "title": {
            "uk": "Случ підтопила луки та дорогу під Березним",
        },
        "rows": [
            {
                "uk": ["Рівень води в річці Случ поблизу Березного за три доби піднявся на 1,1 метра. Вода затопила заплавні луки та близько 300 метрів дороги до села Яринівка."],
            },
            {
                "uk": ["У самому Березному житлові квартали не постраждали, проте у 9 дворах на вулиці Набережній вода зайшла в погреби. Мешканці відкачують її власними насосами."],
            },
            {
                "uk": ["Комунальне підприємство «Березнівський водоканал» перевело водозабір на резервну свердловину, бо каламутність води в річці зросла вчетверо. Директор підприємства Ярослав Демчук запевнив, що перебоїв із водопостачанням не буде."],
            },
            {
                "uk": ["Рятувальники встановили на мосту через Случ рейку для спостереження за рівнем води і чергують цілодобово. Рух транспорту затопленою ділянкою до Яринівки обмежено до 15 квітня."],
            },
            {
                "uk": ["За прогнозом гідрологів, вода почне спадати 13–14 квітня, якщо не буде нових опадів."],
            },
        ],
    },
    {
        # another sugar plant starting its season in Vinnytsia region (cf. c01), a year later
        "key": "c23",
        "case": "single",
        "source": "vinnytsia-post.example",
        "published": {"ru": "2025-09-09T12:15:00+03:00"},
        "title": {
            "ru": "Калиновский сахарный завод начал переработку свеклы нового урожая",
        },
        "rows": [
            {
                "ru": ["Калиновский сахарный завод 8 сентября принял первые 1 900 тонн свеклы и начал производственный сезон. Предприятие принадлежит компании «Сахар Подолья» и в этом году рассчитывает переработать около 330 тысяч тонн сырья."],
            },
            {
                "ru": ["Из-за летней засухи урожайность свеклы в сырьевой зоне завода оказалась ниже ожидаемой — в среднем 41 тонна с гектара. Сахаристость при этом выше прошлогодней и достигает 17,5%."],
            },
            {
                "ru": ["Директор завода Геннадий Бурлака рассказал, что суточная мощность линии составляет 3 000 тонн, а сезон продлится примерно 110 дней. На время переработки предприятие наняло 85 сезонных работников."],
            },
            {
                "ru": ["Закупочная цена на старте сезона — 1 800 гривен за тонну при базовой сахаристости 16%. Часть поставщиков завод рассчитывает сахаром по давальческой схеме."],
            },
            {
                "ru": ["Свеклу на завод везут 38 хозяйств из Калиновской, Липовецкой и Казатинской громад. В пиковые дни к приемному пункту подъезжает до 160 грузовиков в сутки."],
            },
        ],
    },
    # --------------------------------------------------------------- two-lang
    {
        "key": "c24",
        "case": "two-lang",
        "source": "chernihiv-chronicle.example",
        "published": {"uk": "2025-10-15T10:40:00+03:00", "en": "2025-10-15T15:10:00+03:00"},
        "title": {
            "uk": "Чернігів отримав 18 тисяч доз вакцини від грипу",
            "en": "Chernihiv receives 18,000 doses of flu vaccine",
        },
        "author": {"uk": "Віктор Охріменко", "en": "Viktor Okhrimenko"},
        "rows": [
            {
                "uk": ["До Чернігова 14 жовтня надійшла перша партія вакцини проти грипу — 18 тисяч доз. Щеплення вже розпочали в 11 амбулаторіях сімейної медицини міста."],
                "en": ["The first batch of flu vaccine, 18,000 doses, arrived in Chernihiv on 14 October. Vaccination has already begun at the city's 11 family medicine clinics."],
            },
            {
                "uk": ["Безоплатно щеплять людей віком понад 60 років, медиків, вагітних і людей із хронічними хворобами серця та легень. Для решти щеплення коштує від 420 до 560 гривень у приватних клініках та аптеках."],
                "en": ["People over 60, health workers, pregnant women and people with chronic heart or lung disease are vaccinated free of charge. For everyone else the jab costs 420 to 560 hryvnias at private clinics and pharmacies."],
            },
            {
                "uk": ["Начальниця управління охорони здоров’я міської ради Людмила Карпенко нагадала, що торік у Чернігові щепилися лише 9 600 людей. Цього року мета — щонайменше 20 тисяч."],
                "en": ["Liudmyla Karpenko, head of the city council's health department, noted that only 9,600 people were vaccinated in Chernihiv last year. This year the target is at least 20,000."],
            },
            {
                "uk": ["Ще 6 тисяч доз місто очікує до 1 листопада. Мобільні бригади також працюватимуть у будинках для літніх людей і на 3 великих підприємствах."],
                "en": ["The city expects another 6,000 doses by 1 November. Mobile teams will also visit care homes for older people and 3 large enterprises."],
            },
            {
                "uk": ["Епідемічний поріг захворюваності на грип і ГРВІ в місті поки не перевищено: минулого тижня зареєстрували 1 340 випадків. Пік сезонної захворюваності лікарі очікують наприкінці грудня."],
                "en": ["The epidemic threshold for flu and acute respiratory infections has not yet been crossed in the city: 1,340 cases were registered last week. Doctors expect seasonal illness to peak at the end of December."],
            },
        ],
    },
]
