"""Dateline rule table: (line, expected, why).  Lines are written for these tests."""
import pytest

from wirecli.rules.dateline import match_dateline

# expected: (dateline text, cities, region, date, agency) or None
CASES = [
    ("WASHINGTON/MEXICO CITY (Reuters) -The United States said", ("WASHINGTON/MEXICO CITY (Reuters) -", ("WASHINGTON", "MEXICO CITY"), None, None, "Reuters"), "two places, no space after the dash"),
    ("OSLO/PARIS/BERLIN, May 6 (Reuters) - Ministers met", ("OSLO/PARIS/BERLIN, May 6 (Reuters) -", ("OSLO", "PARIS", "BERLIN"), None, "--05-06", "Reuters"), "three places: the middle one is no '/Agency/'"),
    ("SALVADOR, Feb 26 - Showers continued in the zone", ("SALVADOR, Feb 26 -", ("SALVADOR",), None, "--02-26", None), "1987 place and date"),
    ("BEIJING, Jan. 5 (Xinhua) -- China said on Monday", ("BEIJING, Jan. 5 (Xinhua) --", ("BEIJING",), None, "--01-05", "Xinhua"), "AP-style date and agency"),
    ("DALLAS/FORT WORTH, Texas, March 3 - The airline said", ("DALLAS/FORT WORTH, Texas, March 3 -", ("DALLAS", "FORT WORTH"), "Texas", "--03-03", None), "region after the last city"),
    ("LONDON, England (CNN) -- A man was arrested", ("LONDON, England (CNN) --", ("LONDON",), "England", None, "CNN"), "country as region"),
    ("MOUNTAIN VIEW, Calif. and RIYADH, Saudi Arabia, Feb. 10, 2025 /PRNewswire/ -- Acme said", ("MOUNTAIN VIEW, Calif. and RIYADH, Saudi Arabia, Feb. 10, 2025 /PRNewswire/ --", ("MOUNTAIN VIEW", "RIYADH"), "Saudi Arabia", "2025-02-10", "PR Newswire"), "press release, two places joined by and"),
    ("SPOKANE, Wash.--(BUSINESS WIRE)--February 07, 2025--The board declared", ("SPOKANE, Wash.--(BUSINESS WIRE)--February 07, 2025--", ("SPOKANE",), "Wash.", "2025-02-07", "Business Wire"), "Business Wire layout"),
    ("Iguala de la Independencia (Mexico) (AFP) - More bodies were found", ("Iguala de la Independencia (Mexico) (AFP) -", ("Iguala de la Independencia",), "Mexico", None, "AFP"), "mixed case, region in parentheses"),
    ("Kochi (Kerala) [India], May 30 (ANI): The monsoon arrived", ("Kochi (Kerala) [India], May 30 (ANI):", ("Kochi",), "Kerala, India", "--05-30", "ANI"), "ANI: state in parentheses, country in brackets"),
    ("New Delhi [India], May 30 (ANI): The monsoon arrived", ("New Delhi [India], May 30 (ANI):", ("New Delhi",), "India", "--05-30", "ANI"), "ANI: country in brackets"),
    ("TOKYO--Honda and Nissan on Thursday scrapped", ("TOKYO--", ("TOKYO",), None, None, None), "Dow Jones bare dash"),
    ("BERLIN -- The agency says astronauts", ("BERLIN --", ("BERLIN",), None, None, None), "AP bare dash"),
    ("(Reuters) - The attorney general said", ("(Reuters) -", (), None, None, "Reuters"), "agency only"),
    ("AP - A company founded by a researcher", ("AP -", (), None, None, "AP"), "agnews agency-only dateline"),
    ("Reuters - Oil prices rose on Tuesday", ("Reuters -", (), None, None, "Reuters"), "agnews: a longer agency name alone"),
    ("Chip sales rise (Harbor Tech)\n\nHarbor Tech - Chip sales rose in June.",
     ("Harbor Tech -", (), None, None, "Harbor Tech"), "agnews: the source the headline tags"),
    ("Chip sales rise (Harbor Tech)\n\nHarbor Tech - SAN JOSE, Calif. -- Chip sales rose.",
     ("Harbor Tech - SAN JOSE, Calif. --", ("SAN JOSE",), "Calif.", None, "Harbor Tech"), "agnews: tagged source, then a dateline"),
    ("Chip sales rise (eHarbor)\n\neHarbor - Chip sales rose.", ("eHarbor -", (), None, None, "eHarbor"),
     "agnews: a tagged source that opens in lower case"),
    ("Chip sales rise (eHarbor)\n\neHARBOR - Chip sales rose.", ("eHARBOR -", (), None, None, "eHARBOR"),
     "agnews: the tag and the source in other cases"),
    ("&lt;p&gt;&lt;/p&gt;&lt;p&gt; OSLO (Reuters) - Chip sales rose.", ("OSLO (Reuters) -", ("OSLO",), None, None, "Reuters"),
     "agnews: escaped paragraph tags before the dateline"),
    ("Jan 30 (Reuters) - Waste Management reported", ("Jan 30 (Reuters) -", (), None, "--01-30", "Reuters"), "date with no place"),
    ("04:12 PM EST, 02/05/2025 (MT Newswires) -- Harbor Bank said", ("04:12 PM EST, 02/05/2025 (MT Newswires) --", (), None, "2025-02-05", "MT Newswires"), "MT Newswires: time and date stamp before the agency"),
    ("2/5/2025 4:12:00 PM (RTTNews) - Harbor Corp said", ("2/5/2025 4:12:00 PM (RTTNews) -", (), None, "2025-02-05", "RTTNews"), "RTTNews: date and time before the agency"),
    ("****LONDON, March 5 - Sterling rose", ("****LONDON, March 5 -", ("LONDON",), None, "--03-05", None), "flash marks stay in the text"),
    ("THE HAGUE, Netherlands (AP)_ The court said", ("THE HAGUE, Netherlands (AP)_", ("THE HAGUE",), "Netherlands", None, "AP"), "ANPA underscore dash"),
    ("FARMINGTON Conn., March 9 - The company said", ("FARMINGTON Conn., March 9 -", ("FARMINGTON",), "Conn.", "--03-09", None), "region without its comma"),
    ("AMSTERDAM, 2 March - The bank said", ("AMSTERDAM, 2 March -", ("AMSTERDAM",), None, "--03-02", None), "day before month"),
    ("RICHMOND, Va. 26 February - The bank said", ("RICHMOND, Va. 26 February -", ("RICHMOND",), "Va.", "--02-26", None),
     "day before month after an abbreviated region with no comma"),
    ("(AP) HONOLULU - An expedition that hoped", ("(AP) HONOLULU -", ("HONOLULU",), None, None, "AP"), "agency printed first"),
    ("(AP) Honolulu - An expedition that hoped", ("(AP) Honolulu -", ("Honolulu",), None, None, "AP"),
     "agency printed first, mixed-case place (found by re-casing labelled datelines)"),
    ("SPACE.com - Toronto, Canada -- A second team", ("SPACE.com - Toronto, Canada --", ("Toronto",), "Canada", None, "SPACE.com"),
     "web source before a mixed-case dateline"),
    ("Mobile, Alabama (Reuters) Ex-Harbor Corp. CEO Ana Ruiz agreed to pay", ("Mobile, Alabama (Reuters)", ("Mobile",), "Alabama", None, "Reuters"),
     "no dash, the lead opens with a hyphenated word"),
    ("SEOUL, Nov 26 AFP - Samsung has announced", ("SEOUL, Nov 26 AFP -", ("SEOUL",), None, "--11-26", "AFP"), "agency without parentheses"),
    ("NAIROBI, Nov. 10 , 2006 (Xinhua)", ("NAIROBI, Nov. 10 , 2006 (Xinhua)", ("NAIROBI",), None, "2006-11-10", "Xinhua"), "dateline alone on its line, no dash"),
    ("MOSCOW, Oct. 16 (RIA Novosti), Jane Roe - The ministry said", ("MOSCOW, Oct. 16 (RIA Novosti), Jane Roe -", ("MOSCOW",), None, "--10-16", "RIA Novosti"), "writer named after the agency"),
    ("(CBS News) A spacecraft landed on Sunday", ("(CBS News)", (), None, None, "CBS News"), "broadcaster in parentheses, no dash"),
    ("SPACE.com - TORONTO, Canada -- A second team", ("SPACE.com - TORONTO, Canada --", ("TORONTO",), "Canada", None, "SPACE.com"), "web source before the dateline"),
    ("Canadian Press - AL-FASHER, Sudan (AP) - Talks resumed", ("Canadian Press - AL-FASHER, Sudan (AP) -", ("AL-FASHER",), "Sudan",
     None, "AP"), "an aggregator's prefix over another agency's dateline: the story is that agency's"),
    ("FORT MYERS, Fla. - (KRT) - Despite criticism", ("FORT MYERS, Fla. - (KRT) -", ("FORT MYERS",), "Fla.", None, "KRT"), "unlisted agency after the dash"),
    ("(Harbor + Home) -- The museum opens this weekend", ("(Harbor + Home) --", (), None, None, "Harbor + Home"),
     "a partner outlet with a plus sign"),
    ("CHICAGO, April - The company said it would", ("CHICAGO, April -", ("CHICAGO",), None, None, None), "a month with no day is a garbled date"),
    ("peoria, april 7 - barrow and gilt prices rose", ("peoria, april 7 -", ("peoria",), None, "--04-07", None), "1987 lower-case dateline"),
    ("Summary - (Aug 22, 2004) The rover has found more evidence", ("Summary - (Aug 22, 2004)", (), None, "2004-08-22", None), "a web dateline with only a date"),
    ('Summary - (Aug 22, 2004) "We found water," the team said', ("Summary - (Aug 22, 2004)", (), None, "2004-08-22", None),
     "a date-only web dateline before a quote (found by putting other lead shapes after labelled datelines)"),
    ("London (CNN)The mayor said on Monday", ("London (CNN)", ("London",), None, None, "CNN"), "CNN: a sentence glued to the agency"),
    ("Rio de Janeiro (CNN) The mayor said on Monday", ("Rio de Janeiro (CNN)", ("Rio de Janeiro",), None, None, "CNN"),
     "CNN: no dash, a space"),
    ("Bhubaneswar: The state government said", ("Bhubaneswar:", ("Bhubaneswar",), None, None, None), "a state capital and a colon"),
    ("Gurugram, Haryana: The state government said", ("Gurugram, Haryana:", ("Gurugram",), "Haryana", None, None),
     "an Indian state as the region"),
    ("NEW YORK, March 4, 2025 /PRNewswire-HISPANIC PR WIRE/ -- Acme said", ("NEW YORK, March 4, 2025 /PRNewswire-HISPANIC PR WIRE/ --",
     ("NEW YORK",), None, "2025-03-04", "PR Newswire"), "a PR Newswire feed"),
    ("TORONTO, March 4, 2025 /CNW/ - Acme said", ("TORONTO, March 4, 2025 /CNW/ -", ("TORONTO",), None, "2025-03-04", "CNW"),
     "Canada Newswire"),
    ("HARBIN, Jan.5 (Xinhua) -- The city said", ("HARBIN, Jan.5 (Xinhua) --", ("HARBIN",), None, "--01-05", "Xinhua"),
     "Xinhua date with no space after the full stop"),
    ("Lagos, 4 Sep 2024 (AFP) - The city said", ("Lagos, 4 Sep 2024 (AFP) -", ("Lagos",), None, "2024-09-04", "AFP"),
     "day first with a year and no comma"),
    ("LONDON, March 3rd (Reuters) - The city said", ("LONDON, March 3rd (Reuters) -", ("LONDON",), None, "--03-03", "Reuters"),
     "an ordinal day"),
    ("Madrid, Jan 5 (EFE).- Spain said on Monday", ("Madrid, Jan 5 (EFE).-", ("Madrid",), None, "--01-05", "EFE"),
     "EFE's full stop and dash"),
    ("MOSCOW, January 5. /TASS/. Russia said on Monday", ("MOSCOW, January 5. /TASS/.", ("MOSCOW",), None, "--01-05", "TASS"),
     "TASS: date, full stop, agency between slashes, full stop"),
    ("ABU DHABI, 5th January, 2025 (WAM) -- The UAE said", ("ABU DHABI, 5th January, 2025 (WAM) --", ("ABU DHABI",), None,
     "2025-01-05", "WAM"), "ordinal day first, then month and year"),
    ("ISLAMABAD, Jan 5 (APP): Pakistan said", ("ISLAMABAD, Jan 5 (APP):", ("ISLAMABAD",), None, "--01-05", "APP"),
     "an agency and a colon"),
    ("Austin, TX (September 30, 2020) - The firm announced", ("Austin, TX (September 30, 2020) -", ("Austin",), "TX",
     "2020-09-30", None), "a date in parentheses after the place"),
    ("London, UK – 30 September 2020 – The firm announced", ("London, UK – 30 September 2020 –", ("London",), "UK",
     "2020-09-30", None), "a day-first date between the dashes"),
    ("AUSTIN, Texas (PRWEB) September 30, 2020 -- The firm announced", ("AUSTIN, Texas (PRWEB) September 30, 2020 --",
     ("AUSTIN",), "Texas", "2020-09-30", "PRWeb"), "PRWeb: agency, then the date"),
    ("NEW YORK, LONDON and SINGAPORE, March 3, 2024 /PRNewswire/ -- Acme said", ("NEW YORK, LONDON and SINGAPORE, March 3, 2024 /PRNewswire/ --",
     ("NEW YORK", "LONDON", "SINGAPORE"), None, "2024-03-03", "PR Newswire"), "three places listed with commas and 'and'"),
    ("AUSTIN, Texas, DENVER and BOISE, Idaho, April 2, 2024 /PRNewswire/ -- Acme said",
     ("AUSTIN, Texas, DENVER and BOISE, Idaho, April 2, 2024 /PRNewswire/ --", ("AUSTIN", "DENVER", "BOISE"), "Idaho",
      "2024-04-02", "PR Newswire"), "a capitals place after a mixed-case region is the next place"),
    ("AUSTIN, Texas, and DENVER, April 2, 2024 /PRNewswire/ -- Acme said",
     ("AUSTIN, Texas, and DENVER, April 2, 2024 /PRNewswire/ --", ("AUSTIN", "DENVER"), "Texas", "2024-04-02", "PR Newswire"),
     "a serial comma before 'and'"),
    ("Lisbon, Portugal--(Newsfile Corp. - March 4, 2024) - Acme Corp. declared a dividend.",
     ("Lisbon, Portugal--(Newsfile Corp. - March 4, 2024) -", ("Lisbon",), "Portugal", "2024-03-04", "Newsfile"),
     "Newsfile: the wire and its date in one parenthesis"),
    ("TORONTO, ONTARIO--(Marketwired - March 4, 2014) - Acme Corp. said", ("TORONTO, ONTARIO--(Marketwired - March 4, 2014) -",
     ("TORONTO",), "ONTARIO", "2014-03-04", "Marketwired"), "Marketwired: the same layout"),
    ("NEW YORK, NY, UNITED STATES, March 4, 2024 /EINPresswire.com/ -- Acme said",
     ("NEW YORK, NY, UNITED STATES, March 4, 2024 /EINPresswire.com/ --", ("NEW YORK",), "NY, UNITED STATES", "2024-03-04",
      "EIN Presswire"), "EIN Presswire: a web address between the slashes"),
    ("PORT OF SPAIN, Trinidad and Tobago (AP) — Officials said", ("PORT OF SPAIN, Trinidad and Tobago (AP) —", ("PORT OF SPAIN",),
     "Trinidad and Tobago", None, "AP"), "a country whose name holds 'and' is one region, not a second place"),
    ("Sarajevo, Bosnia and Herzegovina (AFP) - Officials said", ("Sarajevo, Bosnia and Herzegovina (AFP) -", ("Sarajevo",),
     "Bosnia and Herzegovina", None, "AFP"), "the same in mixed case"),
    ("TOKYO, Feb. 10, 2025 /JCN Newswire/ - Acme said", ("TOKYO, Feb. 10, 2025 /JCN Newswire/ -", ("TOKYO",), None, "2025-02-10",
     "JCN Newswire"), "an unlisted release wire between slashes, then a dash"),
    ("NEW YORK, Feb. 10, 2025 (GLOBE NEWSWIRE) via NewMediaWire -- Acme said",
     ("NEW YORK, Feb. 10, 2025 (GLOBE NEWSWIRE) via NewMediaWire --", ("NEW YORK",), None, "2025-02-10", "GlobeNewswire"),
     "a distributor named after the wire"),
    ("SUVA, FIJI, March 3 - The island said", ("SUVA, FIJI, March 3 -", ("SUVA",), "FIJI", "--03-03", None),
     "a capitals country not listed as a region stays the region when no list goes on"),
    ("LISBON - 30 people were hurt on Monday", ("LISBON -", ("LISBON",), None, None, None),
     "a number opening the sentence is no date"),
    # negatives: look like datelines, are not
    ("Explained: The state government said", None, "a heading word and a colon"),
    ("Officials in Boston (Reuters) said the plan was dead", None, "a sentence naming an agency"),
    ("Officials in Boston (Reuters) The plan was dead, they said", None, "a sentence's start is no glued place"),
    ("OUTLOOK - Analysts expect further gains this week", None, "a section label and a dash"),
    ("On May 3, 2024 - a Friday - the council voted 5-2.", None, "a preposition and a date before a dash aside"),
    ("2/5/2025 (Ana Ruiz) - Fixed the parser", None, "a dated changelog entry: a person is no agency"),
    ("Lisbon - the city everyone loves - was wet all weekend", None, "a mixed-case city, a dash and a lower-case aside"),
    ("BOSTON RED SOX — Activated RHP Ned Example from the 15-day IL.", None, "a transactions listing's team, named after its city"),
    ("ARIZONA CARDINALS - Waived WR Joe Sample and signed the rest of the", None, "a team named after its state"),
    ("NEW YORK CITY - The mayor said on Monday that the city would", ("NEW YORK CITY -", ("NEW YORK CITY",), None, None, None), "a known city and a place word: still a place"),
    ("MIAMI BEACH — The city council voted on Tuesday to ban", ("MIAMI BEACH —", ("MIAMI BEACH",), None, None, None), "a known city and a place word (bare)"),
    ("Stocks Rise in Early Tokyo (Reuters) Tokyo stocks rose", None, "a headline glued to its text"),
    ("MAR8 -- -- 102.5 102.7", None, "market table line"),
    ("TUE, APR 07 - Auction of bills", None, "a weekday is never a place"),
    ("Washington is expected to respond - officials said", None, "a sentence that starts with a place"),
    ("Factbox: Trump on Twitter", None, "a heading with a colon"),
    ("Prediction Unit Helps Forecast Wildfires (AP)", None, "a headline ending in an agency tag"),
    ("By Gram Slattery WASHINGTON (Reuters) - Trump said", None, "a byline is not a place (the pipeline splits it)"),
    ("Chip sales rise\n\nHarbor Tech - the chipmaker - said sales rose.", None, "a name and a dash with no headline tag"),
    ("BUF_SIZE must be positive in every call", None, "an identifier's underscore is no ANPA dash"),
    ("XML_ReadChunk rejects a negative length", None, "a camel-case identifier after the underscore"),
    ("types of SCARD_READERSTATE_A PSCARD_READERSTATE_A and more", None, "an identifier with underscores is no place"),
    ("MONTREAL /s/ - a signature on the form", None, "a slash group before a lower-case gloss"),
    ("NOTES - notes on building the tool from source", None, "a name and a lower-case gloss after a bare dash"),
    ("Harbor Open Licence (HOL) - see the file LICENCE for terms", None, "an unknown parenthesis, then a gloss"),
    ("ap - apply patches to the tree", None, "a lower-case command name is no agency"),
    ("* AP: Fix the parser for long inputs", None, "a list bullet before an agency's initials"),
    ("Mar 3, 2019: Add support for more formats", None, "a dated changelog entry with a colon"),
    ("METHOD - Heat the oven and beat the butter", None, "a recipe's section label and a dash"),
    ("Paris, France - based designer Ana Ruiz said on Tuesday", None, "mixed case and a region, then a lower-case word"),
    ("Dar es Salaam (AFP) - Officials said on Monday", ("Dar es Salaam (AFP) -", ("Dar es Salaam",), None, None, "AFP"),
     "AFP mixed case with the particle 'es'"),
    ("Sharm el-Sheikh (Egypt) (AFP) - Officials said", ("Sharm el-Sheikh (Egypt) (AFP) -", ("Sharm el-Sheikh",), "Egypt", None, "AFP"),
     "an Arabic article joined by a hyphen"),
    ("McALLEN, Texas -- The agency said on Monday", ("McALLEN, Texas --", ("McALLEN",), "Texas", None, None),
     "AP's capitals keep 'Mc' in lower case"),
    ("DeKALB -- The university said on Monday", ("DeKALB --", ("DeKALB",), None, None, None), "AP's 'DeKALB'"),
    ("USAGE - Run the tool on a folder of files", None, "a software doc's section label"),
    # kept: the same shapes in wire copy
    ("DENVER_The storm moved east on Monday", ("DENVER_", ("DENVER",), None, None, None), "ANPA underscore glued to the lead"),
    ("HARBORVILLE -- eBay said on Monday it would sell", ("HARBORVILLE --", ("HARBORVILLE",), None, None, None),
     "a camel-case brand opens the lead"),
    ("BOSTON - shares of Acme rose on Monday", ("BOSTON -", ("BOSTON",), None, None, None),
     "a known city before a lower-case lead"),
    ("Fort Collins, Colo. — The city council voted on Tuesday", ("Fort Collins, Colo. —", ("Fort Collins",), "Colo.", None, None),
     "mixed case, a bare dash, a known region (AP copy restyled by a member site)"),
    ("Springfield, Illinois -- The city council voted on Tuesday", ("Springfield, Illinois --", ("Springfield",), "Illinois", None, None),
     "the same with the state spelled out"),
    ("MOSCOW. Jan 5 (Interfax) - The bank held its rate", ("MOSCOW. Jan 5 (Interfax) -", ("MOSCOW",), None, "--01-05", "Interfax"),
     "Interfax: a full stop after the place, not part of it"),
    ("TROY, MICH., Feb 26 - Acme Corp said", ("TROY, MICH., Feb 26 -", ("TROY",), "MICH.", "--02-26", None),
     "1987: a state's abbreviation in capitals keeps its full stop"),
    ("PETALING JAYA: More than 5,000 people were moved on Sunday", ("PETALING JAYA:", ("PETALING JAYA",), None, None, None),
     "Malaysian paper: a known city with a colon"),
    ("Sharjah: A new bridge opened to traffic on Sunday", ("Sharjah:", ("Sharjah",), None, None, None),
     "Gulf paper: a known city in mixed case with a colon"),
    ("NEW DELHI, January 05, 2024 22:12 IST", ("NEW DELHI, January 05, 2024 22:12 IST", ("NEW DELHI",), None, "2024-01-05", None),
     "The Hindu's web dateline: place, date and time on a line of its own"),
    ("CHENNAI, March 03, 2024 09:05:12 IST", ("CHENNAI, March 03, 2024 09:05:12 IST", ("CHENNAI",), None, "2024-03-03", None),
     "the place-and-time stamp with seconds"),
    ("NEW DELHI, January 05, 2024 22:12 IST The Centre said", None, "the place-and-time stamp only as a whole line"),
    ("WELLINGTON, Jan 5 NZPA - The government said on Friday", ("WELLINGTON, Jan 5 NZPA -", ("WELLINGTON",), None, "--01-05", "NZPA"),
     "NZPA's agency after the date, no parentheses"),
    ("HONIARA, Jan 5 SIBC - The government said on Friday", ("HONIARA, Jan 5 SIBC -", ("HONIARA",), None, "--01-05", "SIBC"),
     "an unlisted agency in capitals after the date"),
    ("Kathmandu, Jan 5 (RSS): The government reopened the border", ("Kathmandu, Jan 5 (RSS):", ("Kathmandu",), None, "--01-05", "RSS"),
     "an unlisted agency closed by a colon after a date"),
    ("Harbor Town (Finance): The committee met", None, "an unlisted name and a colon without a date is no dateline"),
    ("KYODO NEWS - Jan 5, 2024 - 10:30 | World, All", None, "a web page's stamp line is no dateline"),
    ("KYODO NEWS - Jan 5, 2024 - 10:30:15 JST | World", None, "a stamp line with seconds and a zone is no dateline either"),
    ("Abuja, July 18, 2024 (NAN) The government approved a wage", ("Abuja, July 18, 2024 (NAN)", ("Abuja",), None, "2024-07-18", "NAN"),
     "NAN: the agency with no dash, the lead glued on"),
    ("AT SEA ABOARD THE USS LAKE TAHOMA (AP) -- Sailors drilled", ("AT SEA ABOARD THE USS LAKE TAHOMA (AP) --", ("AT SEA ABOARD THE USS LAKE TAHOMA",), None, None, "AP"),
     "AP's 'AT SEA' before a ship's name: a place of more than six words"),
    ("AT SEA, Arabian Sea (AP) -- Sailors drilled", ("AT SEA, Arabian Sea (AP) --", ("AT SEA",), "Arabian Sea", None, "AP"), "'AT SEA' and a region"),
    ("AT LAST (AP) -- Fans cheered", None, "'AT' opens no other place"),
    ("LYON--(BUSINESS WIRE)--Regulatory News: Acme SA (Paris:ACME) said", ("LYON--(BUSINESS WIRE)--Regulatory News:", ("LYON",), None, None, "Business Wire"),
     "Business Wire's 'Regulatory News:' label is printed in the dateline, not the lead"),
]

CASES += [
    ("Lakeport, Ohio, United States: Officials said on Monday the port would reopen.",
     ("Lakeport, Ohio, United States:", ("Lakeport",), "Ohio, United States", None, None), "mixed-case place, its state and country"),
    ("Lakeport, TX, United States: Officials said on Monday the port would reopen.",
     ("Lakeport, TX, United States:", ("Lakeport",), "TX, United States", None, None), "a state's postal code before the country"),
    ("Ana Example, MD: Patients should rest for a week after the operation.", None, "a degree after a name is no region"),
    ("Lakeport (CNN)  Officials said on Monday the port would reopen.",
     ("Lakeport (CNN)", ("Lakeport",), None, None, "CNN"), "CNN's dash lost, two spaces before the lead"),
]

assert len({c[0] for c in CASES}) == len(CASES), "duplicate input in CASES"


@pytest.mark.parametrize("line,expected,why", CASES, ids=[c[2] for c in CASES])
def test_match_dateline(line, expected, why):
    at = line.rfind("\n") + 1  # a headline above: the dateline opens the last line
    m = match_dateline(line, at, len(line))
    if expected is None:
        assert m is None, why
        return
    assert m is not None, why
    got = (line[m.start:m.end].strip(), m.cities, m.region, m.date, m.agency)
    assert got == expected, why


def test_year_fills_the_date():
    line = "CHICAGO, March 4 - Acme said"
    assert match_dateline(line, 0, len(line), 1987).date == "1987-03-04"


def test_printed_year_wins_over_option():
    line = "TORONTO, Feb. 07, 2025 (GLOBE NEWSWIRE) -- Acme said"
    assert match_dateline(line, 0, len(line), 1999).date == "2025-02-07"


def test_colon_dateline_needs_a_sentence():
    """ "NEW DELHI: The ..." opens a story; "Lisbon: a city of hills" over a blank line is a headline."""
    from wirecli import parse

    story = parse("NEW DELHI: The state government on Tuesday announced a new scheme for farmers.\n\nMore later.\n")
    assert story.dateline is not None and story.dateline.cities == ("NEW DELHI",)
    assert parse("Lisbon: a city of hills\n\nI moved here in 2010.\n").dateline is None


def test_leading_blank_lines_do_not_move_the_first_line():
    """The first line is the first non-blank one: a place alone there is a dateline either way."""
    from wirecli import parse

    text = "Pittsburgh\nThe Penguins beat the Rangers 4-2 on Tuesday night at home.\n"
    for lead in ("", "\n\n\n", "\r\n \r\n"):
        story = parse(lead + text)
        assert story.dateline is not None and story.dateline.cities == ("Pittsburgh",), repr(lead)


def test_1987_layout_agency_with_day_first_date():
    """The 1987 layout (caps headline over an indented dated dateline) is Reuters' with "2 March" too."""
    from wirecli import parse

    story = parse("ACME SEES HIGHER NET\n    GENEVA, 2 March - Acme Inc said\nit expects more.\n")
    assert story.dateline is not None and story.dateline.date == "--03-02"
    assert story.agency == "Reuters"


def test_bold_dateline_in_markdown_exports():
    """ "**LONDON (Reuters)** - " and "**LONDON** - ": the bold marks and the dash are not body."""
    from wirecli import parse

    for line in ("**LISBON (Reuters)** - Prices rose on Monday as traders bought.",
                 "**LISBON** - Prices rose on Monday as traders bought."):
        story = parse("Prices rise\n\n" + line + "\n\nMore text.\n")
        assert story.dateline is not None and story.dateline.cities == ("LISBON",), line
        assert story.body.startswith("Prices rose on Monday"), line


def test_misprinted_day_keeps_the_dateline():
    """1987: "BOSTON, March 187 -" is a dateline with a misprinted day, even before a name-heavy lead."""
    from wirecli import parse

    story = parse("ACME BUYS SHARES OF ZETA <ZET>\n    LISBON, March 187 - Acme Corp <ACM> said Zeta Inc, Omega\nBank and Delta Funding bought shares.\n")
    assert story.dateline is not None and story.dateline.cities == ("LISBON",)
    assert story.body.startswith("Acme Corp")


@pytest.mark.parametrize("text, city, body_start", [
    ("    LISBON, March 4 -\n    Shr profit 12 cts vs nine cts\n    Net 1,200,000 vs 900,000\n",
     "LISBON", "Shr profit"),
    ("    GENEVA, 2 March - YEAR TO END-DEC 1986\n    Proposed dividend 12 francs vs 10 francs\n",
     "GENEVA", "YEAR TO END-DEC"),
    ("    TORONTO, April 9 - THE CENTRAL BANK SAID IT SET THE\nRATE AT 1.32 TO THE DOLLAR.\n",
     "TORONTO", "THE CENTRAL BANK"),
    ("    LISBON - The Lisbon Stock Exchange said Acme Corp\ndeclined to comment on the trading.\n",
     "LISBON", "The Lisbon Stock Exchange"),
    ("LISBON, March 4 -\nShr profit 12 cts vs nine cts\n", "LISBON", "Shr profit"),
])
def test_story_cut_below_its_headline_keeps_the_dateline(text, city, body_start):
    """1987 copy with no headline: the indented first paragraph opens with the dateline (alone on
    its line over a table, before a caps lead, or before a name-heavy lead); a dated, dashed
    dateline alone on the first line is no headline either.  Found by dropping the headline of
    labelled stories (benchmarks/metamorphic.py nohead)."""
    from wirecli import parse

    story = parse(text)
    assert story.headline is None
    assert story.dateline is not None and story.dateline.cities == (city,)
    assert story.body.startswith(body_start)


@pytest.mark.parametrize("text", [
    "NEW DELHI: Their plans wrecked and their savings lost, nearly\nforty workers returned home on Monday.\n\nMore later.\n",
    "Lisbon, Portugal: Building a bridge, while not cheap,\nhas been done before. Keeping it open is harder.\n\nMore later.\n",
    "OSLO: The council voted on Monday to close the harbour\nroad for a month of repairs.\n\nMore later.\n",
])
def test_colon_dateline_over_a_wrapped_first_paragraph(text):
    """ "PLACE: Lead ..." hard-wrapped: a short first line that goes on in lower case on the
    next one (or ends on a comma) is a paragraph, not a headline over a blank line ("Paris: The
    best croissants in town").  Found by re-wrapping labelled stories at 60 and 72 columns."""
    from wirecli import parse

    story = parse(text)
    assert story.dateline is not None, text
    assert story.headline is None


def test_first_line_dateline_with_its_lead_wrapped_after_one_word():
    """ "(Note) LISBON (Reuters) - A" / "former official said ...": the lead goes on in lower case
    on the next line, so the first line is the dateline's, not a headline (the lead's first word
    "A" has no lower-case letters).  Found by dropping the headline and re-wrapping."""
    from wirecli import parse

    story = parse("LISBON (Reuters) - A\nformer harbour official has withdrawn his nomination, the city said.\n")
    assert story.headline is None
    assert story.dateline is not None and story.dateline.cities == ("LISBON",)
    assert story.body.startswith("A former harbour official")


@pytest.mark.parametrize("line, names, city", [
    ("By Ana Ruiz, Per Holm and Ida Berg Washington (Reuters) - The bank said on Monday.",
     ["Ana Ruiz", "Per Holm", "Ida Berg"], "Washington"),
    ("By Marie-Anne Lind Seoul  Dec 12 (Reuters) - Shares fell on Tuesday.", ["Marie-Anne Lind"], "Seoul"),
    ("By ANA RUIZ, PER HOLM and IDA BERG WASHINGTON (Reuters) - The bank said on Monday.",
     ["ANA RUIZ", "PER HOLM", "IDA BERG"], "WASHINGTON"),
    ("By ANA RUIZ and IDA BERG NEW YORK (Reuters) - The bank said on Monday.", ["ANA RUIZ", "IDA BERG"], "NEW YORK"),
    ("By Marie-Anne Lind ELDORET  Dec 12 (Reuters) - Shares fell on Tuesday.", ["Marie-Anne Lind"], "ELDORET"),
])
def test_inline_byline_before_a_mixed_case_known_city(line, names, city):
    """ "By A, B and C Washington (Reuters) -" on one line: with no caps to mark where the place
    starts, a city every wire knows does ("By A, B" + "C Washington" was read, with B as a title)."""
    from wirecli import parse

    story = parse("Bank shares fall\n\n" + line + "\n")
    assert [b.name for b in story.bylines] == names
    assert story.dateline is not None and story.dateline.cities == (city,)


def test_caps_byline_with_a_story_type_tag_is_no_dateline():
    """ "By  ANA RUIZ  and  IDA BERG  - Analysis" over the dateline: "BERG -" with "Analysis" after
    it is no dateline (nothing reads on as a lead); found by upper-casing labelled bylines."""
    from wirecli import parse

    story = parse("Bank shares fall\nBy  ANA RUIZ  and  IDA BERG  - Analysis\n\n"
                  " NEW YORK  (Reuters) - Harbor Bank may get a warmer welcome in Lisbon if it raises its offer.\n")
    assert [b.name for b in story.bylines] == ["ANA RUIZ", "IDA BERG"]
    assert story.dateline is not None and story.dateline.cities == ("NEW YORK",)
    assert story.body.startswith("Harbor Bank may get")


def test_lower_case_by_run_on_into_the_dateline():
    """1987: "    by Cal Example, Reuters   NEW YORK, March 5 - ..." on one line: the byline is cut
    from the dateline as with "By" (it took "Reuters NEW YORK" for a second name)."""
    from wirecli import parse

    story = parse("ACME CHANGES STANCE\n    by Ana Ruiz, Reuters   NEW YORK, March 5 - A lawsuit pushed\n"
                  "Acme Co into an about-face, analysts said.\n")
    assert [(b.name, b.title) for b in story.bylines] == [("Ana Ruiz", "Reuters")]
    assert story.dateline is not None and story.dateline.cities == ("NEW YORK",)
    assert story.body.startswith("A lawsuit pushed")


def test_caption_or_note_above_does_not_make_a_bare_dateline_deep():
    """A bare "PLACE, Region. -" (no agency, no date) is looked for in the first four text lines;
    a caption or an editor's note above it does not count as one of them ("CORNWALL, Ont. -"
    under headline, time stamp, agency line and a note was lost).  Found by putting a note or a
    caption above labelled datelines (benchmarks/metamorphic.py note, caption)."""
    from wirecli import parse

    for extra in ("(Adds comment from the mayor in paragraph 5)", "FILE PHOTO: The harbour in Lisbon. REUTERS/Ana Ruiz"):
        story = parse("Mayor says harbour talks will go on, yet\nMonday, 11.05.2012 / 8:05 PM / News\nThe Canadian Press\n\n"
                      + extra + "\n\nKINGSTON, Ont. - Ana Ruiz isn't very optimistic right now.\n\nShe spoke on Monday.\n")
        assert story.dateline is not None and story.dateline.cities == ("KINGSTON",), extra
        assert story.body.startswith("Ana Ruiz isn't")


def test_writer_after_the_agency_with_particles():
    """ "(RIA Novosti), Ana de la Cruz -" / ", Omar al-Rashid -": the writer's name may have particles."""
    from wirecli import parse

    for writer in ("Ana de la Cruz", "Omar al-Rashid", "Jan van der Berg", "Omar ibn Said"):  # lexicon.NAME_PARTICLES
        story = parse(f"Talks resume\n\nMOSCOW, Oct. 16 (RIA Novosti), {writer} - The ministry said on Monday.\n")
        assert [b.name for b in story.bylines] == [writer]
        assert story.body.startswith("The ministry said")


def test_bare_dateline_before_a_name_heavy_lead():
    """1987: a bare "PLACE -" needs prose after it; a lead heavy with names ("Shares of Harbor
    Bank Board Chairman Ana Ruiz said a further ...") has its lower-case words late, so fifteen
    words are read, within the lead's paragraph only (a story-type tag "- Analysis" over a blank
    line is still no dateline).  Found by putting other lead shapes after labelled datelines."""
    from wirecli import parse

    story = parse("HARBOR BANK SEES LOWER RATES\n    LISBON - Shares of Harbor Bank Board Chairman Ana Ruiz\n"
                  "Lopez said a further decline in rates was likely.\n")
    assert story.dateline is not None and story.dateline.cities == ("LISBON",)
    assert story.body.startswith("Shares of Harbor Bank")


def test_known_city_in_mixed_case_with_a_bare_dash():
    """1987 round-ups print the place in mixed case ("    London - Harbor Bank is launching ...");
    a city every wire knows is a place in any case, others still need caps, a date or an agency."""
    from wirecli import parse

    story = parse("CREDIT HIGHLIGHTS - APRIL 7\n    London - Harbor Bank is launching a commercial paper\n"
                  "program for an unlimited amount, the arranger said.\n")
    assert story.dateline is not None and story.dateline.cities == ("London",)
    assert story.body.startswith("Harbor Bank is launching")
    assert parse("Paris - a guide\n\nThe city has many museums.\n").dateline is None
    first = parse("Paris - a guide to the best cafes in the city\n\nThe city has many.\n")
    assert first.dateline is None and first.headline == "Paris - a guide to the best cafes in the city"
    assert parse("Harbour - Harbor Bank is launching a commercial paper program, it said.\n").dateline is None


@pytest.mark.parametrize("line, cities, agency", [
    ("LISBON,\u00a0May\u00a03\u00a0(Reuters)\u00a0-\u00a0Prices rose on Monday.", ("LISBON",), "Reuters"),
    ("SPACE.com\u00a0-\u00a0TORONTO, Canada -- A second team launched.", ("TORONTO",), "SPACE.com"),
    ("NEW\u00a0DELHI: The state government on Tuesday announced a new scheme.", ("NEW DELHI",), None),
])
def test_no_break_spaces_in_the_dateline(line, cities, agency):
    """Web copy prints no-break spaces inside datelines: they read as spaces (the dateline's text
    stays as printed).  Found by putting them in labelled datelines (metamorphic nbsp)."""
    from wirecli import parse

    story = parse("Prices rise\n\n" + line + "\n\nMore later.\n")
    assert story.dateline is not None
    assert tuple(" ".join(c.split()) for c in story.dateline.cities) == cities
    assert story.agency == agency


def test_bare_dateline_under_a_deck_and_page_furniture():
    """A bare "PLACE, Region. -" may sit under a headline, a time stamp, an agency line and a
    deck (six text lines are looked at for one, not four); found by putting a deck above
    labelled datelines (benchmarks/metamorphic.py deck)."""
    from wirecli import parse

    story = parse("Mayor says harbour talks will go on\nMonday, 11.05.2012 / 8:05 PM / News\nThe Canadian Press\n\n"
                  "* Talks to resume next week\n* Unions want more\n\n"
                  "KINGSTON, Ont. - Ana Ruiz isn't very optimistic right now.\n\nShe spoke on Monday.\n")
    assert story.dateline is not None and story.dateline.cities == ("KINGSTON",)
    assert story.headline == "Mayor says harbour talks will go on"


def test_lone_known_city_under_a_byline():
    """ "Pittsburgh" alone over the first paragraph is the dateline when only a byline sits
    above it too ("By Ana Ruiz" / "Pittsburgh" / "The city ..."); found by adding bylines
    above labelled datelines (benchmarks/metamorphic.py addby)."""
    from wirecli import parse

    story = parse("By Ana Ruiz\n\nPittsburgh\n\nThe city council voted on Monday to close the old bridge.\n")
    assert story.dateline is not None and story.dateline.cities == ("Pittsburgh",)
    assert [b.name for b in story.bylines] == ["Ana Ruiz"]
    assert story.body.startswith("The city council voted")


@pytest.mark.parametrize("place, city", [("Fort Collins, Colo.", "Fort Collins"), ("Newark, N.J.", "Newark"),
                                         ("Salt Lake City, Utah", "Salt Lake City")])
def test_lone_place_with_its_region_under_a_byline(place, city):
    """ "Fort Collins, Colo." alone over the first paragraph, as "Pittsburgh" alone is (AP copy
    restyled by a member site); a headline ending in ", Region" over a dateline stays the
    headline, and a long capitalised line is no place."""
    from wirecli import parse

    story = parse(f"By Ana Ruiz\n\n{place}\n\nThe city council voted on Tuesday to approve a budget.\n")
    assert story.dateline is not None and story.dateline.cities == (city,)
    assert story.body.startswith("The city council")
    story = parse("Harbor Talks Stall in Lisbon, Portugal\n\nLISBON, May 3 (Xinhua) -- Talks stalled on Monday.\n")
    assert story.headline == "Harbor Talks Stall in Lisbon, Portugal" and story.dateline.cities == ("LISBON",)
    story = parse("Floods Hit Texas, Louisiana\n\nFloods hit two states on Monday, officials said.\n")
    assert story.dateline is None and story.headline == "Floods Hit Texas, Louisiana"


def test_capitals_with_a_mixed_case_prefix_open_a_story():
    """ "McALLEN, Texas -- The ..." as the first line of a story (AP copy with no agency) is a
    dateline as "BERLIN -- The ..." is: 'Mc' is printed in lower case inside capitals."""
    from wirecli import parse

    story = parse("McALLEN, Texas -- The agency said on Monday that crossings fell in March.\n\nMore later.\n")
    assert story.dateline is not None and story.dateline.cities == ("McALLEN",)
    assert story.body.startswith("The agency said")


def test_agency_alone_on_a_line_over_the_place_line():
    from wirecli import parse
    s = parse("Farm aid weighed\n\nBy Ana Ruiz\nLakeside Newspapers\n(KRT)\n\nWASHINGTON - Congress weighed aid on Tuesday.\n\nA vote may come.\n")
    assert s.dateline is not None and s.dateline.cities == ("WASHINGTON",)
    assert s.body.startswith("Congress weighed aid")
    s = parse("Farm aid weighed\n\n(KRT)\n\nCongress weighed aid on Tuesday.\n")
    assert s.agency == "KRT"


def test_dateline_hard_wrapped_before_its_dash():
    """ "... Feb. 07, 2025 (GLOBE NEWSWIRE)" / "-- Acme said ...": the dash wrapped onto the next
    line belongs to the dateline, not the body; a list item under a dateline that has its own
    dash stays body."""
    from wirecli import parse

    s = parse("Acme opens lab\n\nTORONTO, Feb. 07, 2025 (GLOBE NEWSWIRE)\n-- Acme Corp. opened a lab on Friday.\n\nMore.\n")
    assert s.dateline is not None and s.dateline.cities == ("TORONTO",)
    assert s.body.startswith("Acme Corp. opened")
    s = parse("Acme opens lab\n\nTORONTO, Feb. 07, 2025 (GLOBE NEWSWIRE) --\n- Revenue rose 5% in the quarter.\n\nMore.\n")
    assert s.body.startswith("- Revenue rose")
    s = parse("Acme opens lab\n\nSEATTLE--(BUSINESS WIRE)--Feb 7,\n2025--Acme Corp. said on Friday it would sell a unit.\n")
    assert s.dateline is not None and s.dateline.date == "2025-02-07"
    assert s.body.startswith("Acme Corp. said")


def test_xinhua_dated_photo_caption_over_the_dateline():
    """Xinhua web copy prints the photo's caption with its own dateline above the story's:
    "BEIJING, Jan. 5, 2024 (Xinhua) -- People visit ... (Xinhua/Li Yan)" / "BEIJING, Jan. 5
    (Xinhua) -- China's exports ...": the story's dateline is the second; a one-paragraph story
    that ends with a photo credit keeps its own dateline."""
    from wirecli import parse

    s = parse("Exports rise\n\nBEIJING, Jan. 5, 2024 (Xinhua) -- People visit a trade fair in Beijing. (Xinhua/Li Yan)\n\n"
              "BEIJING, Jan. 5 (Xinhua) -- China's exports rose 7 percent in December, data showed on Friday.\n")
    assert s.dateline is not None and s.dateline.date == "--01-05"
    assert s.body.startswith("China's exports rose")
    s = parse("Exports rise\n\nBEIJING, Jan. 5 (Xinhua) -- Exports rose in December. People visit a fair. (Xinhua/Li Yan)\n")
    assert s.dateline is not None and s.body.startswith("Exports rose in December")


def test_place_and_dash_headline_over_the_dateline():
    """A headline of a place, a dash and a phrase ("OSLO - A harbour town rebuilds") as the first
    line, over a byline and the real dateline with its agency: the dateline below wins.  A bare
    dateline with no dateline below, or with a sentence after the dash, keeps its place."""
    from wirecli import parse

    s = parse("OSLO - A harbour town rebuilds\nBy Ida Lowe\n\nOSLO (Reuters) - Cranes stand over the old docks of the city.\n")
    assert s.headline == "OSLO - A harbour town rebuilds" and [b.name for b in s.bylines] == ["Ida Lowe"]
    assert s.dateline is not None and s.dateline.agency == "Reuters" and s.body.startswith("Cranes stand")
    s = parse("OSLO - A harbour town rebuilds\n\nCranes stand over the old docks of the city, officials said.\n")
    assert s.dateline is not None and s.dateline.cities == ("OSLO",) and s.body.startswith("A harbour town")
    s = parse("OSLO - Cranes stand over the docks.\n\nOSLO (Reuters) - A second story starts here.\n")
    assert s.dateline is not None and s.body.startswith("Cranes stand")


@pytest.mark.parametrize("note", [
    "(Adds analyst comment, shares)", "(Amends headline)", "(Releads, adds details)",
    "(Clarifies paragraph 4 to show the loss excludes items)", "(Deletes extra word in paragraph 3)",
    "(New throughout, adds details)", "(Updates with closing price) (Adds byline)",
])
def test_any_editors_note_before_an_inline_byline_and_dateline(note):
    """A note of any editor's verb opens the first paragraph, then "By A  CITY (Reuters) -"."""
    from wirecli import parse

    s = parse(f"Harbor Air loss narrows\n\n  {note}   By  Ana Example   LAKEPORT, Jan 18 (Reuters) - Harbor Air "
              "posted a smaller loss on Thursday as fares rose.\n")
    assert s.dateline is not None and s.dateline.cities == ("LAKEPORT",), note
    assert [b.name for b in s.bylines] == ["Ana Example"], note
    assert s.body.startswith("Harbor Air posted"), note


def test_agency_name_in_parentheses_is_no_editors_note():
    """ "(Reuters Breakingviews) - ...": a capitalised word after the "-s" word, no note."""
    from wirecli import parse

    s = parse("Harbor Air loss narrows\n\n(Reuters Breakingviews) - Harbor Air posted a smaller loss on Thursday.\n")
    assert s.body.startswith("(Reuters Breakingviews)") or s.agency == "Reuters"
    assert not any(p.rule == "dateline.lead_note" for p in s.parts)


@pytest.mark.parametrize("line", [
    "__LAKEPORT, BC / ACCESS Newswire / March 3, 2025 /__ Harbor Gold Inc. announced a new vein.",
    "*LAKEPORT, BC / ACCESS Newswire / March 3, 2025 /* Harbor Gold Inc. announced a new vein.",
])
def test_dateline_in_other_markdown_emphasis(line):
    """Bold with underscores and italics around a release's dateline, as other converters print it."""
    from wirecli import parse

    s = parse("Harbor Gold finds new vein\n\n" + line + "\n\nMore text.\n")
    assert s.dateline is not None and s.dateline.cities == ("LAKEPORT",), line
    assert s.body.startswith("Harbor Gold Inc. announced"), line


@pytest.mark.parametrize("text,city,body_start", [
    ("Storm cuts power to thousands\n\n****SALEM, Ore. (Reuters) - The storm knocked out power to 40,000 homes.\n",
     "SALEM", "The storm knocked out"),  # a one-paragraph story's flash-marked dateline, not a 1987 BRIEF headline
    ("Rebels agree to talks\n\nLAKEPORT, Calif. _ About 2,000 people have fled the area since the fighting began, aid groups said.\n",
     "LAKEPORT", "About 2,000 people"),  # a word and a number open the lead: no heading's date stamp ("APRIL 7")
    ("Storm hits\n\nThe Canadian Press - FREDERICKSBURG, Virginia/ST. JOHN'S, Antigua\n(AP) - Shares of the company fell\n"
     "4 percent.\n", "FREDERICKSBURG", "Shares of the company"),  # hard-wrapped before its agency
    ("Acme names chief\n\nTAMPA, Fla. and STAMFORD, Conn., September 30, 2024\n/EINPresswire.com/ -- Acme named a new chief\n"
     "executive on Monday.\n", "TAMPA", "Acme named a new"),  # a release's dateline wrapped before its wire
    ("Acme names chief\r\n\r\nSEATTLE--(BUSINESS WIRE)--February 10,\r\n2025--\r\n\r\nAcme named a new chief executive.\r\n",
     "SEATTLE", "Acme named a new"),  # wrapped inside the date, CRLF breaks
])
def test_lead_shapes_keep_the_dateline(text, city, body_start):
    from wirecli import parse

    story = parse(text)
    assert story.dateline is not None and story.dateline.cities[0] == city
    assert story.body.startswith(body_start)


# CNN's web page as copied: place, agency and dash each on a line of its own
STACKED_ROWS = [
    ("Rates hold\nBy Ana Ruiz, CNN\n\nNew York\nCNN\n — \nUS stocks fell on Friday.\n\nThe Dow lost 1%.\n",
     ["New York"], "CNN", "US stocks fell", "place, agency and dash stacked"),
    ("Talks resume\n\nWashington, DC\n\nCNN\n\n —\n\nTalks resumed on Friday.\n\nBoth sides spoke.\n",
     ["Washington"], "CNN", "Talks resumed", "a blank line between the stacked lines"),
]


@pytest.mark.parametrize("text,cities,agency,body_start,why", STACKED_ROWS, ids=[r[4] for r in STACKED_ROWS])
def test_stacked_dateline(text, cities, agency, body_start, why):
    from wirecli import parse

    story = parse(text)
    assert story.dateline is not None and list(story.dateline.cities) == cities, why
    assert story.agency == agency and story.body.startswith(body_start), why


def test_stacked_lines_that_are_no_dateline():
    from wirecli import parse

    # a place over a sentence, and an agency's name over a list's dash with no place above
    story = parse("Harbor notes\n\nHong Kong\nThe city reopened its piers.\n\nMore later.\n")
    assert story.dateline is None or story.dateline.agency is None
    story = parse("Sources\n\nThe list:\nStorm hits coast\n-\nFerries halted.\n")
    assert story.dateline is None
    # an e-mail's signature under its "--" delimiter: no place line over the agency, no lead under the dash
    for sig in ("Hi team,\n\nPlease see the draft below.\n\nAP\n--\nAlex Parker\n",
                "Hi all,\n\nThe notes are attached below.\n\nCP\n-- \nSent from my phone\n",
                "Hi all,\n\nNotes below.\n\nBoston\nAP\n--\nAlex Parker\n"):
        story = parse(sig)
        assert story.dateline is None and story.agency is None, sig


@pytest.mark.parametrize("line,names", [
    ("By Dana R. La Piana (Reuters) - Harbor Bank posted a smaller loss on Thursday as fares rose.", ["Dana R. La Piana"]),
    ("LAKEPORT, October 16 (RIA Novosti), Dana R. La Piana - Harbor Bank posted a smaller loss on Thursday.",
     ["Dana R. La Piana"]),
])
def test_writer_of_four_words_with_an_initial_and_a_particle(line, names):
    """A surname after a capitalised particle ("La Piana") is no mixed-case place before the agency."""
    from wirecli import parse

    s = parse("Harbor Bank loss narrows\n\n" + line + "\n")
    assert [b.name for b in s.bylines] == names
    assert s.body.startswith("Harbor Bank posted")


@pytest.mark.parametrize("text,headline", [
    ("OIL PRICES FALL IN LONDON\n(Reuters) - Oil fell on Tuesday as traders weighed demand.\n", "OIL PRICES FALL IN LONDON"),
    ("GULF STATES UTILITIES, TEXAS UNIT SET QUARTERLY DIVIDENDS TODAY\n(Reuters) - Gulf States said it set its dividend.\n",
     "GULF STATES UTILITIES, TEXAS UNIT SET QUARTERLY DIVIDENDS TODAY"),
    ("BLAST HITS WAREHOUSE OUTSIDE DALLAS, TEXAS\n(Reuters) - A blast shook a warehouse on Monday.\n",
     "BLAST HITS WAREHOUSE OUTSIDE DALLAS, TEXAS"),  # a known region, but the "city" is a phrase ending in one
    ("NEW BRIDGE OPENS TO TRAFFIC IN RURAL AREA, OHIO\n(AP) - A new bridge opened on Monday.\n",
     "NEW BRIDGE OPENS TO TRAFFIC IN RURAL AREA, OHIO"),  # too many words for a city
])
def test_caps_headline_over_an_agency_lead_is_no_wrapped_dateline(text, headline):
    from wirecli import parse

    story = parse(text)  # the lead opens with the agency; the line above is the headline, not a place cut off
    assert story.headline == headline and story.dateline is not None and story.dateline.cities == ()
