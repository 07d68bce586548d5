#!/usr/bin/env python3
"""Synthetic stories with known answers: random combinations of wire parts, in every style.

    python benchmarks/synthetic.py                 300 stories from each generator (seed 1)
    python benchmarks/synthetic.py -n 2000 --seed 7 --only agency --show 5

Each generator assembles a story from parts whose answer is known (a headline, a byline of
one to three invented names, a dateline of a given shape, paragraphs, a credit line, trailers,
page furniture) and lays it out as a wire would: blank-line or indented paragraphs, CRLF,
hard-wrapped at 68 columns, flattened onto one line.  The parser's record is checked field by
field, names and places case-blind as the scorer reads them.  It finds the interactions a
hand-written case does not think of (a caption run on into a byline, a credit glued to a
footer); the corpora (../shared/corpus) stay the measure of accuracy.

Generators: reuters_1987, reuters_web, cnn, dailymail, dailymail_flat, bbc, agnews, agency (AP, ANPA, Xinhua,
AFP, UPI, Bloomberg, Dow Jones, press-release wires), smaller (CP, PA, PTI, Yonhap, dpa, TASS,
EFE, ANSA, WAM, ...), archive (1990s AP Worldstream, NYT News Service, Xinhua and AFP copy as archives hold it),
releases (PR Newswire, CNW, GlobeNewswire, Business Wire, ACCESS Newswire, Newsfile, EIN Presswire),
regional (IANS, ANI, Jiji, BSS, RSS, VNA, PNA, KUNA, QNA, GNA, Anadolu; South Asian web copy),
domain (DOMAIN.md's shapes the others do not draw), envelope (ANPA-1312 and IPTC 7901 with their
control characters), webpaste (Al Jazeera, Guardian, CBC, ABC, DW pages with share bars) and nonwire (texts that are no wire copy, with traps: nothing may be
invented).  Exit code 1 when a story is read wrong.  The parts are invented; no agency copy
is reproduced.
"""
from __future__ import annotations

import argparse
import random
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wirecli import parse  # noqa: E402

FIRST = ["Ann", "Bo", "Cy", "Dee", "Eve", "Flo", "Gus", "Hal", "Ida", "Jan", "Kai", "Lu", "Mo", "Ned", "Ola", "Pia"]
LAST = ["Lee", "Park", "Ng", "Wu", "Fox", "Hu", "Ma", "Berg", "Roe", "Lind", "Sousa", "O'Hara", "de Vries",
        "Van Dyke", "Kowalski", "Al-Amin"]
MONTHS = [("Jan", 1), ("Feb", 2), ("March", 3), ("April", 4), ("May", 5), ("June", 6), ("July", 7), ("Aug", 8),
          ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12)]


def _name(R):
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


def _join(names, R=None):
    if len(names) == 1:
        return names[0]
    if len(names) > 2 and R is not None:
        return ", ".join(names[:-1]) + R.choice([" and ", ", and "]) + names[-1]
    return ", ".join(names[:-1]) + " and " + names[-1]


# -- Reuters web ------------------------------------------------------------------------------

def reuters_web(R):
    """Headline, a note or caption, "By A, B and C", "CITY[/CITY], Mon D (Reuters) -", paragraphs,
    a credit of several roles (parenthesised or not, wrapped, with contacts), a footer."""
    exp = {}
    head = R.choice(["Oil falls on demand worries", "UPDATE 2-Bank weighs sale of unit", "Exclusive: Miner eyes bid",
                     "Fed holds rates, signals patience", "Soccer-City win derby"])
    parts = [head]
    exp["headline"] = head
    if R.random() < 0.3:
        parts.append(R.choice(["(Adds analyst comment, updates prices)", "(This story has been refiled to fix a typo)",
                               "FILE PHOTO: A trader at work in London, May 2, 2023. REUTERS/Jo Roe/File Photo"]))
    bys = [_name(R) for _ in range(R.choice([0, 1, 1, 2, 3]))]
    if bys:
        parts.append("By " + _join(bys) + R.choice(["", "", ", Reuters", " - Analysis"] if len(bys) == 1 else ["", ""]))
    exp["bylines"] = bys
    cities = R.sample([("LONDON", None), ("NEW YORK", None), ("TOKYO", None), ("SAO PAULO", None), ("HOUSTON", "Texas"),
                       ("FRANKFURT", None), ("MEXICO CITY", None), ("BENGALURU", None), ("ST. LOUIS", None),
                       ("DUBAI", "United Arab Emirates")], R.choice([0, 1, 1, 1, 2]))
    dl = "/".join(c for c, _ in cities)
    if len(cities) == 1 and cities[0][1] and R.random() < 0.5:
        dl += ", " + cities[0][1]
    date = None
    if R.random() < 0.6:
        m, k = R.choice(MONTHS)
        d = R.randint(1, 28)
        dl = (dl + ", " if dl else "") + f"{m} {d}"
        date = f"--{k:02d}-{d:02d}"
    dl = (dl + " " if dl else "") + "(Reuters) " + R.choice(["-", "-", "—", "--"]) + R.choice([" ", " ", ""])
    exp["cities"], exp["date"] = [c for c, _ in cities], date
    body = ["Prices rose on Monday as traders weighed supply risks, analysts said.",
            R.choice(["Brent crude was up 12 cents at $84.10 a barrel by 0900 GMT.", "By the end of the session, Brent was up 12 cents.",
                      "LONDON's market closed higher.", "Reporting by the Financial Times first revealed the plan."]),
            "\"We expect more volatility,\" said one trader."]
    paras = body[:R.randint(1, 3)]
    exp["body_start"], exp["body_end"] = paras[0][:20], paras[-1][-20:]
    rep = [_name(R) for _ in range(R.choice([1, 1, 2, 3]))]
    ed = [_name(R) for _ in range(R.choice([1, 1, 2]))]
    roles = ["Reporting by " + _join([r + R.choice(["", " in London", " in Mexico City"]) for r in rep])]
    add, wr = [], []
    if R.random() < 0.3:
        add = [_name(R)]
        roles.append(R.choice(["Additional reporting by ", "additional reporting by "]) + add[0] + R.choice(["", " in Paris"]))
    if R.random() < 0.3:
        wr = [_name(R)]
        roles.append("Writing by " + wr[0])
    roles.append(R.choice(["Editing by ", "editing by ", "Edited by "]) + _join(ed))
    credit = R.choice(["; ", "; ", ", "]).join(roles)
    credit = "(" + credit + ")" if R.random() < 0.8 else credit
    if credit.startswith("(") and R.random() < 0.2:
        credit = "(" + credit[:-1] + "; ann.lee@thomsonreuters.com; +44 20 7542 0000))"
    if R.random() < 0.2 and len(credit) > 50:
        k = credit.rfind(" ", 0, len(credit) // 2)
        credit = credit[:k] + "\n" + credit[k + 1:]
    exp["credit"] = (rep + add + wr, ed)
    tail = [credit]
    if R.random() < 0.4:
        tail.append(R.choice(["Our Standards: The Thomson Reuters Trust Principles.",
                              "(c) Copyright Thomson Reuters 2013. Click For Restrictions - http://about.reuters.com/fulllegal.asp",
                              "((ann.lee@thomsonreuters.com; +44 20 7542 0000))", "Keywords: OIL PRICES/", "Related Coverage",
                              "Acquire Licensing Rights, opens new tab"]))
    flat = R.random() < 0.25
    if not flat and R.random() < 0.2:
        paras = [textwrap.fill(p, 70) for p in paras]
        exp["body_start"] = " ".join(paras[0].split())[:20]
    if flat:
        text = head + "\n\n" + " ".join(parts[1:] + [dl + " ".join(paras)] + tail) + "\n"
    else:
        text = "\n\n".join(parts + [dl + paras[0]] + paras[1:] + tail) + "\n"
    if R.random() < 0.1:
        text = text.replace("\n", "\r\n")
    if R.random() < 0.15 and credit.startswith("(Reporting") and credit in text:
        extra = _name(R)
        text = text.replace(credit, "(Additional reporting by " + extra + ") " + credit)
        exp["credit"] = (exp["credit"][0] + [extra], exp["credit"][1])
    return text, exp


# -- CNN and Daily Mail -----------------------------------------------------------------------

_STORY = ["The mayor resigned on Tuesday after a week of protests, officials said.",
          "\"This is a sad day for the city,\" a council member said.",
          "The council will appoint an interim mayor next week."]
_DOG = ["A dog rescued from a frozen lake has been reunited with its owner.",
        "Firefighters spent an hour pulling the animal from the ice on Sunday.",
        "Its owner, 42, said she was overjoyed."]


def cnn(R):
    """ "PLACE (CNN) --" or "(CNN)", a byline with a CNN title and a web stamp, "Watch ... »",
    "E-mail to a friend", "CNN's A and B contributed to this report.", CNN footers."""
    exp = {}
    parts = []
    head = R.choice([None, "Mayor quits after protests", "Storm batters coast, thousands without power"])
    exp["headline"] = head
    if head:
        parts.append(head)
    bys = [_name(R) for _ in range(R.choice([0, 0, 1, 2]))]
    if bys and head:
        parts.append("By " + _join(bys, R) + R.choice([", CNN", "", ", CNN Political Reporter"]))
        if R.random() < 0.5:
            parts.append(R.choice(["updated 10:41 AM EDT, Tue June 3, 2014", "Updated 1142 GMT (1942 HKT) May 3, 2013"]))
    else:
        bys = []
    exp["bylines"] = bys
    city = R.choice([None, ("COLUMBUS, Ohio", "COLUMBUS"), ("Atlanta", "Atlanta"), ("LONDON, England", "LONDON"),
                     ("WASHINGTON", "WASHINGTON")])
    dl = (city[0] + " " if city else "") + R.choice(["(CNN) -- ", "(CNN) — ", "(CNN)"])
    exp["cities"] = [city[1]] if city else []
    paras = _STORY[:R.randint(2, 3)]
    if len(paras) > 1 and R.random() < 0.3:
        paras.insert(1, "Watch the mayor's farewell speech »")
    exp["body_start"], exp["body_end"] = paras[0][:20], paras[-1][-20:]
    contrib = [_name(R) for _ in range(R.choice([0, 1, 2, 3]))]
    if R.random() < 0.3 and len(parts) > 1:
        text = parts[0] + "\n\n" + " ".join(parts[1:] + [dl + paras[0]] + paras[1:])
    else:
        text = "\n\n".join(parts + [dl + paras[0]] + paras[1:])
    if R.random() < 0.4:
        text += " E-mail to a friend"
    exp["credit"] = None
    if contrib:
        lead = R.choice(["CNN's ", "CNN's ", "CNN's producer ", ""])
        line = lead + _join(contrib, R) + R.choice([" contributed to this report.", " contributed to this story.",
                                                    " also contributed to this report."])
        text += (" " if R.random() < 0.3 else "\n\n") + line
        exp["credit"] = (contrib, [])
    if R.random() < 0.3:
        text += "\n\n" + R.choice(["All About Ohio • Protests", "iReport.com: Share your views", "Copyright 2014 CNN. All rights reserved."])
    return text + "\n", exp


def dailymail(R):
    """A Daily Mail page with line breaks: summary lines, "By A and B For Mailonline" (or "By"
    on a line of its own), the "Published: ... | Updated: ..." stamp, paragraphs."""
    exp = {"headline": R.choice(["Dog rescued from frozen lake is reunited with owner", "Drunk driver jailed for six years"])}
    parts = [exp["headline"]]
    under = []  # a byline and a stamp under the summary lines
    bys = [_name(R) for _ in range(R.choice([0, 1, 1, 2]))]
    if bys:
        under.append(R.choice(["By ", "By\n"]) + " and ".join(bys) + R.choice(["", " For Mailonline", " for MailOnline", " In New York"]))
    elif R.random() < 0.5:
        under.append("By " + R.choice(["Daily Mail Reporter", "Mailonline Reporter"]))
    exp["bylines"] = bys
    if R.random() < 0.7:
        under.append(R.choice(["Published: 10:02 EST, 3 March 2014 | Updated: 11:15 EST, 3 March 2014",
                               "PUBLISHED: 10:02 EST, 3 March 2014 | UPDATED: 11:15 EST, 3 March 2014",
                               "Last updated at 5:04 PM on 12th November 2011"]))
    if under and R.random() < 0.5:  # (summary lines with neither under them read as the first paragraph)
        parts.append("\n".join(R.sample(["Dog fell through ice on Sunday", "Firefighters pulled it out after an hour",
                                          "Owner says she is overjoyed"], R.randint(1, 3))))
    parts += under
    paras = _DOG[:R.randint(2, 3)]
    exp["body_start"], exp["body_end"] = paras[0][:20], paras[-1][-20:]
    exp["cities"], exp["credit"] = [], None
    return "\n\n".join(parts + paras) + R.choice(["", "\n\nShare or comment on this article", ""]) + "\n", exp


def dailymail_flat(R):
    """Daily Mail flattened onto one line: "By . A . and B . PUBLISHED: . ... . | . UPDATED: ... . Text"."""
    exp = {"headline": None}
    bys = [_name(R) for _ in range(R.choice([0, 1, 1, 2]))]
    top = ""
    if bys:
        top = "By . " + " . and ".join(bys) + R.choice([" . ", " For Mailonline . ", " In New York . "])
    elif R.random() < 0.5:
        top = "By . " + R.choice(["Daily Mail Reporter", "Associated Press", "Mail Online Reporter"]) + " . "
    exp["bylines"] = bys
    if R.random() < 0.7:
        top += "PUBLISHED: . 10:02 EST, 3 March 2014 . | . UPDATED: . 11:15 EST, 3 March 2014 . "
    elif R.random() < 0.5:
        top += "Last updated at 5:04 PM on 12th November 2011 . "
    paras = _DOG[:R.randint(1, 3)]
    exp["body_start"], exp["body_end"] = paras[0][:20], paras[-1][-20:]
    exp["cities"], exp["credit"] = [], None
    return top + " ".join(paras) + "\n", exp


# -- Text that is no wire copy, and BBC copy (no dateline, no agency) ---------------------------

_TRAPS = [
    "By the end of the year, the harbour will have a new ferry terminal.",
    "London has long been a magnet for young artists, and the harbour towns are catching up.",
    "Paris - the city everyone loves to hate - was wet all weekend.",
    "Reporting by the local paper first revealed the plan in March.",
    "The editing by the committee took weeks, members said.",
    "Officials told Reuters the plan would go ahead, and AP reported the same.",
    "\"We are delighted,\" said Ana Ruiz, the harbour master.",
    "Ann Lee contributed $5 million to the fund last year.",
    "WASHINGTON has not commented on the plan.",
    "On May 3, 2024 - a Friday - the council voted 5-2.",
    "The report was written by Dr Bo Park of the university.",
    "For more information, visit the council website.",
    "Tickets cost $10 and go on sale on Friday.",
    "BOSTON RED SOX fans packed the bars on Saturday.",
    "Heat the oven to 180C. Beat the butter and sugar.",
    "By comparison, last year's festival drew 3,000 people.",
    "In Nice last week, the commission announced a new initiative.",
    "EU ministers backed the rules on Tuesday.",
    "Mr Lee told the BBC News website he was pleased.",
    "The photo was taken by Cy Ng in 2019.",
]
_BIO = "Ana Ruiz is a retired teacher who lives in the harbour town."


def nonwire(R):
    """Blog posts, reviews, recipes, minutes, letters: sentences that look like a dateline, a
    byline or a credit and are not.  Nothing may be invented (an author's bio is a credit)."""
    head = R.choice([None, "Why small harbours matter", "My year of running", "Harbour town to close car parks",
                     "Review: The Lighthouse", "Lemon drizzle cake", "Minutes of the March meeting"])
    paras = R.sample(_TRAPS, R.randint(2, 5))
    end = R.choice([None, "Thanks for reading!", "Posted by harbourfan at 10:12 PM", "Share this article", "Comments (12)",
                    _BIO, "Sincerely,\nAna Ruiz"])
    text = "\n\n".join(([head] if head else []) + paras + ([end] if end else [])) + "\n"
    exp = {"dateline": None, "bylines": [], "agency": None}
    if end != _BIO:
        exp["credit"] = None
    return text, exp


def bbc(R):
    """BBC copy: a headline, maybe "By A and B" over a BBC title line, paragraphs with traps;
    no dateline, no agency, no credit."""
    head = R.choice(["Harbour town to close car parks", "Council approves new bus lanes", "Ryanair cuts fares on 20 routes"])
    bys = [_name(R) for _ in range(R.choice([0, 1, 1, 2]))]
    top = [head]
    if bys:
        title = R.choice([None, "BBC News", "BBC News, Lakeport", "Business reporter, BBC News", "BBC political correspondent",
                          "Technology correspondent", "BBC News website"])
        top.append("By " + " and ".join(bys) + ("\n" + title if title else ""))
    paras = R.sample(_TRAPS, R.randint(2, 5))
    exp = {"headline": head, "bylines": bys, "dateline": None, "agency": None, "credit": None,
           "body_start": " ".join(paras[0].split())[:20]}
    return "\n\n".join(top + paras) + "\n", exp


# -- AG News one-paragraph items ---------------------------------------------------------------

def agnews(R):
    """ "Title (Source)" over "Source - text", "CITY (AGENCY) - text" or "By NAME    CITY (AP) -- text"."""
    title = R.choice(["Chip maker posts loss", "Oil hits record on supply fears", "Yankees top Red Sox in 11",
                      "Court rejects spam appeal", "Sun opens Solaris code"])
    body = R.choice(["A chip maker swung to a quarterly loss as demand for memory parts fell, the company said on Tuesday.",
                     "Oil prices hit a record above $50 a barrel on Tuesday as supply fears grew...",
                     "Alex Rodriguez homered in the 11th inning as the Yankees beat the Red Sox 5-4 on Friday."])
    cities = [("LONDON", "LONDON"), ("NEW YORK", "NEW YORK"), ("WASHINGTON", "WASHINGTON"), ("SAN FRANCISCO", "SAN FRANCISCO"),
              ("TOKYO", "TOKYO"), ("BRUSSELS, Belgium", "BRUSSELS"), ("SPRINGFIELD, Ill.", "SPRINGFIELD")]
    mode = R.choice(["tag", "city", "by"])
    if mode == "tag":
        src, agency = R.choice([("AP", "AP"), ("Reuters", "Reuters"), ("AFP", "AFP"), ("PC World", "PC World"),
                                ("SPACE.com", "SPACE.com"), ("washingtonpost.com", "washingtonpost.com"),
                                ("Forbes.com", "Forbes.com"), ("TechWeb", "TechWeb"), ("Ziff Davis", "Ziff Davis"),
                                ("Canadian Press", "CP"), ("NewsFactor", "NewsFactor")])
        head, desc = f"{title} ({src})", f"{src} - {body}"
        exp = dict(headline=head, agency=agency, cities=[], bylines=[])
    elif mode == "city":
        (c, city), agency = R.choice(cities), R.choice(["Reuters", "AP", "AFP"])
        head, desc = title, f"{c} ({agency}) {R.choice(['-', '--'])} {body}"
        exp = dict(headline=head, agency=agency, cities=[city], bylines=[])
    else:
        c, city = R.choice(cities)
        printed, names = R.choice([("ANN LEE", ["ANN LEE"]), ("BO PARK and CY NG", ["BO PARK", "CY NG"]),
                                   ("DEE WU, AP Business Writer", ["DEE WU"])])
        head, desc = title, f"By {printed}    {c} (AP) -- {body}"
        exp = dict(headline=head, agency="AP", cities=[city], bylines=names)
    exp["credit"], exp["body_start"] = None, body[:25]
    return f"{head}\n\n{desc}\n", exp


# -- Agency copy: AP, ANPA, Xinhua, AFP, UPI, Bloomberg, Dow Jones, press-release wires ----------

_HEADS = ["Drought grips farm belt as rivers fall", "Senate passes stopgap bill", "China's exports rise 7 pct in January",
          "Oil Slumps as Demand Fears Mount", "Court hears appeal in harbor case", "Floods kill dozens in Nigeria"]
_PLACES = [("DES MOINES, Iowa", ["DES MOINES"]), ("WASHINGTON", ["WASHINGTON"]),
           ("PORT OF SPAIN, Trinidad and Tobago", ["PORT OF SPAIN"]), ("ST. LOUIS", ["ST. LOUIS"]),
           ("FORT COLLINS, Colo.", ["FORT COLLINS"]), ("NAIROBI, Kenya", ["NAIROBI"]), ("McALLEN, Texas", ["McALLEN"]),
           ("THE HAGUE, Netherlands", ["THE HAGUE"]), ("SAN JUAN, Puerto Rico", ["SAN JUAN"]), ("BEIJING", ["BEIJING"]),
           ("UNITED NATIONS", ["UNITED NATIONS"]), ("WINSTON-SALEM, N.C.", ["WINSTON-SALEM"])]
_MIXED = [("Nairobi", ["Nairobi"]), ("Dar es Salaam", ["Dar es Salaam"]), ("Sharm el-Sheikh (Egypt)", ["Sharm el-Sheikh"]),
          ("Port-au-Prince", ["Port-au-Prince"]), ("The Hague", ["The Hague"])]
_CAPS_NAMES = [["ANA RUIZ"], ["ANA RUIZ", "BO PARK"], ["JEAN-LUC DE LA CROIX"], ["MARY O'NEIL", "KIM TONG-HYUNG", "CY DIAZ"]]
_DATES = [("Jan. 5", "--01-05"), ("Sept. 30", "--09-30"), ("March 3", "--03-03"), ("Dec. 31, 1999", "1999-12-31"),
          ("Feb. 7, 2025", "2025-02-07")]
_LEADS = ["32 people were hurt when a bus overturned on a mountain road, police said.",
          "eBay said on Tuesday it would cut 1,000 jobs as demand slows.",
          "U.S. officials said the talks would resume next week in Geneva.",
          "A deepening drought is gripping the farm belt, officials said on Tuesday.",
          "Crews worked overnight to restore power to thousands of homes.",
          "\"We will get this done,\" the mayor said at a news conference.",
          "The plan goes to a vote in May, according to the council."]


def _story(parts: list[str], body: list[str], **exp):
    """The story's lines joined, and its answer with where the body starts and ends."""
    return "\n".join(parts), dict(exp, body_start=body[0][:20], body_end=body[-1][-20:])


def _ap(R):
    place, cities = R.choice(_PLACES)
    names = R.choice(_CAPS_NAMES + [[]])
    parts = [R.choice(_HEADS), ""]
    if R.random() < 0.3:
        parts += ["FILE - Residents wait in line, Jan. 3, 2024. (AP Photo/Ann Lee, File)", ""]
    if names:
        style = R.choice(["two", "one", "comma"])
        if style == "two":
            parts += ["By " + _join(names), "Associated Press", ""]
        elif style == "one":
            parts += ["By " + _join(names) + " Associated Press", ""]
        else:
            parts += ["By " + _join(names) + ", Associated Press Writer" + ("s" if len(names) > 1 else ""), ""]
    body = R.sample(_LEADS, 3)
    parts += [f"{place} (AP) {R.choice(['—', '--', '_', '-'])} {body[0]}", "", body[1], "", body[2], ""]
    cred = None
    if R.random() < 0.6:
        cred, line = R.choice([
            (["Ana Lee"], "Associated Press writer Ana Lee in Cairo contributed to this report."),
            (["Ana Lee", "Bo Kim", "Cy Wu"], "Associated Press writers Ana Lee in Cairo; Bo Kim in Salem, Ore.; and Cy Wu contributed."),
            (["Ana Lee", "Bo Kim"], "Contributing to this report were AP writers Ana Lee and Bo Kim."),
            (["Lee", "Bo Kim"], "Lee reported from Cairo. AP writer Bo Kim contributed from Oslo.")])
        parts += ["___", "", line, ""]
    if R.random() < 0.4:
        parts += [R.choice(["More AP coverage: https://apnews.com/hub/x", "AP-WF-11-13-13 1509GMT<",
                            "Copyright 2024 The Associated Press. All rights reserved."]), ""]
    return _story(parts, body, bylines=names, cities=cities, agency="AP", credit=cred and (cred, []))


def _anpa(R):
    place, cities = R.choice(_PLACES)
    names = R.choice(_CAPS_NAMES + [[]])
    body = R.sample(_LEADS, 3)
    parts = [R.choice(["W2607asian\nr a BC-US--Slug-Here 1stLd-Writethru   11-13 1693",
                       "APW19980227.0476 NEWS STORY 02/27/1998 08:02:00"]),
             "^BC-US--Slug-Here, 1st Ld-Writethru,1140<", f"^{R.choice(_HEADS)}<"]
    if R.random() < 0.5:
        parts += ["^Eds: Updates with new details. With AP Photos.<"]
    if names:
        parts += ["^By " + _join(names) + "=", "^Associated Press Writer" + ("s" if len(names) > 1 else "") + "="]
    parts += [f"\t   {place} (AP) {R.choice(['_', '--'])} {body[0]}", " ", f"\t   {body[1]}", " ", f"\t   {body[2]}", " "]
    cred = None
    if R.random() < 0.5:
        parts += ["\t   ___", " ", "\t   Associated Press writer Ana Lee in Cairo contributed to this report.", " "]
        cred = (["Ana Lee"], [])
    parts += ["\t   AP-WF-11-13-13 1509GMT<", ""]
    return _story(parts, body, bylines=names, cities=cities, agency="AP", credit=cred)


def _xinhua(R):
    place, cities = R.choice(_PLACES)
    d, iso = R.choice(_DATES)
    body = R.sample(_LEADS, 3)
    names = R.choice([[], ["Li Ming"], ["Li Ming", "Wang Fang"]])
    parts = [R.choice(_HEADS), ""]
    if names:
        parts += [("by Xinhua writers " + ", ".join(names)) if len(names) > 1 else "by Xinhua writer " + names[0], ""]
    if R.random() < 0.4:
        d2 = d.replace(",", " ,") if "," in d else d
        parts += [f"{place}, {d2} (Xinhua)", "", body[0], "", body[1], "", body[2], ""]
    else:
        parts += [f"{place}, {d} (Xinhua) -- {body[0]}", "", body[1], "", body[2] + R.choice(["", " Enditem", "\n\nEnditem"]), ""]
    return _story(parts, body, bylines=names, cities=cities, agency="Xinhua", credit=None, date=iso)


def _afp(R):
    place, cities = R.choice(_MIXED)
    body = R.sample(_LEADS, 3)
    names = R.choice([[], ["Ana RUIZ"], ["Ana Ruiz", "Bo Park"]])
    parts = [R.choice(_HEADS), ""]
    if names:
        parts += ["by " + (names[0] if len(names) == 1 else f"{names[0]} with {names[1]} in Paris"), ""]
    parts += [f"{place} (AFP) {R.choice(['-', '–', '—'])} {body[0]}", "", body[1], "", body[2], "",
              R.choice(["ab/cd", "bur-ab/sst", "AFP", ""]), ""]
    return _story(parts, body, bylines=names, cities=cities, agency="AFP", credit=None)


def _upi(R):
    place, cities = R.choice(_PLACES)
    d, iso = R.choice(_DATES)
    body = R.sample(_LEADS, 3)
    names = R.choice([[], ["Ana Ruiz"], ["Ana Ruiz", "Bo Park"]])
    parts = [R.choice(_HEADS), ""]
    if names:
        parts += ["By " + _join(names), ""]
    parts += [f"{place}, {d} (UPI) -- {body[0]}", body[1], body[2], ""]
    return _story(parts, body, bylines=names, cities=cities, agency="UPI", credit=None, date=iso)


def _bloomberg(R):
    body = R.sample(_LEADS, 3)
    names = R.choice([[], ["Ana Ruiz"], ["Ana Ruiz", "Bo Park"]])
    parts = [R.choice(_HEADS), ""]
    if names:
        parts += ["By " + _join(names), ""]
    parts += [R.choice(["(Bloomberg) -- ", ""]) + body[0], "", body[1], "", body[2], ""]
    rep = R.choice([["Ana Lee"], ["Ana Lee", "Bo Kim"]])
    reporting, editing = [], []
    if R.random() < 0.4:
        parts += ["--With assistance from Cy Wu.", ""]
        reporting.append("Cy Wu")
    parts += ["To contact the reporter" + ("s" if len(rep) > 1 else "") + " on this story:",
              ";\n".join(f"{n} in Tokyo at {n.split()[0].lower()}@bloomberg.net" for n in rep), ""]
    reporting += rep
    if R.random() < 0.6:
        parts += ["To contact the editor responsible for this story:", "Dee Fox at dfox@bloomberg.net", ""]
        editing = ["Dee Fox"]
    return _story(parts, body, bylines=names, agency="Bloomberg", credit=(reporting, editing))


def _dowjones(R):
    body = R.sample(_LEADS, 3)
    names = R.choice([[], ["Ana Ruiz"], ["Ana Ruiz", "Bo Park"]])
    place, cities = R.choice([("TOKYO", ["TOKYO"]), ("LONDON", ["LONDON"]), ("", [])])
    parts = [R.choice(_HEADS), ""]
    if names:
        parts += ["By " + _join(names), ""] + (["Of DOW JONES NEWSWIRES", ""] if R.random() < 0.5 else [])
    parts += [(place + "--" if place else "") + body[0], "", body[1], "", body[2], ""]
    cred = None
    if R.random() < 0.7:
        writers = R.choice([["Ana Lee"], ["Ana Lee", "Bo Kim"]])
        parts += ["Write to " + " and ".join(f"{n} at {n.split()[0].lower()}@wsj.com" for n in writers), ""]
        cred = (writers, [])
    parts += ["(END) Dow Jones Newswires", "", "March 07, 2025 10:12 ET (15:12 GMT)", ""]
    return _story(parts, body, bylines=names, cities=cities, agency="Dow Jones", credit=cred)


def _release(R):
    place, cities = R.choice(_PLACES)
    d, iso = R.choice(_DATES[3:])
    body = R.sample(_LEADS, 3)
    if R.random() < 0.5:
        wire, agency = R.choice([("/PRNewswire/ --", "PR Newswire"), ("(GLOBE NEWSWIRE) --", "GlobeNewswire")])
        parts = [R.choice(_HEADS), "", f"{place}, {d} {wire} {body[0]}", "", body[1], "", body[2], "", "SOURCE Contoso Ltd.", ""]
    else:
        agency = "Business Wire"
        parts = [R.choice(_HEADS), "", f"{place}--(BUSINESS WIRE)--{d.replace('.', '')}--{body[0]}", "", body[1], "", body[2], "",
                 "View source version on businesswire.com: https://www.businesswire.com/news/home/1/en/", "", "Contacts",
                 "Media: Jo Lee", ""]  # (the footer ends the body: the contacts under it go with it)
    return _story(parts, body, bylines=[], cities=cities, agency=agency, credit=None, date=iso)


def agency(R):
    """AP (web and ANPA transmission), Xinhua, AFP, UPI, Bloomberg, Dow Jones and press-release
    wires, under page chrome or a note, hard-wrapped, CRLF, indented or without blank lines."""
    gen = R.choice([_ap, _xinhua, _afp, _upi, _bloomberg, _release, _dowjones, _anpa, _anpa])
    text, exp = gen(R)
    if R.random() < 0.25:  # page chrome or a note under the headline
        first, _, rest = text.partition("\n")
        extra = R.choice(["(Updates with comment from the ministry.)", "Updated 3:14 PM EDT, September 12, 2023",
                          "Share\nFacebook\nX\nEmail", "EDITOR'S NOTE — This story is part of a series.", "Leer en español"])
        text = first + "\n\n" + extra + "\n" + rest
    r = R.random()
    if r < 0.2:  # hard-wrapped at 68 columns
        text = "\n".join("\n".join(textwrap.wrap(line, 68)) if len(line) > 68 else line for line in text.split("\n"))
    elif r < 0.35:
        text = text.replace("\n", "\r\n")
    elif r < 0.5:  # ANPA-like indents on the paragraphs below the top
        lines = text.split("\n")
        text = "\n".join(("\t   " + line) if line and line[0].isupper() and i > 3 else line for i, line in enumerate(lines))
    elif r < 0.7:  # no blank lines between paragraphs
        text = text.replace("\n\n", "\n")
    return text, exp


# -- The smaller agencies and syndicates ----------------------------------------------------------

_SMALL_BYLINES = [
    ([], [], None), (["By Ana Ruiz"], ["Ana Ruiz"], None), (["By Ana Ruiz, The Canadian Press"], ["Ana Ruiz"], "CP"),
    (["By Ana Ruiz", "The Canadian Press"], ["Ana Ruiz"], "CP"), (["Ana Ruiz", "The Canadian Press"], ["Ana Ruiz"], "CP"),
    (["By Ian Lowe, Press Association"], ["Ian Lowe"], "Press Association"),
    (["By Ian Lowe, PA Political Correspondent"], ["Ian Lowe"], "PA"),
    (["By Ana Ruiz and Bo Lind"], ["Ana Ruiz", "Bo Lind"], None), (["By KIM SOO-YEON"], ["KIM SOO-YEON"], None),
    (["By ANA RUIZ", "c.2001 Cox News Service"], ["ANA RUIZ"], "Cox News Service"),
    (["By Ana Ruiz", "Knight Ridder Newspapers"], ["Ana Ruiz"], "Knight Ridder Newspapers"),
    (["By Ana Ruiz, dpa"], ["Ana Ruiz"], "dpa"), (["Special Correspondent"], [], None),
    (["By HT Correspondent, New Delhi"], [], None), (["PTI | Jan 5, 2024, 10:12 IST"], [], "PTI"),
    (["Ana Ruiz  |05.01.2024 - Update : 05.01.2024"], ["Ana Ruiz"], None),
    (["By Ana Ruiz, Australian Associated Press"], ["Ana Ruiz"], "Australian Associated Press"),
    (["By Ana Ruiz, New Delhi"], ["Ana Ruiz"], None), (["By Jean-Luc de la Roche, AFP"], ["Jean-Luc de la Roche"], "AFP")]
_SMALL_DATELINES = [
    ("OTTAWA — ", ["OTTAWA"], None, None), ("CHARLOTTETOWN, P.E.I. — ", ["CHARLOTTETOWN"], None, None),
    ("SEOUL, Jan. 5 (Yonhap) -- ", ["SEOUL"], "--01-05", "Yonhap"), ("New Delhi, Jan 5 (PTI) ", ["New Delhi"], "--01-05", "PTI"),
    ("NEW DELHI: ", ["NEW DELHI"], None, None), ("Kochi: ", ["Kochi"], None, None),
    ("TOKYO, Jan. 5 Kyodo - ", ["TOKYO"], "--01-05", "Kyodo"), ("Berlin (dpa) - ", ["Berlin"], None, "dpa"),
    ("MOSCOW, January 5. /TASS/. ", ["MOSCOW"], "--01-05", "TASS"), ("Lima, Jan 5 (EFE).- ", ["Lima"], "--01-05", "EFE"),
    ("(ANSA) - ROME, JAN 5 - ", ["ROME"], "--01-05", "ANSA"),
    ("ABU DHABI, 5th January, 2024 (WAM) -- ", ["ABU DHABI"], "2024-01-05", "WAM"),
    ("ISLAMABAD, Jan 5 (APP): ", ["ISLAMABAD"], "--01-05", "APP"),
    ("KUALA LUMPUR, Jan 5 (Bernama) -- ", ["KUALA LUMPUR"], "--01-05", "Bernama"),
    ("Jakarta (ANTARA) - ", ["Jakarta"], None, "Antara"), ("Abuja, Jan 5, 2024 (NAN) ", ["Abuja"], "2024-01-05", "NAN"),
    ("ATLANTA _ ", ["ATLANTA"], None, None), ("SYDNEY, Jan 5 AAP - ", ["SYDNEY"], "--01-05", "AAP"),
    ("Dhaka, Jan 5 (UNB) - ", ["Dhaka"], "--01-05", "UNB"), ("MOSCOW. Jan 5 (Interfax) - ", ["MOSCOW"], "--01-05", "Interfax"),
    ("PETALING JAYA: ", ["PETALING JAYA"], None, None),
    ("Srinagar (Jammu and Kashmir) [India], January 5 (ANI): ", ["Srinagar"], "--01-05", "ANI"),
    ("Damascus, SANA- ", ["Damascus"], None, "SANA"), ("MANILA, Philippines — ", ["MANILA"], None, None), ("", [], None, None)]
_SMALL_ENDINGS = [
    ([], None, None), (["With files from The Associated Press"], ([], []), "AP"),
    (["— With files from Ana Ruiz in Calgary"], (["Ana Ruiz"], []), None),
    (["This report by The Canadian Press was first published Jan. 5, 2024."], None, "CP"),
    (["(With inputs from PTI)"], ([], []), "PTI"), (["PTI ABC RT"], None, "PTI"), (["--IANS", "ab/vd"], None, "IANS"),
    (["dpa grj rmo"], None, "dpa"), (["AAP cdh/jlw"], None, "AAP"), (["==Kyodo"], None, "Kyodo"),
    (["ana@example.co.kr", "(END)"], ([], []), None), (["(NAN)", "", "Edited by Bo Lind"], ([], ["Bo Lind"]), "NAN"),
    (["-- BERNAMA"], None, "Bernama"), (["Press Association"], None, "Press Association"), (["Agencies"], None, None),
    (["(With agency inputs)"], ([], []), None), (["c.2003 Cox News Service"], None, "Cox News Service"),
    (["Editor: Bo Lind", "Copyright © ANTARA 2024"], ([], ["Bo Lind"]), "Antara"), (["EFE", "", "jgr/fr"], None, "EFE"),
    (["WAM/Ana Ruiz/Bo Lind"], None, "WAM"), (["(Contact Ana Ruiz at aruiz(at)example.com.)"], (["Ana Ruiz"], []), None),
    (["(With PTI inputs)"], ([], []), "PTI"), (["Reporter: Ana Ruiz", "Editor: Bo Lind"], (["Ana Ruiz"], ["Bo Lind"]), None),
    (["This report is auto-generated from PTI news service. Example Print holds no responsibility for its content."], None, "PTI")]
_SMALL_BODIES = [
    ["The government said on Friday it would extend the program for another year, citing strong demand.",
     "Officials said about 50,000 people had used it so far."],
    ["Thousands of people were moved to shelters after heavy rain flooded several districts, officials said.",
     "Relief teams were sent to the worst-hit areas.", "More rain is forecast for the weekend."],
    ["The central bank kept its key rate unchanged on Thursday, saying inflation remained too high.",
     "Most analysts had expected the decision."]]


def smaller(R):
    """Bylines, datelines and endings of the smaller agencies and syndicates (CP, PA, PTI, IANS,
    Yonhap, Kyodo, dpa, TASS, EFE, ANSA, WAM, APP, Bernama, Antara, NAN, AAP, Cox, Knight
    Ridder, ...), laid out plain, without blank lines, with CRLF or with an indented lead."""
    head = R.choice(["Ferry fares frozen for another year", "Rail strike called off after late talks", "Exports rise for third month",
                     "Floods force evacuation of thousands", "Council approves new budget", "Court grants bail to activist",
                     "Minister unveils plan to cut waiting lists", "(LEAD) Exports rise for third month"])
    by, dl, end, body = R.choice(_SMALL_BYLINES), R.choice(_SMALL_DATELINES), R.choice(_SMALL_ENDINGS), R.choice(_SMALL_BODIES)
    top = [head, ""] + (by[0] + [""] if by[0] else [])
    text = "\n".join(top) + "\n" + "\n\n".join([dl[0] + body[0]] + body[1:]) + "\n" + ("\n" + "\n".join(end[0]) + "\n" if end[0] else "")
    layout = R.choice(["plain", "plain", "noblank", "crlf", "indent"])
    if layout == "noblank":
        text = "\n".join(line for line in text.split("\n") if line.strip()) + "\n"
    elif layout == "crlf":
        text = text.replace("\n", "\r\n")
    elif layout == "indent":
        text = text.replace("\n" + dl[0] + body[0], "\n    " + dl[0] + body[0])
    exp = dict(headline=head, bylines=by[1], agency=dl[3] or by[2] or end[2], cities=dl[1], date=dl[2], credit=end[1],
               body_start=body[0][:30], body_end=body[-1][-30:])
    return text, exp


# -- Reuters 1987 ------------------------------------------------------------------------------

_1987_HEADS = ["ACME CORP <ACME> SEES HIGHER 1987 PROFIT", "U.S. FARM EXPORTS SEEN FALLING - USDA",
               "BANK OF JAPAN TO KEEP CREDIT EASY, SOURCES SAY", "GULF STATES <GSU> SETS QUARTERLY DIVIDEND",
               "COCOA PRICES STEADY IN QUIET TRADE", "TEXACO <TX> UNIT IN TALKS ON SALE"]
_1987_PLACES = [("NEW YORK", "NEW YORK"), ("WASHINGTON", "WASHINGTON"), ("TOKYO", "TOKYO"), ("LONDON", "LONDON"),
                ("CHICAGO", "CHICAGO"), ("HOUSTON", "HOUSTON"), ("KUALA LUMPUR", "KUALA LUMPUR"), ("SAO PAULO", "SAO PAULO"),
                ("ST. PAUL, Minn.", "ST. PAUL"), ("GREENWICH, Conn.", "GREENWICH")]
_1987_SENTENCES = ["The company said it expected earnings to rise in the second half of the year as demand recovered.",
                   "Analysts said the move had been widely expected after weeks of talks with creditors.",
                   "Officials said the decision would be reviewed at the next meeting of the board in April.",
                   "Trade sources said shipments were likely to be delayed by bad weather in the region.",
                   "The dollar ended lower against most major currencies in quiet trading, dealers said.",
                   "It said the sale was subject to approval by shareholders and regulators."]
_1987_TABLE = ["Shr 25 cts vs 20 cts", "Net 801,000 vs 703,000", "Revs 6,318,000 vs 3,926,000", "Qtly div 15 cts vs 15 cts prior"]


def reuters_1987(R):
    """1987 Reuters: a capitals headline, maybe "By NAME, Reuters", "    PLACE, Mon D - " over
    paragraphs indented four spaces and wrapped flush left at 65 columns (a paragraph may be
    one short line), results-table rows, and the " Reuter" sign-off."""
    head = R.choice(_1987_HEADS)
    place, city = R.choice(_1987_PLACES)
    m, k = R.choice([("Feb", 2), ("March", 3), ("April", 4), ("June", 6), ("Oct", 10)])
    d = R.randint(1, 28)
    lines = [head]
    bys = []
    if R.random() < 0.1:
        bys = [_name(R)]
        lines.append(f"    By {bys[0]}, Reuters")
    paras = R.sample(_1987_SENTENCES, R.randint(1, 4))
    if R.random() < 0.3:
        paras += R.sample(_1987_TABLE, R.randint(1, 3))
    first = f"{place}, {m} {d} - {paras[0]}"
    for k_, p in enumerate([first] + paras[1:]):
        if R.random() < 0.3 and len(p) < 65:  # a one-line paragraph under another
            lines.append("    " + p)
            continue
        wrapped = textwrap.wrap(p, 65, initial_indent="    ")
        lines += wrapped
    lines.append(R.choice([" Reuter", " Reuter", " REUTER"]))
    text = "\n".join(lines) + "\n"
    exp = dict(headline=head, bylines=bys, cities=[city], date=f"--{k:02d}-{d:02d}", agency="Reuters", credit=None,
               body_start=paras[0][:30], body_end=paras[-1][-20:], paragraphs=len(paras))
    return text, exp


# -- Archive newswire (1990s LDC-style: APW, NYT News Service, Xinhua, AFP) ------------------------

_ARC_HEADS = ["Rebels Agree to Talks on Border Dispute", "Court upholds ban on harbor dredging", "Ferry sinks off coast, 40 missing",
              "Minister Quits Over Arms Deal", "Strike halts port for second day"]
_ARC_PLACES = [("HAVANA", ["HAVANA"]), ("THE HAGUE, Netherlands", ["THE HAGUE"]), ("ADDIS ABABA, Ethiopia", ["ADDIS ABABA"]),
               ("AMHERST, N.Y.", ["AMHERST"]), ("BAGHDAD, Iraq", ["BAGHDAD"]), ("LAKEPORT, Calif.", ["LAKEPORT"]),
               ("NEW YORK", ["NEW YORK"]), ("SAN JUAN, Puerto Rico", ["SAN JUAN"])]
_ARC_BODY = ["The government said Friday it would reopen talks with the rebels next month, ending a six-week pause.",
             "``We are ready to sit down,'' the minister told reporters after a cabinet meeting.",
             "Diplomats said the talks could take place in a neutral country, possibly as early as March.",
             "The dispute over the border has simmered since 1994, when both sides claimed the valley.",
             "About 2,000 people have fled the area since the fighting began, aid groups said."]


def _apw(R):
    place, cities = R.choice(_ARC_PLACES)
    head = R.choice(_ARC_HEADS)
    names = R.choice([[], [], ["ANA RUIZ"], ["BO LIND"], ["ANA RUIZ", "BO LIND"]])
    body = R.sample(_ARC_BODY, R.randint(2, 4))
    slug = R.choice(["BC-Border-Talks", "BC-Harbor-Ruling", "BC-Ferry-Sinking"])
    top = R.choice([
        [f"APW19980227.0{R.randint(100, 999)} NEWS STORY 02/27/1998 08:02:00",
         f"w2381 Cx1f wstmu i Cx13 Cx11 {slug} {R.choice(['', '5thLd ', '1stLd-Writethru '])}02-27 0169", slug, head],
        [f"APW19980911.0{R.randint(100, 999)}  NEWS STORY  09/11/1998 08:36:00", "w1124 &Cx1f; wstm-",
         f"u i &Cx13;  &Cx11;  {slug}     09-11 0352", slug.replace("-", " ").replace("BC ", "BC-", 1), head],
        [f"APW19990410.0{R.randint(100, 999)} ", "1999-04-10 06:27:43", "usa ", head],
        [f"APW20000106.0{R.randint(100, 999)}  NEWS STORY  2000-01-06 01:52", head],
        [head, ""]])
    lines = list(top)
    eds = R.random() < 0.4
    if names:
        by = "By " + " and ".join(names)
        style = R.choice(["codes", "one", "two"])
        if style == "codes":
            lines.append(("UR Eds: ADDS detail in 3rd graf. QL " if eds else "") + f"UR {by} QC UR Associated Press Writer"
                         + ("s" if len(names) > 1 else "") + " QC")
        elif style == "one":
            lines += (["UR Eds: ADDS detail in 3rd graf."] if eds else []) + [by + " Associated Press Writer"]
        else:
            lines += [by, "Associated Press Writer"]
    elif eds:
        lines.append("UR Eds: RECASTS lead; ADDS comment from ministry.")
    lines.append("")
    dash = R.choice(["(AP)_ ", "(AP) _ ", "(AP) -- ", "(AP ) -- "])
    if R.random() < 0.3:
        lines += [f"{place} {dash.rstrip()}", "", body[0]]
    else:
        lines.append(f"{place} {dash}{body[0]}")
    flat = R.random() < 0.3
    if flat:
        lines[-1] += " " + " ".join(body[1:])
    else:
        for p in body[1:]:
            lines += ["", p]
    r = R.random()
    if r < 0.3:
        lines[-1] += " (" + R.choice(["aa-kjd", "ak-jb", "sm-mk"]) + ")"
    elif r < 0.6:
        lines += ["", "&UR; (VAR-cm-kjd)", f"(PROFILE (WS SL:{slug}; CT:i; (REG:EURO;) (REG:AFRI;) (LANG:ENGLISH;)) )",
                  "AP-NY-09-11-98 0836EDT"]
    elif r < 0.8:
        lines += ["", R.choice(["AP-NY-01-06-00 0152", "AP-NY-03-12-95 1234EST"])]
    return "\n".join(lines) + "\n", dict(headline=head, bylines=names, agency="AP", cities=cities, date=None, credit=None,
                                         body_start=body[0][:25], body_end=body[-1][-25:])


def _nyt(R):
    place, cities = R.choice(_ARC_PLACES)
    head = R.choice(_ARC_HEADS)
    caps = R.random() < 0.5
    if caps:
        head = head.upper()
    names = R.choice([[], ["ANA RUIZ"], ["BO LIND"], ["ANA RUIZ", "BO LIND"]])
    body = R.sample(_ARC_BODY, R.randint(3, 5))
    lines = [f"NYT19990312.0{R.randint(100, 999)}  NEWS STORY  1999-03-12 18:41 A8538 &Cx1f; tta-z"]
    if caps and R.random() < 0.5:
        lines.append(f"u i &Cx13;  &Cx11;  BC-BORDER-TALKS-NYT     03-12 0677 BC-BORDER-TALKS-NYT {head}")
    else:
        lines += ["u i &Cx13;  &Cx11;  BC-BORDER-TALKS-NYT     03-12 0677", "BC-BORDER-TALKS-NYT", head]
    if R.random() < 0.3:
        lines.append("(ART ADV: Photos are being sent to NYT photo clients.) (wg)")
    agency = R.choice(["N.Y. Times News Service", "New York Times News Service"])
    if names:
        lines.append("By " + " and ".join(names))
    lines += [R.choice(["c.1999 ", "c. 1999 "]) + agency, ""]
    lines.append(f"{place} _ {body[0]}")
    cut = R.randint(1, len(body) - 1)
    for i, p in enumerate(body[1:], 1):
        if i == cut and R.random() < 0.5:
            lines += ["", R.choice(["(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)", "(Optional add end)", "(BEGIN OPTIONAL TRIM)"])]
        lines += ["", p]
    if R.random() < 0.6:
        lines += ["", " NYT-03-12-99 1841EST &QL; "]
    return "\n".join(lines) + "\n", dict(headline=head, bylines=names, agency=agency, cities=cities, date=None, credit=None,
                                         body_start=body[0][:25], body_end=body[-1][-25:])


def _xie_afp(R):
    head = R.choice(_ARC_HEADS)
    city = R.choice(["NAIROBI", "WARSAW", "BANGKOK", "NICOSIA", "TEHRAN"])
    body = R.sample(_ARC_BODY, R.randint(2, 4))
    m, k = R.choice([("August", 8), ("Nov.", 11), ("April", 4), ("March", 3)])
    d = R.randint(1, 28)
    names = []
    if R.random() < 0.5:
        agency = "Xinhua"
        yr = R.choice([None, 2005])
        dl = f"{city}, {m} {d}" + (f" , {yr}" if yr else "") + " (Xinhua)" + ("" if yr else R.choice([" --", ""]))
        top = [f"XIE19980807.0{R.randint(100, 999)}  NEWS STORY  1998-08-07 12:30"] if R.random() < 0.3 else []
    else:
        agency, yr = "AFP", 1997
        dl = f"{city}, {m} {d} , 1997 (AFP)"
        top = []
        if R.random() < 0.5:
            names = [R.choice(["Ana Ruiz", "Bo Lind", "Cy Ng"])]
            head_line = f"{head} by {names[0]}"
    date = f"{yr}-{k:02d}-{d:02d}" if yr else f"--{k:02d}-{d:02d}"
    lines = top + [head_line if names else head, "", dl, ""] + "\n\n".join(body).split("\n")
    if agency == "Xinhua" and R.random() < 0.3:
        lines += ["", "Enditem"]
    return "\n".join(lines) + "\n", dict(headline=head, bylines=names, agency=agency, cities=[city], date=date, credit=None,
                                         body_start=body[0][:25], body_end=body[-1][-25:])


def _latwp(R):
    place, cities = R.choice(_ARC_PLACES)
    head = R.choice(_ARC_HEADS)
    names = R.choice([["ANA RUIZ"], ["ANA RUIZ", "BO LIND"], ["Ana Ruiz"]])
    body = R.sample(_ARC_BODY, R.randint(2, 4))
    lines = [f"BC-{R.choice(['HARBOR', 'BORDER'])}-TALKS-LADN", head, "", "By " + " and ".join(names),
             R.choice(["Los Angeles Times", "The Washington Post", "Washington Post Staff Writer"]), "", f"{place} _ {body[0]}"]
    for p in body[1:]:
        lines += ["", p]
    lines += ["", R.choice(["(Distributed by Los Angeles Times-Washington Post News Service)", "c.1998 The Washington Post",
                            "c.1998 Los Angeles Times"])]
    return "\n".join(lines) + "\n", dict(headline=head, bylines=names, cities=cities, date=None, credit=None,
                                         body_start=body[0][:25], body_end=body[-1][-25:])  # (the agency is not settled)


def archive(R):
    """1990s newswire as archives hold it: AP Worldstream under a document-id line and an ANPA
    header with its control codes spelled out ("Cx1f", "&Cx13;"), bylines in "UR By NAME QC UR
    Associated Press Writer QC", "(AP)_" datelines, staff codes "(aa-kjd)", "(PROFILE ...)" and
    "AP-NY-09-11-98 0836EDT" trailers; NYT News Service copy ("c.1999 N.Y. Times News Service",
    "CITY _", "(Optional add end)", "NYT-03-12-99 1841EST"); Xinhua and AFP with the dateline
    on its own line ("NAIROBI, Nov. 10 , 2006 (Xinhua)", "Headline by Name"); Los Angeles Times-
    Washington Post news service copy (a paper under the byline, "(Distributed by ...)")."""
    return R.choice([_apw, _apw, _nyt, _nyt, _xie_afp, _latwp])(R)


# -- Press releases as the release wires send them ----------------------------------------------------

_PR_HEADS = ["Contoso Reports Record Fourth-Quarter Revenue", "Fabrikam to Acquire Northwind Labs for $120 Million",
             "Tailspin Toys Names Ana Ruiz Chief Executive Officer", "Litware Launches AI Assistant for Small Business"]
_PR_DECKS = ["Revenue up 18% year over year; full-year guidance raised", "Deal expected to close in the second quarter of 2025"]
_PR_PLACES = [("SAN JOSE, Calif.", ["SAN JOSE"]), ("NEW YORK", ["NEW YORK"]), ("TORONTO", ["TORONTO"]),
              ("AUSTIN, Texas", ["AUSTIN"]), ("Fairfield, Connecticut", ["Fairfield"]), ("LONDON", ["LONDON"]),
              ("BOSTON and LONDON", ["BOSTON", "LONDON"]), ("TAMPA, Fla. and STAMFORD, Conn.", ["TAMPA", "STAMFORD"]),
              ("SINGAPORE", ["SINGAPORE"]), ("VANCOUVER, BC", ["VANCOUVER"])]
_PR_BODY = ["Contoso Ltd. (NASDAQ: CTSO), a maker of industrial sensors, today announced results for the quarter ended Dec. 31, 2024.",
            "\"This was a strong quarter for our team,\" said Ana Ruiz, chief executive officer of Contoso.",
            "Revenue for the quarter was $84.2 million, up 18% from $71.3 million a year earlier.",
            "The company will host a conference call at 5:00 p.m. ET today to discuss the results."]
_PR_ABOUT = ["About Contoso", "Contoso Ltd. designs and builds sensors for factories and warehouses. For more information, visit www.contoso.com."]
_PR_CONTACT = [["Media Contact:", "Jo Lee", "press@contoso.com", "+1 555-0100"], ["Investor Contact", "Bo Park, Contoso Ltd.", "ir@contoso.com"],
               ["CONTACT: Jo Lee, +1 555-0100, press@contoso.com"]]
_PR_DATES = [("Feb. 10, 2025", "February 10, 2025", "2025-02-10"), ("Jan. 5, 2024", "January 05, 2024", "2024-01-05"),
             ("Sept. 30, 2024", "September 30, 2024", "2024-09-30")]


def releases(R):
    """Press releases: "CITY, St., Feb. 10, 2025 /PRNewswire/ --" (and -FirstCall, -USNewswire, /CNW/,
    /EINPresswire.com/), "(GLOBE NEWSWIRE) --", "--(BUSINESS WIRE)--Date--", "CITY, ST / ACCESS Newswire /
    Date /", "--(Newsfile Corp. - Date) -"; a deck, a "News provided by" block, share bars; the body
    with its "About" section and contacts, then "View original content", "SOURCE Company", "/CONTACT: .../"."""
    head = R.choice(_PR_HEADS)
    place, cities = R.choice(_PR_PLACES)
    short, long_, iso = R.choice(_PR_DATES)
    body = R.sample(_PR_BODY, R.randint(2, 4))
    if R.random() < 0.5:
        body += _PR_ABOUT
    if R.random() < 0.4:
        body += R.choice(_PR_CONTACT)
    style = R.choice(["prn", "prn", "globe", "bw", "access", "newsfile", "cnw", "ein"])
    if style == "prn":
        agency = "PR Newswire"
        dl = f"{place}, {short} /{R.choice(['PRNewswire', 'PRNewswire', 'PRNewswire-FirstCall', 'PRNewswire-USNewswire'])}/ {R.choice(['--', '-', '—'])} "
    elif style == "cnw":
        agency, dl = "CNW", f"{place}, {short} /CNW/ - "
    elif style == "ein":
        agency, dl = "EIN Presswire", f"{place}, {long_} /EINPresswire.com/ -- "
    elif style == "globe":
        agency, dl = "GlobeNewswire", f"{place}, {short.replace('Feb. 10', 'Feb. 10').replace('Jan. 5', 'Jan. 05')} (GLOBE NEWSWIRE) {R.choice(['--', '—'])} "
    elif style == "bw":
        agency, dl = "Business Wire", f"{place}--(BUSINESS WIRE)--{long_}--"
    elif style == "access":
        agency = "ACCESS Newswire"
        place, cities = R.choice([("RENO, NV", ["RENO"]), ("MUNICH, DE", ["MUNICH"]), ("NEW YORK, NY", ["NEW YORK"])])
        dl = f"{place} / ACCESS Newswire / {long_} / "
    else:
        agency = "Newsfile"
        place, cities = R.choice([("Vancouver, British Columbia", ["Vancouver"]), ("Toronto, Ontario", ["Toronto"])])
        dl = f"{place}--(Newsfile Corp. - {long_}) - "
    lines = [head, ""]
    if R.random() < 0.4:
        lines += [R.choice(_PR_DECKS), ""]
    if R.random() < 0.2:  # the release page's block under the headline
        lines += ["NEWS PROVIDED BY", "Contoso Ltd.", f"{short.replace('.', '')}, 08:00 ET", ""]
    if R.random() < 0.15:
        lines += ["Share this article", ""]
    if style == "bw" and R.random() < 0.5:
        lines += [dl.rstrip(), "", body[0]]
    else:
        lines.append(dl + body[0])
    for p in body[1:]:
        lines += ["", p]
    trail = {"prn": ["View original content:https://www.prnewswire.com/news-releases/contoso-reports-302000000.html",
                     "SOURCE Contoso Ltd."],
             "cnw": ["SOURCE Contoso Ltd."],
             "ein": ["Legal Disclaimer:", "EIN Presswire provides this news content \"as is\" without warranty of any kind."],
             "globe": ["Copyright 2025 GlobeNewswire, Inc."],
             "bw": ["View source version on businesswire.com: https://www.businesswire.com/news/home/20250210/en/"],
             "access": ["SOURCE: Contoso Ltd.", "View the original press release on ACCESS Newswire"],
             "newsfile": ["To view the source version of this press release, please visit https://www.newsfilecorp.com/release/1"]}[style]
    if style == "prn" and R.random() < 0.3:
        trail = ["SOURCE Contoso Ltd.", "-0-   02/10/2005", "/CONTACT: Jo Lee of Contoso Ltd., +1-555-0100, press@contoso.com/",
                 "/Web site: http://www.contoso.com /", "(CTSO)"]  # the 1990s-2000s trailer
    if R.random() < 0.5 or style in ("ein",):
        lines += [""] + trail
    else:
        lines += [""] + trail[:1] if style not in ("ein",) else []
    text = "\n".join(lines) + "\n"
    if R.random() < 0.15:  # a plain-text feed hard-wrapped at 68 columns (never inside a wire's name)
        text = "\n".join("\n".join(textwrap.wrap(ln, 68, break_on_hyphens=False)) if len(ln) > 68 else ln
                         for ln in text.split("\n"))
    if R.random() < 0.15:
        text = text.replace("\n", "\r\n")
    return text, dict(headline=head, bylines=[], agency=agency, cities=cities, date=iso, credit=None,
                      body_start=body[0][:25], body_end=body[-1][-25:])


# -- National agencies of Asia, the Gulf and Africa, and South Asian newspaper web copy ------------------

_REG_DATELINES = [
    ("New Delhi, Jan 5 (IANS) ", ["New Delhi"], "--01-05", "IANS"), ("Mumbai, Jan 5 (IANS): ", ["Mumbai"], "--01-05", "IANS"),
    ("New Delhi [India], January 5 (ANI): ", ["New Delhi"], "--01-05", "ANI"),
    ("Chennai, Jan 5 (PTI) ", ["Chennai"], "--01-05", "PTI"),
    ("BEIJING, Jan. 5 (Xinhua) -- ", ["BEIJING"], "--01-05", "Xinhua"),
    ("TOKYO, Jan. 5 (Jiji Press)--", ["TOKYO"], "--01-05", "Jiji Press"),
    ("TOKYO, Jan. 5 Kyodo - ", ["TOKYO"], "--01-05", "Kyodo"),
    ("Dhaka, Jan 5 (BSS) - ", ["Dhaka"], "--01-05", "BSS"), ("Kathmandu, Jan 5 (RSS): ", ["Kathmandu"], "--01-05", "RSS"),
    ("Hanoi (VNA) - ", ["Hanoi"], None, "VNA"), ("Manila (PNA) -- ", ["Manila"], None, "PNA"),
    ("KUWAIT, Jan 5 (KUNA) -- ", ["KUWAIT"], "--01-05", "KUNA"), ("DOHA, Jan 5 (QNA) - ", ["DOHA"], "--01-05", "QNA"),
    ("Islamabad, Jan 5 (APP): ", ["Islamabad"], "--01-05", "APP"),
    ("SEOUL, Jan. 5 (Yonhap) -- ", ["SEOUL"], "--01-05", "Yonhap"),
    ("ANKARA ", ["ANKARA"], None, None), ("Accra, Jan 5, GNA - ", ["Accra"], "--01-05", "GNA"),
    ("NEW DELHI: ", ["NEW DELHI"], None, None), ("Lucknow: ", ["Lucknow"], None, None),
    ("KYODO NEWS - Jan 5, 2024 - 10:30 | Business, All\n\n", [], None, "Kyodo News"),  # Kyodo's web stamp, no dateline
]
_REG_BYLINES = [
    ([], [], None), (["By Ana Ruiz"], ["Ana Ruiz"], None),
    (["Express News Service"], [], None), (["By Express News Service"], [], None), (["Our Bureau"], [], None),
    (["Staff Reporter"], [], None), (["By Special Correspondent"], [], None),
    (["Written by Ana Ruiz | New Delhi |", "Updated: January 5, 2024 10:12 IST"], ["Ana Ruiz"], None),
    (["Ana Ruiz  |05.01.2024 - Update : 05.01.2024"], ["Ana Ruiz"], None),
    (["by Xinhua writer Li Ming"], ["Li Ming"], "Xinhua"),
    (["Express News Service", "New Delhi | Updated: January 5, 2024 10:12 IST"], [], None),
    (["Ana Ruiz | New Delhi | Updated: January 5, 2024 10:12 IST"], ["Ana Ruiz"], None),
    (["Written by Ana Ruiz", "New Delhi | Updated: January 5, 2024 10:12 IST"], ["Ana Ruiz"], None),
]
_REG_ENDINGS = [
    ([], None, None), (["--IANS", "ab/vd"], None, "IANS"), (["(ANI)"], None, "ANI"), (["PTI ABC RT"], None, "PTI"),
    (["Editor: Li Ming"], ([], ["Li Ming"]), None), (["[Editor: Li Ming]"], ([], ["Li Ming"]), None),
    (["(END)"], None, None), (["==Kyodo"], None, "Kyodo"), (["KUNA"], None, "KUNA"),
    (["(With inputs from agencies)"], ([], []), None), (["Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form."], None, "Anadolu Agency"),
]
_REG_BODIES = [
    ["The state government on Friday announced a relief package for farmers hit by unseasonal rain in 12 districts.",
     "Officials said about 40,000 families would get help.", "The opposition called the package too small."],
    ["Exports rose 7.2 percent in December from a year earlier, the trade ministry said on Friday.",
     "Shipments of chips and cars led the gains."],
]


def regional(R):
    """National agencies beyond the big wires (IANS, ANI, PTI, Jiji, BSS, RSS, VNA, PNA, KUNA, QNA, APP,
    GNA, Xinhua, Kyodo, Yonhap, Anadolu) and South Asian newspaper web copy: house bylines ("Express News
    Service", "Our Bureau"), "Written by A | City | Updated: ...", "CITY:" datelines, "Editor:" lines,
    "--IANS" / "(ANI)" / desk-code sign-offs."""
    head = R.choice(["Relief package for rain-hit farmers", "Exports rise for third month", "Court grants bail to activist",
                     "Minister unveils plan to cut waiting lists"])
    by, dl, end, body = R.choice(_REG_BYLINES), R.choice(_REG_DATELINES), R.choice(_REG_ENDINGS), R.choice(_REG_BODIES)
    if dl[0] == "ANKARA ":  # Anadolu's place line goes with its own byline or none
        by = R.choice([_REG_BYLINES[0], _REG_BYLINES[8]])
    elif dl[3] == "Kyodo News":  # and Kyodo's web stamp with none, and no other agency's sign-off
        by, end = _REG_BYLINES[0], R.choice([e for e in _REG_ENDINGS if e[2] in (None, "Kyodo")])
    lines = [head, ""] + (by[0] + [""] if by[0] else [])
    if dl[0] == "ANKARA ":
        lines += ["ANKARA", "", body[0]]
    else:
        lines.append(dl[0] + body[0])
    for p in body[1:]:
        lines += ["", p]
    if end[0]:
        if end[0] == ["(ANI)"] and R.random() < 0.5:
            lines[-1] += " (ANI)"
        else:
            lines += [""] + end[0]
    text = "\n".join(lines) + "\n"
    layout = R.choice(["plain", "plain", "noblank", "crlf", "wrap", "wrap-noblank"])
    if layout.startswith("wrap"):  # hard-wrapped at 68 columns, footers too
        text = "\n".join("\n".join(textwrap.wrap(line, 68)) if len(line) > 68 else line for line in text.split("\n"))
    if layout.endswith("noblank"):
        text = "\n".join(line for line in text.split("\n") if line.strip()) + "\n"
    elif layout == "crlf":
        text = text.replace("\n", "\r\n")
    return text, dict(headline=head, bylines=by[1], agency=dl[3] or by[2] or end[2], cities=dl[1], date=dl[2],
                      credit=end[1], body_start=body[0][:30], body_end=body[-1][-30:])


# -- Shapes DOMAIN.md describes that the generators above do not draw -----------------------------------

_DOM_PLACES = [  # (printed, cities)
    ("NEW YORK and CHICAGO", ["NEW YORK", "CHICAGO"]), ("CALGARY, Alberta", ["CALGARY"]),
    ("FREDERICKSBURG, Virginia/ST. JOHN'S, Antigua", ["FREDERICKSBURG", "ST. JOHN'S"]),
    ("SACRAMENTO, Calif.", ["SACRAMENTO"]), ("LANSING, Mich.", ["LANSING"]), ("ALBANY, N.Y.", ["ALBANY"]),
    ("SALEM, Ore.", ["SALEM"]), ("JOPLIN, Mo.", ["JOPLIN"]), ("WICHITA, Kan.", ["WICHITA"]),
    ("JUNEAU, Alaska", ["JUNEAU"]), ("BOISE, Idaho", ["BOISE"]), ("AMES, Iowa", ["AMES"]), ("BANGOR, Maine", ["BANGOR"]),
    ("TOLEDO, Ohio", ["TOLEDO"]), ("PROVO, Utah", ["PROVO"]), ("HILO, Hawaii", ["HILO"]), ("EL PASO, Texas", ["EL PASO"]),
    ("BUENOS AIRES, Argentina", ["BUENOS AIRES"]), ("GIBRALTAR", ["GIBRALTAR"]), ("QUEBEC CITY", ["QUEBEC CITY"]),
    ("WASHINGTON, D.C.", ["WASHINGTON"]), ("VATICAN CITY", ["VATICAN CITY"]), ("KUWAIT CITY", ["KUWAIT CITY"]),
]
_DOM_BYLINES = [  # (lines, names, agency named by the byline)
    (["By Ana Ruiz, Health and Science Editor"], ["Ana Ruiz"], None),
    (["By ANA RUIZ", "For The Associated Press"], ["ANA RUIZ"], "AP"),
    (["By BO LIND", "AP Sports Writer"], ["BO LIND"], "AP"),
    (["By The Associated Press"], [], "AP"),
    (["By Dana R. La Piana"], ["Dana R. La Piana"], None),
    (["By Dee d'Emilio and Ian O'Grady"], ["Dee d'Emilio", "Ian O'Grady"], None),
    (["By Marie-France Han"], ["Marie-France Han"], None),
    (["By Cy Ward Jr."], ["Cy Ward Jr"], None),
    (["By Lu Park - Analysis"], ["Lu Park"], None),
    (["By ANA RUIZ and BO LIND"], ["ANA RUIZ", "BO LIND"], None),
]
_DOM_LEADS = ["Officials said on Tuesday they would review the plan after a week of protests by farmers.",
              "Shares of the company fell 4 percent in early trading after it cut its forecast.",
              "The storm knocked out power to about 40,000 homes, the utility said."]
_DOM_MORE = ["\"We are not there yet,\" one official said.", "The review is expected to take two months."]
_DOM_CREDITS = [  # (printed, reporting, editing, agency the credit names)
    ("(Compiled by Ana Ruiz; Editing by Bo Lind)", ["Ana Ruiz"], ["Bo Lind"], None),
    ("(Additional reporting and writing by Ana Ruiz; Editing by Bo Lind)", ["Ana Ruiz"], ["Bo Lind"], None),
    ("(Reporting by Ana Ruiz in Washington, D.C.; Editing by Bo Lind and Cy Ng)", ["Ana Ruiz"], ["Bo Lind", "Cy Ng"], None),
    ("(Reporting by Ana Ruiz, with Bo Lind in Brussels; Editing by Cy Ng)", ["Ana Ruiz", "Bo Lind"], ["Cy Ng"], None),
    ("(Reporting by Ana Ruiz; Editing by Bo Lind)\n((ana.ruiz@thomsonreuters.com; +1 202 555 0100))", ["Ana Ruiz"], ["Bo Lind"], None),
    ("(Reporting by Ana Ruiz)\n(Editing by Bo Lind)", ["Ana Ruiz"], ["Bo Lind"], None),
    ("APTN contributor Ana Ruiz in Lima helped with this story.", ["Ana Ruiz"], [], None),
    ("Associated Press writers Ana Ruiz in Cairo; Bo Lind in Salem, Ore.; and Cy Ng in Lima contributed to this report.",
     ["Ana Ruiz", "Bo Lind", "Cy Ng"], [], None),
    ("The Associated Press contributed to this report.", [], [], "AP"),
    ("- Reporting by: Ana Ruiz in Vienna, Bo Lind in Geneva\n  and Cy Ng in New York\n- Editing by: Dee Fox, +49 30 555 0100",
     ["Ana Ruiz", "Bo Lind", "Cy Ng"], ["Dee Fox"], None),
    ("To contact Bloomberg News staff for this story:\nAna Ruiz in Tokyo at aruiz@bloomberg.net", ["Ana Ruiz"], [], None),
]


def domain(R):
    """DOMAIN.md's shapes no other generator draws: places joined by "and" or "/" with regions
    ("FREDERICKSBURG, Virginia/ST. JOHN'S, Antigua"), provinces and AP's state forms, an aggregator
    before the dateline ("Canadian Press - CITY (AP) -"), flash marks, bylines with a desk title,
    "For The Associated Press", house bylines, names with initials, particles and suffixes,
    "Compiled by", "with X in Brussels", contacts in double parentheses, two credit parentheses,
    APTN and AP house credits, dpa's "- Reporting by:" lines and Bloomberg's staff contact."""
    place, cities = R.choice(_DOM_PLACES)
    by_lines, names, by_agency = R.choice(_DOM_BYLINES + [([], [], None)] * 3)
    printed, rep, ed, cr_agency = R.choice(_DOM_CREDITS + [(None, [], [], None)] * 2)
    agency, mark = R.choice([("Reuters", "(Reuters) - "), ("AP", "(AP) — "), ("AP", "(AP) _ "), ("Reuters", "(Reuters) -")])
    dl = f"{place} {mark}"
    if R.random() < 0.15:
        dl = R.choice(["Canadian Press - ", "The Canadian Press - "]) + f"{place} (AP) - "
        agency = "AP"
    elif R.random() < 0.1:
        dl = "****" + dl
    body = [R.choice(_DOM_LEADS)] + R.sample(_DOM_MORE, R.randint(0, 2))
    lines = [R.choice(["Farm plan under review after protests", "Storm cuts power to thousands"]), ""]
    if R.random() < 0.2:
        lines += [R.choice(["(Corrects name in paragraph 3)", "(Adds details from utility)"]), ""]
    if by_lines:
        lines += by_lines + [""]
    lines.append(dl + body[0])
    for p in body[1:]:
        lines += ["", p]
    if printed:
        lines += [""] + (["___", ""] if "Associated Press" in printed or "APTN" in printed else []) + [printed]
    if R.random() < 0.3:  # hard-wrapped at 68 columns (the dateline's line kept whole), maybe with no blank lines
        lines = [ln if ln.startswith(dl) else "\n".join(textwrap.wrap(ln, 68)) if len(ln) > 68 else ln for ln in lines]
        if R.random() < 0.5:
            lines = [ln for ln in lines if ln]
    text = "\n".join(lines) + "\n"
    exp = dict(bylines=names, agency=agency, cities=cities, date=None, body_start=body[0][:25], body_end=body[-1][-25:],
               credit=(rep, ed) if printed else None)
    return text, exp


# -- Transmission envelopes with their control characters (ANPA-1312, IPTC 7901) ------------------------

_ENV_HEADS = ["Storm Damages Homes in Coastal Town", "Port Strike Enters Second Week", "Rail Union Calls Off Walkout"]
_ENV_BODY = ["A storm with winds of 70 mph tore roofs off homes on Thursday, officials said.",
             "``It was terrifying,'' said one resident.", "The weather service said the storm would move out to sea by Friday.",
             "Crews expected to restore power to most homes by the weekend."]


def _anpa_env(R):
    place, cities = R.choice([("SEABROOK, N.H.", ["SEABROOK"]), ("NEW YORK", ["NEW YORK"]), ("BOISE, Idaho", ["BOISE"])])
    head = R.choice(_ENV_HEADS)
    body = R.sample(_ENV_BODY, R.randint(2, 4))
    names = R.choice([[], ["JOHN DOE"], ["ANA RUIZ", "BO LIND"]])
    sel = R.choice(["\x16\x16\x01a0123 \x1fAP", "\x16\x16\x01f0704\x1freute", "\x01a0593 4 n"])
    lines = [sel, f"{R.choice(['r', 'u', 'b'])} {R.choice(['a', 'f', 'i'])} BC-Storm-Damage {R.choice(['', '1stLd-Writethru '])}10-12 0456\x02"]
    caret = R.random() < 0.6
    if caret:
        lines += ["^BC-Storm-Damage,0456<", f"^{head}<"]
        lines += R.sample(["^AP Photo NY101<", "^Eds: Updates with power figures.<", "^LaserPhoto NY7<"], R.randint(0, 2))
        if names:
            lines += ["^By " + " and ".join(names) + "=", "^Associated Press Writer" + ("s" if len(names) > 1 else "") + "="]
    else:
        lines += [head]
        if names:
            lines += ["By " + " and ".join(names), "Associated Press Writer"]
    ind = R.choice(["\t", "   ", "\t   "])
    lines.append(f"{ind}{place} (AP) {R.choice(['_', '--'])} {body[0]}")
    lines += [ind + p for p in body[1:]]
    end = R.choice([[f"{ind}AP-NY-10-12-95 1423EDT<", "\x03"], ["\x03"], [f"{ind}MORE", "\x03"], [f"{ind}AP-WF-11-13-13 1509GMT", "\x03\x04"]])
    lines += end
    return "\n".join(lines) + "\n", dict(headline=head, bylines=names, agency="AP", cities=cities, date=None, credit=None,
                                         body_start=body[0][:25], body_end=body[-1][-25:])


def _iptc_env(R):
    city = R.choice(["Berlin", "Hamburg", "Vienna"])
    head = R.choice(_ENV_HEADS)
    body = [b.replace("``", "\"").replace("''", "\"") for b in R.sample(_ENV_BODY, R.randint(2, 4))]
    lines = [f"\x01eca062 4 i {R.randint(120, 400)} ccccb", "Germany-weather/", "\x02" + head + " ="]
    if R.random() < 0.3:
        lines += ["By Ana Ruiz, dpa ="]
    ind = R.choice(["   ", ""])
    lines.append(f"{ind}{city} (dpa) - {body[0]}")
    lines += [ind + p for p in body[1:]]
    lines += [R.choice(["dpa wsz jln npr", "dpa sw yyzz a3 ldr"]), f"\x03131137 GMT Nov 13\x04"]
    names = ["Ana Ruiz"] if "By Ana Ruiz, dpa =" in lines else []
    return "\n".join(lines) + "\n", dict(headline=head, bylines=names, agency="dpa", cities=[city], date=None, credit=None,
                                         body_start=body[0][:25], body_end=body[-1][-25:])


def envelope(R):
    """Stories inside their transmission envelope, control characters and all: ANPA-1312 (SYN SYN
    SOH selector US originator, the keyword line, STX, caret-coded top lines, tab-indented text,
    the filing line, "MORE", ETX, EOT) and IPTC 7901 (dpa: SOH source line, keyword line ending
    "/", "Headline =", editor codes, "ETX 131137 GMT Nov 13 EOT")."""
    text, exp = R.choice([_anpa_env, _iptc_env])(R)
    if R.random() < 0.2:
        text = text.replace("\n", "\r\n")
    elif R.random() < 0.2:  # a blank line between the paragraphs
        text = text.replace("\n\t", "\n \n\t").replace("\n   ", "\n\n   ")
    return text, exp


# -- Web pages of broadcasters and papers, pasted with their share bars ---------------------------------

_WEB_HEADS = ["Harbour town votes to ban cruise ships", "Wildfire forces thousands from their homes",
              "Central bank holds rates as inflation cools"]
_WEB_DECKS = ["The council says the ships damage the old port and crowd its streets.",
              "Officials say the fire has burned more than 20,000 hectares since Tuesday."]
_WEB_BODY = ["Residents of the harbour town voted on Sunday to ban large cruise ships from its old port, officials said.",
             "The ban takes effect next year and applies to ships carrying more than 1,000 passengers.",
             "\"We want our streets back,\" said one resident, who has lived in the town for 40 years.",
             "Tour operators said the decision would cost hundreds of jobs."]
_SHARE = [["Share"], ["Share", "Facebook", "Twitter", "Email"], ["Save", "Share", "Copy link"], ["Share on Facebook", "Share on X"],
          ["Click here to share on social media"]]


def webpaste(R):
    """Broadcaster and newspaper pages copied as text (Al Jazeera, the Guardian, CBC, ABC Australia,
    DW): a standfirst, a byline with or without "By" beside a web stamp, share bars above and
    below the text, and the page's footer; no dateline."""
    head = R.choice(_WEB_HEADS)
    body = R.sample(_WEB_BODY, R.randint(2, 4))
    names = R.choice([[], ["Ana Ruiz"], ["Ana Ruiz", "Bo Lind"]])
    site = R.choice(["aljazeera", "guardian", "cbc", "abc", "dw"])
    exp = dict(headline=head, bylines=names, cities=[], date=None, body_start=body[0][:25], body_end=body[-1][-25:])
    lines = [head, ""]
    deck = None
    if R.random() < 0.6:
        deck = R.choice(_WEB_DECKS)
        lines += [deck, ""]
    joined = " and ".join(names)
    foot: list[str] = []
    if site == "aljazeera":
        if names:
            lines += ["By " + joined, ""]
        lines += ["Published On 5 Jan 2024", ""]
        foot = [R.choice(["Source: Al Jazeera and news agencies", "Source: Al Jazeera"])]
        exp["agency"] = None
    elif site == "guardian":
        if names:
            lines += [joined + R.choice(["", " in Lakeport"]), "Mon 5 Jan 2024 12.30 GMT"]
        else:
            lines += R.choice([[], ["Staff and agencies"]]) + ["Mon 5 Jan 2024 12.30 GMT"]
        lines += ["Last modified on Mon 5 Jan 2024 14.02 GMT", ""]
        foot = R.choice([["Explore more on these topics", "Cruise ships", "Europe", "news"], ["Reuse this content"]])
        exp.update(agency=None, credit=None)
    elif site == "cbc":
        stamp = "Posted: Jan 05, 2024 4:00 AM EST | Last Updated: January 5"
        lines += [(joined + " · CBC News · " if names else "CBC News · ") + stamp, ""]
        if R.random() < 0.5:
            foot = ["With files from The Canadian Press"]
            exp.update(agency="CP", credit=([], []))
        else:
            exp.update(agency=None, credit=None)
    elif site == "abc":
        if names:
            lines += ["By " + joined, ""]
        lines += ["Posted Fri 5 Jan 2024 at 4:00am, updated Fri 5 Jan 2024 at 6:12am", ""]
        foot = R.choice([[], ["Get our breaking news alert"]])
        exp.update(agency=None, credit=None)
    else:
        if names:
            lines += [joined + R.choice(["", " with AFP, Reuters"]), ""]
        lines += ["01/05/2024", ""]
        foot = R.choice([["ar/bo (AFP, Reuters)"], ["ar/bo (dpa, AP)"], []])
    if R.random() < 0.7:
        lines += R.choice(_SHARE) + [""]
    for p in body:
        lines += [p, ""]
    if R.random() < 0.5:
        lines += R.choice(_SHARE) + [""]
    lines += foot
    text = "\n".join(lines).rstrip("\n") + "\n"
    if R.random() < 0.2:
        text = "\n".join(line for line in text.split("\n") if line.strip()) + "\n"
        if site == "dw" and (deck or f"\n{joined}\n" in text):  # DW's date alone is read only as a
            # paragraph of its own: squeezed, "Ana Ruiz" / "01/05/2024" is an invoice's name over its date
            # (no byline, and a deck over it is the body's start); "Ana Ruiz with AFP, Reuters" under
            # the headline names its agencies: a byline still
            exp.update(bylines=[], body_start=(deck or joined)[:25])
    return text, exp


GENERATORS = {g.__name__: g for g in (reuters_1987, reuters_web, cnn, dailymail, dailymail_flat, bbc, agnews, agency, smaller, archive, releases, regional, domain, envelope, webpaste, nonwire)}


# -- The check ------------------------------------------------------------------------------------

def _fold(values) -> list[str]:
    return [" ".join(v.replace("’", "'").split()).casefold() for v in values]


def check(story, exp: dict) -> list[str]:
    """What the record gets wrong against ``exp`` (only the keys ``exp`` has are checked)."""
    errs = []
    if "headline" in exp and story.headline != exp["headline"]:
        errs.append(f"headline: {story.headline!r}, want {exp['headline']!r}")
    got = [b.name for b in story.bylines]
    if "bylines" in exp and _fold(got) != _fold(exp["bylines"]):
        errs.append(f"bylines: {got}, want {exp['bylines']}")
    if "agency" in exp and story.agency != exp["agency"]:
        errs.append(f"agency: {story.agency!r}, want {exp['agency']!r}")
    dl = story.dateline
    if "dateline" in exp and dl is not None:
        errs.append(f"dateline: {dl.text!r}, want none")
    if "cities" in exp and _fold(dl.cities if dl else ()) != _fold(exp["cities"]):
        errs.append(f"cities: {list(dl.cities) if dl else []}, want {exp['cities']}")
    if "date" in exp and (dl.date if dl else None) != exp["date"]:
        errs.append(f"date: {dl.date if dl else None!r}, want {exp['date']!r}")
    if "credit" in exp:
        c, want = story.credit, exp["credit"]
        if want is None and c is not None:
            errs.append(f"credit: {c.text!r}, want none")
        elif want is not None:
            have = (sorted(_fold(x.name for x in c.reporting)), sorted(_fold(x.name for x in c.editing))) if c else None
            if have != (sorted(_fold(want[0])), sorted(_fold(want[1]))):
                errs.append(f"credit: {have}, want {want}")
    if "paragraphs" in exp and len(story.body.split("\n\n")) != exp["paragraphs"]:
        errs.append(f"paragraphs: {len(story.body.split(chr(10) * 2))}, want {exp['paragraphs']}")
    body = " ".join(story.body.replace("’", "'").split())
    if "body_start" in exp and not body.startswith(" ".join(exp["body_start"].split())):
        errs.append(f"body starts {body[:40]!r}")
    if "body_end" in exp and not body.endswith(" ".join(exp["body_end"].split())):
        errs.append(f"body ends {body[-40:]!r}")
    return errs


def run(name: str, n: int, seed: int):
    """(stories tried, failures as (text, errors)) for one generator."""
    R = random.Random(f"{name}/{seed}")
    failures = []
    for _ in range(n):
        text, exp = GENERATORS[name](R)
        errs = check(parse(text), exp)
        if errs:
            failures.append((text, errs))
    return n, failures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=300, help="stories per generator (default 300)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", action="append", choices=sorted(GENERATORS), help="only this generator (repeatable)")
    ap.add_argument("--show", type=int, default=3, help="failing stories printed per generator")
    args = ap.parse_args(argv)
    bad_total = 0
    print(f"{'generator':16} {'stories':>8} {'wrong':>6}")
    for name in args.only or list(GENERATORS):
        n, failures = run(name, args.n, args.seed)
        bad_total += len(failures)
        print(f"{name:16} {n:8,} {len(failures):6,}")
        for text, errs in failures[:args.show]:
            print("    ---\n    " + text.rstrip().replace("\n", "\n    "))
            print("    => " + "; ".join(errs))
    return 1 if bad_total else 0


if __name__ == "__main__":
    sys.exit(main())
