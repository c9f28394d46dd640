#!/usr/bin/env python3
"""Builds src/main/resources/directory/authorities.csv, Vigil's starting directory of authorities.

Run from the repository root:  python3 scripts/directory/build_directory.py

The table below is written by hand: for every state of the shipped law data (law/states.tsv), the
office that leads its executive (head of state, or of government; SOURCES.md says the rule), the
ministers of the interior or public security, justice and foreign affairs, and the permanent mission
in Geneva, where the state has each. It prints the states that lack one of them, for SOURCES.md.
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
OBSERVER = {
    "en": ("Excellency,", "H.E. the Permanent Observer"),
    "ko": ("존경하는 대사님께", "주제네바 상주옵서버 대사님"),
    "zh": ("尊敬的观察员阁下：", "常驻日内瓦观察员阁下"),
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
          mission=True, government=None, extra=(), minister_zh="部长"):
    """head: (kind, title, office_ko, office_zh[, forms]); interior/justice: (kind, title, office_ko, office_zh);
    foreign: a title (the office then named 외교부 장관, 外交部长) or (title, office_ko, office_zh); mission: True,
    False (none shipped) or the title of an observer; minister_zh: "大臣" where Chinese names the state's
    ministers so (the monarchies of Europe and Arabia, Japan's neighbours' kingdoms)."""
    languages = languages.split() if isinstance(languages, str) else languages
    rows = []
    kind, title, ko, zh, *forms = head
    rows.append(entry(country, kind, title, ko, zh, languages, forms=forms[0] if forms else HEAD))
    if government:
        kind, title, ko, zh = government
        rows.append(entry(country, kind, title, ko, zh, languages, forms=HEAD))
    if isinstance(foreign, str):
        foreign = (foreign, "외교부 장관", "外交部长")
    ministries = [interior, justice, ("MINISTRY_OF_FOREIGN_AFFAIRS", *foreign) if foreign else None]
    for office in ministries:
        if office:
            kind, title, ko, zh = office
            zh = zh[:-2] + minister_zh if zh.endswith("部长") else zh
            rows.append(entry(country, kind, title, ko, zh, languages, forms=MINISTER))
    if isinstance(mission, str):
        rows.append(entry(country, "PERMANENT_MISSION_GENEVA", mission, "주제네바 상주옵서버", "常驻日内瓦观察员", languages,
                          forms=OBSERVER, host="CH"))
    elif mission:
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

HIGHNESS = {
    "en": ("Your Highness,", "His Highness the {title}"),
    "ko": ("존경하는 {office_ko} 전하", "{office_ko} 전하"),
    "zh": ("尊敬的{office_zh}殿下：", "{office_zh}殿下"),
}
SERENE_HIGHNESS = {
    "en": ("Your Serene Highness,", "His Serene Highness the {title}"),
    "ko": ("존경하는 {office_ko} 전하", "{office_ko} 전하"),
    "zh": ("尊敬的{office_zh}殿下：", "{office_zh}殿下"),
}
HOLINESS = {
    "en": ("Your Holiness,", "His Holiness the Pope"),
    "ko": ("존경하는 교황 성하", "교황 성하"),
    "zh": ("尊敬的教宗陛下：", "教宗陛下"),
}
# Offices held by more than one person at once (San Marino's two Captains Regent, Nicaragua's co-presidents).
EXCELLENCIES = {
    "en": ("Your Excellencies,", "Their Excellencies the {title}"),
    "ko": ("존경하는 {office_ko} 각하", "{office_ko} 각하"),
    "zh": ("尊敬的{office_zh}阁下：", "{office_zh}阁下"),
}


def head(title, ko, zh, forms=HEAD, kind="HEAD_OF_STATE"):
    return (kind, title, ko, zh, forms)


def government(title, ko="총리", zh="总理"):
    return ("HEAD_OF_GOVERNMENT", title, ko, zh)


def king(title, ko="국왕", zh="国王", forms=MAJESTY):
    return ("HEAD_OF_STATE", title, ko, zh, forms)


def military(of):
    """A head of state who took power by force and whose rule is contested (the title says so, as for Myanmar)."""
    return ("HEAD_OF_STATE", f"Head of State of {of} (the military authorities)", "국가원수", "国家元首")


def interior(title="Minister of the Interior", ko="내무부 장관", zh="内政部长"):
    return ("MINISTRY_OF_INTERIOR", title, ko, zh)


def security(title, ko, zh):
    return ("MINISTRY_OF_PUBLIC_SECURITY", title, ko, zh)


def justice(title="Minister of Justice", ko="법무부 장관", zh="司法部长"):
    return ("MINISTRY_OF_JUSTICE", title, ko, zh)


INTERNAL = interior("Minister of Internal Affairs", zh="内务部长")
NATIONAL_SECURITY = security("Minister of National Security", "국가안보부 장관", "国家安全部长")
ATTORNEY_GENERAL = justice("Attorney General", "법무장관", "总检察长")
ATTORNEY_GENERAL_HYPHEN = justice("Attorney-General", "법무장관", "总检察长")
JUSTICE_AND_HUMAN_RIGHTS = justice("Minister of Justice and Human Rights", "법무인권부 장관", "司法和人权部长")
JUSTICE_AND_PUBLIC_SECURITY = justice("Minister of Justice and Public Security", "법무공공안전부 장관", "司法和公共安全部长")
SECURITY_AND_CIVIL_PROTECTION = security("Minister of Security and Civil Protection", "안보민방위부 장관", "安全和民防部长")
PUBLIC_SECURITY_MINISTER = security("Minister of Public Security", "공공안전부 장관", "公共安全部长")
FOREIGN_AND_EUROPEAN = ("Minister of Foreign and European Affairs", "외교유럽부 장관", "外交和欧洲事务部长")
EXTERNAL_RELATIONS = ("Minister of External Relations", "대외관계부 장관", "对外关系部长")
# In Chinese the prime minister of a kingdom is 首相 (of a republic or a Commonwealth realm overseas 总理),
# and the ministers of the European and Arabian kingdoms are 大臣: minister_zh=MONARCHY.
MONARCHY = "大臣"


# The other states on the organisation's routes (where people are held, or where they fear being
# returned to), all in the shipped law data: offices only, no names, no channels, all unverified.
# Where who governs is contested (Libya, Sudan, Yemen, Syria's transition), the title says whose
# office it is, as for Myanmar and Afghanistan above.
ROUTE_STATES = \
    state("AE", ["ar", "en"], president("the United Arab Emirates"), interior=INTERIOR, justice=JUSTICE) + \
    state("EG", ["ar", "en"], president("the Arab Republic of Egypt"), interior=INTERIOR, justice=JUSTICE) + \
    state("PK", ["ur", "en"], prime_minister("the Islamic Republic of Pakistan"),
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
          foreign="Minister of Foreign Affairs and Expatriates", minister_zh=MONARCHY) + \
    state("SA", ["ar", "en"], ("HEAD_OF_STATE", "King of Saudi Arabia, Custodian of the Two Holy Mosques", "국왕", "国王", MAJESTY),
          government=("HEAD_OF_GOVERNMENT", "Crown Prince and Prime Minister of Saudi Arabia", "왕세자 겸 총리", "王储兼首相"),
          interior=INTERIOR, justice=JUSTICE, minister_zh=MONARCHY) + \
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
    state("ET", ["am", "en"], prime_minister("the Federal Democratic Republic of Ethiopia"), justice=JUSTICE) + \
    state("TZ", ["sw", "en"], president("the United Republic of Tanzania"), interior=HOME,
          justice=("MINISTRY_OF_JUSTICE", "Minister of Constitutional and Legal Affairs", "헌법법무부 장관", "宪法和法律事务部长"),
          foreign="Minister of Foreign Affairs and East African Cooperation") + \
    state("BI", ["rn", "fr", "en"], president("the Republic of Burundi"),
          interior=("MINISTRY_OF_INTERIOR", "Minister of the Interior, Community Development and Public Security", "내무공공안전부 장관", "内政、社区发展和公共安全部长"),
          justice=JUSTICE) + \
    state("IN", ["hi", "en"], prime_minister("the Republic of India"), interior=HOME,
          justice=("MINISTRY_OF_JUSTICE", "Minister of Law and Justice", "법무부 장관", "法律和司法部长"),
          foreign="Minister of External Affairs") + \
    state("BD", ["bn", "en"], prime_minister("the People's Republic of Bangladesh"), interior=HOME,
          justice=("MINISTRY_OF_JUSTICE", "Minister of Law, Justice and Parliamentary Affairs", "법무의회부 장관", "法律、司法和议会事务部长")) + \
    state("NP", ["ne", "en"], prime_minister("Nepal"), interior=HOME,
          justice=("MINISTRY_OF_JUSTICE", "Minister of Law, Justice and Parliamentary Affairs", "법무의회부 장관", "法律、司法和议会事务部长")) + \
    state("KZ", ["kk", "ru", "en"], president("the Republic of Kazakhstan"),
          interior=("MINISTRY_OF_INTERIOR", "Minister of Internal Affairs", "내무부 장관", "内务部长"), justice=JUSTICE) + \
    state("KG", ["ky", "ru", "en"], president("the Kyrgyz Republic"),
          interior=("MINISTRY_OF_INTERIOR", "Minister of Internal Affairs", "내무부 장관", "内务部长"), justice=JUSTICE) + \
    state("UZ", ["uz", "ru", "en"], president("the Republic of Uzbekistan"),
          interior=("MINISTRY_OF_INTERIOR", "Minister of Internal Affairs", "내무부 장관", "内务部长"), justice=JUSTICE) + \
    state("GR", ["el", "en"], prime_minister("the Hellenic Republic"),
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


# The other states of the shipped law data, by region: offices only, no names, no channels, all unverified.
# One addressee per state, the office that leads the executive (SOURCES.md, "Who is addressed"): the
# president in presidential republics and where the president directs the government; the prime
# minister (HEAD_OF_GOVERNMENT, no head-of-state entry) in parliamentary republics and in monarchies whose
# monarch acts on the government's advice; the monarch where the monarch governs. interior=None where
# the state has no ministry of the interior, home affairs or public security, or where the one so named
# has neither police nor migration (SOURCES.md lists them); mission=False where we do not know of a
# permanent mission in Geneva, or its seat is disputed.
EUROPE = \
    state("GB", "en", government("Prime Minister of the United Kingdom of Great Britain and Northern Ireland", zh="首相"),
          interior=interior("Secretary of State for the Home Department", "내무장관", "内政大臣"),
          justice=justice("Secretary of State for Justice", "법무장관", "司法大臣"),
          foreign=("Secretary of State for Foreign, Commonwealth and Development Affairs", "외무장관", "外交大臣")) + \
    state("IE", "en ga", government("Taoiseach"), justice=justice("Minister for Justice"), foreign="Minister for Foreign Affairs") + \
    state("FR", "fr en", president("the French Republic"), interior=INTERIOR,
          justice=justice("Keeper of the Seals, Minister of Justice"),
          foreign=("Minister for Europe and Foreign Affairs", "유럽외교부 장관", "欧洲和外交部长")) + \
    state("BE", "nl fr de en", prime_minister("Belgium", zh="首相"), interior=INTERIOR, justice=JUSTICE, minister_zh=MONARCHY) + \
    state("NL", "nl en", prime_minister("the Netherlands", zh="首相"),
          justice=justice("Minister of Justice and Security", "법무안보부 장관", "司法和安全部长"), minister_zh=MONARCHY) + \
    state("LU", "lb fr de en", prime_minister("the Grand Duchy of Luxembourg", zh="首相"), interior=HOME, justice=JUSTICE,
          foreign=FOREIGN_AND_EUROPEAN, minister_zh=MONARCHY) + \
    state("DE", "de en", government("Federal Chancellor of the Federal Republic of Germany", "연방총리", "联邦总理"),
          interior=interior("Federal Minister of the Interior", "연방내무부 장관", "联邦内政部长"),
          justice=justice("Federal Minister of Justice", "연방법무부 장관", "联邦司法部长"),
          foreign=("Federal Minister for Foreign Affairs", "연방외교부 장관", "联邦外交部长")) + \
    state("AT", "de en", government("Federal Chancellor of the Republic of Austria", "연방총리", "联邦总理"),
          interior=interior("Federal Minister of the Interior", "연방내무부 장관", "联邦内政部长"),
          justice=justice("Federal Minister of Justice", "연방법무부 장관", "联邦司法部长"),
          foreign=("Federal Minister for European and International Affairs", "연방유럽국제부 장관", "联邦欧洲和国际事务部长")) + \
    state("CH", "de fr it en", head("President of the Swiss Confederation", "대통령", "联邦主席"),
          justice=justice("Head of the Federal Department of Justice and Police", "연방법무경찰부 장관", "联邦司法和警察部长"),
          foreign=("Head of the Federal Department of Foreign Affairs", "연방외교부 장관", "联邦外交部长")) + \
    state("LI", "de en", prime_minister("the Principality of Liechtenstein", zh="首相"), interior=HOME, justice=JUSTICE) + \
    state("MC", "fr en", head("Sovereign Prince of Monaco", "대공", "亲王", SERENE_HIGHNESS), interior=INTERIOR) + \
    state("AD", "ca en", government("Head of Government of the Principality of Andorra"),
          justice=justice("Minister of Justice and the Interior", "법무내무부 장관", "司法和内政部长")) + \
    state("SM", "it en", head("Captains Regent of the Republic of San Marino", "집정관", "执政官", EXCELLENCIES),
          interior=interior("Secretary of State for Internal Affairs", "내무장관", "内政国务秘书"),
          foreign=("Secretary of State for Foreign and Political Affairs", "외무정무장관", "外交和政治事务国务秘书")) + \
    state("VA", "it la en", head("Supreme Pontiff", "교황", "教宗", HOLINESS),
          foreign=("Secretary for Relations with States and International Organizations", "외무장관", "与各国及国际组织关系秘书"),
          mission="Permanent Observer of the Holy See to the United Nations Office at Geneva") + \
    state("IT", "it en", government("President of the Council of Ministers of the Italian Republic"), interior=INTERIOR, justice=JUSTICE,
          foreign=("Minister of Foreign Affairs and International Cooperation", "외교국제협력부 장관", "外交与国际合作部长")) + \
    state("MT", "mt en", prime_minister("Malta"), interior=interior("Minister for Home Affairs"), justice=justice("Minister for Justice"),
          foreign="Minister for Foreign Affairs") + \
    state("ES", "es en", government("President of the Government of Spain", zh="首相"), interior=INTERIOR, justice=JUSTICE,
          foreign=("Minister for Foreign Affairs, European Union and Cooperation", "외교유럽연합협력부 장관", "外交、欧盟与合作部长"),
          minister_zh=MONARCHY) + \
    state("PT", "pt en", prime_minister("the Portuguese Republic"), interior=interior("Minister of Internal Administration"), justice=JUSTICE) + \
    state("DK", "da en", prime_minister("Denmark", zh="首相"), justice=JUSTICE, foreign="Minister for Foreign Affairs", minister_zh=MONARCHY) + \
    state("NO", "no en", prime_minister("Norway", zh="首相"),
          justice=justice("Minister of Justice and Public Security", "법무공공안전부 장관", "司法和公共安全部长"), minister_zh=MONARCHY) + \
    state("SE", "sv en", prime_minister("Sweden", zh="首相"), justice=justice("Minister for Justice"), foreign="Minister for Foreign Affairs",
          minister_zh=MONARCHY) + \
    state("FI", "fi sv en", prime_minister("Finland"), interior=INTERIOR, justice=JUSTICE, foreign="Minister for Foreign Affairs") + \
    state("IS", "is en", prime_minister("Iceland"), justice=JUSTICE, foreign="Minister for Foreign Affairs") + \
    state("EE", "et en", prime_minister("the Republic of Estonia"), interior=INTERIOR, justice=JUSTICE) + \
    state("LV", "lv en", prime_minister("the Republic of Latvia"), interior=INTERIOR, justice=JUSTICE, foreign="Minister for Foreign Affairs") + \
    state("LT", "lt en", prime_minister("the Republic of Lithuania"), interior=INTERIOR, justice=JUSTICE) + \
    state("PL", "pl en", prime_minister("the Republic of Poland"),
          interior=interior("Minister of the Interior and Administration", "내무행정부 장관", "内务与行政部长"), justice=JUSTICE) + \
    state("CZ", "cs en", prime_minister("the Czech Republic"), interior=INTERIOR, justice=JUSTICE) + \
    state("SK", "sk en", prime_minister("the Slovak Republic"), interior=INTERIOR, justice=JUSTICE, foreign=FOREIGN_AND_EUROPEAN) + \
    state("HU", "hu en", prime_minister("Hungary"), interior=INTERIOR, justice=JUSTICE) + \
    state("SI", "sl en", prime_minister("the Republic of Slovenia"), interior=INTERIOR, justice=JUSTICE, foreign=FOREIGN_AND_EUROPEAN) + \
    state("HR", "hr en", prime_minister("the Republic of Croatia"), interior=INTERIOR, justice=JUSTICE, foreign=FOREIGN_AND_EUROPEAN) + \
    state("BA", "bs hr sr en", government("Chair of the Council of Ministers of Bosnia and Herzegovina", "각료회의 의장", "部长会议主席"),
          interior=security("Minister of Security", "안보부 장관", "安全部长"), justice=JUSTICE) + \
    state("RS", "sr en", prime_minister("the Republic of Serbia"), interior=INTERIOR, justice=JUSTICE) + \
    state("ME", "sr en", prime_minister("Montenegro"), interior=INTERIOR, justice=JUSTICE) + \
    state("MK", "mk sq en", prime_minister("the Republic of North Macedonia"), interior=INTERNAL, justice=JUSTICE) + \
    state("AL", "sq en", prime_minister("the Republic of Albania"), interior=INTERIOR, justice=JUSTICE) + \
    state("BG", "bg en", prime_minister("the Republic of Bulgaria"), interior=INTERIOR, justice=JUSTICE) + \
    state("RO", "ro en", prime_minister("Romania"), interior=INTERNAL, justice=JUSTICE) + \
    state("MD", "ro en", prime_minister("the Republic of Moldova"), interior=INTERNAL, justice=JUSTICE) + \
    state("UA", "uk en", president("Ukraine"), interior=INTERNAL, justice=JUSTICE) + \
    state("BY", "be ru en", president("the Republic of Belarus"), interior=INTERNAL, justice=JUSTICE) + \
    state("CY", "el tr en", president("the Republic of Cyprus"), interior=INTERIOR,
          justice=justice("Minister of Justice and Public Order", "법무공공질서부 장관", "司法和公共秩序部长"))

CAUCASUS_AND_CENTRAL_ASIA = \
    state("GE", "ka en", prime_minister("Georgia"), interior=INTERNAL, justice=JUSTICE) + \
    state("AM", "hy en", prime_minister("the Republic of Armenia"), interior=INTERNAL, justice=JUSTICE) + \
    state("AZ", "az en", president("the Republic of Azerbaijan"), interior=INTERNAL, justice=JUSTICE) + \
    state("TJ", "tg ru en", president("the Republic of Tajikistan"), interior=INTERNAL, justice=JUSTICE) + \
    state("TM", "tk ru en", president("Turkmenistan"), interior=INTERNAL, justice=JUSTICE)

MIDDLE_EAST_AND_NORTH_AFRICA = \
    state("IQ", "ar ku en", prime_minister("the Republic of Iraq"), interior=INTERIOR, justice=JUSTICE) + \
    state("IL", "he ar en", prime_minister("the State of Israel"), interior=INTERIOR, justice=JUSTICE,
          extra=[entry("IL", "MINISTRY_OF_PUBLIC_SECURITY", "Minister of National Security", "국가안보부 장관", "国家安全部长", ["he", "ar", "en"],
                       forms=MINISTER)]) + \
    state("PS", "ar en", head("President of the State of Palestine (the Palestinian Authority)", "팔레스타인 자치정부 대통령", "巴勒斯坦民族权力机构总统"),
          interior=INTERIOR, justice=JUSTICE, foreign=("Minister of Foreign Affairs and Expatriates", "외교교민부 장관", "外交和侨民部长"),
          mission="Permanent Observer of the State of Palestine to the United Nations Office at Geneva") + \
    state("KW", "ar en", king("Amir of the State of Kuwait", ko="에미르", zh="埃米尔", forms=HIGHNESS), interior=INTERIOR, justice=JUSTICE,
          minister_zh=MONARCHY) + \
    state("QA", "ar en", king("Amir of the State of Qatar", ko="에미르", zh="埃米尔", forms=HIGHNESS), interior=INTERIOR, justice=JUSTICE,
          minister_zh=MONARCHY) + \
    state("BH", "ar en", king("King of the Kingdom of Bahrain"), interior=INTERIOR, justice=JUSTICE, minister_zh=MONARCHY) + \
    state("OM", "ar en", king("Sultan of Oman", zh="苏丹"), interior=INTERIOR, justice=JUSTICE, minister_zh=MONARCHY) + \
    state("MA", "ar fr en", king("King of Morocco"), government=government("Head of Government of the Kingdom of Morocco", zh="首相"),
          interior=INTERIOR, justice=JUSTICE,
          foreign=("Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates", "외교아프리카협력재외국민부 장관",
                   "外交、非洲合作和摩洛哥侨民部长"), minister_zh=MONARCHY) + \
    state("DZ", "ar fr en", president("the People's Democratic Republic of Algeria"), interior=INTERIOR, justice=JUSTICE) + \
    state("TN", "ar fr en", president("the Republic of Tunisia"), interior=INTERIOR, justice=JUSTICE) + \
    state("MR", "ar fr en", president("the Islamic Republic of Mauritania"), interior=INTERIOR, justice=JUSTICE)

AFRICA = \
    state("SN", "fr wo en", president("the Republic of Senegal"),
          interior=interior("Minister of the Interior and Public Security", "내무공공안전부 장관", "内政和公共安全部长"),
          justice=justice("Minister of Justice, Keeper of the Seals"),
          foreign=("Minister of African Integration and Foreign Affairs", "아프리카통합외교부 장관", "非洲一体化和外交部长")) + \
    state("GM", "en", president("the Republic of The Gambia"), interior=INTERIOR,
          justice=justice("Attorney General and Minister of Justice", "법무장관", "总检察长兼司法部长"), mission=False) + \
    state("GW", "pt en", military("Guinea-Bissau"), interior=INTERIOR, justice=JUSTICE, mission=False) + \
    state("GN", "fr en", president("the Republic of Guinea"), interior=SECURITY_AND_CIVIL_PROTECTION, justice=JUSTICE) + \
    state("SL", "en", president("the Republic of Sierra Leone"), interior=INTERNAL,
          justice=justice("Attorney General and Minister of Justice", "법무장관", "总检察长兼司法部长")) + \
    state("LR", "en", president("the Republic of Liberia"), interior=INTERNAL,
          justice=justice("Minister of Justice and Attorney General", "법무장관", "司法部长兼总检察长"), mission=False) + \
    state("CI", "fr en", president("the Republic of Côte d'Ivoire"),
          interior=interior("Minister of the Interior and Security", "내무안보부 장관", "内政和安全部长"), justice=JUSTICE) + \
    state("ML", "fr en", military("Mali"), interior=SECURITY_AND_CIVIL_PROTECTION, justice=JUSTICE) + \
    state("BF", "fr en", military("Burkina Faso"), interior=security("Minister of Security", "안보부 장관", "安全部长"), justice=JUSTICE) + \
    state("NE", "fr en", military("the Niger"), interior=INTERIOR, justice=JUSTICE) + \
    state("GH", "en", president("the Republic of Ghana"), interior=interior("Minister for the Interior"),
          justice=justice("Attorney-General and Minister for Justice", "법무장관", "总检察长兼司法部长"), foreign="Minister for Foreign Affairs") + \
    state("TG", "fr en", government("President of the Council of Ministers of the Togolese Republic", "각료회의 의장", "部长会议主席"),
          interior=SECURITY_AND_CIVIL_PROTECTION, justice=JUSTICE) + \
    state("BJ", "fr en", president("the Republic of Benin"),
          interior=interior("Minister of the Interior and Public Security", "내무공공안전부 장관", "内政和公共安全部长"), justice=JUSTICE) + \
    state("NG", "en", president("the Federal Republic of Nigeria"), interior=interior("Minister of Interior"),
          justice=justice("Attorney General of the Federation and Minister of Justice", "법무장관", "联邦总检察长兼司法部长")) + \
    state("CV", "pt en", prime_minister("the Republic of Cabo Verde"), interior=interior("Minister of Internal Administration"),
          justice=JUSTICE, mission=False) + \
    state("ST", "pt en", prime_minister("the Democratic Republic of Sao Tome and Principe"), justice=JUSTICE, mission=False) + \
    state("CM", "fr en", president("the Republic of Cameroon"),
          interior=interior("Minister of Territorial Administration", "영토행정부 장관", "领土管理部长"), justice=JUSTICE,
          foreign=EXTERNAL_RELATIONS) + \
    state("TD", "fr ar en", president("the Republic of Chad"),
          interior=security("Minister of Public Security and Immigration", "공공안전이민부 장관", "公共安全和移民部长"), justice=JUSTICE) + \
    state("CF", "fr sg en", president("the Central African Republic"), interior=INTERIOR, justice=JUSTICE, mission=False) + \
    state("GA", "fr en", president("the Gabonese Republic"), interior=INTERIOR, justice=JUSTICE) + \
    state("GQ", "es fr pt en", president("the Republic of Equatorial Guinea"), interior=INTERIOR, justice=JUSTICE) + \
    state("CG", "fr en", president("the Republic of the Congo"), interior=INTERIOR, justice=JUSTICE) + \
    state("CD", "fr en", president("the Democratic Republic of the Congo"), interior=INTERIOR, justice=JUSTICE) + \
    state("AO", "pt en", president("the Republic of Angola"), interior=INTERIOR, justice=JUSTICE_AND_HUMAN_RIGHTS, foreign=EXTERNAL_RELATIONS) + \
    state("SS", "en ar", president("the Republic of South Sudan"), interior=INTERIOR, justice=JUSTICE, mission=False) + \
    state("SO", "so ar en", head("President of the Federal Republic of Somalia (the Federal Government)", "연방정부 대통령", "联邦政府总统"),
          interior=security("Minister of Internal Security", "내부안보부 장관", "内部安全部长"), justice=JUSTICE) + \
    state("DJ", "fr ar en", president("the Republic of Djibouti"), interior=INTERIOR, justice=JUSTICE) + \
    state("KE", "sw en", president("the Republic of Kenya"),
          interior=interior("Cabinet Secretary for Interior and National Administration", "내무국가행정부 장관", "内政和国家行政部长"),
          justice=ATTORNEY_GENERAL_HYPHEN,
          foreign=("Cabinet Secretary for Foreign and Diaspora Affairs", "외교교민부 장관", "外交和侨民事务部长")) + \
    state("UG", "en sw", president("the Republic of Uganda"), interior=INTERNAL,
          justice=justice("Minister of Justice and Constitutional Affairs", "법무헌법부 장관", "司法和宪法事务部长")) + \
    state("RW", "rw fr en", president("the Republic of Rwanda"),
          interior=security("Minister of Internal Security", "내부안보부 장관", "内部安全部长"), justice=JUSTICE) + \
    state("KM", "ar fr en", president("the Union of the Comoros"), interior=INTERIOR, justice=JUSTICE, mission=False) + \
    state("SC", "fr en", president("the Republic of Seychelles"), interior=INTERNAL, mission=False) + \
    state("MG", "mg fr en", military("Madagascar"), interior=INTERIOR, justice=JUSTICE) + \
    state("MU", "en fr", prime_minister("the Republic of Mauritius"), justice=ATTORNEY_GENERAL) + \
    state("MZ", "pt en", president("the Republic of Mozambique"), interior=INTERIOR,
          justice=justice("Minister of Justice, Constitutional and Religious Affairs", "법무헌법종교부 장관", "司法、宪法和宗教事务部长")) + \
    state("MW", "en ny", president("the Republic of Malawi"),
          interior=interior("Minister of Homeland Security", "국토안보부 장관", "国土安全部长"), justice=JUSTICE) + \
    state("ZM", "en", president("the Republic of Zambia"), interior=HOME, justice=JUSTICE) + \
    state("ZW", "en sn nd", president("the Republic of Zimbabwe"), interior=HOME,
          justice=justice("Minister of Justice, Legal and Parliamentary Affairs", "법무의회부 장관", "司法、法律和议会事务部长"),
          foreign=("Minister of Foreign Affairs and International Trade", "외교통상부 장관", "外交和国际贸易部长")) + \
    state("BW", "en tn", president("the Republic of Botswana"), justice=JUSTICE) + \
    state("NA", "en", president("the Republic of Namibia"), interior=HOME, justice=JUSTICE) + \
    state("ZA", "en af zu xh", president("the Republic of South Africa"), interior=HOME,
          justice=justice("Minister of Justice and Constitutional Development", "법무헌법발전부 장관", "司法和宪法发展部长"),
          foreign=("Minister of International Relations and Cooperation", "국제관계협력부 장관", "国际关系与合作部长")) + \
    state("LS", "st en", prime_minister("the Kingdom of Lesotho", zh="首相"), interior=HOME, justice=JUSTICE) + \
    state("SZ", "ss en", king("King of Eswatini"), government=prime_minister("the Kingdom of Eswatini", zh="首相"), interior=HOME,
          justice=JUSTICE)

AMERICAS = \
    state("US", "en es", president("the United States of America"),
          interior=interior("Secretary of Homeland Security", "국토안보부 장관", "国土安全部长"),
          justice=justice("Attorney General", "법무장관", "司法部长"), foreign=("Secretary of State", "국무장관", "国务卿")) + \
    state("CA", "en fr", prime_minister("Canada"),
          interior=security("Minister of Public Safety", "공공안전부 장관", "公共安全部长"),
          justice=justice("Minister of Justice and Attorney General of Canada", "법무장관", "司法部长兼总检察长")) + \
    state("GT", "es en", president("the Republic of Guatemala"), interior=INTERIOR) + \
    state("SV", "es en", president("the Republic of El Salvador"), justice=JUSTICE_AND_PUBLIC_SECURITY) + \
    state("NI", "es en", head("Co-Presidents of the Republic of Nicaragua", "공동대통령", "共同总统", EXCELLENCIES), interior=INTERIOR) + \
    state("CR", "es en", president("the Republic of Costa Rica"), interior=PUBLIC_SECURITY_MINISTER,
          justice=justice("Minister of Justice and Peace", "법무평화부 장관", "司法与和平部长"),
          foreign=("Minister of Foreign Affairs and Worship", "외교종교부 장관", "外交和宗教部长")) + \
    state("PA", "es en", president("the Republic of Panama"), interior=PUBLIC_SECURITY_MINISTER) + \
    state("CU", "es en", president("the Republic of Cuba"), interior=INTERIOR, justice=JUSTICE) + \
    state("DO", "es en", president("the Dominican Republic"),
          interior=interior("Minister of the Interior and Police", "내무경찰부 장관", "内政和警察部长")) + \
    state("HT", "fr ht en", government("Prime Minister of the Republic of Haiti (the transitional authorities)", "과도정부 총리", "过渡政府总理"),
          interior=INTERIOR, justice=JUSTICE_AND_PUBLIC_SECURITY) + \
    state("JM", "en", prime_minister("Jamaica"), interior=NATIONAL_SECURITY, justice=JUSTICE) + \
    state("BS", "en", prime_minister("the Commonwealth of The Bahamas"), interior=NATIONAL_SECURITY, justice=ATTORNEY_GENERAL, mission=False) + \
    state("BB", "en", prime_minister("Barbados"), justice=ATTORNEY_GENERAL) + \
    state("TT", "en", prime_minister("the Republic of Trinidad and Tobago"), justice=ATTORNEY_GENERAL) + \
    state("AG", "en", prime_minister("Antigua and Barbuda"), justice=ATTORNEY_GENERAL, mission=False) + \
    state("DM", "en", prime_minister("the Commonwealth of Dominica"), justice=ATTORNEY_GENERAL, mission=False) + \
    state("GD", "en", prime_minister("Grenada"), justice=ATTORNEY_GENERAL, mission=False) + \
    state("KN", "en", prime_minister("Saint Kitts and Nevis"), justice=ATTORNEY_GENERAL, mission=False) + \
    state("LC", "en", prime_minister("Saint Lucia"), justice=ATTORNEY_GENERAL, mission=False) + \
    state("VC", "en", prime_minister("Saint Vincent and the Grenadines"), justice=ATTORNEY_GENERAL, mission=False) + \
    state("BZ", "en es", prime_minister("Belize"), interior=HOME, justice=ATTORNEY_GENERAL, mission=False) + \
    state("GY", "en", president("the Co-operative Republic of Guyana"), interior=HOME,
          justice=justice("Attorney General and Minister of Legal Affairs", "법무장관", "总检察长兼法律事务部长"), mission=False) + \
    state("SR", "nl en", president("the Republic of Suriname"),
          justice=justice("Minister of Justice and Police", "법무경찰부 장관", "司法和警察部长"), mission=False) + \
    state("VE", "es en", head("President of the Bolivarian Republic of Venezuela (the authorities in Caracas)", "카라카스 당국 대통령", "加拉加斯当局总统"),
          interior=interior("Minister of Popular Power for Interior, Justice and Peace", "내무법무평화부 장관", "人民政权内政、司法与和平部长"),
          foreign=("Minister of Popular Power for Foreign Affairs", "외교부 장관", "人民政权外交部长")) + \
    state("CO", "es en", president("the Republic of Colombia"), interior=INTERIOR,
          justice=justice("Minister of Justice and Law", "법무부 장관", "司法和法律部长")) + \
    state("EC", "es en", president("the Republic of Ecuador"), interior=INTERIOR) + \
    state("PE", "es en", president("the Republic of Peru"), interior=INTERIOR, justice=JUSTICE_AND_HUMAN_RIGHTS) + \
    state("BO", "es qu ay en", president("the Plurinational State of Bolivia"),
          interior=interior("Minister of Government", "내무부 장관", "政府部长"), justice=JUSTICE) + \
    state("BR", "pt en", president("the Federative Republic of Brazil"), justice=JUSTICE_AND_PUBLIC_SECURITY) + \
    state("PY", "es gn en", president("the Republic of Paraguay"), interior=INTERIOR, justice=JUSTICE) + \
    state("UY", "es en", president("the Oriental Republic of Uruguay"), interior=INTERIOR) + \
    state("AR", "es en", president("the Argentine Republic"), interior=INTERIOR, justice=JUSTICE,
          foreign=("Minister of Foreign Affairs, International Trade and Worship", "외교통상종교부 장관", "外交、国际贸易和宗教部长")) + \
    state("CL", "es en", president("the Republic of Chile"), interior=INTERIOR, justice=JUSTICE_AND_HUMAN_RIGHTS)

ASIA_AND_PACIFIC = \
    state("BT", "dz en", prime_minister("the Kingdom of Bhutan", zh="首相"), interior=HOME, minister_zh=MONARCHY) + \
    state("MV", "dv en", president("the Republic of Maldives")) + \
    state("LK", "si ta en", president("the Democratic Socialist Republic of Sri Lanka"), interior=PUBLIC_SECURITY_MINISTER, justice=JUSTICE) + \
    state("SG", "en zh ms ta", prime_minister("the Republic of Singapore"), interior=interior("Minister for Home Affairs"),
          justice=justice("Minister for Law", "법무부 장관", "律政部长"), foreign="Minister for Foreign Affairs") + \
    state("BN", "ms en", king("Sultan of Brunei Darussalam", zh="苏丹"), interior=HOME) + \
    state("TL", "pt en", prime_minister("the Democratic Republic of Timor-Leste"), interior=INTERIOR, justice=JUSTICE, mission=False) + \
    state("AU", "en", prime_minister("Australia"), interior=interior("Minister for Home Affairs"), justice=ATTORNEY_GENERAL_HYPHEN,
          foreign="Minister for Foreign Affairs") + \
    state("NZ", "en mi", prime_minister("New Zealand"), interior=security("Minister of Police", "경찰부 장관", "警察部长"), justice=JUSTICE) + \
    state("PG", "en", prime_minister("Papua New Guinea"),
          justice=justice("Minister for Justice and Attorney General", "법무장관", "司法部长兼总检察长"), foreign="Minister for Foreign Affairs",
          mission=False) + \
    state("FJ", "en fj", prime_minister("the Republic of Fiji"), interior=interior("Minister for Home Affairs"), justice=ATTORNEY_GENERAL_HYPHEN,
          foreign="Minister for Foreign Affairs") + \
    state("SB", "en", prime_minister("Solomon Islands"), justice=JUSTICE, mission=False) + \
    state("VU", "bi en fr", prime_minister("the Republic of Vanuatu"), interior=INTERNAL, justice=JUSTICE, mission=False) + \
    state("WS", "sm en", prime_minister("the Independent State of Samoa"), justice=JUSTICE, mission=False) + \
    state("TO", "to en", prime_minister("the Kingdom of Tonga", zh="首相"), interior=INTERNAL, justice=JUSTICE, mission=False) + \
    state("TV", "en", prime_minister("Tuvalu"), mission=False) + \
    state("KI", "en", president("the Republic of Kiribati"), justice=JUSTICE, mission=False) + \
    state("NR", "na en", president("the Republic of Nauru"),
          justice=justice("Minister for Justice and Border Control", "법무국경관리부 장관", "司法和边境管制部长"), mission=False) + \
    state("MH", "mh en", president("the Republic of the Marshall Islands"), justice=JUSTICE, mission=False) + \
    state("FM", "en", president("the Federated States of Micronesia"), justice=justice("Secretary of Justice", "법무장관", "司法部长"),
          foreign=("Secretary of Foreign Affairs", "외교장관", "外交部长"), mission=False) + \
    state("PW", "en", president("the Republic of Palau"), justice=JUSTICE, foreign=("Minister of State", "국무장관", "国务部长"), mission=False)


STATES = CHINA + \
    state("KP", ["ko", "en"], ("HEAD_OF_STATE", "President of the State Affairs of the Democratic People's Republic of Korea", "국무위원장", "国务委员长"),
          interior=("MINISTRY_OF_PUBLIC_SECURITY", "Minister of Social Security", "사회안전상", "社会安全相"),
          foreign=("Minister of Foreign Affairs", "외무상", "外务相")) + \
    state("KR", ["ko", "en"], president("the Republic of Korea"),
          interior=("MINISTRY_OF_INTERIOR", "Minister of the Interior and Safety", "행정안전부 장관", "行政安全部长官"),
          justice=("MINISTRY_OF_JUSTICE", "Minister of Justice", "법무부 장관", "法务部长官"),
          foreign=("Minister of Foreign Affairs", "외교부 장관", "外交部长官")) + \
    state("JP", ["ja", "en"], prime_minister("Japan", zh="首相"), justice=justice("Minister of Justice", "법무상", "法务大臣"),
          foreign=("Minister for Foreign Affairs", "외무상", "外务大臣")) + \
    state("RU", ["ru", "en"], president("the Russian Federation"),
          interior=("MINISTRY_OF_INTERIOR", "Minister of Internal Affairs", "내무부 장관", "内务部长"), justice=JUSTICE) + \
    state("MN", ["mn", "en"], president("Mongolia"),
          justice=("MINISTRY_OF_JUSTICE", "Minister of Justice and Home Affairs", "법무내무부 장관", "司法与内务部长")) + \
    state("VN", ["vi", "en"], head("President of the Socialist Republic of Viet Nam", "국가주석", "国家主席"), interior=PUBLIC_SECURITY, justice=JUSTICE) + \
    state("LA", ["lo", "en"], head("President of the Lao People's Democratic Republic", "국가주석", "国家主席"), interior=PUBLIC_SECURITY, justice=JUSTICE) + \
    state("TH", ["th", "en"], prime_minister("Thailand"), interior=INTERIOR, justice=JUSTICE,
          extra=[entry("TH", "POLICE", "Commissioner-General of the Royal Thai Police", "왕립 태국 경찰청장", "泰国皇家警察总监", ["th", "en"],
                       body="Royal Thai Police", forms=MINISTER)]) + \
    state("KH", ["km", "en"], prime_minister("the Kingdom of Cambodia", zh="首相"), interior=INTERIOR, justice=JUSTICE,
          foreign="Minister of Foreign Affairs and International Cooperation", minister_zh=MONARCHY) + \
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
    ROUTE_STATES + EUROPE + CAUCASUS_AND_CENTRAL_ASIA + MIDDLE_EAST_AND_NORTH_AFRICA + AFRICA + AMERICAS + ASIA_AND_PACIFIC


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
    kinds = {}
    for e in STATES:
        kinds.setdefault(e["country"], set()).add(e["kind"])
    print(f"Wrote {OUT} ({count} entries, {len(kinds)} states)")
    # The lists SOURCES.md keeps, so that it can say them exactly.
    for label, wanted in (("no interior, home affairs or public security", {"MINISTRY_OF_INTERIOR", "MINISTRY_OF_PUBLIC_SECURITY"}),
                          ("no justice", {"MINISTRY_OF_JUSTICE"}), ("no Geneva mission", {"PERMANENT_MISSION_GENEVA"})):
        lacking = sorted(c for c, k in kinds.items() if not k & wanted)
        print(f"  {label} ({len(lacking)}): {' '.join(lacking)}")


if __name__ == "__main__":
    main()
