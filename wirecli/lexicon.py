"""Vocabularies as data: agencies, months, role words, titles, regions.

Rules import these names; no rule spells a vocabulary inline.
"""
from __future__ import annotations

# Agency spellings (lower-cased, inner spaces squashed) -> canonical form: one name for the
# agencies printed several ways ("Reuter" -> "Reuters"), the printed name for smaller services.
AGENCIES: dict[str, str] = {
    "reuters": "Reuters", "reuter": "Reuters", "thomson reuters": "Reuters",
    "reuters health": "Reuters", "reuters breakingviews": "Reuters", "cnnmoney": "CNN", "cnn money": "CNN",
    "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "bloomberg": "Bloomberg", "bloomberg news": "Bloomberg", "bloomberg opinion": "Bloomberg",
    "upi": "UPI", "united press international": "UPI",
    "xinhua": "Xinhua", "xinhua news agency": "Xinhua", "xinhuanet": "Xinhua",
    "cnn": "CNN", "cnn wire": "CNN", "cnnmoney com": "CNN", "cnn com": "CNN", "cnn student news": "CNN",
    "dpa": "dpa", "deutsche presse-agentur": "dpa", "dpa-afx": "dpa-AFX",
    "dow jones": "Dow Jones", "dow jones newswires": "Dow Jones",
    "prnewswire": "PR Newswire", "pr newswire": "PR Newswire",
    "business wire": "Business Wire", "businesswire": "Business Wire",
    "globe newswire": "GlobeNewswire", "globenewswire": "GlobeNewswire",
    "access newswire": "ACCESS Newswire", "accesswire": "ACCESS Newswire",
    "cnw": "CNW", "canada newswire": "CNW", "cnw group": "CNW", "newsfile corp": "Newsfile", "prweb": "PRWeb",
    "newsfile": "Newsfile", "marketwired": "Marketwired", "marketwire": "Marketwired",
    "einpresswire": "EIN Presswire", "ein presswire": "EIN Presswire", "einpresswire com": "EIN Presswire", "cnw telbec": "CNW",
    "access wire": "ACCESS Newswire",
    "canadian press": "CP", "the canadian press": "CP", "cp": "CP",
    "press association": "Press Association", "pa": "PA", "pa media": "PA Media", "pa news": "PA News",
    "pti": "PTI", "press trust of india": "PTI",
    "ansa": "ANSA", "efe": "EFE", "efe-epa": "EFE", "kyodo": "Kyodo", "kyodo news": "Kyodo News",
    "yonhap": "Yonhap", "tass": "TASS", "itar-tass": "ITAR-TASS", "interfax": "Interfax", "interfax-ukraine": "Interfax-Ukraine",
    "anadolu": "Anadolu", "aap": "AAP", "australian associated press": "Australian Associated Press",
    "ians": "IANS", "bernama": "Bernama", "antara": "Antara", "kna": "KNA",
    "cox news service": "Cox News Service", "mt newswires": "MT Newswires",
    "apa": "APA", "sda": "SDA", "ani": "ANI", "wam": "WAM", "sana": "SANA", "irna": "IRNA",
    "mena": "MENA", "belga": "Belga", "anp": "ANP", "tt": "TT", "ntb": "NTB",
    "nyt": "NYT", "new york times news service": "New York Times News Service",
    "itar-tass news agency": "ITAR-TASS", "anadolu agency": "Anadolu Agency", "kyodo news agency": "Kyodo News",
    "app": "APP", "associated press of pakistan": "APP", "vna": "VNA", "vietnam news agency": "VNA",
    "kuwait news agency": "KUNA", "qna": "QNA", "qatar news agency": "QNA",
    "saudi press agency": "SPA", "bss": "BSS", "agerpres": "Agerpres",
    "ukrinform": "Ukrinform", "yonhap news agency": "Yonhap",
    # more national agencies and US syndicates (a long form maps to itself: labels keep the name as printed)
    "ritzau": "Ritzau", "stt": "STT", "tasr": "TASR", "bns": "BNS", "leta": "LETA", "keystone-sda": "Keystone-SDA",
    "ana-mpa": "ANA-MPA", "nzpa": "NZPA", "new zealand press association": "New Zealand Press Association", "nan": "NAN", "news agency of nigeria": "News Agency of Nigeria", "uni": "UNI", "united news of india": "United News of India",
    "jiji": "Jiji", "jiji press": "Jiji Press", "kuna": "KUNA", "spa": "SPA", "pna": "PNA", "philippine news agency": "Philippine News Agency",
    "kcna": "KCNA", "korean central news agency": "Korean Central News Agency", "lusa": "Lusa", "prensa latina": "Prensa Latina", "notimex": "Notimex",
    "ctk": "CTK", "mti": "MTI", "bta": "BTA", "hina": "HINA", "tanjug": "Tanjug", "unian": "UNIAN",
    "gna": "GNA", "ghana news agency": "Ghana News Agency", "agi": "AGI", "europa press": "Europa Press",
    "knight ridder": "Knight Ridder", "knight ridder newspapers": "Knight Ridder Newspapers", "krt": "KRT",
    "knight ridder tribune": "Knight Ridder Tribune",
    "knight ridder news service": "Knight Ridder News Service", "knight ridder washington bureau": "Knight Ridder Washington Bureau",
    "scripps howard news service": "Scripps Howard News Service", "scripps howard": "Scripps Howard",
    "mcclatchy": "McClatchy", "mcclatchy newspapers": "McClatchy Newspapers", "mcclatchy washington bureau": "McClatchy Washington Bureau",
    "mcclatchy-tribune news service": "McClatchy-Tribune News Service", "mcclatchy-tribune": "McClatchy-Tribune",
    "tribune content agency": "Tribune Content Agency", "tribune news service": "Tribune News Service",
    "cox newspapers": "Cox Newspapers", "washington post news service": "Washington Post News Service",
    "los angeles times-washington post news service": "Los Angeles Times-Washington Post News Service",
    "hearst newspapers": "Hearst Newspapers", "gannett news service": "Gannett News Service",
    "states news service": "States News Service", "newhouse news service": "Newhouse News Service",
}

# The big wires as they print their names: a byline's "By Jane Reuters" is the agency, never a
# surname; a headline opening "AP Exclusive:" is the wire's product; "(Reuters) -" opens a lead.
MAJOR_AGENCIES = ("Reuters", "AP", "AFP", "Bloomberg", "Xinhua", "UPI", "CNN", "Dow Jones", "dpa")

# Broadcasters and outlets that name themselves in a dateline's parentheses ("(CBS News)").
# Only trusted there: elsewhere ("Follow NBC News on ...") they are not the story's source.
DATELINE_ONLY_AGENCIES: dict[str, str] = {
    "cbs news": "CBS News", "abc news": "ABC News", "nbc news": "NBC News", "cnbc": "CNBC",
    "fox news": "Fox News", "bbc": "BBC", "bbc news": "BBC", "ria novosti": "RIA Novosti",
    "sputnik": "Sputnik", "cnn money": "CNN", "cnnmoney": "CNN",
}

# Broadcasters and outlets that print their names as initials ("Follow BBC Harbourshire on X",
# "Follow ABC News on Facebook"): a name opening with one is an outlet's, not a writer's ("TJ Holmes").
OUTLET_INITIALS = {"bbc", "abc", "cbc", "cbs", "nbc", "cnbc", "msnbc", "cnn", "npr", "pbs", "itv", "rte", "sbs",
                   "rnz", "tvnz", "dw", "rfi", "rfe", "voa", "nhk", "kbs", "ndtv", "wsj", "nyt", "ap", "afp", "upi"}

# Desks and services printed after an agency's name: "(CNN Business)", "(Bloomberg Politics)".
AGENCY_DESK_WORDS = {"business", "politics", "health", "money", "sport", "sports", "travel", "style",
                     "international", "digital", "world", "markets", "tech", "technology",
                     "entertainment", "science", "espanol", "español", "newsource", "africa", "asia",
                     "law", "businessweek", "intelligence", "government", "tax", "wealth", "green",
                     "pursuits", "quicktake", "europe", "americas", "television", "tv", "radio",
                     "graphics", "investigates", "breakingviews"}  # "By Reuters Graphics"

# Last words of a newspaper's or magazine's name ("The Harbor Times", "Example Gazette", "The
# Lakeside Observer"); "Post" and "News" are left out: "Emily Post".
PAPER_WORDS = {"times", "journal", "herald", "tribune", "gazette", "chronicle", "telegraph", "guardian",
               "newspaper", "magazine", "courier", "examiner", "inquirer", "observer", "independent"}

# Words of a picture desk that may follow a photographer's name in a caption's credit
# ("(Ana Ruiz/Getty Images)", "[Bo Sample/Pool Photo]").
PHOTO_DESK_WORDS = {"images", "image", "photo", "photos", "pictures", "picture", "pool", "file", "handout", "photography"}

# Words that make an unlisted copyright holder a news outlet ("c.2001 Gulf Coast News Service",
# "© 2019 The Lakeside Herald"); without one ("Copyright 2014 Pallets", "(c) 2022 Ana Ruiz",
# "Copyright (C) 1997 Free Software Foundation, Inc.") a copyright line names no agency.
NEWS_OUTLET_WORDS = PAPER_WORDS | {
    "news", "press", "service", "services", "wire", "wires", "newswire", "newswires", "post", "daily", "mail",
    "newspapers", "media", "radio", "television", "tv", "broadcasting", "syndicate", "features", "agency",
    "dispatch", "bulletin", "enquirer", "record", "register", "star", "globe", "standard", "review", "reporter",
    "newsday", "weekly"}

# Agencies named in a byline's title or after a comma ("By Cal Mankowski, Reuters").
BYLINE_AGENCY_FORMS = {k: v for k, v in AGENCIES.items() if len(k) > 3 or k in ("ap", "afp", "upi", "cnn", "dpa")}

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

# Abbreviations as wires print them (with or without a full stop).
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # Spanish forms seen in Latin-American datelines
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
}

WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}

# Credit-line role words -> which list their names go to.
ROLE_KINDS: dict[str, str] = {
    "reporting": "reporting", "additional reporting": "reporting",
    "additional reporting and writing": "reporting", "reporting and writing": "reporting",
    "writing": "reporting", "written": "reporting", "compiled": "reporting",
    "compiling": "reporting", "contributing": "reporting", "contributed": "reporting",
    "research": "reporting", "additional research": "reporting",
    "reported": "reporting", "story": "reporting", "text": "reporting",
    "graphics": "reporting", "photos": "reporting", "video": "reporting",
    "editing": "editing", "edited": "editing", "additional editing": "editing",
    "writing and editing": "editing", "fact-checking": "editing", "sub-editing": "editing",
    "editor": "editing", "editors": "editing", "additional writing": "reporting",
    "reporter": "reporting", "reporters": "reporting",  # only before a colon: Antara's "Reporter: A"
}

# Words that are never part of a person's name inside a credit line ("Tokyo newsroom",
# "OPEC newsroom", "Reuters Messaging", "The Associated Press").  Narrower than TITLE_WORDS:
# "Matt Daily" and "Sarah White" are names here.
CREDIT_NOT_NAMES = {
    "newsroom", "newsrooms", "desk", "bureau", "bureaus", "staff", "staffers", "team", "reuters", "agencies",
    "reuter", "bloomberg", "associated", "press", "news", "newswires", "newswire", "agency",
    "service", "services", "wire", "wires", "writer", "writers", "editor", "editors", "reporter", "reporters",
    "correspondent", "correspondents", "messaging", "tel", "phone", "telephone", "fax", "email",
    "e-mail", "twitter", "facebook", "the", "inc", "ltd", "corp", "llp", "l.p", "opinion",
    "columnist", "contributor", "contributors", "photo", "photos", "graphics", "video", "files",
    "information", "inputs", "input", "report", "story", "this", "his", "her", "their", "our",
    "by", "in", "at", "on", "from", "with", "and", "for", "contributed", "reporting", "editing",
    "writing", "additional", "compiled", "edited", "research", "cnn", "afp", "ap", "dpa", "upi",
    "pti", "xinhua", "online", "international", "world", "business", "markets", "economics",
    "radio", "television", "tv",
} | PAPER_WORDS

# Outlet words above that may be a surname ("Christian Press", "Reuben Times"): a name's last
# word when a writer's title leads the names ("Associated Press writer Christian Press in Oslo").
SURNAME_OUTLET_WORDS = {"press", "news"} | PAPER_WORDS

# Job words that make a byline title: "..., Staff Writer", "..., Bureau Chief" (not "INC FOR STOCK").
JOB_WORDS = {"writer", "writers", "editor", "editors", "correspondent", "correspondents", "reporter",
             "reporters", "columnist", "columnists", "staff", "producer", "analyst", "chief",
             "contributor", "photographer", "critic", "commentator"}

# Words that make a byline piece a title or affiliation, never a name.
TITLE_WORDS = JOB_WORDS | PAPER_WORDS | {
    "bureau", "contributing", "desk", "senior", "national", "political", "diplomatic",
    "business", "sports", "science", "health", "medical", "economics", "economic",
    "markets", "market", "legal", "technology", "special", "associate", "managing",
    "press", "news", "newswires", "wire", "service", "agency", "international", "post", "daily",
    "mail", "online", "com", "weekly", "group", "inc", "ltd",
    "analysis", "commentary", "opinion", "review", "update", "exclusive", "insight",
    "breakingviews", "team", "newsroom", "staffers",
    "foreign", "affairs", "investigative", "white", "house", "congressional", "entertainment",
    "travel", "food", "fashion", "u.s.", "europe", "asia", "world", "global", "energy",
    "aviation", "defense", "defence", "security", "religion", "education", "environment",
    "climate", "tech", "personal", "finance", "money", "financial", "deputy", "assistant",
    # jobs a writer's title ends with: "By A, Senior Reporter and Data Journalist" is one writer
    "journalist", "journalists", "host", "presenter", "anchor", "videographer", "blogger",
    "podcaster", "strategist", "researcher",
}

# Lower-case words allowed inside a personal name.
# Name particles that never end a name: "By Dee Van" + "Dyke Aug 20 (Reuters)" goes on
# ("Das", "Dos", "Le", "Du", "Di" are surnames too: "Ravi K Das").
NEVER_LAST_PARTICLES = {"van", "von", "de", "da", "del", "della", "bin", "ibn", "ter", "ten"}
NAME_PARTICLES = {"de", "da", "das", "do", "dos", "di", "del", "della", "der", "den", "van",
                  "von", "la", "le", "du", "des", "bin", "ibn", "al", "el", "y", "e", "ten",
                  "ter", "st.", "mac", "abu", "ul", "al-", "bint", "dit", "zu", "af", "av"}

# Abbreviations with a full stop that run on into a capitalised name, never a sentence end:
# "in St. Louis", "in Ft. Lauderdale", "Mt. Vernon", "Gov. Ann Example".
NAME_ABBREVIATIONS = ("St", "Ste", "Ft", "Mt", "Pt", "Dr", "Mr", "Mrs", "Ms", "Gov", "Sen", "Rep",
                      "Gen", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm", "Cmdr", "Rev", "Prof", "Supt")

# Suffixes that follow a name after a comma ("Martin Luther King, Jr.").
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "md"}

# Places that extend a location after a comma ("in Dubai, United Arab Emirates").
COUNTRIES = {
    "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia",
    "bosnia", "brazil", "bulgaria", "burma", "cambodia", "cameroon", "canada", "chile",
    "china", "colombia", "congo", "costa rica", "croatia", "cuba", "cyprus",
    "czech republic", "denmark", "ecuador", "egypt", "el salvador", "england", "estonia",
    "ethiopia", "finland", "france", "georgia", "germany", "ghana", "greece", "guatemala",
    "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq",
    "ireland", "israel", "italy", "ivory coast", "jamaica", "japan", "jordan", "kazakhstan",
    "kenya", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "liberia",
    "libya", "lithuania", "luxembourg", "macedonia", "madagascar", "malawi", "malaysia",
    "mali", "malta", "mexico", "moldova", "mongolia", "montenegro", "morocco", "mozambique",
    "myanmar", "namibia", "nepal", "netherlands", "new zealand", "nicaragua", "niger",
    "nigeria", "north korea", "northern ireland", "norway", "oman", "pakistan", "panama",
    "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia",
    "rwanda", "saudi arabia", "scotland", "senegal", "serbia", "sierra leone", "singapore",
    "slovakia", "slovenia", "somalia", "south africa", "south korea", "south sudan",
    "spain", "sri lanka", "sudan", "sweden", "switzerland", "syria", "taiwan", "tajikistan",
    "tanzania", "thailand", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine",
    "united arab emirates", "uae", "united kingdom", "uk", "britain", "united states",
    "u.s.", "us", "usa", "uruguay", "uzbekistan", "venezuela", "vietnam", "wales", "yemen",
    "zambia", "zimbabwe", "west bank", "gaza", "gaza strip", "hong kong", "puerto rico",
    # countries whose names hold "and" ("PORT OF SPAIN, Trinidad and Tobago (AP) -") and others AP prints
    "trinidad and tobago", "bosnia and herzegovina", "bosnia-herzegovina", "antigua and barbuda",
    "sao tome and principe", "st. kitts and nevis", "st. vincent and the grenadines", "turks and caicos islands",
    "trinidad", "antigua", "fiji", "chad", "burkina faso", "benin", "togo", "botswana", "burundi", "eritrea",
    "djibouti", "gabon", "gambia", "guinea", "guinea-bissau", "lesotho", "mauritania", "mauritius",
    "dominican republic", "central african republic", "democratic republic of congo", "republic of congo",
    "equatorial guinea", "east timor", "papua new guinea", "solomon islands", "samoa", "tonga", "vanuatu",
    "bhutan", "maldives", "brunei", "belize", "barbados", "bahamas", "grenada", "dominica", "st. lucia",
    "guyana", "suriname", "liechtenstein", "monaco", "andorra", "cape verde", "comoros", "seychelles",
    "eswatini", "swaziland", "bermuda", "greenland", "north macedonia", "czechia", "macau", "western sahara",
}

US_STATES = {
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
    "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
    "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
    "washington", "west virginia", "wisconsin", "wyoming", "d.c.", "dc",
    # AP abbreviations
    "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.",
    "ind.", "kan.", "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.",
    "mont.", "neb.", "nev.", "n.h.", "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.",
    "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "vt.", "va.", "wash.", "w.va.",
    "wis.", "wyo.",
    # Canadian provinces
    "alberta", "british columbia", "manitoba", "new brunswick", "newfoundland",
    "nova scotia", "ontario", "quebec", "saskatchewan", "ont.", "que.", "b.c.", "alta.",
}

# US states' and Canadian provinces' postal codes, in capitals as printed ("Austin, TX, United States:").
US_POSTAL_CODES = set("""
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA
RI SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS ON PE QC SK
""".split())

# States and provinces that follow a city in South Asian and Australian datelines ("Gurugram,
# Haryana:", "Ranchi (Jharkhand):", "Lahore, Punjab", "Cairns, Queensland").
OTHER_PROVINCES = {
    "andhra pradesh", "arunachal pradesh", "assam", "bihar", "chhattisgarh", "goa", "gujarat",
    "haryana", "himachal pradesh", "jharkhand", "karnataka", "kerala", "madhya pradesh",
    "maharashtra", "manipur", "meghalaya", "mizoram", "nagaland", "odisha", "orissa", "punjab",
    "rajasthan", "sikkim", "tamil nadu", "telangana", "tripura", "uttar pradesh", "uttarakhand",
    "west bengal", "jammu and kashmir", "kashmir", "ladakh", "sindh", "balochistan",
    "khyber pakhtunkhwa", "new south wales", "nsw", "queensland", "victoria", "tasmania",
    "western australia", "south australia", "northern territory",
}

REGIONS = COUNTRIES | US_STATES | OTHER_PROVINCES

# Words that never stand in a dateline's place name (headline verbs and function words).
NOT_PLACE_WORDS = {"TO", "FOR", "SAYS", "SAID", "SEES", "SETS", "WITH", "FROM", "BY", "AT", "IS",
                   "ARE", "WILL", "HAS", "HAVE", "NET", "PCT", "MLN", "BILLION", "UP", "DOWN",
                   "RAISES", "CUTS", "BUYS", "SELLS", "PHOTO", "FILE", "PUBLISHED", "UPDATED",
                   "TRENDING", "FACTBOX", "EXCLUSIVE", "UPDATE", "BREAKING", "SUMMARY", "NOTE",
                   "EDITORS", "AS", "CORRECTION", "ANALYSIS", "COMMENTARY", "REVIEW", "WATCH", "VIDEO",
                   "LIVE", "OPINION", "INSIGHT", "BRIEF", "RPT", "REFILE", "CORRECTED", "WRAPUP",
                   # section labels that open a paragraph with a dash ("OUTLOOK - Analysts expect ...")
                   "OUTLOOK", "BACKGROUND", "HIGHLIGHTS", "CONTEXT", "PREVIEW", "TIMELINE", "QUOTES",
                   "REACTION", "SCENARIOS", "EXPLAINER", "GRAPHIC", "POLL", "WEATHER", "MARKETS",
                   "RESULTS", "QUOTEBOX", "FACTS", "DETAILS", "SOURCE", "SOURCES",
                   # the same in recipes, listings and software docs ("METHOD - Heat the oven ...")
                   "INGREDIENTS", "METHOD", "DIRECTIONS", "INSTRUCTIONS", "PREPARATION", "SERVES", "NOTES",
                   "DESCRIPTION", "SYNOPSIS", "USAGE", "OPTIONS", "EXAMPLES", "EXAMPLE", "AUTHOR", "AUTHORS",
                   "COPYRIGHT", "LICENSE", "LICENCE", "CHANGES", "CHANGELOG", "DEPENDENCIES", "REQUIREMENTS",
                   "INSTALLATION", "FEATURES", "CONTACT", "WARNING", "TIPS"}

# Words that are never a place on their own before a date ("On May 3, 2024 - a Friday - the
# council voted": a sentence, no dateline); inside a place they may be ("ON BOARD THE USS ...").
LONE_NOT_PLACES = {"on", "in", "at", "by", "since", "until", "till", "before", "after", "during", "from", "as",
                   "and", "but", "so", "then", "of", "for", "to", "the", "a", "an", "through", "around", "about"}

# Words that go on a place name after a city or state every wire knows ("NEW YORK CITY",
# "MIAMI BEACH", "KANSAS CITY", "DETROIT LAKES"); any other word makes the whole a team or a
# company named after the place ("BOSTON RED SOX", "HOUSTON ROCKETS").
PLACE_NAME_WORDS = {"CITY", "BEACH", "LAKE", "LAKES", "HEIGHTS", "SPRINGS", "SPRING", "PARK", "HILL", "HILLS",
                    "ISLAND", "ISLANDS", "BAY", "HARBOR", "HARBOUR", "FALLS", "JUNCTION", "TOWNSHIP",
                    "COUNTY", "VALLEY", "GARDENS", "GROVE", "POINT", "CREEK", "RAPIDS", "VILLAGE", "CENTER",
                    "CENTRE", "STATE", "NORTH", "SOUTH", "EAST", "WEST", "PORT", "SOUND", "AIRPORT",
                    "DISTRICT", "PROVINCE", "REGION", "METRO", "OLD", "NEW", "UPPER", "LOWER", "MILLS",
                    "SHORES", "FORGE", "CROSSING", "LANDING", "RIDGE", "WELLS", "BRIDGE", "HEAD", "CAPE"}

# Cities that print alone in datelines (AP stand-alone list) plus capitals and wire hubs.
# Used only where a bare place with a colon could also be a heading ("Ottawa:" vs "Factbox:").
KNOWN_CITIES = {c.upper().replace("_", " ") for c in """
ATLANTA BALTIMORE BOSTON CHICAGO CINCINNATI CLEVELAND DALLAS DENVER DETROIT HONOLULU HOUSTON
INDIANAPOLIS LAS_VEGAS LOS_ANGELES MIAMI MILWAUKEE MINNEAPOLIS NEW_ORLEANS NEW_YORK OKLAHOMA_CITY
PHILADELPHIA PHOENIX PITTSBURGH ST._LOUIS SALT_LAKE_CITY SAN_ANTONIO SAN_DIEGO SAN_FRANCISCO
SEATTLE WASHINGTON AMSTERDAM BAGHDAD BANGKOK BEIJING BEIRUT BERLIN BRUSSELS CAIRO DJIBOUTI
DUBLIN GENEVA GIBRALTAR GUATEMALA_CITY HAVANA HELSINKI HONG_KONG ISLAMABAD ISTANBUL JERUSALEM
JOHANNESBURG KUWAIT_CITY LONDON LUXEMBOURG MACAU MADRID MEXICO_CITY MILAN MONACO MONTREAL
MOSCOW MUNICH NEW_DELHI PANAMA_CITY PARIS PRAGUE QUEBEC_CITY RIO_DE_JANEIRO ROME SAN_MARINO
SAO_PAULO SHANGHAI SINGAPORE STOCKHOLM SYDNEY TOKYO TORONTO VATICAN_CITY VIENNA ZURICH
OTTAWA DELHI MUMBAI KOLKATA CHENNAI BANGALORE BENGALURU HYDERABAD KARACHI LAHORE DHAKA
KATHMANDU COLOMBO KABUL TEHRAN RIYADH DUBAI ABU_DHABI DOHA MANAMA MUSCAT AMMAN DAMASCUS
ANKARA ATHENS SOFIA BUCHAREST BUDAPEST WARSAW KIEV KYIV MINSK VILNIUS RIGA TALLINN OSLO
COPENHAGEN REYKJAVIK LISBON BERN FRANKFURT HAMBURG BONN MILAN NAPLES BELGRADE ZAGREB
SARAJEVO SKOPJE TIRANA LJUBLJANA BRATISLAVA NAIROBI LAGOS ABUJA ACCRA DAKAR ADDIS_ABABA
KHARTOUM TRIPOLI TUNIS ALGIERS RABAT CASABLANCA KAMPALA KIGALI HARARE LUSAKA PRETORIA
CAPE_TOWN KINSHASA LUANDA MAPUTO SEOUL PYONGYANG TAIPEI MANILA JAKARTA HANOI KUALA_LUMPUR
PHNOM_PENH YANGON CANBERRA MELBOURNE WELLINGTON AUCKLAND BUENOS_AIRES SANTIAGO LIMA BOGOTA
CARACAS QUITO LA_PAZ MONTEVIDEO ASUNCION BRASILIA MANAGUA SAN_JOSE SAN_SALVADOR TEGUCIGALPA
KINGSTON SANTO_DOMINGO PORT-AU-PRINCE VANCOUVER CALGARY EDMONTON WINNIPEG BHOPAL LUCKNOW
PATNA JAIPUR AHMEDABAD PUNE CHANDIGARH SRINAGAR GUWAHATI THIRUVANANTHAPURAM KOCHI
BHUBANESWAR RANCHI RAIPUR DEHRADUN PANAJI SHIMLA GANDHINAGAR IMPHAL SHILLONG AGARTALA AIZAWL
KOHIMA ITANAGAR GANGTOK JAMMU NOIDA GURUGRAM GURGAON GHAZIABAD NAGPUR INDORE SURAT VADODARA
VARANASI KANPUR PRAYAGRAJ ALLAHABAD AMRITSAR LUDHIANA COIMBATORE MADURAI MYSURU MANGALURU
VISAKHAPATNAM VIJAYAWADA PUDUCHERRY KOZHIKODE JODHPUR UDAIPUR JABALPUR GWALIOR MEERUT
RAWALPINDI PESHAWAR QUETTA CHITTAGONG
THANE NASHIK AURANGABAD RAJKOT JAMSHEDPUR DHANBAD ASANSOL SILIGURI DARJEELING CUTTACK
TIRUCHIRAPPALLI TIRUNELVELI VELLORE KOLLAM THRISSUR KANNUR HUBBALLI BELAGAVI
KALABURAGI TIRUPATI GUNTUR NELLORE WARANGAL KARIMNAGAR NIZAMABAD AJMER BIKANER KOTA
ALIGARH AGRA MATHURA BAREILLY MORADABAD GORAKHPUR AYODHYA HARIDWAR RISHIKESH NAINITAL
GAYA BHAGALPUR MUZAFFARPUR SHILLONG DIBRUGARH SILCHAR JALANDHAR PATIALA BATHINDA
MULTAN FAISALABAD GUJRANWALA SIALKOT SUKKUR LARKANA BAHAWALPUR ABBOTTABAD MARDAN MINGORA
GILGIT MUZAFFARABAD GWADAR SYLHET KHULNA RAJSHAHI BARISAL COMILLA KANDY JAFFNA GALLE
TRINCOMALEE POKHARA BIRATNAGAR THIMPHU
PETALING_JAYA SHAH_ALAM PUTRAJAYA JOHOR_BAHRU KOTA_KINABALU KUCHING GEORGE_TOWN IPOH
SEREMBAN MELAKA KUANTAN KOTA_BHARU ALOR_SETAR KUALA_TERENGGANU MIRI SANDAKAN
SURABAYA BANDUNG MEDAN MAKASSAR DENPASAR YOGYAKARTA SEMARANG PALEMBANG BALIKPAPAN
CEBU DAVAO ILOILO ZAMBOANGA QUEZON_CITY MAKATI
SHARJAH AJMAN FUJAIRAH RAS_AL_KHAIMAH UMM_AL_QUWAIN AL_AIN JEDDAH MECCA MAKKAH
DAMMAM DHAHRAN BASRA MOSUL ERBIL KIRKUK NAJAF KARBALA ADEN SANAA BENGHAZI MISRATA
KANO KADUNA IBADAN ENUGU PORT_HARCOURT JOS MAIDUGURI SOKOTO ILORIN MOMBASA KISUMU NAKURU
ELDORET DAR_ES_SALAAM ARUSHA DODOMA ENTEBBE GULU MEKELLE KUMASI DURBAN BULAWAYO
IZMIR BURSA ANTALYA ADANA KONYA GAZIANTEP DIYARBAKIR TRABZON KAYSERI
HALIFAX SASKATOON FREDERICTON CHARLOTTETOWN WHITEHORSE YELLOWKNIFE IQALUIT
KELOWNA LETHBRIDGE SUDBURY THUNDER_BAY GATINEAU SHERBROOKE
BRISBANE PERTH ADELAIDE HOBART CAIRNS TOWNSVILLE GEELONG
""".split()}

# Lower-case section words some exports print before a headline ("usa  Ferry Service Resumes ...").
SECTION_WORDS = {"usa", "us", "international", "world", "national", "business", "sports", "sport",
                 "politics", "entertainment", "health", "science", "technology", "tech",
                 "financial", "finance", "markets", "nation", "local", "news", "metro", "lifestyle",
                 "travel", "weather", "opinion", "religion", "education", "features"}

# Words of a web page's section or teaser labels, never in a byline printed without "By"
# ("Top Stories | Jan 5", "Live Updates", "Delhi News | ...").
PAGE_LABEL_WORDS = SECTION_WORDS | {"top", "stories", "story", "latest", "live", "updates", "update", "home", "page",
                                    "breaking", "trending", "videos", "photos", "more", "read", "also", "watch",
                                    "headlines", "edition", "city", "state", "desk", "bureau", "team"}

# Labels over a story's summary points, never its headline ("STORY HIGHLIGHTS" / "NEW: ...").
SUMMARY_LABELS = {"STORY HIGHLIGHTS", "HIGHLIGHTS", "KEY POINTS", "KEY FACTS", "AT A GLANCE", "IN BRIEF",
                  "SUMMARY", "THE FACTS", "WHAT WE KNOW", "QUICK READ", "SNAPSHOT"}

# Verbs that open an editor's note on a story's new version ("(Adds company comments)",
# "(Updates with court ruling)", "(Writes through with details)").
NOTE_VERBS = ("Adds", "Updates", "Corrects", "Recasts", "Refiles", "Repeats", "Changes", "Removes", "Fixes",
              "Rewrites", "Inserts", "Moves", "Clarifies", "Writes through", "New throughout", "Edits",
              "Deletes", "Replaces")

# Words that open a web page's time stamp ("Published: 10:02 EST, 3 March 2014", "Updated Nov 06, 2012").
STAMP_LABELS = ("Published", "Updated", "Posted")

# Words a page time stamp is made of, beside dates and times ("updated 9:12 a.m. ET").
STAMP_WORDS = {"updated", "update", "published", "posted", "last", "at", "on", "et", "est", "edt",
               "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "bst", "ist", "cet", "cest", "utc",
               "am", "pm", "news", "hours", "hrs", "ago", "minutes", "mins",
               "min", "minute", "read"}  # "Fri, May 3, 2024, 2:15 AM EDT 2 min read" (Yahoo)

# Desks named in an AP title line ("AP Television Writer", "Associated Press Sports").
TITLE_DESKS = {"television", "sports", "sport", "business", "science", "medical", "health",
               "entertainment", "music", "movie", "film", "drama", "auto", "automotive",
               "technology", "tech", "economics", "education", "energy", "religion", "food",
               "travel", "aerospace", "legal", "labor", "military", "diplomatic", "writer",
               "writers", "correspondent", "photographer", "radio", "video", "racing", "golf",
               "tennis", "basketball", "baseball", "football", "hockey", "soccer", "special"}

# Title words that are also surnames ("Tim Daily", "Emily Post", "Tom Journal"): a two- or
# three-word piece ending in one is a name when nothing else in it is a title.
SURNAME_TITLE_WORDS = {"daily", "post", "press", "times", "herald", "mail", "journal", "chief",
                       "senior", "house", "white", "money", "world", "review", "staff", "news",
                       "wire", "group", "business", "security", "travel", "fashion", "special"}

# Words that open a named thing or a title, never a byline's first name ("by Hurricane Katrina").
HONORIFICS = {"hurricane", "typhoon", "cyclone", "storm", "tropical", "president", "prime",
              "premier", "chancellor", "king", "queen", "prince", "princess", "pope", "judge",
              "justice", "general", "gen", "gov", "governor", "sen", "senator", "rep", "mayor",
              "dr", "mr", "mrs", "ms", "sir", "lord", "lady", "saint", "st", "mount", "lake",
              "cardinal", "bishop", "minister", "secretary", "chairman", "ceo", "coach"}

# A wire's own product names that open a headline ("UPI NewsTrack Business", "AP Exclusive: ...").
AGENCY_PRODUCT_WORDS = {"newstrack", "exclusive", "interview", "poll", "analysis", "explainer",
                        "factbox", "insight", "investigation", "newsbrief", "newsalert", "digest",
                        "briefing", "sports", "summary", "special", "fact", "top", "world",
                        "explains", "focus", "breakingviews"}  # "AP Explains: ...", "UPI Focus: ..."

# Participles that make "by NAME" the agent of a passive, not a byline: "written by Ana Ruiz",
# "reported by ...", "hit by ..." (with every lower-case word ending in -ed).
PASSIVE_PARTICIPLES = {"written", "taken", "given", "made", "done", "shown", "known", "drawn", "chosen",
                       "driven", "held", "led", "won", "told", "sold", "found", "hit", "struck", "brought",
                       "caught", "paid", "built", "run", "seen", "broken", "stolen", "beaten", "hurt",
                       "bought", "sent", "kept", "left", "met", "set", "put", "shot", "cut", "read", "begun"}

# Words that make a "name" an organisation ("Harbor Law Firm LLP", "State University").
ORG_WORDS = {"llp", "llc", "inc", "corp", "ltd", "plc", "holdings", "partners", "associates",
             "company", "university", "institute", "foundation", "council", "committee", "ministry",
             "department", "commission", "authority", "association", "federation", "firm"}

# Headings a web page prints over a list of links under the story ("Most Read from Bloomberg",
# "Related topics"), matched whole, in lower case, without a closing colon.
LINK_HEADINGS = {"related", "related stories", "related topics", "related coverage", "related articles",
                 "related article", "related video", "related videos", "related link",
                 "related content", "related links", "related news", "latest headlines", "latest news",
                 "latest stories", "top stories", "more stories", "more news", "more on this story",
                 "explore more on these topics", "you may also like", "recommended", "recommended stories",
                 "read more", "read also", "also read", "see also", "most read", "most popular", "trending",
                 "trending now", "in other news", "more to explore", "editor's picks", "editors' picks"}

# Words of a page's breadcrumb under its section ("World" / "Asia Pacific", "Markets" / "Commodities").
CRUMB_WORDS = {"asia", "pacific", "middle", "east", "west", "north", "south", "europe", "americas", "america",
               "africa", "uk", "u.s.", "china", "india", "japan", "commodities", "currencies", "energy", "economy",
               "autos", "transportation", "retail", "consumer", "healthcare", "pharmaceuticals", "aerospace",
               "defense", "media", "telecom", "legal", "litigation", "climate", "sustainability", "sustainable",
               "deals", "stocks", "bonds", "rates", "wealth", "cybersecurity", "environment", "industry",
               "government", "soccer", "football", "tennis", "cricket", "golf", "motorsports", "lifestyle",
               "arts", "culture", "breakingviews", "disrupted", "&", "and"}
