#!/usr/bin/env python3
"""Builds src/main/resources/directory/authorities.csv, Vigil's starting directory of authorities.

Run from the repository root:  python3 scripts/directory/build_directory.py

The table below is written by hand: for each state the organisation works on (the states of the
shipped law data on its routes, where people are held or fear return to), the head of state or government and the ministers of the
interior or public security, justice and foreign affairs, and the permanent mission in Geneva.
Every entry ships unverified (no checked_by / checked_on): an administrator checks it against an
official source and presses "Verify". A contact channel is listed only where a stored public source
gives it; its as-of date is the date of that source and its source names it. No email address or
fax number is listed: none was found in a stored source, and a guessed one would send appeals to
the wrong place. Officials' own names are given only where a stored source names them (China);
elsewhere the entry is the office, which outlives its holder. See SOURCES.md beside the data.

Ids are derived from the state and the office (UUID version 5), so that a rebuilt file keeps them
and an import of it changes the entries it already made instead of adding new ones.
"""
import csv
import io
import pathlib
import uuid

OUT = pathlib.Path(__file__).resolve().parents[2] / "src/main/resources/directory/authorities.csv"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://vigil.invalid/directory")

CHANNELS = ["postal", "fax", "email", "web_form"]
FORM_LANGUAGES = ["en", "ko", "zh"]
HEADER = (["id", "country", "kind", "name", "title", "body", "host_country", "languages"]
          + [c + suffix for c in CHANNELS for suffix in ("", "_as_of", "_source")]
          + ["checked_by", "checked_on", "retired"]
          + [p + "_" + lang for lang in FORM_LANGUAGES for p in ("salutation", "address_line")])

# Forms of address by kind, in English, Korean and Chinese: (salutation, address line). {office_ko}
# and {office_zh} are the office's name in Korean and Chinese ("대통령", "总统").
HEAD = {
    "en": ("Your Excellency,", "H.E. the {title}"),
    "ko": ("존경하는 {office_ko} 각하", "{office_ko} 각하"),
    "zh": ("尊敬的{office_zh}阁下：", "{office_zh}阁下"),
}
MINISTER = {
    "en": ("Your Excellency,", "H.E. the {title}"),
    "ko": ("존경하는 {office_ko}님께", "{office_ko}님"),
    "zh": ("尊敬的{office_zh}阁下：", "{office_zh}阁下"),
}
MISSION = {
    "en": ("Excellency,", "H.E. the Ambassador and Permanent Representative"),
    "ko": ("존경하는 대사님께", "주제네바 대표부 대사님"),
    "zh": ("尊敬的大使阁下：", "常驻日内瓦代表团大使阁下"),
}
OFFICIAL = {
    "en": ("Dear Sir or Madam,", None),
    "ko": ("관계자 여러분께", None),
    "zh": ("尊敬的负责人：", None),
}

PEOPLE_2012_MPS = "People's Daily Online, 'The Ministry of Public Security of the People's Republic of China', en.people.cn/102759/7899743.html (2012-08-06); cfguide.cn gives the same street and postcode"
PEOPLE_2012_MFA = "People's Daily Online, 'Ministry of Foreign Affairs of the People's Republic of China', en.people.cn/102759/205143/7832550.html (2012-05-31); Wikipedia cites the ministry's site for the same address"
ZHONGNANHAI = "The address the organisation's urgent appeals to the President use; the General Office's seat (West Building, Zhongnanhai, Beijing) per Wikipedia's article on the General Office"


def entry(country, kind, title, office_ko, office_zh, languages, body=None, name=None, forms=None, postal=None,
          host=None, zh_line=None, ko_line=None, salutations=None):
    return dict(country=country, kind=kind, title=title, office_ko=office_ko, office_zh=office_zh, languages=languages,
                body=body, name=name, forms=forms, postal=postal, host=host, zh_line=zh_line, ko_line=ko_line,
                salutations=salutations or {})


def state(country, languages, head, interior=None, justice=None, foreign="Minister of Foreign Affairs",
          mission=True, government=None, extra=()):
    """head: (kind, title, office_ko, office_zh[, forms]); interior/justice: (kind, title, office_ko, office_zh)."""
    rows = []
    kind, title, ko, zh, *forms = head
    rows.append(entry(country, kind, title, ko, zh, languages, forms=forms[0] if forms else HEAD))
    if government:
        kind, title, ko, zh = government
        rows.append(entry(country, kind, title, ko, zh, languages, forms=HEAD))
    for office in (interior, justice):
        if office:
            kind, title, ko, zh = office
            rows.append(entry(country, kind, title, ko, zh, languages, forms=MINISTER))
    if foreign:
        rows.append(entry(country, "MINISTRY_OF_FOREIGN_AFFAIRS", foreign, "외교부 장관", "外交部长", languages, forms=MINISTER))
    if mission:
        rows.append(entry(country, "PERMANENT_MISSION_GENEVA", "Permanent Representative to the United Nations Office at Geneva",
                          "주제네바 대표부 대사", "常驻日内瓦代表", languages, forms=MISSION, host="CH"))
    rows.extend(extra)
    return rows


INTERIOR = ("MINISTRY_OF_INTERIOR", "Minister of the Interior", "내무부 장관", "内政部长")
HOME = ("MINISTRY_OF_INTERIOR", "Minister of Home Affairs", "내무부 장관", "内政部长")
JUSTICE = ("MINISTRY_OF_JUSTICE", "Minister of Justice", "법무부 장관", "司法部长")
PUBLIC_SECURITY = ("MINISTRY_OF_PUBLIC_SECURITY", "Minister of Public Security", "공안부 장관", "公安部长")


def president(of):
    return ("HEAD_OF_STATE", "President of " + of, "대통령", "总统")


def prime_minister(of, zh="总理"):
    return ("HEAD_OF_GOVERNMENT", "Prime Minister of " + of, "총리", zh)


CHINA = [
    entry("CN", "HEAD_OF_STATE", "President of the People's Republic of China", "주석", "主席", ["zh", "en"], name="Xi Jinping",
          body="General Office of the Central Committee of the Communist Party of China", forms=HEAD,
          postal=("Zhongnanhai\nXicheng District\nBeijing 100017\nPeople's Republic of China", "2026-12-01", ZHONGNANHAI),
          salutations={"en": ("Your Excellency,", "H.E. Mr Xi Jinping"), "ko": ("존경하는 시진핑 주석 각하", "시진핑 주석 각하"),
                       "zh": ("尊敬的习近平主席阁下：", "中华人民共和国主席 习近平 阁下")}),
    entry("CN", "MINISTRY_OF_PUBLIC_SECURITY", "Minister of Public Security", "공안부 부장", "公安部部长", ["zh", "en"],
          name="Wang Xiaohong", body="Ministry of Public Security of the People's Republic of China", forms=MINISTER,
          postal=("14 Dong Chang'an Street\nDongcheng District\nBeijing 100741\nPeople's Republic of China", "2012-08-06", PEOPLE_2012_MPS),
          salutations={"en": ("Your Excellency,", "H.E. Mr Wang Xiaohong"), "ko": ("존경하는 왕샤오훙 공안부장님께", "왕샤오훙 공안부장님"),
                       "zh": ("尊敬的王小洪部长阁下：", "中华人民共和国公安部部长 王小洪 阁下")}),
    entry("CN", "MINISTRY_OF_JUSTICE", "Minister of Justice", "사법부 부장", "司法部部长", ["zh", "en"],
          body="Ministry of Justice of the People's Republic of China", forms=MINISTER),
    entry("CN", "MINISTRY_OF_FOREIGN_AFFAIRS", "Minister of Foreign Affairs", "외교부 부장", "外交部部长", ["zh", "en"], name="Wang Yi",
          body="Ministry of Foreign Affairs of the People's Republic of China", forms=MINISTER,
          postal=("2 Chaoyangmen Nandajie\nChaoyang District\nBeijing 100701\nPeople's Republic of China", "2012-05-31", PEOPLE_2012_MFA),
          salutations={"en": ("Your Excellency,", "H.E. Mr Wang Yi"), "ko": ("존경하는 왕이 외교부장님께", "왕이 외교부장님"),
                       "zh": ("尊敬的王毅部长阁下：", "中华人民共和国外交部部长 王毅 阁下")}),
    entry("CN", "PERMANENT_MISSION_GENEVA", "Permanent Representative to the United Nations Office at Geneva", "주제네바 대표부 대사",
          "常驻日内瓦代表", ["zh", "en"], host="CH", forms=MISSION,
          body="Permanent Mission of the People's Republic of China to the United Nations Office at Geneva and Other International Organizations in Switzerland"),
]

MAJESTY = {
    "en": ("Your Majesty,", "His Majesty the {title}"),
    "ko": ("존경하는 {office_ko} 폐하", "{office_ko} 폐하"),
    "zh": ("尊敬的{office_zh}陛下：", "{office_zh}陛下"),
}

# The other states on the organisation's routes (where people are held, or where they fear being
# returned to), all in the shipped law data: offices only, no names, no channels, all unverified.
# Where who governs is contested (Libya, Sudan, Yemen, Syria's transition), the title says whose
# office it is, as for Myanmar and Afghanistan above.
ROUTE_STATES = \
    state("AE", ["ar", "en"], president("the United Arab Emirates"), interior=INTERIOR, justice=JUSTICE) + \
    state("EG", ["ar", "en"], president("the Arab Republic of Egypt"), interior=INTERIOR, justice=JUSTICE) + \
    state("PK", ["ur", "en"], president("the Islamic Republic of Pakistan"), government=prime_minister("the Islamic Republic of Pakistan"),
          interior=("MINISTRY_OF_INTERIOR", "Minister for Interior", "내무부 장관", "内政部长"),
          justice=("MINISTRY_OF_JUSTICE", "Minister for Law and Justice", "법무부 장관", "法律和司法部长"),
          foreign="Minister for Foreign Affairs") + \
    state("LB", ["ar", "fr", "en"], president("the Lebanese Republic"), government=prime_minister("Lebanon"),
          interior=("MINISTRY_OF_INTERIOR", "Minister of Interior and Municipalities", "내무지방자치부 장관", "内政与市政部长"),
          justice=JUSTICE, foreign="Minister of Foreign Affairs and Emigrants") + \
    state("SY", ["ar", "en"], ("HEAD_OF_STATE", "President of the Syrian Arab Republic (the transitional authorities)", "과도 당국 대통령", "过渡当局总统"),
          interior=INTERIOR, justice=JUSTICE, foreign="Minister of Foreign Affairs and Expatriates") + \
    state("JO", ["ar", "en"], ("HEAD_OF_STATE", "King of the Hashemite Kingdom of Jordan", "국왕", "国王", MAJESTY),
          government=prime_minister("the Hashemite Kingdom of Jordan", zh="首相"), interior=INTERIOR, justice=JUSTICE,
          foreign="Minister of Foreign Affairs and Expatriates") + \
    state("SA", ["ar", "en"], ("HEAD_OF_STATE", "King of Saudi Arabia, Custodian of the Two Holy Mosques", "국왕", "国王", MAJESTY),
          government=("HEAD_OF_GOVERNMENT", "Crown Prince and Prime Minister of Saudi Arabia", "왕세자 겸 총리", "王储兼首相"),
          interior=INTERIOR, justice=JUSTICE) + \
    state("YE", ["ar", "en"], ("HEAD_OF_STATE", "Chairman of the Presidential Leadership Council of the Republic of Yemen (the internationally recognised government)",
                               "대통령지도위원회 의장", "总统领导委员会主席"), interior=INTERIOR, justice=JUSTICE,
          foreign="Minister of Foreign Affairs and Expatriates") + \
    state("LY", ["ar", "en"], ("HEAD_OF_STATE", "President of the Presidential Council of Libya (Tripoli)", "대통령위원회 의장", "总统委员会主席"),
          government=("HEAD_OF_GOVERNMENT", "Prime Minister of the Government of National Unity of Libya (Tripoli)", "국민통합정부 총리", "民族团结政府总理"),
          interior=("MINISTRY_OF_INTERIOR", "Minister of Interior of the Government of National Unity", "국민통합정부 내무부 장관", "民族团结政府内政部长"),
          justice=("MINISTRY_OF_JUSTICE", "Minister of Justice of the Government of National Unity", "국민통합정부 법무부 장관", "民族团结政府司法部长"),
          foreign="Minister of Foreign Affairs of the Government of National Unity") + \
    state("SD", ["ar", "en"], ("HEAD_OF_STATE", "Chairman of the Transitional Sovereignty Council of Sudan (the military authorities)", "과도주권위원회 의장", "过渡主权委员会主席"),
          interior=INTERIOR, justice=JUSTICE) + \
    state("ET", ["am", "en"], president("the Federal Democratic Republic of Ethiopia"),
          government=prime_minister("the Federal Democratic Republic of Ethiopia"), justice=JUSTICE) + \
    state("TZ", ["sw", "en"], president("the United Republic of Tanzania"), interior=HOME,
          justice=("MINISTRY_OF_JUSTICE", "Minister of Constitutional and Legal Affairs", "헌법법무부 장관", "宪法和法律事务部长"),
          foreign="Minister of Foreign Affairs and East African Cooperation") + \
    state("BI", ["rn", "fr", "en"], president("the Republic of Burundi"),
          interior=("MINISTRY_OF_INTERIOR", "Minister of the Interior, Community Development and Public Security", "내무공공안전부 장관", "内政、社区发展和公共安全部长"),
          justice=JUSTICE) + \
    state("IN", ["hi", "en"], president("the Republic of India"), government=prime_minister("the Republic of India"), interior=HOME,
          justice=("MINISTRY_OF_JUSTICE", "Minister of Law and Justice", "법무부 장관", "法律和司法部长"),
          foreign="Minister of External Affairs") + \
    state("BD", ["bn", "en"], president("the People's Republic of Bangladesh"), interior=HOME,
          justice=("MINISTRY_OF_JUSTICE", "Minister of Law, Justice and Parliamentary Affairs", "법무의회부 장관", "法律、司法和议会事务部长")) + \
    state("NP", ["ne", "en"], president("Nepal"), government=prime_minister("Nepal"), interior=HOME,
          justice=("MINISTRY_OF_JUSTICE", "Minister of Law, Justice and Parliamentary Affairs", "법무의회부 장관", "法律、司法和议会事务部长")) + \
    state("KZ", ["kk", "ru", "en"], president("the Republic of Kazakhstan"),
          interior=("MINISTRY_OF_INTERIOR", "Minister of Internal Affairs", "내무부 장관", "内务部长"), justice=JUSTICE) + \
    state("KG", ["ky", "ru", "en"], president("the Kyrgyz Republic"),
          interior=("MINISTRY_OF_INTERIOR", "Minister of Internal Affairs", "내무부 장관", "内务部长"), justice=JUSTICE) + \
    state("UZ", ["uz", "ru", "en"], president("the Republic of Uzbekistan"),
          interior=("MINISTRY_OF_INTERIOR", "Minister of Internal Affairs", "내무부 장관", "内务部长"), justice=JUSTICE) + \
    state("GR", ["el", "en"], president("the Hellenic Republic"), government=prime_minister("the Hellenic Republic"),
          interior=("MINISTRY_OF_PUBLIC_SECURITY", "Minister of Citizen Protection", "시민보호부 장관", "公民保护部长"), justice=JUSTICE,
          extra=[entry("GR", "OTHER", "Minister of Migration and Asylum", "이민망명부 장관", "移民和庇护部长", ["el", "en"], forms=MINISTER)]) + \
    state("MX", ["es", "en"], president("the United Mexican States"),
          interior=("MINISTRY_OF_INTERIOR", "Secretary of the Interior", "내무부 장관", "内政部长"),
          justice=("MINISTRY_OF_PUBLIC_SECURITY", "Secretary of Security and Citizen Protection", "안보시민보호부 장관", "安全和公民保护部长"),
          foreign="Secretary of Foreign Affairs",
          extra=[entry("MX", "DETENTION_AUTHORITY", "Commissioner of the National Migration Institute", "국립이민청장", "国家移民局局长", ["es", "en"],
                       body="National Migration Institute (Instituto Nacional de Migración)", forms=MINISTER)]) + \
    state("HN", ["es", "en"], president("the Republic of Honduras"),
          interior=("MINISTRY_OF_INTERIOR", "Secretary of the Interior, Justice and Decentralisation", "내무법무분권부 장관", "内政、司法和权力下放部长"),
          justice=("MINISTRY_OF_PUBLIC_SECURITY", "Secretary of Security", "안보부 장관", "安全部长"),
          foreign="Secretary of Foreign Affairs and International Cooperation")

STATES = CHINA + \
    state("KP", ["ko", "en"], ("HEAD_OF_STATE", "President of the State Affairs of the Democratic People's Republic of Korea", "국무위원장", "国务委员长"),
          interior=("MINISTRY_OF_PUBLIC_SECURITY", "Minister of Social Security", "사회안전상", "社会安全相")) + \
    state("KR", ["ko", "en"], president("the Republic of Korea"),
          interior=("MINISTRY_OF_INTERIOR", "Minister of the Interior and Safety", "행정안전부 장관", "行政安全部长官"),
          justice=("MINISTRY_OF_JUSTICE", "Minister of Justice", "법무부 장관", "法务部长官"),
          foreign="Minister of Foreign Affairs") + \
    state("JP", ["ja", "en"], prime_minister("Japan", zh="首相"), justice=JUSTICE, foreign="Minister for Foreign Affairs") + \
    state("RU", ["ru", "en"], president("the Russian Federation"),
          interior=("MINISTRY_OF_INTERIOR", "Minister of Internal Affairs", "내무부 장관", "内务部长"), justice=JUSTICE) + \
    state("MN", ["mn", "en"], president("Mongolia"),
          justice=("MINISTRY_OF_JUSTICE", "Minister of Justice and Home Affairs", "법무내무부 장관", "司法与内务部长")) + \
    state("VN", ["vi", "en"], president("the Socialist Republic of Viet Nam", ), interior=PUBLIC_SECURITY, justice=JUSTICE) + \
    state("LA", ["lo", "en"], president("the Lao People's Democratic Republic"), interior=PUBLIC_SECURITY, justice=JUSTICE) + \
    state("TH", ["th", "en"], prime_minister("Thailand"), interior=INTERIOR, justice=JUSTICE,
          extra=[entry("TH", "POLICE", "Commissioner-General of the Royal Thai Police", "왕립 태국 경찰청장", "泰国皇家警察总监", ["th", "en"],
                       body="Royal Thai Police", forms=MINISTER)]) + \
    state("KH", ["km", "en"], prime_minister("the Kingdom of Cambodia", zh="首相"), interior=INTERIOR, justice=JUSTICE,
          foreign="Minister of Foreign Affairs and International Cooperation") + \
    state("MM", ["my", "en"], ("HEAD_OF_STATE", "Head of State of Myanmar (the military authorities)", "국가원수", "国家元首"),
          interior=HOME) + \
    state("MY", ["ms", "en"], prime_minister("Malaysia", zh="首相"), interior=HOME,
          justice=("MINISTRY_OF_JUSTICE", "Minister in the Prime Minister's Department (Law and Institutional Reform)", "총리실 법무 장관", "首相署法律与体制改革部长")) + \
    state("ID", ["id", "en"], president("the Republic of Indonesia"), interior=HOME,
          justice=("MINISTRY_OF_JUSTICE", "Minister of Law", "법무부 장관", "法律部长")) + \
    state("PH", ["en", "tl"], president("the Republic of the Philippines"),
          interior=("MINISTRY_OF_INTERIOR", "Secretary of the Interior and Local Government", "내무지방자치부 장관", "内政与地方政府部长"),
          justice=("MINISTRY_OF_JUSTICE", "Secretary of Justice", "법무부 장관", "司法部长"), foreign="Secretary of Foreign Affairs") + \
    state("TR", ["tr", "en"], president("the Republic of Türkiye"), interior=INTERIOR, justice=JUSTICE) + \
    state("IR", ["fa", "en"], ("HEAD_OF_STATE", "Supreme Leader of the Islamic Republic of Iran", "최고지도자", "最高领袖"),
          government=("HEAD_OF_GOVERNMENT", "President of the Islamic Republic of Iran", "대통령", "总统"),
          interior=INTERIOR, justice=("MINISTRY_OF_JUSTICE", "Head of the Judiciary", "사법부 수장", "司法总监")) + \
    state("AF", ["ps", "fa", "en"], ("HEAD_OF_STATE", "Leader of the Taliban de facto authorities of Afghanistan", "탈레반 사실상 당국 최고지도자", "塔利班事实上当局最高领导人"),
          interior=("MINISTRY_OF_INTERIOR", "Minister of Interior of the de facto authorities", "사실상 당국 내무부 장관", "事实上当局内政部长"),
          justice=("MINISTRY_OF_JUSTICE", "Minister of Justice of the de facto authorities", "사실상 당국 법무부 장관", "事实上当局司法部长"),
          foreign="Minister of Foreign Affairs of the de facto authorities", mission=False) + \
    state("ER", ["ti", "ar", "en"], president("the State of Eritrea"), justice=JUSTICE) + \
    ROUTE_STATES


def forms_of(e):
    values = {}
    for lang in FORM_LANGUAGES:
        if lang in e["salutations"]:
            values[lang] = e["salutations"][lang]
            continue
        salutation, line = e["forms"][lang]
        fill = dict(title=e["title"], office_ko=e["office_ko"], office_zh=e["office_zh"])
        values[lang] = (salutation.format(**fill), None if line is None else line.format(**fill))
    return values


def rows():
    seen = set()
    for e in STATES:
        key = e["country"] + ":" + e["kind"] + ":" + e["title"]
        assert key not in seen, key
        seen.add(key)
        row = dict.fromkeys(HEADER, "")
        row.update(id=str(uuid.uuid5(NAMESPACE, key)), country=e["country"], kind=e["kind"], name=e["name"] or "",
                   title=e["title"], body=e["body"] or "", host_country=e["host"] or "", languages=";".join(e["languages"]))
        if e["postal"]:
            row["postal"], row["postal_as_of"], row["postal_source"] = e["postal"]
        for lang, (salutation, line) in forms_of(e).items():
            row["salutation_" + lang] = salutation
            row["address_line_" + lang] = line or ""
        yield row


def main():
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=HEADER, lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for row in rows():
        writer.writerow(row)
        count += 1
    OUT.write_text(out.getvalue(), encoding="utf-8")
    print(f"Wrote {OUT} ({count} entries)")


if __name__ == "__main__":
    main()
