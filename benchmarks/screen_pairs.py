"""Write benchmarks/data/screen-pairs-dev.csv: labelled name pairs for every variation class screening must hold on.

Run from the repository (the file is committed; run again only to change it):

    .venv/bin/python benchmarks/screen_pairs.py

Sources. The seed names below were written by hand for this set: people and
companies as they appear on public sanctions lists of other regimes (OFAC SDN,
EU and UK consolidated lists: Russian, Iranian, Chinese, Syrian, Venezuelan
designations), common Korean, Chinese and Russian names of people who are not
listed (as in public lists of frequent names), DPRK state bodies that are not
designated, and ordinary company names. Original-script forms (Cyrillic, Chinese
characters, Hangul, Arabic) were written by hand too. No name is taken from
the UN DPRK designations the project's other benchmark uses, and the variations
are drawn with a fixed seed by rules that differ from the matcher's (they are
what people type: dropped letters, moved spaces, titles, initials).

Each row: query, listed (the listed record's names, `|` between aliases), kind (person, entity), label
(1: the same party, 0: another), class, split (`tune` to choose thresholds,
`test` to report), note.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "screen-pairs-dev.csv"

# (Latin listing with patronymic where lists give one, Cyrillic)
RUSSIAN = [
    ("Alisher Burkhanovich Usmanov", "Алишер Бурханович Усманов"),
    ("Roman Arkadyevich Abramovich", "Роман Аркадьевич Абрамович"),
    ("Oleg Vladimirovich Deripaska", "Олег Владимирович Дерипаска"),
    ("Gennady Nikolayevich Timchenko", "Геннадий Николаевич Тимченко"),
    ("Arkady Romanovich Rotenberg", "Аркадий Романович Ротенберг"),
    ("Boris Romanovich Rotenberg", "Борис Романович Ротенберг"),
    ("Igor Ivanovich Sechin", "Игорь Иванович Сечин"),
    ("Alexey Borisovich Miller", "Алексей Борисович Миллер"),
    ("Viktor Feliksovich Vekselberg", "Виктор Феликсович Вексельберг"),
    ("Suleiman Abusaidovich Kerimov", "Сулейман Абусаидович Керимов"),
    ("Petr Olegovich Aven", "Пётр Олегович Авен"),
    ("Mikhail Maratovich Fridman", "Михаил Маратович Фридман"),
    ("Andrey Leonidovich Kostin", "Андрей Леонидович Костин"),
    ("Sergei Viktorovich Chemezov", "Сергей Викторович Чемезов"),
    ("Yury Valentinovich Kovalchuk", "Юрий Валентинович Ковальчук"),
    ("Nikolai Platonovich Patrushev", "Николай Платонович Патрушев"),
    ("Sergei Viktorovich Lavrov", "Сергей Викторович Лавров"),
    ("Sergei Kuzhugetovich Shoigu", "Сергей Кужугетович Шойгу"),
    ("Valery Vasilyevich Gerasimov", "Валерий Васильевич Герасимов"),
    ("Ramzan Akhmatovich Kadyrov", "Рамзан Ахматович Кадыров"),
    ("Yevgeniy Viktorovich Prigozhin", "Евгений Викторович Пригожин"),
    ("Dmitriy Valeryevich Utkin", "Дмитрий Валерьевич Уткин"),
    ("Konstantin Valeryevich Malofeyev", "Константин Валерьевич Малофеев"),
    ("Oleksandr Viktorovych Yanukovych", "Олександр Вікторович Янукович"),
    ("Viktor Fedorovych Medvedchuk", "Віктор Федорович Медведчук"),
]
# Not listed: frequent Russian names.
RUSSIAN_FREE = [("Aleksandr Ivanov", "Александр Иванов"), ("Dmitry Smirnov", "Дмитрий Смирнов"),
                ("Sergey Kuznetsov", "Сергей Кузнецов"), ("Andrei Popov", "Андрей Попов"),
                ("Alexey Vasiliev", "Алексей Васильев"), ("Mikhail Petrov", "Михаил Петров"),
                ("Ivan Sokolov", "Иван Соколов"), ("Nikolai Mikhailov", "Николай Михайлов"),
                ("Yelena Novikova", "Елена Новикова"), ("Olga Fedorova", "Ольга Федорова"),
                ("Tatiana Morozova", "Татьяна Морозова"), ("Natalia Volkova", "Наталья Волкова")]
# (pinyin listing, characters)
CHINESE = [
    ("Li Fangwei", "李方伟"), ("Ma Xiaohong", "马晓红"), ("Zhou Jianguo", "周建国"), ("Sun Song", "孙嵩"),
    ("Wang Bing", "王兵"), ("Chen Ming", "陈明"), ("Huang Hai", "黄海"), ("Yang Jun", "杨军"),
    ("Wu Qiang", "吴强"), ("Xu Lei", "徐磊"), ("Hu Bin", "胡斌"), ("Guo Tao", "郭涛"), ("Lin Feng", "林峰"),
    ("Gao Xiang", "高翔"), ("Luo Gang", "罗刚"), ("Zhao Li", "赵丽"), ("Zhu Hua", "朱华"), ("Liu Yang", "刘洋"),
]
CHINESE_FREE = [("Zhang Wei", "张伟"), ("Wang Fang", "王芳"), ("Li Na", "李娜"), ("Liu Min", "刘敏"),
                ("Chen Jing", "陈静"), ("Yang Li", "杨丽"), ("Huang Qiang", "黄强"), ("Zhao Jun", "赵军"),
                ("Wu Yong", "吴勇"), ("Zhou Jie", "周杰"), ("Xu Tao", "徐涛"), ("Sun Ming", "孙明")]
# (Latin listing, Arabic-script original the list carries)
ARABIC = [
    ("Qasem Soleimani", "قاسم سلیمانی"), ("Mohammad Hejazi", "محمد حجازی"), ("Hassan Nasrallah", "حسن نصرالله"),
    ("Abdul Malik al-Houthi", "عبد الملك الحوثي"), ("Rami Makhlouf", "رامي مخلوف"), ("Maher al-Assad", "ماهر الأسد"),
    ("Mohammad Reza Naqdi", "محمد رضا نقدی"), ("Ali Shamkhani", "علی شمخانی"),
]
# Korean: (listing as DPRK lists write it, other spellings of the same name, Hangul)
KOREAN = [
    ("Ri Chol Ho", ["Lee Cheol-ho", "Rhee Chol Ho", "Yi Chul Ho"], "리철호"),
    ("Pak Song Il", ["Park Sung-il", "Bak Seong Il"], "박성일"),
    ("Choe Myong Nam", ["Choi Myung-nam", "Choe Myeong Nam"], "최명남"),
    ("Jong Kyong Thaek", ["Jung Kyung-taek", "Chong Kyong Taek"], "정경택"),
    ("Kim Kwang Hyok", ["Kim Gwang-hyuk", "Gim Kwang Hyeok"], "김광혁"),
    ("O Chol Su", ["Oh Cheol-su", "Oh Chul Soo"], "오철수"),
    ("Ryu Jong Sik", ["Yu Jeong-sik", "Ryoo Jong Shik"], "류정식"),
    ("Han Yong Nam", ["Han Young-nam", "Han Yeong Nam"], "한영남"),
    ("Jang Hyon U", ["Jang Hyun-woo", "Chang Hyon U"], "장현우"),
    ("Rim Kyong Il", ["Lim Kyung-il", "Im Gyeong Il"], "림경일"),
    ("Kang Myong Chol", ["Kang Myung-chul", "Gang Myeong Cheol"], "강명철"),
    ("Hwang Sun Hui", ["Hwang Soon-hee", "Hwang Sun Hee"], "황순희"),
    ("Yun Chang Ho", ["Yoon Chang-ho", "Yun Ch'ang Ho"], "윤창호"),
    ("Ko Song Chol", ["Koh Sung-chul", "Go Seong Cheol"], "고성철"),
    ("Mun Kyong Dok", ["Moon Kyung-duk", "Mun Gyeong Deok"], "문경덕"),
    ("Paek Se Bong", ["Baek Se-bong", "Paik Se Bong"], "백세봉"),
]
# One syllable of the given name differs: another person.
KOREAN_OTHER = {
    "Ri Chol Ho": ["Ri Chol Su", "Ri Chol Min", "Lee Cheol-min"], "Pak Song Il": ["Pak Song Ho", "Pak Yong Il"],
    "Choe Myong Nam": ["Choe Myong Su", "Choe Yong Nam"], "Jong Kyong Thaek": ["Jong Kyong Chol"],
    "Kim Kwang Hyok": ["Kim Kwang Chol", "Kim Kwang Il", "Kim Hwang Hyok"], "O Chol Su": ["O Chol Min", "O Chol Ho"],
    "Ryu Jong Sik": ["Ryu Jong Su"], "Han Yong Nam": ["Han Yong Chol", "Han Song Nam"],
    "Jang Hyon U": ["Jang Hyon Su"], "Rim Kyong Il": ["Rim Kyong Ho", "Rim Song Il"],
    "Kang Myong Chol": ["Kang Myong Su", "Kang Yong Chol"], "Hwang Sun Hui": ["Hwang Sun Ok", "Hwang Sun Hwa"],
    "Yun Chang Ho": ["Yun Chang Su", "Yun Sang Ho"], "Ko Song Chol": ["Ko Song Il", "Ko Yong Chol"],
    "Mun Kyong Dok": ["Mun Kyong Il"], "Paek Se Bong": ["Paek Se Il"],
}
# Given-name syllables that fold alike under the family-name table but are other syllables.
KOREAN_COLLIDING = [("Kim Chon Il", "Kim Chun Il"), ("Pak Suk Hui", "Pak Sok Hui"), ("Kim Chun Song", "Kim Chon Song"),
                    ("Han Chun Ok", "Han Chon Ok")]
COMPANIES = [
    # (name without form, specific form or "", country word for "same name elsewhere")
    ("Rosoboronexport", "jsc", "Moscow"), ("Sovcomflot", "pjsc", "Moscow"), ("Promsvyazbank", "pjsc", "Russia"),
    ("Novorossiysk Commercial Sea Port", "pjsc", "Novorossiysk"), ("Tactical Missiles Corporation", "jsc", "Russia"),
    ("Islamic Republic of Iran Shipping Lines", "", "Iran"), ("Mahan Air", "", "Iran"),
    ("Bank Sepah", "", "Iran"), ("Bank Melli Iran", "", "Iran"), ("Naftiran Intertrade", "", "Iran"),
    ("Syrian Arab Airlines", "", "Syria"), ("Commercial Bank of Syria", "", "Syria"),
    ("Petroleos de Venezuela", "sa", "Venezuela"), ("Banco de Desarrollo Economico y Social de Venezuela", "", ""),
    ("Velmur Management", "pte", "Singapore"), ("Sea Breeze Shipping", "", "Panama"),
    ("Hesong Marine", "", "Hong Kong"), ("Wanchun Logistics", "", "Dalian"),
    ("Nordwind Handels", "gmbh", "Hamburg"), ("Ostsee Technik", "ag", "Kiel"), ("Alpen Maschinenbau", "gmbh", "Linz"),
    ("Transmarine Holdings", "", "Cyprus"), ("Golden Harvest Agricultural Trading", "", "Dubai"),
    ("Kuwait Petroleum Services", "", "Kuwait"), ("Industrial Bank", "", "Korea"), ("Agricultural Bank", "", "China"),
]
FORM_LONG = {"jsc": ["Joint Stock Company", "Open Joint Stock Company", "AO"], "pjsc": ["Public Joint Stock Company",
             "PAO"], "sa": ["Sociedad Anonima", "S.A."], "pte": ["Pte. Ltd.", "Private Limited"],
             "gmbh": ["Gesellschaft mit beschränkter Haftung", "GmbH"], "ag": ["Aktiengesellschaft", "AG"],
             "": ["Co., Ltd.", "Company", "Corporation", "Limited", "LLC", "Group"]}
OTHER_FORM = {"jsc": "GmbH", "pjsc": "SARL", "sa": "GmbH", "pte": "AG", "gmbh": "AG", "ag": "GmbH"}
WORD_SWAPS = {"Bank": "Insurance", "Shipping": "Mining", "Air": "Cargo", "Marine": "Textile", "Port": "Airport",
              "Trading": "Construction", "Logistics": "Pharma", "Airlines": "Railways", "Management": "Consulting",
              "Services": "Equipment"}
STATE_BODIES_FREE = ["Ministry of Culture", "Ministry of Public Health", "Korean Central News Agency",
                     "Pyongyang University of Foreign Studies", "Ministry of Land and Environment Protection",
                     "Korea Pyongyang Trading Company", "Central Statistics Bureau", "Ministry of Light Industry",
                     "State Academy of Sciences", "Korea Sports Committee"]
DPRK_LISTED_BODIES = ["Ministry of People's Armed Forces", "Reconnaissance General Bureau", "Office 39",
                      "Munitions Industry Department", "Ministry of State Security", "Korea Kwangson Banking Corp"]
TITLES = ["Mr.", "Dr.", "General", "Colonel", "Sheikh", "Haji"]
FUNDS = [("Pacific Growth Fund", 2), ("Atlas Maritime Fund", 3), ("Ural Opportunities Fund", 4),
         ("Caspian Energy Partners", 1)]
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}
WORDS = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five"}


def typo(rng: random.Random, name: str, *, short: bool = False) -> str:
    words = name.split()
    pool = [i for i, w in enumerate(words) if (len(w) <= 4 if short else len(w) >= 3) and len(w) >= 3]
    if not pool:
        pool = [i for i, w in enumerate(words) if len(w) >= 3] or [0]
    i = rng.choice(pool)
    w = words[i]
    j = rng.randrange(1, len(w))
    op = rng.choice(["del", "del", "swap", "dup"])
    if op == "del":
        w = w[:j] + w[j + 1:]
    elif op == "swap" and j < len(w) - 1:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def respace(rng: random.Random, name: str) -> str:
    words = name.split()
    if len(words) < 2:
        return name[: len(name) // 2] + " " + name[len(name) // 2:]
    i = rng.randrange(len(words) - 1)
    a, b = words[i], words[i + 1]
    if rng.random() < 0.4:
        words[i:i + 2] = [a + b]
    elif rng.random() < 0.5 and len(a) > 2:
        words[i:i + 2] = [a[:-1], a[-1] + b]
    else:
        words[i:i + 2] = [a + b[0], b[1:]] if len(b) > 2 else [a + b]
    return " ".join(words)


def short(name: str) -> str:
    """First name and surname of a Russian listing with patronymic."""
    parts = name.split()
    return f"{parts[0]} {parts[-1]}" if len(parts) == 3 else name


def rows() -> list[dict[str, str]]:
    rng = random.Random(2397)
    out: list[dict[str, str]] = []

    def add(query: str, listed: str, label: int, cls: str, note: str) -> None:
        out.append({"query": query, "listed": listed, "label": str(label), "class": cls, "note": note})

    people = [short(n) for n, _ in RUSSIAN] + [n for n, _ in CHINESE[:18]] + [n for n, _, _ in KOREAN] + \
        [n for n, _ in ARABIC]
    listed_of = {short(n): f"{n}|{c}" for n, c in RUSSIAN} | {n: n for n, _ in CHINESE} | \
        {n: n for n, _, _ in KOREAN} | {n: f"{n}|{a}" for n, a in ARABIC}
    # typos, short words included
    for n in people:
        add(typo(rng, n), listed_of[n], 1, "typo", "one letter dropped, doubled or swapped")
        add(typo(rng, n, short=True), listed_of[n], 1, "typo", "one letter off in a short word")
    for listing, others in KOREAN_OTHER.items():
        for other in others:
            add(typo(rng, other) if rng.random() < 0.3 else other, listing, 0, "typo", "another given syllable")
    for (a, _), (b, _) in zip(RUSSIAN[::2], RUSSIAN[1::2], strict=False):
        add(typo(rng, short(a)), f"{b}", 0, "typo", "another person")
    add("Boris Rotenberg", "Arkady Romanovich Rotenberg", 0, "typo", "same surname, another person")
    add("Arkadiy Rotenbreg", "Arkady Romanovich Rotenberg", 1, "typo", "transliteration and swap")
    for n, _ in CHINESE_FREE:
        add(n, rng.choice([c for c, _ in CHINESE[:18]]), 0, "typo", "common Chinese name, not listed")
    # spacing
    for n in people + [c for c, _, _ in COMPANIES]:
        add(respace(rng, n), listed_of.get(n, n), 1, "spacing", "a space moved, added or removed")
    for listing, others in KOREAN_OTHER.items():
        for other in others[:1]:
            add(respace(rng, other), listing, 0, "spacing", "another given syllable, respaced")
    for n, _ in CHINESE_FREE[:8]:
        add(respace(rng, n), rng.choice([c for c, _ in CHINESE[:18]]), 0, "spacing", "common Chinese name")
    # legal forms
    for name, form, country in COMPANIES:
        listed = f"{name} {FORM_LONG[form][-1] if form else 'Co., Ltd.'}"
        for long in FORM_LONG[form][:2]:
            add(f"{name} {long}", listed, 1, "legal form", "form written long or in another language")
        merged = name + (rng.choice(["Company", "Corporation", "Limited"]))
        add(merged.upper(), listed, 1, "legal form", "form merged into the last word")
        add(name, listed, 1, "legal form", "form left out")
        if form in OTHER_FORM:
            add(f"{name} {OTHER_FORM[form]}", listed, 0, "legal form", "another specific legal form")
        if country:
            add(f"{name} of Kenya" if name.endswith("Bank") else f"{name} Kenya", f"{name} {country}", 0,
                "legal form", "same name, another country")
    # words: titles, middle names, order, swapped distinctive words
    for n, _ in RUSSIAN:
        add(f"{rng.choice(TITLES)} {short(n)}", n, 1, "words", "title added, patronymic missing")
        parts = short(n).split()
        add(f"{parts[1]} {parts[0]}", n, 1, "words", "surname first")
    for n, _, _ in KOREAN[:8]:
        add(f"{rng.choice(TITLES)} {n}", n, 1, "words", "title added")
    for name, _, _ in COMPANIES:
        words = name.split()
        swaps = [i for i, w in enumerate(words) if w in WORD_SWAPS]
        if swaps:
            i = swaps[0]
            swapped = [*words[:i], WORD_SWAPS[words[i]], *words[i + 1:]]
            add(" ".join(swapped), name, 0, "words", "one distinctive word swapped")
        add(f"{name} International", name, 1, "words", "a generic word added")
    for body in STATE_BODIES_FREE:
        add(body, rng.choice(DPRK_LISTED_BODIES), 0, "words", "DPRK state body that is not designated")
    add("Ministry of Culture", "Ministry of People's Armed Forces", 0, "words", "another ministry")
    add("Reconnaissance Bureau", "Reconnaissance General Bureau", 1, "words", "a word missing")
    # initials and numbers
    for n, _ in RUSSIAN:
        first, middle, last = n.split()
        add(f"{first[0]}. {middle[0]}. {last}", n, 1, "initials numbers", "initials")
        add(f"{first[0]}. {last}", n, 1, "initials numbers", "initial")
    for (a, _), (b, _) in zip(RUSSIAN[::2], RUSSIAN[1::2], strict=False):
        add(f"{a.split()[0][0]}. {b.split()[-1]}", a, 0, "initials numbers", "initial of another person")
    for name, number in FUNDS:
        add(f"{name} {ROMAN[number]}", f"{name} {number}", 1, "initials numbers", "roman numeral")
        add(f"{name} {WORDS[number]}", f"{name} {number}", 1, "initials numbers", "number in words")
        add(f"{name} {number + 1}", f"{name} {number}", 0, "initials numbers", "another fund of the series")
        add(f"{name} {ROMAN[number + 1]}", f"{name} {number}", 0, "initials numbers", "another fund, roman")
    add("Office Thirty-Nine", "Office 39|Bureau 39", 1, "initials numbers", "number in words")
    add("Office 38", "Office 39|Bureau 39", 0, "initials numbers", "another office")
    add("Bureau No. 121", "Bureau 121", 1, "initials numbers", "number sign")
    add("Unit 180", "Unit 121", 0, "initials numbers", "another unit")
    # scripts
    for n, cyrillic in RUSSIAN:
        words = cyrillic.split()
        add(f"{words[0]} {words[-1]}", n, 1, "scripts", "Cyrillic, no patronymic")
    for _n, cyrillic in RUSSIAN_FREE:
        add(cyrillic, rng.choice([short(r) for r, _ in RUSSIAN]), 0, "scripts", "common Russian name, Cyrillic")
    for n, hanzi in CHINESE:
        add(hanzi, n, 1, "scripts", "Chinese characters")
    for _n, hanzi in CHINESE_FREE:
        add(hanzi, rng.choice([c for c, _ in CHINESE[:18]]), 0, "scripts", "common Chinese name, characters")
    for n, arabic in ARABIC:
        add(arabic, f"{n}|{arabic}", 1, "scripts", "Arabic, as the list carries it")
    for (_n, arabic), (m, other) in zip(ARABIC, ARABIC[1:] + ARABIC[:1], strict=True):
        add(arabic, f"{m}|{other}", 0, "scripts", "Arabic, another person")
    for n, _, hangul in KOREAN:
        add(hangul, n, 1, "scripts", "Hangul")
    # Korean romanisation
    for n, spellings, _ in KOREAN:
        for s in spellings:
            add(s, n, 1, "korean", "another romanisation")
    for a, b in KOREAN_COLLIDING:
        add(a, b, 0, "korean", "given syllables that fold alike but differ")
    for listing, others in KOREAN_OTHER.items():
        for other in others:
            add(other, listing, 0, "korean", "another given syllable")
    seen: set[tuple[str, str]] = set()
    unique = []
    for row in out:
        key = (row["query"], row["listed"])
        if key not in seen and row["query"] != row["listed"].split("|")[0]:
            seen.add(key)
            unique.append(row)
    entities = [c for c, _, _ in COMPANIES] + [f for f, _ in FUNDS] + DPRK_LISTED_BODIES + \
        ["Office", "Bureau", "Unit", "Reconnaissance"]
    for row in unique:
        row["split"] = "tune" if rng.random() < 0.5 else "test"
        row["kind"] = "entity" if any(row["listed"].startswith(e.split()[0]) for e in entities) else "person"
    return unique


def main() -> None:
    data = rows()
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        handle.write("# Labelled screening pairs; written by benchmarks/screen_pairs.py, whose docstring states the "
                     "sources.\n")
        writer = csv.DictWriter(handle, fieldnames=["query", "listed", "kind", "label", "class", "split", "note"])
        writer.writeheader()
        writer.writerows(data)
    print(f"{len(data)} pairs -> {OUT}")


if __name__ == "__main__":
    main()
