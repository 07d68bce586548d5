"""Agency rules: rows of (input, expected, why), synthetic lines only."""
import pytest

from wirecli import parse
from wirecli.rules.agency import canonical_agency, copyright_agency, find_agency, headline_agency, named_agency

# (name as printed, canonical form, why)
CANONICAL_ROWS = [
    ("The Associated Press", "AP", "long form"),
    ("REUTERS", "Reuters", "capitals"),
    ("Reuter", "Reuters", "1987 sign-off spelling"),
    ("CNNMoney.com", "CNN", "CNN's money site in a dateline"),
    ("CNN Student News", "CNN", "CNN's school show"),
    ("Agence France-Presse", "AFP", "AFP long form"),
    ("PRNewswire-Asia", "PR Newswire", "regional PR Newswire feed"),
    ("Bloomberg Opinion", "Bloomberg", "Bloomberg's opinion desk"),
    ("Reuters Health", "Reuters", "Reuters' health service"),
    ("The Canadian Press", "CP", "Canadian Press"),
    ("Press Association", "Press Association", "PA keeps its long name"),
    ("CNN Business", "CNN", "an agency's desk in a dateline"),
    ("Bloomberg Politics", "Bloomberg", "an agency's desk"),
    ("Fox Business", None, "a desk of an outlet that is no agency"),
    ("Bloomberg Law", "Bloomberg", "another Bloomberg desk"),
    ("Harbor Law", None, "a desk word after no agency"),
    ("Business Wire", "Business Wire", "a desk word that is the agency's own name"),
    ("PRNewswire-HISPANIC PR WIRE", "PR Newswire", "a PR Newswire feed after a hyphen"),
    ("PRNewswire-FirstCall", "PR Newswire", "another feed"),
    ("Tokyo newsroom", None, "a desk is no agency"),
    ("Kyodo News", "Kyodo News", "a smaller agency's long form stays as printed (labels keep it)"),
    ("ITAR-TASS", "ITAR-TASS", "TASS's older name as printed"),
    ("N.Y. Times News Service", None, "an abbreviated syndicate is kept as printed by the copyright rule"),
    ("New York Times News Service", "New York Times News Service", "the syndicate's long name"),
    ("NAN", "NAN", "News Agency of Nigeria in a dateline"),
    ("PA", "PA", "PA's initials as printed (the long name stays 'Press Association')"),
    ("dpa-AFX", "dpa-AFX", "dpa's financial service is its own name"),
    ("Interfax-Ukraine", "Interfax-Ukraine", "Interfax's Ukrainian service as printed"),
    ("Knight Ridder Newspapers", "Knight Ridder Newspapers", "a US syndicate under a byline"),
    ("Associated Press Television Writer Extraordinaire of the Week Edition", None, "too long"),
]


def test_canonical_rows_unique():
    assert len({r[0] for r in CANONICAL_ROWS}) == len(CANONICAL_ROWS)


@pytest.mark.parametrize("name,expected,why", CANONICAL_ROWS, ids=[r[2] for r in CANONICAL_ROWS])
def test_canonical_agency(name, expected, why):
    assert canonical_agency(name) == expected, why


# (copyright line, organisation, why)
COPYRIGHT_ROWS = [
    ("c.2001 Gulf Coast News Service", "Gulf Coast News Service", "NYT-wire style, unknown name as printed"),
    ("C.2001 GULF COAST NEWS SERVICE", "GULF COAST NEWS SERVICE", "the same line in capitals"),
    ("COPYRIGHT 2001 GULF COAST NEWS SERVICE", "GULF COAST NEWS SERVICE", "'COPYRIGHT' in capitals"),
    ("C. Ana Example", None, "an initial is no copyright mark"),
    ("©2021 Bloomberg L.P.", "Bloomberg", "company suffix dropped"),
    ("© 2018 Associated Press. All Rights Reserved.", "AP", "rights sentence dropped"),
    ("Copyright (c) 2024 Dow Jones & Company, Inc.", "Dow Jones", "'& Company, Inc.' dropped"),
    ("c.2002 The Lakeside Herald", "The Lakeside Herald", "a newspaper"),
    ("Copyright 2013.", None, "a year only names nobody"),
    ("Copyright 2019 by Ada Wren", None, "a writer's own copyright is no agency"),
    ("Cops arrest two", None, "not a copyright line"),
    ("Copyright 2016 Harbor Widgets", None, "a software maker's copyright names no agency"),
    ("Copyright (C) 2003-2011 Ana Ruiz, Bo Lind", None, "people's copyright, capital (C) and a year range"),
    ("Copyright (C) 1999 Lakeside Code Foundation, Inc.", None, "a foundation is no news outlet"),
    ("(C) 2020 NORDA", "NORDA", "an agency's initials count, capital (C)"),
    ("Copyright 2006 Sun Widgets Inc.", None, "'Sun' opens company names too: no outlet word"),
    ("(c) 2015, The Lakeside Post", "The Lakeside Post", "a comma after the year (US syndicates)"),
]


@pytest.mark.parametrize("line,expected,why", COPYRIGHT_ROWS, ids=[r[2] for r in COPYRIGHT_ROWS])
def test_copyright_agency(line, expected, why):
    assert copyright_agency(line) == expected, why


# (sign-off or credit line, agency, why)
FIND_ROWS = [
    ("The Gazette/DPA/kl", "dpa", "agency between slashes"),
    ("With files from The Canadian Press", "CP", "organisation credit"),
    ("With inputs from PTI", "PTI", "Indian credit"),
    ("This article first appeared at Reuters.", "Reuters", "republisher note"),
    ("Reporting by Tokyo newsroom", None, "desk only"),
    ("Follow us on Twitter @AP", None, "a handle is not the agency"),
    ("AP-WF-01-02-19 1200GMT", None, "AP filing line code"),
    ("Happy birthday to our map maker", None, "'ap' inside words never counts"),
    ("Harbor tools 2.1      May 2020      CP(1)", None, "a man page's name and section"),
]


@pytest.mark.parametrize("line,expected,why", FIND_ROWS, ids=[r[2] for r in FIND_ROWS])
def test_find_agency(line, expected, why):
    assert find_agency(line) == expected, why


# (sign-off line, organisation, why)
NAMED_ROWS = [
    ("Distributed by Lakeside Features Syndicate", "Lakeside Features Syndicate", "syndicate line"),
    ("Distributed by Lakeside Content Agency, LLC.", "Lakeside Content Agency", "syndicate line with a company suffix"),
    ("(HarbourDesk)", "HarbourDesk", "bare agency in parentheses"),
    ("(END)", None, "end mark"),
    ("(Additional Reporting)", None, "role words are no agency"),
    ("AAP RTV kd", "AAP", "agency plus staff codes"),
]


@pytest.mark.parametrize("line,expected,why", NAMED_ROWS, ids=[r[2] for r in NAMED_ROWS])
def test_named_agency(line, expected, why):
    assert named_agency(line) == expected, why


# (headline, agency, why)
HEADLINE_ROWS = [
    ("Wildfire crews gain ground (AP)", "AP", "aggregator tag"),
    ("UPI NewsTrack Business", "UPI", "wire product name"),
    ("AP Explains: Why the harbor flooded", "AP", "the agency's explainer label"),
    ("UPI Focus: Harbor towns rebuild", "UPI", "the agency's feature label"),
    ("AP Exclusive: Files show mine warnings", "AP", "AP Exclusive"),
    ("Dow Jones Exclusive: Harbor Bank weighs a sale", "Dow Jones", "a wire of two words (lexicon.MAJOR_AGENCIES)"),
    ("Dow Jones industrials slip at the open", None, "the index, not the wire's product"),
    ("CNN fires weekend anchor", None, "news about an agency is not its copy"),
    ("Markets rally (Update1)", None, "Bloomberg update tag is no agency"),
    ("AP exam scores rise in state schools", None, "Advanced Placement, not the wire"),
    ("Hotel review: The Grand (Spa)", None, "a short agency name not in capitals is a word"),
    ("Deal signed (Kyodo)", "Kyodo", "a longer agency name in any case"),
]


@pytest.mark.parametrize("head,expected,why", HEADLINE_ROWS, ids=[r[2] for r in HEADLINE_ROWS])
def test_headline_agency(head, expected, why):
    assert headline_agency(head) == expected, why


def test_all_tables_unique():
    for rows in (COPYRIGHT_ROWS, FIND_ROWS, NAMED_ROWS, HEADLINE_ROWS):
        assert len({r[0] for r in rows}) == len(rows)


# Agency of whole stories: (text, agency, why)
STORY_ROWS = [
    ("Harbor fire out\nBy NED COLE\nAssociated Press Writer\n\nBOSTON -- A fire was put out.\n", "AP",
     "AP title line names the agency"),
    ("Dam plans shelved\nBy Ivo Lind, Press Association Political Editor\n\nPlans were shelved.\n",
     "Press Association", "PA in the byline title"),
    ("HARBOR TOWNS BRACE\nBy LEN ORTIZ\nc.1999 Gulf Coast News Service\n\nMOBILE, Ala. _ Towns braced.\n",
     "Gulf Coast News Service", "copyright line under the byline"),
    ("Rates hold\n\nRates held on Monday, the bank said.\n\nCopyright (c) 2024 Dow Jones & Company, Inc.\n",
     "Dow Jones", "copyright line at the end"),
    ("Lake drained\n\nThe lake was drained on Monday.\n\nThe Gazette/DPA/kl\n", "dpa", "agency in the sign-off"),
    ("Opinion: the lake should stay\n\nI have walked by the lake for years.\n\nIt should stay.\n", None,
     "an op-ed names no agency"),
    ("Pilot dies at 61\n\n(Harbor News) Sally Reed, the first woman to fly the route, has died.\n", "Harbor News",
     "agency opening the first paragraph"),
    ("Reed dies\n\n(Watch) Sally Reed, the first woman to fly the route, has died.\n", None,
     "a video prompt in parentheses is no agency"),
    ("(Optional) Argument: mode -- one of the strings auto or user.\nModes differ.\n", None,
     "a documentation label in parentheses is no agency"),
    ("Why the lake must stay\n\nI have walked by the lake for years.\n\n"
     "Jane Doe, a former Associated Press reporter, teaches at State University.\n", None,
     "a writer's bio naming an agency is no agency"),
    ("Rates hold\n\nRates held on Monday.\n\nWith files from The Canadian Press\n", "CP", "organisation credit"),
    ("Floods hit coast\n\nHeavy rain flooded coastal towns on Monday, officials said.\n\n— With AFP\n", "AFP",
     "a credit that is only 'With' and an agency"),
    ("Domains\n\nORIGINS\nOSAKA\nSONY\nSOY\nSPA\n", None, "the last item of a list of capitals words is no agency"),
    ("Domains\n\nThe list of names follows below, in order.\n\nORIGINS\nOSAKA\nSOY\nSPA\n", None,
     "the same list under a paragraph"),
    ("Talks fail\n\nThe talks failed, officials said.\nPTI\n", "PTI", "a bare agency under a sentence still signs off"),
    ("Storm cuts power\n\nBy Ana Ruiz\nKnight Ridder Newspapers\n\nMIAMI - Thousands lost power.\n", "Knight Ridder Newspapers",
     "a syndicate on the title line under the byline"),
    ("Drone rules drafted\n\nBy Ed Lind\nScripps Howard News Service\n\nWASHINGTON -- Rules were drafted.\n",
     "Scripps Howard News Service", "another US syndicate on the title line"),
    ("Wage approved\n\nAbuja, July 18, 2024 (NAN) The government approved a new wage.\n\n(NAN)\n", "NAN",
     "Nigeria's agency in the dateline, no dash"),
    ("Senate passes bill\n\nBy Ana Ruiz\nThe Example Post\n\nWASHINGTON - The Senate passed a bill.\n", None,
     "a newspaper on the title line is no agency"),
    ("Two held\n\nPTI | Jan 5, 2024, 10:12 IST\n\nKOCHI: Two people were arrested at the airport on Friday.\n", "PTI",
     "an Indian paper's stamp line names the agency"),
    ("Arrivals rise\n\nKYODO NEWS - Jan 5, 2024 - 10:30 | World, All\n\nJapan logged a record number of visitors.\n",
     "Kyodo News", "Kyodo's web stamp line (not a dateline)"),
]


@pytest.mark.parametrize("text,expected,why", STORY_ROWS, ids=[r[2] for r in STORY_ROWS])
def test_story_agency(text, expected, why):
    assert parse(text).agency == expected, why


def test_byline_in_the_lead_in():
    s = parse("OSLO, October 3 (Nordic Wire), Ana Ruiz - The fjord froze early this year.\nIt thawed.\n")
    assert s.agency == "Nordic Wire"
    assert [b.name for b in s.bylines] == ["Ana Ruiz"]
