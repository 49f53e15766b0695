"""Alignment evaluation set, part A: city infrastructure and transport.

Original fictional regional news (people, outlets, companies and events are invented).
Each entry gives the versions of one story paragraph row by row; see bench/align_eval.py.
"""

STORIES = [
    # ------------------------------------------------------------------ plain
    {
        "key": "a01",
        "case": "plain",
        "source": "podil-daily.example",
        "published": {"uk": "2024-04-16T09:30:00+03:00", "en": "2024-04-16T12:10:00+03:00",
                      "ru": "2024-04-16T10:05:00+03:00"},
        "title": {
            "uk": "На Подолі до кінця червня оновлять 1,8 км трамвайної колії на Нижньому Валу",
            "en": "Podil to get 1.8 km of new tram track on Nyzhnii Val by the end of June",
            "ru": "На Подоле до конца июня обновят 1,8 км трамвайных путей на Нижнем Валу",
        },
        "author": {"uk": "Ірина Бойко", "en": "Iryna Boiko", "ru": "Ирина Бойко"},
        "rows": [
            {
                "uk": ["З 22 квітня комунальне підприємство «Міська колія» розпочинає ремонт трамвайної колії на вулиці Нижній Вал. Оновити планують 1,8 кілометра колії між Контрактовою площею та вулицею Щекавицькою."],
                "en": ["On April 22 the municipal company Miska Koliia will start repairing the tram track on Nyzhnii Val Street. It plans to renew 1.8 kilometres of track between Kontraktova Square and Shchekavytska Street."],
                "ru": ["С 22 апреля коммунальное предприятие «Городская колея» начинает ремонт трамвайных путей на улице Нижний Вал. Обновить планируют 1,8 километра путей между Контрактовой площадью и улицей Щекавицкой."],
            },
            {
                "uk": ["Вартість робіт становить 64,5 мільйона гривень, їх фінансують з міського бюджету. Підрядник, ТОВ «Рейлтек Україна», має завершити ремонт до 30 червня."],
                "en": ["The work will cost 64.5 million hryvnias and is funded from the city budget. The contractor, Railtek Ukraine LLC, has to finish the repairs by June 30."],
                "ru": ["Стоимость работ составляет 64,5 миллиона гривен, их финансируют из городского бюджета. Подрядчик, ООО «Рейлтек Украина», должен завершить ремонт до 30 июня."],
            },
            {
                "uk": ["На час ремонту трамваї маршрутів № 11 і № 12 курсуватимуть скороченими маршрутами лише до Контрактової площі. Замість них між вулицею Щекавицькою та Поштовою площею пустять автобус № 11-Т з інтервалом 8 хвилин."],
                "en": ["While the work goes on, trams on routes 11 and 12 will run shortened routes only as far as Kontraktova Square. A replacement bus, No. 11-T, will run every 8 minutes between Shchekavytska Street and Poshtova Square."],
                "ru": ["На время ремонта трамваи маршрутов № 11 и № 12 будут курсировать по сокращенным маршрутам только до Контрактовой площади. Вместо них между улицей Щекавицкой и Почтовой площадью пустят автобус № 11-Т с интервалом 8 минут."],
            },
            {
                "uk": ["Як пояснив головний інженер підприємства Олексій Коваленко, колію на Нижньому Валу востаннє капітально ремонтували у 1997 році. «Рейки зношені настільки, що трамваї тут ходять зі швидкістю не більше 15 кілометрів на годину», — сказав він."],
                "en": ["The company's chief engineer, Oleksii Kovalenko, said the track on Nyzhnii Val was last overhauled in 1997. “The rails are so worn that trams here cannot go faster than 15 kilometres per hour,” he said."],
                "ru": ["Как пояснил главный инженер предприятия Алексей Коваленко, пути на Нижнем Валу в последний раз капитально ремонтировали в 1997 году. «Рельсы изношены настолько, что трамваи здесь ходят со скоростью не более 15 километров в час», — сказал он."],
            },
            {
                "uk": ["Після ремонту між рейками покладуть шумопоглинальні гумові плити, а на трьох зупинках облаштують посадкові майданчики на рівні дверей вагона. Це має полегшити посадку людям на візках і батькам з колясками."],
                "en": ["After the repairs, noise-absorbing rubber slabs will be laid between the rails, and boarding platforms level with the tram doors will be built at three stops. This should make boarding easier for wheelchair users and parents with prams."],
                "ru": ["После ремонта между рельсами уложат шумопоглощающие резиновые плиты, а на трех остановках обустроят посадочные площадки на уровне дверей вагона. Это должно облегчить посадку людям в инвалидных колясках и родителям с детскими колясками."],
            },
            {
                "uk": ["Водіїв просять заздалегідь планувати об’їзд: рух автомобілів Нижнім Валом обмежать до однієї смуги в кожному напрямку."],
                "en": ["Drivers are asked to plan detours in advance, as traffic on Nyzhnii Val will be restricted to one lane in each direction."],
                "ru": ["Водителей просят заранее планировать объезд: движение автомобилей по Нижнему Валу ограничат одной полосой в каждом направлении."],
            },
        ],
    },
    {
        "key": "a02",
        "case": "plain",
        "source": "kharkiv-wire.example",
        "published": {"uk": "2025-02-05T10:15:00+02:00", "en": "2025-02-05",
                      "ru": "2025-02-05T11:40:00+02:00"},
        "title": {
            "uk": "Харків отримав 36 нових електробусів для маршруту № 18",
            "en": "Kharkiv receives 36 new electric buses for route 18",
            "ru": "Харьков получил 36 новых электробусов для маршрута № 18",
        },
        "author": {"uk": "Дмитро Савчук", "en": "Dmytro Savchuk", "ru": "Дмитрий Савчук"},
        "rows": [
            {
                "uk": ["До Харкова прибули 36 нових 12-метрових електробусів, закуплених за кредитом Східноєвропейського транспортного фонду. Перші 20 машин вийдуть на маршрут № 18 вже 10 лютого."],
                "en": ["Thirty-six new 12-metre electric buses, bought with a loan from the East European Transport Fund, have arrived in Kharkiv. The first 20 will go into service on route 18 as early as February 10."],
                "ru": ["В Харьков прибыли 36 новых 12-метровых электробусов, закупленных за счет кредита Восточноевропейского транспортного фонда. Первые 20 машин выйдут на маршрут № 18 уже 10 февраля."],
            },
            {
                "uk": ["Загальна вартість контракту становить 14,2 мільйона євро, або близько 620 мільйонів гривень. Кредит місто має погасити протягом 15 років."],
                "en": ["The contract is worth 14.2 million euros in total, or about 620 million hryvnias. The city has 15 years to repay the loan."],
                "ru": ["Общая стоимость контракта составляет 14,2 миллиона евро, или около 620 миллионов гривен. Кредит город должен погасить в течение 15 лет."],
            },
            {
                "uk": ["Маршрут № 18 з’єднує Салтівку з Центральним ринком і щодня перевозить близько 27 тисяч пасажирів. Досі на ньому працювали дизельні автобуси, середній вік яких перевищував 14 років."],
                "en": ["Route 18 links Saltivka with the Central Market and carries about 27,000 passengers a day. Until now it was served by diesel buses with an average age of more than 14 years."],
                "ru": ["Маршрут № 18 соединяет Салтовку с Центральным рынком и ежедневно перевозит около 27 тысяч пассажиров. До сих пор на нем работали дизельные автобусы, средний возраст которых превышал 14 лет."],
            },
            {
                "uk": ["За словами директора департаменту транспорту міськради Юрія Гнатюка, електробус проїжджає на одному заряді до 250 кілометрів. Заряджатимуть машини вночі в депо на вулиці Академіка Павлова, де встановили 18 зарядних станцій."],
                "en": ["According to Yurii Hnatiuk, head of the city council's transport department, each bus can travel up to 250 kilometres on a single charge. The buses will be charged overnight at the depot on Akademika Pavlova Street, where 18 charging stations have been installed."],
                "ru": ["По словам директора департамента транспорта горсовета Юрия Гнатюка, электробус проезжает на одном заряде до 250 километров. Заряжать машины будут ночью в депо на улице Академика Павлова, где установили 18 зарядных станций."],
            },
            {
                "uk": ["Кожен електробус має 32 сидячі місця, кондиціонер, USB-роз’єми та низьку підлогу по всій довжині салону. Вартість проїзду не зміниться й залишиться 8 гривень."],
                "en": ["Each bus has 32 seats, air conditioning, USB sockets and a low floor along the whole cabin. The fare will not change and stays at 8 hryvnias."],
                "ru": ["Каждый электробус рассчитан на 32 сидячих места, оборудован кондиционером, USB-разъемами и низким полом по всей длине салона. Стоимость проезда не изменится и останется 8 гривен."],
            },
            {
                "uk": ["Решту 16 машин планують випустити на лінію до 1 березня, коли водії завершать навчання."],
                "en": ["The remaining 16 buses are due on the line by March 1, once the drivers have completed their training."],
                "ru": ["Остальные 16 машин планируют выпустить на линию до 1 марта, когда водители завершат обучение."],
            },
        ],
    },
    {
        "key": "a03",
        "case": "plain",
        "source": "zhytomyr-news.example",
        "published": {"uk": "2024-07-09T08:20:00+03:00", "en": "2024-07-09T10:05:00+03:00",
                      "ru": "2024-07-09T09:00:00+03:00"},
        "title": {
            "uk": "У Житомирі замінять 4,2 км аварійного водогону на Вільському шляху",
            "en": "Zhytomyr to replace 4.2 km of failing water main on Vilskyi Shliakh",
            "ru": "В Житомире заменят 4,2 км аварийного водовода на Вильском шляху",
        },
        "author": {"uk": "Тетяна Мельничук", "en": "Tetiana Melnychuk", "ru": "Татьяна Мельничук"},
        "rows": [
            {
                "uk": ["Комунальне підприємство «Водоресурс Полісся» з 15 липня почне заміну 4,2 кілометра магістрального водогону на Вільському шляху. Труби на цій ділянці проклали ще в 1968 році, і лише за минулий рік на них сталося 23 пориви."],
                "en": ["The municipal utility Vodoresurs Polissia will begin replacing 4.2 kilometres of water main on Vilskyi Shliakh on July 15. The pipes on this stretch were laid back in 1968 and burst 23 times last year alone."],
                "ru": ["Коммунальное предприятие «Водоресурс Полесья» с 15 июля начнет замену 4,2 километра магистрального водовода на Вильском шляху. Трубы на этом участке проложили еще в 1968 году, и только за прошлый год на них произошло 23 порыва."],
            },
            {
                "uk": ["Старі чавунні труби діаметром 500 міліметрів замінять на поліетиленові. Роботи коштуватимуть 87 мільйонів гривень, з яких 60 мільйонів надасть Міжнародний фонд чистої води як грант."],
                "en": ["The old 500-millimetre cast-iron pipes will be replaced with polyethylene ones. The work will cost 87 million hryvnias, 60 million of which will come as a grant from the International Clean Water Fund."],
                "ru": ["Старые чугунные трубы диаметром 500 миллиметров заменят на полиэтиленовые. Работы обойдутся в 87 миллионов гривен, из которых 60 миллионов в виде гранта предоставит Международный фонд чистой воды."],
            },
            {
                "uk": ["Під час робіт мешканці Мальованки можуть помічати знижений тиск води, особливо вранці та ввечері. Графік відключень водоканал обіцяє публікувати щопонеділка на своєму сайті."],
                "en": ["While the work is under way, residents of Malovanka may notice lower water pressure, especially in the mornings and evenings. The utility has promised to publish the outage schedule on its website every Monday."],
                "ru": ["Во время работ жители Малёванки могут замечать пониженное давление воды, особенно утром и вечером. График отключений водоканал обещает публиковать по понедельникам на своем сайте."],
            },
            {
                "uk": ["«Ми працюватимемо ділянками по 300 метрів, щоб жоден будинок не залишався без води довше ніж на 12 годин», — пояснив директор підприємства Сергій Ткачук."],
                "en": ["“We will work in 300-metre sections so that no building is left without water for more than 12 hours,” explained the utility's director, Serhii Tkachuk."],
                "ru": ["«Мы будем работать участками по 300 метров, чтобы ни один дом не оставался без воды дольше 12 часов», — пояснил директор предприятия Сергей Ткачук."],
            },
            {
                "uk": ["Завершити заміну водогону планують до 1 листопада, ще до початку морозів. Після цього на Вільському шляху відновлять асфальтове покриття тротуарів."],
                "en": ["The replacement is due to be completed by November 1, before the frosts set in. The pavements along Vilskyi Shliakh will then be resurfaced."],
                "ru": ["Завершить замену водовода планируют до 1 ноября, еще до начала морозов. После этого на Вильском шляху восстановят асфальтовое покрытие тротуаров."],
            },
        ],
    },
    {
        "key": "a04",
        "case": "plain",
        "source": "podil-daily.example",
        "published": {"uk": "2025-05-02T08:00:00+03:00", "en": "2025-05-02T15:30:00+03:00",
                      "ru": "2025-05-02T08:45:00+03:00"},
        "title": {
            "uk": "З Річкового вокзалу на Подолі 10 травня відкриють сезон річкових прогулянок",
            "en": "River cruise season opens at Podil's River Station on May 10",
            "ru": "С Речного вокзала на Подоле 10 мая откроют сезон речных прогулок",
        },
        "author": {"uk": "Наталія Шевчук", "en": "Nataliia Shevchuk", "ru": "Наталья Шевчук"},
        "rows": [
            {
                "uk": ["Сезон пасажирської навігації на Дніпрі стартує 10 травня з Річкового вокзалу на Поштовій площі. Цього року від його причалів відходитимуть 9 теплоходів компанії «Дніпровські зорі»."],
                "en": ["The passenger navigation season on the Dnipro begins on May 10 at the River Station on Poshtova Square. This year nine motor ships operated by the Dniprovski Zori company will sail from its piers."],
                "ru": ["Сезон пассажирской навигации на Днепре стартует 10 мая с Речного вокзала на Почтовой площади. В этом году от его причалов будут отходить 9 теплоходов компании «Днепровские зори»."],
            },
            {
                "uk": ["Щодня курсуватимуть три маршрути: до Труханового острова, до Видубичів та годинна прогулянка вздовж схилів до мосту Патона. Перші рейси відправлятимуться о 10:00, останні — о 20:30."],
                "en": ["Three routes will run daily: to Trukhaniv Island, to Vydubychi, and a one-hour cruise along the hillsides to the Paton Bridge. The first departures are at 10:00 and the last at 20:30."],
                "ru": ["Ежедневно будут курсировать три маршрута: до Труханова острова, до Выдубичей и часовая прогулка вдоль склонов до моста Патона. Первые рейсы будут отправляться в 10:00, последние — в 20:30."],
            },
            {
                "uk": ["Квиток на годинну прогулянку коштуватиме 350 гривень для дорослих і 180 гривень для дітей до 12 років. Рейс до Труханового острова коштуватиме 60 гривень в один бік."],
                "en": ["A ticket for the one-hour cruise will cost 350 hryvnias for adults and 180 hryvnias for children under 12. A one-way trip to Trukhaniv Island will cost 60 hryvnias."],
                "ru": ["Билет на часовую прогулку будет стоить 350 гривен для взрослых и 180 гривен для детей до 12 лет. Рейс до Труханова острова обойдется в 60 гривен в одну сторону."],
            },
            {
                "uk": ["Перед сезоном на вокзалі відремонтували два дебаркадери й замінили 120 метрів огорожі на набережній, повідомив начальник порту Григорій Яременко. На це витратили 11,3 мільйона гривень власних коштів порту."],
                "en": ["Ahead of the season two landing stages at the station were repaired and 120 metres of railing on the embankment replaced, said port director Hryhorii Yaremenko. The work cost 11.3 million hryvnias of the port's own money."],
                "ru": ["Перед сезоном на вокзале отремонтировали два дебаркадера и заменили 120 метров ограждения на набережной, сообщил начальник порта Григорий Яременко. На это потратили 11,3 миллиона гривен собственных средств порта."],
            },
            {
                "uk": ["У разі повітряної тривоги теплоходи причалюватимуть до найближчого причалу, а пасажирів проводитимуть до укриття в підземному переході на Поштовій площі."],
                "en": ["If an air-raid alert sounds, the ships will moor at the nearest pier and passengers will be escorted to the shelter in the underpass on Poshtova Square."],
                "ru": ["В случае воздушной тревоги теплоходы будут швартоваться у ближайшего причала, а пассажиров проводят в укрытие в подземном переходе на Почтовой площади."],
            },
        ],
    },
    {
        "key": "a05",
        "case": "plain",
        "source": "kharkiv-wire.example",
        "published": {"uk": "2024-09-18", "en": "2024-09-19", "ru": "2024-09-18"},
        "title": {
            "uk": "На Салтівці до опалювального сезону перекладуть 11 км теплових мереж",
            "en": "Kharkiv's Saltivka to get 11 km of new heating pipes before the heating season",
            "ru": "На Салтовке до отопительного сезона переложат 11 км тепловых сетей",
        },
        "author": {"uk": "Ігор Білоус", "en": "Ihor Bilous", "ru": "Игорь Белоус"},
        "rows": [
            {
                "uk": ["Комунальне підприємство «Теплосервіс Слобожанщини» до 15 жовтня перекладе 11 кілометрів теплотрас на Північній Салтівці. Від них опалюються 142 багатоповерхівки, дві школи й поліклініка."],
                "en": ["The municipal company Teploservis Slobozhanshchyny will replace 11 kilometres of heating mains in North Saltivka by October 15. They supply heat to 142 apartment blocks, two schools and an outpatient clinic."],
                "ru": ["Коммунальное предприятие «Теплосервис Слобожанщины» до 15 октября переложит 11 километров теплотрасс на Северной Салтовке. От них отапливаются 142 многоэтажки, две школы и поликлиника."],
            },
            {
                "uk": ["Нові труби мають заводську пінополіуретанову ізоляцію, яка зменшує втрати тепла приблизно на 30 відсотків. Вартість робіт — 198 мільйонів гривень, більшу частину покриває міжнародний грант у межах програми «Тепле місто»."],
                "en": ["The new pipes come with factory-applied polyurethane foam insulation that cuts heat losses by about 30 percent. The work costs 198 million hryvnias, most of it covered by an international grant under the Warm City programme."],
                "ru": ["Новые трубы имеют заводскую пенополиуретановую изоляцию, которая снижает потери тепла примерно на 30 процентов. Стоимость работ — 198 миллионов гривен, большую часть покрывает международный грант в рамках программы «Теплый город»."],
            },
            {
                "uk": ["Паралельно в котельні на вулиці Наталії Ужвій встановлюють два нові котли потужністю по 10 мегават. Старі котли 1979 року випуску виведуть з експлуатації."],
                "en": ["At the same time, two new 10-megawatt boilers are being installed at the boiler house on Natalii Uzhvii Street. The old boilers, built in 1979, will be decommissioned."],
                "ru": ["Параллельно в котельной на улице Натальи Ужвий устанавливают два новых котла мощностью по 10 мегаватт. Старые котлы 1979 года выпуска выведут из эксплуатации."],
            },
            {
                "uk": ["Головний інженер підприємства Євген Гордієнко запевнив, що гаряча вода в будинках зникатиме не більше ніж на три доби. «Ми не перекопуємо одночасно весь квартал, а працюємо по черзі на шести ділянках», — сказав він."],
                "en": ["The company's chief engineer, Yevhen Hordiienko, promised that no building would be without hot water for more than three days. “We are not digging up the whole neighbourhood at once; we work on six sections in turn,” he said."],
                "ru": ["Главный инженер предприятия Евгений Гордиенко заверил, что горячая вода в домах будет пропадать не более чем на трое суток. «Мы не перекапываем одновременно весь квартал, а работаем поочередно на шести участках», — сказал он."],
            },
            {
                "uk": ["Якщо погода дозволить, опалювальний сезон на Салтівці розпочнуть одночасно з рештою міста — коли середньодобова температура три дні поспіль буде нижчою за 8 градусів."],
                "en": ["Weather permitting, the heating season in Saltivka will start at the same time as in the rest of the city, once the average daily temperature stays below 8 degrees for three days in a row."],
                "ru": ["Если позволит погода, отопительный сезон на Салтовке начнут одновременно с остальным городом — когда среднесуточная температура три дня подряд будет ниже 8 градусов."],
            },
        ],
    },
    {
        "key": "a06",
        "case": "plain",
        "source": "zhytomyr-news.example",
        "published": {"uk": "2025-11-12T13:00:00+02:00", "en": "2025-11-12T17:25:00+02:00",
                      "ru": "2025-11-12T13:40:00+02:00"},
        "title": {
            "uk": "У Житомирі до кінця року встановлять 2400 світлодіодних ліхтарів",
            "en": "Zhytomyr to install 2,400 LED street lights by the end of the year",
            "ru": "В Житомире до конца года установят 2400 светодиодных фонарей",
        },
        "rows": [
            {
                "uk": ["Комунальне підприємство «Світлосервіс» до 31 грудня замінить 2400 старих натрієвих ліхтарів на світлодіодні. Роботи охоплять 67 вулиць у Корольовському та Богунському районах."],
                "en": ["The municipal company Svitloservis will replace 2,400 old sodium street lamps with LED ones by December 31. The work will cover 67 streets in the Korolovskyi and Bohunskyi districts."],
                "ru": ["Коммунальное предприятие «Светосервис» до 31 декабря заменит 2400 старых натриевых фонарей на светодиодные. Работы охватят 67 улиц в Королевском и Богунском районах."],
            },
            {
                "uk": ["Програма коштує 38 мільйонів гривень. Після заміни місто має економити близько 1,1 мільйона кіловат-годин електроенергії на рік, тож вкладення окупляться приблизно за шість років."],
                "en": ["The programme costs 38 million hryvnias. Once the lamps are replaced, the city should save about 1.1 million kilowatt-hours of electricity a year, so the investment will pay for itself in roughly six years."],
                "ru": ["Программа стоит 38 миллионов гривен. После замены город должен экономить около 1,1 миллиона киловатт-часов электроэнергии в год, так что вложения окупятся примерно за шесть лет."],
            },
            {
                "uk": ["Нові ліхтарі підключать до системи дистанційного керування: диспетчер зможе зменшувати яскравість уночі та бачитиме, який світильник вийшов з ладу. Цю систему вже випробували на вулиці Київській, де працюють 140 таких ліхтарів."],
                "en": ["The new lamps will be connected to a remote control system, letting a dispatcher dim them at night and see which ones have failed. The system has already been tested on Kyivska Street, where 140 such lamps are in use."],
                "ru": ["Новые фонари подключат к системе дистанционного управления: диспетчер сможет снижать яркость ночью и будет видеть, какой светильник вышел из строя. Эту систему уже испытали на улице Киевской, где работают 140 таких фонарей."],
            },
            {
                "uk": ["«Насамперед беремо вулиці біля шкіл і зупинок громадського транспорту, де ввечері найбільше пішоходів», — пояснила директорка підприємства Оксана Ничипорук."],
                "en": ["“We are starting with streets near schools and public transport stops, where there are the most pedestrians in the evening,” said the company's director, Oksana Nychyporuk."],
                "ru": ["«В первую очередь берем улицы возле школ и остановок общественного транспорта, где вечером больше всего пешеходов», — пояснила директор предприятия Оксана Ничипорук."],
            },
            {
                "uk": ["Під час відключень електроенергії частина ліхтарів на головних перехрестях ще до чотирьох годин працюватиме від акумуляторів."],
                "en": ["During power cuts, some of the lamps at major intersections will keep running on batteries for up to four hours."],
                "ru": ["Во время отключений электроэнергии часть фонарей на главных перекрестках еще до четырех часов будет работать от аккумуляторов."],
            },
        ],
    },
    {
        "key": "a07",
        "case": "plain",
        "source": "podil-daily.example",
        "published": {"uk": "2026-03-03T09:10:00+02:00", "en": "2026-03-03T11:45:00+02:00",
                      "ru": "2026-03-03T09:50:00+02:00"},
        "title": {
            "uk": "На Подолі з 1 квітня запрацює зона платного паркування на 1150 місць",
            "en": "Podil paid parking zone with 1,150 spaces to open on April 1",
            "ru": "На Подоле с 1 апреля заработает зона платной парковки на 1150 мест",
        },
        "author": {"uk": "Олена Гаврилюк", "en": "Olena Havryliuk", "ru": "Елена Гаврилюк"},
        "rows": [
            {
                "uk": ["З 1 квітня на 23 вулицях Подолу запрацює єдина зона платного паркування на 1150 місць. Відповідне рішення міська влада ухвалила 27 лютого."],
                "en": ["From April 1 a single paid parking zone with 1,150 spaces will operate on 23 streets in Podil. The city authorities approved the decision on February 27."],
                "ru": ["С 1 апреля на 23 улицах Подола заработает единая зона платной парковки на 1150 мест. Соответствующее решение городские власти приняли 27 февраля."],
            },
            {
                "uk": ["Година паркування з 8:00 до 20:00 коштуватиме 30 гривень, а ввечері та у вихідні — 15 гривень. Мешканці будинків у межах зони зможуть оформити річний абонемент за 1200 гривень."],
                "en": ["An hour of parking will cost 30 hryvnias between 8:00 and 20:00 and 15 hryvnias in the evenings and at weekends. Residents of buildings inside the zone will be able to buy an annual permit for 1,200 hryvnias."],
                "ru": ["Час парковки с 8:00 до 20:00 будет стоить 30 гривен, а вечером и в выходные — 15 гривен. Жители домов в пределах зоны смогут оформить годовой абонемент за 1200 гривен."],
            },
            {
                "uk": ["Оплатити стоянку можна буде через застосунок «Паркуйся», SMS або в одному з 40 паркоматів. Штраф за неоплачене паркування становитиме 340 гривень."],
                "en": ["Drivers will be able to pay through the Parkuisia app, by SMS or at one of 40 parking meters. The fine for unpaid parking will be 340 hryvnias."],
                "ru": ["Оплатить стоянку можно будет через приложение «Паркуйся», по SMS или в одном из 40 паркоматов. Штраф за неоплаченную парковку составит 340 гривен."],
            },
            {
                "uk": ["За словами керівника паркувальної служби району Віктора Сороки, 60 місць у зоні залишаться безкоштовними для людей з інвалідністю. Ще 35 місць відведуть під короткочасне розвантаження для магазинів і кафе."],
                "en": ["Viktor Soroka, head of the district parking service, said 60 spaces in the zone would remain free for people with disabilities. Another 35 will be set aside for short-term deliveries to shops and cafés."],
                "ru": ["По словам руководителя парковочной службы района Виктора Сороки, 60 мест в зоне останутся бесплатными для людей с инвалидностью. Еще 35 мест отведут под кратковременную разгрузку для магазинов и кафе."],
            },
            {
                "uk": ["Зібрані кошти — за попередніми оцінками, близько 52 мільйонів гривень на рік — спрямують на ремонт тротуарів і освітлення Подолу."],
                "en": ["The revenue, estimated at about 52 million hryvnias a year, will go towards repairing pavements and street lighting in Podil."],
                "ru": ["Собранные средства — по предварительным оценкам, около 52 миллионов гривен в год — направят на ремонт тротуаров и освещения Подола."],
            },
        ],
    },
    {
        "key": "a08",
        "case": "plain",
        "source": None,
        "published": {"uk": "2026-08-20T07:50:00+03:00", "en": "2026-08-20T10:30:00+03:00",
                      "ru": "2026-08-20T08:15:00+03:00"},
        "title": {
            "uk": "На вокзалі Харків-Пасажирський відкрили оновлену залу очікування на 400 місць",
            "en": "Renovated 400-seat waiting hall opens at Kharkiv-Pasazhyrskyi station",
            "ru": "На вокзале Харьков-Пассажирский открыли обновленный зал ожидания на 400 мест",
        },
        "rows": [
            {
                "uk": ["На залізничному вокзалі Харків-Пасажирський 19 серпня після ремонту відкрили головну залу очікування. Тепер у ній 400 сидячих місць, кімната матері й дитини та окрема зона для військових."],
                "en": ["The main waiting hall at Kharkiv-Pasazhyrskyi railway station reopened after renovation on August 19. It now has 400 seats, a mother-and-child room and a separate area for military personnel."],
                "ru": ["На железнодорожном вокзале Харьков-Пассажирский 19 августа после ремонта открыли главный зал ожидания. Теперь в нем 400 сидячих мест, комната матери и ребенка и отдельная зона для военных."],
            },
            {
                "uk": ["Ремонт тривав вісім місяців і коштував 73 мільйони гривень. Частину стелі та вітражів довелося відновлювати після того, як узимку 2025 року протік дах."],
                "en": ["The renovation took eight months and cost 73 million hryvnias. Part of the ceiling and the stained-glass windows had to be restored after the roof leaked in the winter of 2025."],
                "ru": ["Ремонт длился восемь месяцев и обошелся в 73 миллиона гривен. Часть потолка и витражей пришлось восстанавливать после того, как зимой 2025 года протекла крыша."],
            },
            {
                "uk": ["У залі встановили 16 табло з розкладом руху українською та англійською мовами, а також 12 точок для заряджання телефонів. Wi-Fi на вокзалі тепер безкоштовний і без реєстрації."],
                "en": ["The hall now has 16 timetable displays in Ukrainian and English and 12 phone-charging points. Wi-Fi at the station is now free and requires no registration."],
                "ru": ["В зале установили 16 табло с расписанием движения на украинском и английском языках, а также 12 точек для зарядки телефонов. Wi-Fi на вокзале теперь бесплатный и без регистрации."],
            },
            {
                "uk": ["Начальник вокзалу Петро Лисенко розповів, що влітку через вокзал щодня проходить до 21 тисячі пасажирів. «Раніше в години пік людям просто не було де сісти», — зазначив він."],
                "en": ["Station manager Petro Lysenko said up to 21,000 passengers pass through the station every day in summer. “At peak times people used to have nowhere to sit,” he noted."],
                "ru": ["Начальник вокзала Петр Лысенко рассказал, что летом через вокзал ежедневно проходит до 21 тысячи пассажиров. «Раньше в часы пик людям просто негде было сесть», — отметил он."],
            },
            {
                "uk": ["Наступним етапом до кінця 2026 року планують замінити ескалатори в підземному переході до платформ 2–5."],
                "en": ["The next stage, planned for the end of 2026, is to replace the escalators in the underpass leading to platforms 2–5."],
                "ru": ["Следующим этапом до конца 2026 года планируют заменить эскалаторы в подземном переходе к платформам 2–5."],
            },
        ],
    },
    # --------------------------------------------------------------- same-day
    # a09/a10: Zhytomyr, 2026-06-17, the same mayor and deputy, the same 120 million / 14 / 30 September.
    {
        "key": "a09",
        "case": "same-day",
        "twin": "a10",
        "source": "zhytomyr-news.example",
        "published": {"uk": "2026-06-17T11:20:00+03:00", "en": "2026-06-17T13:05:00+03:00",
                      "ru": "2026-06-17T11:50:00+03:00"},
        "title": {
            "uk": "Житомир спрямує 120 млн грн на ремонт 14 кілометрів доріг",
            "en": "Zhytomyr to spend UAH 120 million repairing 14 kilometres of roads",
            "ru": "Житомир направит 120 млн грн на ремонт 14 километров дорог",
        },
        "author": {"uk": "Андрій Поліщук", "en": "Andrii Polishchuk", "ru": "Андрей Полищук"},
        "rows": [
            {
                "uk": ["Міський голова Житомира Віталій Мороз 17 червня підписав розпорядження про капітальний ремонт 14 кілометрів доріг. На роботи з міського бюджету виділяють 120 мільйонів гривень."],
                "en": ["Zhytomyr mayor Vitalii Moroz on June 17 signed an order for major repairs to 14 kilometres of roads. The city budget is allocating 120 million hryvnias for the work."],
                "ru": ["Городской голова Житомира Виталий Мороз 17 июня подписал распоряжение о капитальном ремонте 14 километров дорог. На работы из городского бюджета выделяют 120 миллионов гривен."],
            },
            {
                "uk": ["Найбільший об’єкт — вулиця Велика Бердичівська, де асфальт замінять на ділянці завдовжки 3,6 кілометра від центру до мосту через Кам’янку. Решту коштів спрямують на вулиці Чуднівську та Небесної Сотні."],
                "en": ["The largest project is Velyka Berdychivska Street, where the asphalt will be replaced along a 3.6-kilometre stretch from the centre to the bridge over the Kamianka. The rest of the money will go to Chudnivska and Nebesnoi Sotni streets."],
                "ru": ["Самый крупный объект — улица Большая Бердичевская, где асфальт заменят на участке длиной 3,6 километра от центра до моста через Каменку. Остальные средства направят на улицы Чудновскую и Небесной Сотни."],
            },
            {
                "uk": ["За словами заступниці міського голови Людмили Кравець, підрядника обрали на відкритих торгах у системі Prozorro — ним стало ТОВ «Полісся-Шляхбуд». Фірма дає на покриття гарантію п’ять років."],
                "en": ["According to deputy mayor Liudmyla Kravets, the contractor, Polissia-Shliakhbud LLC, was chosen through an open tender on the Prozorro system. The firm gives a five-year warranty on the surface."],
                "ru": ["По словам заместителя городского головы Людмилы Кравец, подрядчика выбрали на открытых торгах в системе Prozorro — им стало ООО «Полесье-Шляхбуд». Фирма дает на покрытие гарантию пять лет."],
            },
            {
                "uk": ["Усі роботи мають завершити до 30 вересня. Ремонт вестимуть переважно вночі, з 22:00 до 6:00, щоб не створювати заторів."],
                "en": ["All work must be finished by September 30. Crews will work mostly at night, from 22:00 to 6:00, to avoid traffic jams."],
                "ru": ["Все работы должны завершить до 30 сентября. Ремонт будут вести преимущественно ночью, с 22:00 до 6:00, чтобы не создавать пробок."],
            },
            {
                "uk": ["«Ці 14 кілометрів — вулиці, на які мешканці найбільше скаржилися за останні два роки», — сказав Віталій Мороз."],
                "en": ["“These 14 kilometres are the streets residents have complained about most over the past two years,” Vitalii Moroz said."],
                "ru": ["«Эти 14 километров — улицы, на которые жители больше всего жаловались за последние два года», — сказал Виталий Мороз."],
            },
        ],
    },
    {
        "key": "a10",
        "case": "same-day",
        "twin": "a09",
        "source": "zhytomyr-news.example",
        "published": {"uk": "2026-06-17T16:40:00+03:00", "en": "2026-06-17T18:00:00+03:00",
                      "ru": "2026-06-17T17:10:00+03:00"},
        "title": {
            "uk": "Житомир купить 14 нових тролейбусів за 120 млн грн",
            "en": "Zhytomyr to buy 14 new trolleybuses for UAH 120 million",
            "ru": "Житомир купит 14 новых троллейбусов за 120 млн грн",
        },
        "author": {"uk": "Андрій Поліщук", "en": "Andrii Polishchuk", "ru": "Андрей Полищук"},
        "rows": [
            {
                "uk": ["Житомир закупить 14 нових низькопідлогових тролейбусів, повідомив 17 червня міський голова Віталій Мороз. Загальна вартість закупівлі становить 120 мільйонів гривень."],
                "en": ["Zhytomyr will buy 14 new low-floor trolleybuses, mayor Vitalii Moroz announced on June 17. The purchase will cost 120 million hryvnias in total."],
                "ru": ["Житомир закупит 14 новых низкопольных троллейбусов, сообщил 17 июня городской голова Виталий Мороз. Общая стоимость закупки составляет 120 миллионов гривен."],
            },
            {
                "uk": ["Тролейбуси мають автономний хід і можуть проїхати до 20 кілометрів без контактної мережі. Це дозволить продовжити маршрут № 4 до мікрорайону Крошня, де дротів досі немає."],
                "en": ["The trolleybuses have batteries and can travel up to 20 kilometres away from the overhead wires. This will allow route 4 to be extended to the Kroshnia neighbourhood, which still has no wires."],
                "ru": ["Троллейбусы имеют автономный ход и могут проехать до 20 километров без контактной сети. Это позволит продлить маршрут № 4 до микрорайона Крошня, где проводов до сих пор нет."],
            },
            {
                "uk": ["Як уточнила заступниця міського голови Людмила Кравець, половину суми місто сплатить з бюджету, а решту — коштом кредиту, який погашатимуть сім років."],
                "en": ["Deputy mayor Liudmyla Kravets explained that the city will pay half of the sum from its budget and the rest with a loan to be repaid over seven years."],
                "ru": ["Как уточнила заместитель городского головы Людмила Кравец, половину суммы город заплатит из бюджета, а остальное — за счет кредита, который будут погашать семь лет."],
            },
            {
                "uk": ["Перші машини виробник, ТОВ «Вольтбус», має поставити до 30 вересня, решту — до кінця 2026 року. Після цього місто спише 11 тролейбусів, яким понад 35 років."],
                "en": ["The manufacturer, Voltbus LLC, is to deliver the first vehicles by September 30 and the rest by the end of 2026. The city will then retire 11 trolleybuses that are more than 35 years old."],
                "ru": ["Первые машины производитель, ООО «Вольтбус», должен поставить до 30 сентября, остальные — до конца 2026 года. После этого город спишет 11 троллейбусов старше 35 лет."],
            },
            {
                "uk": ["«Ми хочемо, щоб до зими жоден тролейбус на лінії не був старшим за 20 років», — сказав Віталій Мороз."],
                "en": ["“We want no trolleybus on the line to be older than 20 years by winter,” said Vitalii Moroz."],
                "ru": ["«Мы хотим, чтобы к зиме ни один троллейбус на линии не был старше 20 лет», — сказал Виталий Мороз."],
            },
        ],
    },
    # a11/a12: Podil, 2024-05-14, the same district head and engineer, the same 48 million / 1.6 km / 15 September.
    {
        "key": "a11",
        "case": "same-day",
        "twin": "a12",
        "source": "podil-daily.example",
        "published": {"uk": "2024-05-14T10:00:00+03:00", "en": "2024-05-14T12:20:00+03:00",
                      "ru": "2024-05-14T10:30:00+03:00"},
        "title": {
            "uk": "На Костянтинівській вулиці замінять 1,6 км теплотраси за 48 млн грн",
            "en": "UAH 48 million to replace 1.6 km of heating main on Kostiantynivska Street",
            "ru": "На Константиновской улице заменят 1,6 км теплотрассы за 48 млн грн",
        },
        "rows": [
            {
                "uk": ["На вулиці Костянтинівській на Подолі з 20 травня почнуть замінювати 1,6 кілометра магістральної теплотраси. Про це 14 травня повідомила голова Подільської районної адміністрації Оксана Дячук."],
                "en": ["Work to replace 1.6 kilometres of heating main on Kostiantynivska Street in Podil will begin on May 20. The head of the Podil district administration, Oksana Diachuk, announced it on May 14."],
                "ru": ["На улице Константиновской на Подоле с 20 мая начнут заменять 1,6 километра магистральной теплотрассы. Об этом 14 мая сообщила глава Подольской районной администрации Оксана Дячук."],
            },
            {
                "uk": ["Роботи коштуватимуть 48 мільйонів гривень. Труби на цій ділянці не міняли з 1974 року, і минулої зими через пориви тут двічі відключали опалення."],
                "en": ["The work will cost 48 million hryvnias. The pipes on this stretch have not been replaced since 1974, and last winter the heating here was cut off twice because of bursts."],
                "ru": ["Работы обойдутся в 48 миллионов гривен. Трубы на этом участке не меняли с 1974 года, и прошлой зимой из-за порывов здесь дважды отключали отопление."],
            },
            {
                "uk": ["Через ремонт 37 будинків між вулицями Межигірською та Хорива в червні приблизно на три тижні залишаться без гарячої води. Точний графік оприлюднять на сайті райадміністрації."],
                "en": ["Because of the repairs, 37 buildings between Mezhyhirska and Khoryva streets will be without hot water for about three weeks in June. The exact schedule will be posted on the district administration's website."],
                "ru": ["Из-за ремонта 37 домов между улицами Межигорской и Хорива в июне примерно на три недели останутся без горячей воды. Точный график опубликуют на сайте райадминистрации."],
            },
            {
                "uk": ["Головний інженер підрядника Роман Пилипчук пообіцяв, що на кожній ділянці траншеї будуть відкритими не довше за десять днів. Роботи мають завершити до 15 вересня, до початку опалювального сезону."],
                "en": ["Roman Pylypchuk, the contractor's chief engineer, promised that no trench would stay open for more than ten days on any section. The work is due to be finished by September 15, before the heating season."],
                "ru": ["Главный инженер подрядчика Роман Пилипчук пообещал, что на каждом участке траншеи будут открыты не дольше десяти дней. Работы должны завершить до 15 сентября, до начала отопительного сезона."],
            },
            {
                "uk": ["Після заміни труб на Костянтинівській відновлять тротуари та висадять 40 лип замість дерев, які доведеться зрізати."],
                "en": ["Once the pipes are replaced, the pavements on Kostiantynivska will be restored and 40 lime trees planted in place of those that have to be felled."],
                "ru": ["После замены труб на Константиновской восстановят тротуары и высадят 40 лип вместо деревьев, которые придется срубить."],
            },
        ],
    },
    {
        "key": "a12",
        "case": "same-day",
        "twin": "a11",
        "source": "podil-daily.example",
        "published": {"uk": "2024-05-14T15:45:00+03:00", "en": "2024-05-14T18:10:00+03:00",
                      "ru": "2024-05-14T16:20:00+03:00"},
        "title": {
            "uk": "Межигірську вулицю на Подолі реконструюють за 48 млн грн",
            "en": "Podil's Mezhyhirska Street to be rebuilt for UAH 48 million",
            "ru": "Межигорскую улицу на Подоле реконструируют за 48 млн грн",
        },
        "rows": [
            {
                "uk": ["Голова Подільської районної адміністрації Оксана Дячук 14 травня представила проєкт реконструкції вулиці Межигірської. Оновлять ділянку завдовжки 1,6 кілометра від Контрактової площі до вулиці Введенської."],
                "en": ["The head of the Podil district administration, Oksana Diachuk, presented a plan to rebuild Mezhyhirska Street on May 14. A 1.6-kilometre stretch from Kontraktova Square to Vvedenska Street will be renewed."],
                "ru": ["Глава Подольской районной администрации Оксана Дячук 14 мая представила проект реконструкции улицы Межигорской. Обновят участок длиной 1,6 километра от Контрактовой площади до улицы Введенской."],
            },
            {
                "uk": ["На реконструкцію з бюджету міста виділили 48 мільйонів гривень. Проєкт передбачає новий асфальт, ширші тротуари та 96 нових ліхтарів."],
                "en": ["The city budget has set aside 48 million hryvnias for the project. It includes new asphalt, wider pavements and 96 new street lights."],
                "ru": ["На реконструкцию из бюджета города выделили 48 миллионов гривен. Проект предусматривает новый асфальт, более широкие тротуары и 96 новых фонарей."],
            },
            {
                "uk": ["Проїжджу частину звузять до однієї смуги в кожному напрямку, а вздовж вулиці облаштують велодоріжку. Для автомобілів залишать 85 паркувальних місць."],
                "en": ["The carriageway will be narrowed to one lane in each direction and a cycle lane will be built along the street. Eighty-five parking spaces will remain for cars."],
                "ru": ["Проезжую часть сузят до одной полосы в каждом направлении, а вдоль улицы обустроят велодорожку. Для автомобилей оставят 85 парковочных мест."],
            },
            {
                "uk": ["Роботи виконуватиме та сама компанія, що ремонтуватиме теплотрасу на Костянтинівській. Її головний інженер Роман Пилипчук заявив, що рух транспорту Межигірською повністю не перекриватимуть."],
                "en": ["The work will be done by the same company that is repairing the heating main on Kostiantynivska. Its chief engineer, Roman Pylypchuk, said Mezhyhirska would not be fully closed to traffic."],
                "ru": ["Работы будет выполнять та же компания, что ремонтирует теплотрассу на Константиновской. Ее главный инженер Роман Пилипчук заявил, что движение транспорта по Межигорской полностью перекрывать не будут."],
            },
            {
                "uk": ["Завершити реконструкцію планують до 15 вересня. Мешканці можуть подати зауваження до проєкту до 31 травня на сайті райадміністрації."],
                "en": ["The reconstruction is scheduled to be completed by September 15. Residents can submit comments on the plan on the district administration's website until May 31."],
                "ru": ["Завершить реконструкцию планируют до 15 сентября. Жители могут подать замечания к проекту до 31 мая на сайте райадминистрации."],
            },
        ],
    },
    # ---------------------------------------------------------- added-dropped
    # a13: the en version adds a background paragraph; ru splits one paragraph in two.
    {
        "key": "a13",
        "case": "added-dropped",
        "source": "kharkiv-wire.example",
        "published": {"uk": "2025-10-07T09:00:00+03:00", "en": "2025-10-07T14:15:00+03:00",
                      "ru": "2025-10-07T09:35:00+03:00"},
        "title": {
            "uk": "Харків з 1 листопада замінить 14 маршруток дев’ятьма автобусними лініями",
            "en": "Kharkiv to replace 14 minibus routes with nine bus lines from November 1",
            "ru": "Харьков с 1 ноября заменит 14 маршруток девятью автобусными линиями",
        },
        "author": {"uk": "Марина Коваль", "en": "Maryna Koval", "ru": "Марина Коваль"},
        "rows": [
            {
                "uk": ["З 1 листопада в Харкові припинять роботу 14 приватних маршруток, а замість них запрацюють 9 нових автобусних ліній комунального перевізника. Нову схему 6 жовтня затвердив виконавчий комітет міськради."],
                "en": ["From November 1, 14 private minibus routes in Kharkiv will stop running and nine new bus lines operated by the municipal carrier will replace them. The city council's executive committee approved the new network on October 6."],
                "ru": ["С 1 ноября в Харькове прекратят работу 14 частных маршруток, а вместо них заработают 9 новых автобусных линий коммунального перевозчика. Новую схему 6 октября утвердил исполнительный комитет горсовета."],
            },
            {
                "en": ["Kharkiv, Ukraine's second-largest city, lies about 30 kilometres from the Russian border, and much of its public transport has had to be rebuilt since 2022. Private minibuses, known as marshrutkas, have long carried a large share of its passengers."],
            },
            {
                "uk": ["Нові лінії пролягатимуть переважно вздовж великих проспектів, а інтервал руху в години пік не перевищуватиме 7 хвилин. Проїзд коштуватиме 8 гривень, пересадка протягом 40 хвилин буде безкоштовною."],
                "en": ["The new lines will mostly follow the main avenues, with buses at most 7 minutes apart at peak times. The fare will be 8 hryvnias, and transfers within 40 minutes will be free."],
                "ru": [
                    "Новые линии пройдут в основном вдоль крупных проспектов, а интервал движения в часы пик не превысит 7 минут.",
                    "Проезд будет стоить 8 гривен, пересадка в течение 40 минут будет бесплатной.",
                ],
            },
            {
                "uk": ["Для нових ліній місто закупило 62 автобуси середньої місткості. Обслуговуватиме їх комунальне підприємство «Слобідський автопарк»."],
                "en": ["The city has bought 62 medium-sized buses for the new lines. They will be run by the municipal company Slobidskyi Avtopark."],
                "ru": ["Для новых линий город закупил 62 автобуса средней вместимости. Обслуживать их будет коммунальное предприятие «Слободской автопарк»."],
            },
            {
                "uk": ["Заступник директора департаменту транспорту Антон Руденко визнав, що частині пасажирів з околиць доведеться робити пересадку. «Натомість автобус приходитиме за розкладом, а не тоді, коли наповниться маршрутка», — сказав він."],
                "en": ["Anton Rudenko, deputy head of the transport department, admitted that some passengers from the outskirts would have to change buses. “In return, the bus will come on schedule, not whenever a minibus happens to fill up,” he said."],
                "ru": ["Заместитель директора департамента транспорта Антон Руденко признал, что части пассажиров с окраин придется делать пересадку. «Зато автобус будет приходить по расписанию, а не тогда, когда наполнится маршрутка», — сказал он."],
            },
            {
                "uk": ["Схему всіх маршрутів опублікували на сайті міськради, зауваження до неї приймають до 20 жовтня."],
                "en": ["Maps of all the routes have been published on the city council's website, and comments are accepted until October 20."],
                "ru": ["Схему всех маршрутов опубликовали на сайте горсовета, замечания к ней принимают до 20 октября."],
            },
        ],
    },
    # a14: the ru version drops the passenger's quote; en merges two paragraphs into one (2-1-2).
    {
        "key": "a14",
        "case": "added-dropped",
        "source": "zhytomyr-news.example",
        "published": {"uk": "2024-12-03T08:30:00+02:00", "en": "2024-12-03T16:00:00+02:00",
                      "ru": "2024-12-03T09:15:00+02:00"},
        "title": {
            "uk": "На вокзалі Житомира відкрили реконструйовану першу платформу",
            "en": "Zhytomyr station reopens rebuilt Platform 1",
            "ru": "На вокзале Житомира открыли реконструированную первую платформу",
        },
        "author": {"uk": "Андрій Поліщук", "en": "Andrii Polishchuk", "ru": "Андрей Полищук"},
        "rows": [
            {
                "uk": ["На залізничному вокзалі Житомира 2 грудня після реконструкції відкрили першу платформу. Її підняли до рівня підлоги сучасних поїздів і подовжили до 320 метрів."],
                "en": ["Platform 1 at Zhytomyr railway station reopened after reconstruction on December 2. It has been raised to the floor level of modern trains and extended to 320 metres."],
                "ru": ["На железнодорожном вокзале Житомира 2 декабря после реконструкции открыли первую платформу. Ее подняли до уровня пола современных поездов и удлинили до 320 метров."],
            },
            {
                "uk": [
                    "Над платформою встановили новий навіс завдовжки 180 метрів.",
                    "Також тут з’явилися два ліфти до підземного переходу, тактильна плитка для незрячих і 24 лавки.",
                ],
                "en": ["A new 180-metre canopy now covers the platform, which also has two lifts down to the underpass, tactile paving for blind passengers and 24 benches."],
                "ru": [
                    "Над платформой установили новый навес длиной 180 метров.",
                    "Также здесь появились два лифта в подземный переход, тактильная плитка для незрячих и 24 скамейки.",
                ],
            },
            {
                "uk": ["Реконструкція коштувала 56 мільйонів гривень і тривала з квітня. Роботи виконувала компанія «Рейкбуд-Захід»."],
                "en": ["The reconstruction cost 56 million hryvnias and had been under way since April. The work was carried out by the Reikbud-Zakhid company."],
                "ru": ["Реконструкция обошлась в 56 миллионов гривен и продолжалась с апреля. Работы выполняла компания «Рейкбуд-Запад»."],
            },
            {
                "uk": ["Начальниця вокзалу Ганна Остапчук повідомила, що з 15 грудня від першої платформи відправлятиметься новий щоденний поїзд Житомир — Львів. Він вирушатиме о 6:40 і прибуватиме до Львова о 12:15."],
                "en": ["Station manager Hanna Ostapchuk said a new daily Zhytomyr–Lviv train would depart from Platform 1 from December 15. It will leave at 6:40 and arrive in Lviv at 12:15."],
                "ru": ["Начальник вокзала Анна Остапчук сообщила, что с 15 декабря от первой платформы будет отправляться новый ежедневный поезд Житомир — Львов. Отправление — в 6:40, прибытие во Львов — в 12:15."],
            },
            {
                "uk": ["«Раніше з валізою чи з дитячим візком до вагона доводилося буквально залазити, а тепер заходиш рівно», — розповіла пасажирка Світлана, яка щотижня їздить до Києва."],
                "en": ["“You used to have to literally climb into the carriage with a suitcase or a pushchair, and now you just walk straight in,” said Svitlana, a passenger who travels to Kyiv every week."],
            },
            {
                "uk": ["Другу та третю платформи планують реконструювати у 2025 році, якщо вдасться знайти 90 мільйонів гривень у державному бюджеті."],
                "en": ["Platforms 2 and 3 are to be rebuilt in 2025 if 90 million hryvnias can be found in the state budget."],
                "ru": ["Вторую и третью платформы планируют реконструировать в 2025 году, если удастся найти 90 миллионов гривен в государственном бюджете."],
            },
        ],
    },
    # a15: the ru version adds a paragraph about the funicular's history and traffic.
    {
        "key": "a15",
        "case": "added-dropped",
        "source": "podil-daily.example",
        "published": {"uk": "2026-09-08T10:40:00+03:00", "en": "2026-09-08T13:00:00+03:00",
                      "ru": "2026-09-08T11:05:00+03:00"},
        "title": {
            "uk": "Фунікулер між Поштовою та Михайлівською площами знову курсує після ремонту",
            "en": "Funicular between Poshtova and Mykhailivska squares back in service after repairs",
            "ru": "Фуникулер между Почтовой и Михайловской площадями снова курсирует после ремонта",
        },
        "author": {"uk": "Ірина Бойко", "en": "Iryna Boiko", "ru": "Ирина Бойко"},
        "rows": [
            {
                "uk": ["Київський фунікулер 7 вересня відновив роботу після 47 днів ремонту. Вагони знову курсують між Поштовою та Михайлівською площами з 7:00 до 22:00."],
                "en": ["Kyiv's funicular resumed service on September 7 after 47 days of repairs. Its cars are once again running between Poshtova and Mykhailivska squares from 7:00 to 22:00."],
                "ru": ["Киевский фуникулер 7 сентября возобновил работу после 47 дней ремонта. Вагоны снова курсируют между Почтовой и Михайловской площадями с 7:00 до 22:00."],
            },
            {
                "uk": ["Під час ремонту замінили тяговий канат завдовжки 480 метрів, гальмівну систему обох вагонів і частину рейок на верхній ділянці. Роботи обійшлися в 17,8 мільйона гривень."],
                "en": ["The repairs replaced the 480-metre haulage cable, the braking system of both cars and part of the rails on the upper section. The work cost 17.8 million hryvnias."],
                "ru": ["Во время ремонта заменили тяговый канат длиной 480 метров, тормозную систему обоих вагонов и часть рельсов на верхнем участке. Работы обошлись в 17,8 миллиона гривен."],
            },
            {
                "ru": ["Фуникулер работает с 1905 года и остается одним из самых узнаваемых видов транспорта Киева. До ремонта им ежедневно пользовались около 9 тысяч пассажиров."],
            },
            {
                "uk": ["Вартість проїзду не змінилася — 8 гривень, оплатити можна банківською карткою або QR-квитком."],
                "en": ["The fare is unchanged at 8 hryvnias and can be paid by bank card or with a QR ticket."],
                "ru": ["Стоимость проезда не изменилась — 8 гривен, оплатить можно банковской картой или QR-билетом."],
            },
            {
                "uk": ["Начальник служби фунікулера Михайло Вдовенко пояснив, що наступного разу канат доведеться міняти не раніше ніж через вісім років. Поки тривав ремонт, між площами курсував безкоштовний автобус № 114."],
                "en": ["Mykhailo Vdovenko, head of the funicular service, said the cable would not need replacing again for at least eight years. While the repairs were under way, a free bus, No. 114, ran between the two squares."],
                "ru": ["Начальник службы фуникулера Михаил Вдовенко пояснил, что в следующий раз канат придется менять не раньше чем через восемь лет. Пока шел ремонт, между площадями курсировал бесплатный автобус № 114."],
            },
            {
                "uk": ["Завдяки новим гальмам швидкість фунікулера трохи зросла: поїздка тепер триває 2 хвилини 40 секунд замість трьох."],
                "en": ["Thanks to the new brakes the funicular is slightly faster: a trip now takes 2 minutes 40 seconds instead of three."],
                "ru": ["Благодаря новым тормозам скорость фуникулера немного выросла: поездка теперь занимает 2 минуты 40 секунд вместо трех."],
            },
        ],
    },
    # ------------------------------------------------------------- short-long
    # a16: long uk and ru articles, a two-paragraph en note.
    {
        "key": "a16",
        "case": "short-long",
        "source": "podil-daily.example",
        "published": {"uk": "2025-08-12T09:00:00+03:00", "en": "2025-08-12T19:30:00+03:00",
                      "ru": "2025-08-12T09:40:00+03:00"},
        "title": {
            "uk": "Гаванський міст частково перекриють на чотири місяці для ремонту",
            "en": "Havanskyi Bridge to be partly closed for four months",
            "ru": "Гаванский мост частично перекроют на четыре месяца для ремонта",
        },
        "author": {"uk": "Наталія Шевчук", "ru": "Наталья Шевчук"},
        "rows": [
            {
                "uk": ["З 18 серпня на Гаванському мосту, що з’єднує Поділ з Рибальським півостровом, перекриють дві з чотирьох смуг руху. Обмеження діятиме до 15 грудня."],
                "en": ["From August 18, two of the four lanes on Havanskyi Bridge, which links Podil with the Rybalskyi Peninsula, will be closed until December 15."],
                "ru": ["С 18 августа на Гаванском мосту, который соединяет Подол с Рыбальским полуостровом, перекроют две из четырех полос движения. Ограничение будет действовать до 15 декабря."],
            },
            {
                "uk": ["Під час обстеження у травні інженери виявили корозію на 12 з 28 балок прогонової будови. Міст збудували в 1963 році, і капітально його не ремонтували понад 30 років."],
                "ru": ["Во время обследования в мае инженеры обнаружили коррозию на 12 из 28 балок пролетного строения. Мост построили в 1963 году, и капитально его не ремонтировали более 30 лет."],
            },
            {
                "uk": ["Ремонт коштуватиме 93 мільйони гривень. Підрядник, ТОВ «Мостобуд-Південь», замінить пошкоджені балки, гідроізоляцію та деформаційні шви."],
                "ru": ["Ремонт обойдется в 93 миллиона гривен. Подрядчик, ООО «Мостострой-Юг», заменит поврежденные балки, гидроизоляцию и деформационные швы."],
            },
            {
                "uk": ["Громадський транспорт їздитиме мостом без змін, а водіям приватних авто радять об’їжджати через Північний міст. За оцінками інженерів, у години пік затори на під’їздах до мосту можуть сягати двох кілометрів."],
                "en": ["Buses will cross as usual, but drivers are advised to detour via the Pivnichnyi (Northern) Bridge, as rush-hour queues on the approaches could stretch for two kilometres."],
                "ru": ["Общественный транспорт будет ездить по мосту без изменений, а водителям частных авто советуют объезжать через Северный мост. По оценкам инженеров, в часы пик пробки на подъездах к мосту могут достигать двух километров."],
            },
            {
                "uk": ["Керівник проєкту з боку міста Віталій Сидоренко зазначив, що тротуари на мосту залишаться відкритими. «Ми працюватимемо по черзі з кожного боку, щоб люди з Рибальського могли дістатися до метро пішки», — сказав він."],
                "ru": ["Руководитель проекта со стороны города Виталий Сидоренко отметил, что тротуары на мосту останутся открытыми. «Мы будем работать поочередно с каждой стороны, чтобы люди с Рыбальского могли добраться до метро пешком», — сказал он."],
            },
            {
                "uk": ["Після ремонту допустиме навантаження на міст збільшать до 40 тонн, що дозволить їздити ним вантажівкам, які обслуговують новий житловий квартал на півострові."],
                "ru": ["После ремонта допустимую нагрузку на мост увеличат до 40 тонн, что позволит ездить по нему грузовикам, которые обслуживают новый жилой квартал на полуострове."],
            },
        ],
    },
    # a17: long uk and en articles, a two-paragraph ru note.
    {
        "key": "a17",
        "case": "short-long",
        "source": "kharkiv-wire.example",
        "published": {"uk": "2026-01-27T12:00:00+02:00", "en": "2026-01-27T14:30:00+02:00",
                      "ru": "2026-01-27T20:10:00+02:00"},
        "title": {
            "uk": "Харківське трамвайне депо № 3 отримало 10 нових вагонів",
            "en": "Kharkiv's Tram Depot No. 3 takes delivery of 10 new trams",
            "ru": "В харьковское трамвайное депо № 3 поступили 10 новых вагонов",
        },
        "rows": [
            {
                "uk": ["До депо № 3 Харківського трамвайного парку 26 січня прибули 10 нових низькопідлогових трамваїв. Вагони виготовила компанія «Укртрамтех»."],
                "en": ["Ten new low-floor trams arrived at Depot No. 3 of the Kharkiv tram network on January 26. The cars were built by the Ukrtramtekh company."],
                "ru": ["В депо № 3 Харьковского трамвайного парка 26 января поступили 10 новых низкопольных трамваев производства компании «Укртрамтех»."],
            },
            {
                "uk": ["Кожен вагон завдовжки 27 метрів вміщує до 220 пасажирів, має кондиціонер і систему підрахунку пасажирів. Один трамвай коштує 58 мільйонів гривень, тобто вся партія обійшлася в 580 мільйонів."],
                "en": ["Each 27-metre tram carries up to 220 passengers and has air conditioning and a passenger-counting system. One tram costs 58 million hryvnias, so the whole batch came to 580 million."],
            },
            {
                "uk": ["Нові трамваї вийдуть на маршрути № 6 і № 8 після обкатки, орієнтовно з 16 лютого."],
                "en": ["The new trams will go into service on routes 6 and 8 after test runs, probably from February 16."],
                "ru": ["Новые трамваи выйдут на маршруты № 6 и № 8 после обкатки — ориентировочно с 16 февраля."],
            },
            {
                "uk": ["Директор депо Володимир Кушнір розповів, що водіїв уже навчають на тренажері. До кінця лютого підготують 40 водіїв."],
                "en": ["Depot director Volodymyr Kushnir said drivers were already training on a simulator. Forty drivers will be ready by the end of February."],
            },
            {
                "uk": ["Закупівлю профінансували коштом кредиту, залученого під державні гарантії. Місто має повернути його до 2036 року."],
                "en": ["The purchase was financed with a state-guaranteed loan, which the city must repay by 2036."],
            },
            {
                "uk": ["До кінця 2026 року Харків планує отримати ще 15 трамваїв тієї самої моделі."],
                "en": ["Kharkiv plans to receive another 15 trams of the same model by the end of 2026."],
            },
        ],
    },
    # ---------------------------------------------------------------- no-date
    {
        "key": "a18",
        "case": "no-date",
        "source": "zhytomyr-news.example",
        "published": None,
        "title": {
            "uk": "У житомирських автобусах запрацює електронний квиток",
            "en": "Zhytomyr buses switch to e-tickets",
            "ru": "В житомирских автобусах заработает электронный билет",
        },
        "rows": [
            {
                "uk": ["З 1 березня в усіх 85 міських автобусах Житомира встановлять валідатори для оплати проїзду банківською карткою та QR-кодом. Паперові квитки продаватимуть ще два місяці, до 30 квітня."],
                "en": ["From March 1, validators for paying fares by bank card or QR code will be installed on all 85 city buses in Zhytomyr. Paper tickets will remain on sale for two more months, until April 30."],
                "ru": ["С 1 марта во всех 85 городских автобусах Житомира установят валидаторы для оплаты проезда банковской картой и QR-кодом. Бумажные билеты будут продавать еще два месяца, до 30 апреля."],
            },
            {
                "uk": ["Проїзд з електронним квитком коштуватиме 12 гривень, а в кондуктора — 15 гривень. Пільговики отримають персоналізовані картки в центрі надання адміністративних послуг."],
                "en": ["A ride with an e-ticket will cost 12 hryvnias, compared with 15 hryvnias when paying the conductor. Passengers entitled to concessions will receive personalised cards at the administrative services centre."],
                "ru": ["Проезд с электронным билетом будет стоить 12 гривен, а у кондуктора — 15 гривен. Льготники получат персонализированные карты в центре предоставления административных услуг."],
            },
            {
                "uk": ["Систему встановлює компанія «Транспей Україна», контракт з якою розраховано на п’ять років. За обладнання місто заплатить 9,7 мільйона гривень."],
                "en": ["The system is being installed by Transpay Ukraine under a five-year contract. The city will pay 9.7 million hryvnias for the equipment."],
                "ru": ["Систему устанавливает компания «Транспей Украина», контракт с которой рассчитан на пять лет. За оборудование город заплатит 9,7 миллиона гривен."],
            },
            {
                "uk": ["«Ми зможемо точно бачити, скільки людей їде кожним рейсом, і за цими даними змінювати розклад», — пояснив директор комунального автотранспортного підприємства Руслан Бондар."],
                "en": ["“We will be able to see exactly how many people ride each trip and adjust the timetable accordingly,” explained Ruslan Bondar, director of the municipal bus company."],
                "ru": ["«Мы сможем точно видеть, сколько людей едет каждым рейсом, и по этим данным менять расписание», — пояснил директор коммунального автотранспортного предприятия Руслан Бондарь."],
            },
            {
                "uk": ["Кондукторів, які втратять роботу, підприємство обіцяє перенавчити на водіїв або контролерів."],
                "en": ["The company promises to retrain conductors who lose their jobs as drivers or ticket inspectors."],
                "ru": ["Кондукторов, которые потеряют работу, предприятие обещает переобучить на водителей или контролеров."],
            },
        ],
    },
    {
        "key": "a19",
        "case": "no-date",
        "source": None,
        "published": None,
        "title": {
            "uk": "Біля п’яти станцій харківського метро облаштують перехоплювальні паркінги",
            "en": "Park-and-ride car parks planned at five Kharkiv metro stations",
            "ru": "У пяти станций харьковского метро обустроят перехватывающие парковки",
        },
        "rows": [
            {
                "uk": ["Харків облаштує перехоплювальні паркінги на 900 місць біля п’яти станцій метро. Першим відкриють майданчик на 240 місць біля станції «Холодна гора»."],
                "en": ["Kharkiv will build park-and-ride car parks with 900 spaces next to five metro stations. The first, with 240 spaces, will open at Kholodna Hora station."],
                "ru": ["Харьков обустроит перехватывающие парковки на 900 мест возле пяти станций метро. Первой откроют площадку на 240 мест у станции «Холодная гора»."],
            },
            {
                "uk": ["Водії, які залишать авто на паркінгу й поїдуть далі метро, платитимуть 20 гривень за весь день. Для решти година стоянки коштуватиме 25 гривень."],
                "en": ["Drivers who leave their car and continue by metro will pay 20 hryvnias for the whole day. Everyone else will pay 25 hryvnias an hour."],
                "ru": ["Водители, которые оставят авто на парковке и поедут дальше на метро, будут платить 20 гривен за весь день. Для остальных час стоянки будет стоить 25 гривен."],
            },
            {
                "uk": ["Паркінги обладнають камерами, освітленням і 30 зарядками для електромобілів. Загальна вартість проєкту — 34 мільйони гривень."],
                "en": ["The car parks will have cameras, lighting and 30 electric-vehicle chargers. The project will cost 34 million hryvnias in total."],
                "ru": ["Парковки оборудуют камерами, освещением и 30 зарядками для электромобилей. Общая стоимость проекта — 34 миллиона гривен."],
            },
            {
                "uk": ["Ідею запропонувала громадська організація «Харків без заторів», яка підрахувала, що щоранку до центру в’їжджає близько 60 тисяч автомобілів. Її голова Олег Дорошенко вважає, що паркінги можуть зменшити цей потік на десяту частину."],
                "en": ["The idea came from the civic group Kharkiv Without Traffic Jams, which estimates that about 60,000 cars drive into the centre every morning. Its head, Oleh Doroshenko, believes the car parks could cut that flow by a tenth."],
                "ru": ["Идею предложила общественная организация «Харьков без пробок», которая подсчитала, что каждое утро в центр въезжает около 60 тысяч автомобилей. Ее глава Олег Дорошенко считает, что парковки могут уменьшить этот поток на десятую часть."],
            },
            {
                "uk": ["Решту майданчиків — біля станцій «Героїв Праці», «Індустріальна», «Олексіївська» та «Студентська» — мають відкрити протягом року."],
                "en": ["The remaining sites, at Heroiv Pratsi, Industrialna, Oleksiivska and Studentska stations, are due to open within a year."],
                "ru": ["Остальные площадки — у станций «Героев Труда», «Индустриальная», «Алексеевская» и «Студенческая» — должны открыть в течение года."],
            },
        ],
    },
    {
        "key": "a20",
        "case": "no-date",
        "source": "podil-daily.example",
        "published": None,
        "title": {
            "uk": "На Андріївському узвозі встановили 64 ліхтарі в історичному стилі",
            "en": "64 heritage-style street lamps installed on Andriivskyi Descent",
            "ru": "На Андреевском спуске установили 64 фонаря в историческом стиле",
        },
        "author": {"uk": "Олена Гаврилюк", "en": "Olena Havryliuk", "ru": "Елена Гаврилюк"},
        "rows": [
            {
                "uk": ["На Андріївському узвозі завершили заміну вуличного освітлення: замість сучасних металевих опор тут встановили 64 чавунні ліхтарі, стилізовані під початок ХХ століття. Усередині — економні світлодіодні лампи."],
                "en": ["The replacement of street lighting on Andriivskyi Descent has been completed: 64 cast-iron lamps styled on those of the early 20th century now stand in place of the modern metal poles. Inside are energy-saving LED bulbs."],
                "ru": ["На Андреевском спуске завершили замену уличного освещения: вместо современных металлических опор здесь установили 64 чугунных фонаря, стилизованных под начало ХХ века. Внутри — экономичные светодиодные лампы."],
            },
            {
                "uk": ["Зовнішній вигляд ліхтарів погодили з істориками за архівними фотографіями 1910-х років. Виготовили їх на ливарному заводі в Житомирі."],
                "en": ["Their design was agreed with historians on the basis of archive photographs from the 1910s. They were made at a foundry in Zhytomyr."],
                "ru": ["Внешний вид фонарей согласовали с историками по архивным фотографиям 1910-х годов. Изготовили их на литейном заводе в Житомире."],
            },
            {
                "uk": ["Проєкт коштував 6,4 мільйона гривень, з яких 2 мільйони зібрали власники кав’ярень і галерей на узвозі. Решту профінансував район."],
                "en": ["The project cost 6.4 million hryvnias, 2 million of which was raised by the owners of cafés and galleries on the street. The district paid the rest."],
                "ru": ["Проект стоил 6,4 миллиона гривен, из которых 2 миллиона собрали владельцы кофеен и галерей на спуске. Остальное профинансировал район."],
            },
            {
                "uk": ["Архітекторка проєкту Дарина Ковальчук розповіла, що колір світла підібрали теплий, 2700 кельвінів. «Ми хотіли, щоб узвіз увечері виглядав затишно, а не як автомагістраль», — пояснила вона."],
                "en": ["The project's architect, Daryna Kovalchuk, said a warm light colour of 2,700 kelvin had been chosen. “We wanted the street to look cosy in the evening, not like a motorway,” she explained."],
                "ru": ["Архитектор проекта Дарина Ковальчук рассказала, что цвет света подобрали теплый, 2700 кельвинов. «Мы хотели, чтобы спуск вечером выглядел уютно, а не как автомагистраль», — пояснила она."],
            },
            {
                "uk": ["Ліхтарі вмикатимуться автоматично за датчиком освітленості, а після опівночі світитимуть на половину потужності."],
                "en": ["The lamps will switch on automatically using a light sensor and will run at half power after midnight."],
                "ru": ["Фонари будут включаться автоматически по датчику освещенности, а после полуночи будут светить вполсилы."],
            },
        ],
    },
    # --------------------------------------------------------- near-duplicate
    # a21: the uk version of a03 republished five hours later: new cost after the tender,
    # one sentence added about the contractor.
    {
        "key": "a21",
        "case": "near-duplicate",
        "duplicate_of": "a03",
        "source": "zhytomyr-news.example",
        "published": {"uk": "2024-07-09T13:35:00+03:00"},
        "title": {
            "uk": "У Житомирі замінять 4,2 км аварійного водогону на Вільському шляху (оновлено)",
        },
        "author": {"uk": "Тетяна Мельничук"},
        "rows": [
            {
                "uk": ["Комунальне підприємство «Водоресурс Полісся» з 15 липня почне заміну 4,2 кілометра магістрального водогону на Вільському шляху. Труби на цій ділянці проклали ще в 1968 році, і лише за минулий рік на них сталося 23 пориви."],
            },
            {
                "uk": ["Старі чавунні труби діаметром 500 міліметрів замінять на поліетиленові. Після тендеру вартість робіт зросла до 91 мільйона гривень, з яких 60 мільйонів надасть Міжнародний фонд чистої води як грант. Підрядником стало ТОВ «Полісся-Інжиніринг», яке перемогло на торгах у Prozorro 9 липня."],
            },
            {
                "uk": ["Під час робіт мешканці Мальованки можуть помічати знижений тиск води, особливо вранці та ввечері. Графік відключень водоканал обіцяє публікувати щопонеділка на своєму сайті."],
            },
            {
                "uk": ["«Ми працюватимемо ділянками по 300 метрів, щоб жоден будинок не залишався без води довше ніж на 12 годин», — пояснив директор підприємства Сергій Ткачук."],
            },
            {
                "uk": ["Завершити заміну водогону планують до 1 листопада, ще до початку морозів. Після цього на Вільському шляху відновлять асфальтове покриття тротуарів."],
            },
        ],
    },
    # ----------------------------------------------------------------- single
    # a22: uk only; close to a05 (Kharkiv district heating) but a different event.
    {
        "key": "a22",
        "case": "single",
        "source": "kharkiv-wire.example",
        "published": {"uk": "2024-11-21T08:40:00+02:00"},
        "title": {
            "uk": "На Холодній Горі через порив теплотраси без опалення залишилися 12 будинків",
        },
        "author": {"uk": "Ігор Білоус"},
        "rows": [
            {
                "uk": ["У ніч на 21 листопада на Полтавському Шляху в районі Холодної Гори прорвало магістральну теплотрасу. Без опалення та гарячої води залишилися 12 багатоповерхівок і дитячий садок."],
            },
            {
                "uk": ["Аварійні бригади прибули на місце за 40 хвилин і перекрили пошкоджену ділянку. Через пару, що виходила з-під асфальту, на кілька годин обмежили рух тролейбусів."],
            },
            {
                "uk": ["Чергова диспетчерка тепломережі Ірина Литвин повідомила, що пошкоджено трубу діаметром 400 міліметрів, прокладену в 1981 році. Подачу тепла обіцяють відновити до вечора 21 листопада."],
            },
            {
                "uk": ["Мешканцям радять не вмикати одночасно кілька електрообігрівачів, щоб не перевантажити мережу. У найближчій школі облаштували пункт обігріву з чаєм і зарядками для телефонів."],
            },
        ],
    },
    # a23: ru only; close to a06 (Zhytomyr street lighting) but a different project.
    {
        "key": "a23",
        "case": "single",
        "source": "zhytomyr-news.example",
        "published": {"ru": "2025-10-28T12:30:00+02:00"},
        "title": {
            "ru": "В Житомире на 40 остановках установили освещение на солнечных батареях",
        },
        "rows": [
            {
                "ru": ["В Житомире на 40 остановках общественного транспорта установили автономное освещение на солнечных панелях. Светильники работают независимо от городской электросети и включаются, когда на остановке появляется человек."],
            },
            {
                "ru": ["Каждая панель заряжает аккумулятор, которого хватает на 14 часов работы. Один комплект обошелся в 27 тысяч гривен, весь проект — почти в 1,1 миллиона."],
            },
            {
                "ru": ["Остановки выбирали по обращениям жителей: больше всего жалоб поступало с окраин — из Крошни и Малёванки."],
            },
            {
                "ru": ["Инициатор проекта, депутат городского совета Николай Левченко, говорит, что в следующем году такое освещение появится еще на 60 остановках."],
            },
        ],
    },
    # --------------------------------------------------------------- two-lang
    {
        "key": "a24",
        "case": "two-lang",
        "source": "podil-daily.example",
        "published": {"uk": "2024-10-30T09:15:00+02:00", "en": "2024-10-30T13:50:00+02:00"},
        "title": {
            "uk": "Новий автобусний маршрут № 71 з’єднає Поділ із Виноградарем",
            "en": "New bus route 71 to link Podil with Vynohradar",
        },
        "rows": [
            {
                "uk": ["З 4 листопада запрацює новий автобусний маршрут № 71 від Поштової площі до вулиці Світлицького на Виноградарі. Довжина маршруту — 14,5 кілометра, на ньому 22 зупинки."],
                "en": ["A new bus route, No. 71, will start running on November 4 from Poshtova Square to Svitlytskoho Street in Vynohradar. The route is 14.5 kilometres long and has 22 stops."],
            },
            {
                "uk": ["На маршрут вийдуть 12 автобусів середньої місткості, інтервал у години пік становитиме 9 хвилин. Перший рейс вирушатиме о 5:45, останній — о 23:00."],
                "en": ["Twelve medium-sized buses will serve the route, running every 9 minutes at peak times. The first bus will leave at 5:45 and the last at 23:00."],
            },
            {
                "uk": ["Маршрут запустили після петиції, яку підписали 10 400 мешканців Виноградаря. Досі, щоб дістатися на Поділ, їм доводилося робити щонайменше одну пересадку."],
                "en": ["The route was launched after a petition signed by 10,400 Vynohradar residents. Until now they had to change at least once to get to Podil."],
            },
            {
                "uk": ["«Ми розраховуємо, що маршрут перевозитиме до 9 тисяч пасажирів на добу», — сказала заступниця директора транспортного департаменту Аліна Мартинюк."],
                "en": ["“We expect the route to carry up to 9,000 passengers a day,” said Alina Martyniuk, deputy head of the transport department."],
            },
            {
                "uk": ["Вартість проїзду — 8 гривень, діятимуть усі види проїзних квитків."],
                "en": ["The fare is 8 hryvnias, and all types of travel passes will be valid."],
            },
        ],
    },
]
