"""Sign-off, footer and body-end tables: (input, expected, why).  Lines are written for these tests."""
import pytest

from wirecli import parse
from wirecli.rules.signoff import (find_footer, is_signoff_line, is_signoff_paragraph, is_teaser,
                                   signoff_agency)
from wirecli.text import split_lines

# is_signoff_line: (line, expected, why)
LINES = [
    ("First Published: May 03 2024 | 4:41 PM IST", True, "an Indian paper's stamp under the story"),
    ("Updated: 3 May 2024 10:02 BST", True, "a page's stamp, day first"),
    ("Published: the report said sales rose in May 2024.", False, "a label and a sentence"),
    ("A version of this article appears in print on May 4, 2024, Section A, Page 12 of the New York edition with the headline: "
     "Library Fight.", True, "the New York Times' print note"),
    ("Posted 3h ago, updated 1h ago", True, "ABC (Australia)'s stamp under the story"),
    ("Corrections and clarifications | Submit a news tip | Report error", True, "CBC's bar of links under the story"),
    ("Tin | 800 | up 5", False, "a table row with numbers is no bar of links"),
    ("He posted 3 messages | she replied | they left", False, "pieces in lower case are no links"),
    (" Reuter", True, "1987 sign-off"),
    ("AM/SST/JJ", True, "AFP staff codes in capitals"),
    ("BUR-AM/SST/JJ", True, "AFP staff codes in capitals after a bureau's"),
    ("TCP/IP", False, "two capital words between a slash are no staff codes"),
    ("USD/JPY", False, "a currency pair"),
    ("Source text for Eikon: [ID:nAbc1234]", True, "Reuters BRIEF trailer"),
    ("Further company coverage: [HBR.N]", True, "Reuters BRIEF coverage link"),
    ("Source texts differ on the figure, analysts said.", False, "'Source' opening a sentence"),
    ("(Corrects payment date in paragraph 2).", True, "a correction note on the last line"),
    ("(Refiles to fix a typo) OSLO, May 6 (Reuters) - Fees rose at the harbor. Traffic fell.", False,
     "a short flattened story opening with a note is no note"),
    ("REUTER11:43/VB", True, "1987 sign-off with a time stamp"),
    ("Enditem", True, "Xinhua"),
    ("Flipboard", True, "a share bar's button"),
    ("Share on Facebook", True, "a share bar's button with its platform"),
    ("Click here to share on social media", True, "Al Jazeera's share bar"),
    ("Save", True, "a page's save button"),
    ("Reuse this content", True, "the Guardian's footer link"),
    ("Get our breaking news alert", True, "a broadcaster's alert promo"),
    ("ar/bo (AFP, Reuters)", True, "DW's staff codes and the agencies they used"),
    ("Save the date, organisers said.", False, "'Save' opening a sentence"),
    ("Linkedin", True, "a share bar's button in lower case"),
    ("Related Coverage", True, "a page's heading over related links"),
    ("Acquire Licensing Rights, opens new tab", True, "Reuters' licensing link"),
    ("See Full Web Article", True, "a syndicated page's link back"),
    ("See the full extent of the damage, officials said.", False, "'See the full' in a sentence"),
    ("iReport.com: Share your views on the harbor plan", True, "CNN's iReport call-out"),
    ("Get our free newsletter: Sign up here for the morning briefing.", True, "a newsletter promo"),
    ("Get the newsletter habit, the mayor told students.", False, "no 'newsletter' noun phrase after 'Get the'"),
    ("Advertisement", True, "a web page's ad slot"),
    ("READ MORE: Harbor talks stall", True, "a 'read more' promo in caps, like 'Related:'"),
    ("Story continues below advertisement", True, "a web page's ad slot, spelled out"),
    ("Advertisements were banned in 1990.", False, "a sentence about adverts"),
    ("Distributed by Lakeside Features Syndicate, LLC.", True, "syndication line"),
    ("(c) Copyright Example Wire 2013. Click For Restrictions - http://example.com/legal", True,
     "'(c)' before the word 'Copyright'"),
    ("Sharecroppers protested.", False, "a word starting like a button"),
    ("(Enditem)", True, "Xinhua in parentheses"),
    ("END ITEM", True, "Xinhua in capitals, two words"),
    ("(ends)", True, "end mark in parentheses"),
    ("-- END --", True, "end mark between dashes"),
    ("- 30 -", True, "the old '30' end mark with spaces"),
    ("(Endorsement pending)", False, "a word starting with 'End' in parentheses"),
    ("Find more of AP’s coverage of the harbor strike: https://example.com/hub/strike", True, "AP coverage promo"),
    ("RELATED: Harbor strike enters second week", True, "related-story teaser"),
    ("More AP MLB: https://example.com/hub/mlb and https://example.com/AP_Sports", True, "AP sports hub promo"),
    ("AP college football: https://example.com/hub/cfb. Sign up for the poll newsletter: https://example.com/top25", True,
     "AP hub promo with a newsletter link"),
    ("AP officials said: the harbor will reopen.", False, "'AP ... :' with no link is a sentence"),
    ("Source: Acme Corp.", True, "a release's source line in mixed case"),
    (" MORE", True, "ANPA: the take goes on in another"),
    ("Logo - https://example.com/media/123/acme_logo.jpg", True, "a release's multimedia link"),
    ("Photo: https://example.com/media/124/plant.jpg", True, "a release's photo link"),
    ("Video - the launch was streamed live.", False, "'Video -' before prose"),
    ("Most Read from Bloomberg Businessweek", True, "a syndicated copy's promo heading"),
    ("Before it’s here, it’s on the Bloomberg Terminal. LEARN MORE", True, "Bloomberg web promo"),
    ("For more on the harbor strike: https://example.com/hub/harbor-strike", True, "AP hub promo"),
    ("For more information, visit www.example.com.", False, "a release's last sentence is body"),
    ("More than 40 people were hurt.", False, "'More' opening a sentence"),
    ("End Adv for Sunday, Nov. 17", True, "AP advance instruction in mixed case"),
    ("Source: the harbor master, who asked not to be named.", False, "'Source:' before lower case"),
    ("More stories like this are available on example.com/opinion", True, "opinion-page promo"),
    ("Click here to read more about the strike.", True, "click-here promo"),
    ("Sign up for our weekly harbor newsletter here.", True, "newsletter promo"),
    ("See you at the harbor, she said.", False, "'See' opening a quote is body"),
    ("Harbor coverage receives support from the Example Foundation. The AP is solely responsible for all content.", True,
     "AP funding note"),
    ("Thomson Reuters is the world's largest international multimedia news agency, providing news.", True,
     "Reuters web boilerplate"),
    ("(END) Dow Jones Newswires", True, "Dow Jones"),
    ("03-04-25 1412ET", True, "Dow Jones time stamp"),
    ("AP-WF-01-02-03 0405GMT<", True, "AP filing line"),
    ("Our Standards: The Thomson Reuters Trust Principles.", True, "Reuters web footer"),
    ("© 2021 Example Press. All Rights Reserved.", True, "copyright"),
    ("PTI", True, "bare agency"),
    ("AFP xy", True, "agency and staff initials"),
    ("ab/cd/ef", True, "staff codes"),
    ("bur-abc/de", True, "staff codes with a hyphen"),
    ("The Example/DPA/xy", True, "outlet, agency and initials"),
    ("dpa ab cde", True, "dpa editor codes"),
    ("dpa sw yyzz n1 ldr", True, "dpa editor codes with a service code"),
    ("dpa is the German agency", False, "a sentence about dpa"),
    ("AAP ab/cd", True, "agency then staff codes with a slash"),
    ("--", True, "double-dash end mark"),
    ("-0-", True, "zero end mark"),
    ("# # #", True, "press-release end mark"),
    ("-- AFP", True, "agency after a dash"),
    ("Watch the full interview »", True, "CNN video link"),
    ("(MORE TO FOLLOW) Dow Jones Newswires", True, "Dow Jones continuation"),
    ("Share what you think", True, "comment prompt"),
    ("END OPTIONAL TRIM", True, "wire instruction"),
    ("Catch all the Business News and Latest News Updates on Example Mint.", True, "site promo"),
    ("Also Read: Example stocks to watch this week", True, "related link"),
    ("Get the day's markets news with the Example Bid newsletter. Sign up here.", True, "newsletter promo"),
    ("Follow AP's coverage of the storm at https://example.com/hub/storm", True, "AP hub link"),
    ("More AP election coverage: https://example.com/elections", True, "AP coverage link"),
    ("___", True, "AP separator"),
    ("Authors:", True, "empty authors label"),
    ("&UR; ", True, "ANPA control token"),
    ("(PROFILE (WS SL:BC-Example; CT:i; (REG:EURO;) ))", True, "ANPA profile line"),
    ("The vote, 3rd graf pvs.", True, "wire instruction"),
    ("Read more about the harbour and its history", True, "related-story link"),
    ("Follow Example News on Facebook, Twitter and Instagram.", True, "outlet promo"),
    ("Follow the trial at The Example Hub [www.example.com/hub]", True, "promo with a bracketed link"),
    ("Want to get involved? Check out the Example Trust and see how to help.", True, "CNN Heroes promo"),
    ("![](https://example.com/logo.png)", True, "markdown image"),
    ("**SOURCE:** Example Corp", True, "press-release source line"),
    ("View original content:https://example.com/release", True, "press-release footer"),
    ("Share or comment on this article", True, "Daily Mail share prompt"),
    ("E-mail this to a friend", True, "BBC page tool"),
    ("All About Example Party • Ann Example", True, "CNN topic links"),
    # negatives
    ("He told Reuters.", False, "a sentence naming the agency"),
    ("AFP said the talks failed.", False, "a sentence opening with an agency"),
    ("(c) The company shall repay the loan.", False, "a list item (c) is not a copyright"),
    ("Check out the view from the top, he said.", False, "'Check out' in a quote"),
    ("Prices rose 3 percent in March.", False, "body sentence"),
    ("Catch all the action live on Sunday on Example TV.", False, "a sports preview's last sentence"),
    ("Like many others on Twitter, she mocked the plan.", False, "'Like ... on Twitter' in a sentence"),
    ("Copyright lawyers expect more suits next year.", False, "'Copyright' opening a sentence"),
    ("Copyright 2009 Example Press. All rights reserved.", True, "copyright with a year"),
    ("ap", False, "lower-case initials alone are no sign-off"),
    ("Press Association", True, "an agency's long name alone on the last line"),
    ("Twitter : @example.com, @exampleradio", True, "a social handle line"),
    ("(end) ahm.gb", True, "KUNA's end mark and staff code"),
    ("ahm.gb", True, "KUNA's staff code alone"),
    ("e.g.", False, "an abbreviation is no staff code"),
    ("Twitter: the company said it would act.", False, "a sentence after a platform's name"),
    ("PTI ABC KVK RT", True, "PTI's desk codes in capitals"),
    ("Agencies", True, "an Indian paper's wire sign-off"),
    ("(Agencies)", True, "the same in parentheses"),
    ("Agencies said the talks failed.", False, "a sentence opening with 'Agencies'"),
    ("EFE-EPA", True, "EFE's joint sign-off"),
    ("(Distributed by Example Howard News Service, www.example.com.)", True, "a syndicate's line in parentheses"),
    ("WAM/Ana Ruiz/Bo Lind", True, "WAM's staff names between slashes"),
    ("AP Photo/Ana Ruiz", False, "a photo credit is no agency sign-off"),
    ("PTI SAID NOW", False, "words in capitals after an agency are no desk codes"),
    ("This report by The Canadian Press was first published Feb. 12, 2024.", True, "CP's first-published footer"),
    ("This report was first published in the Lakeside Herald.", False, "no agency 'by' or 'from': a sentence"),
]

assert len({c[0] for c in LINES}) == len(LINES), "duplicate input in LINES"


@pytest.mark.parametrize("line,expected,why", LINES, ids=[c[2] for c in LINES])
def test_is_signoff_line(line, expected, why):
    assert is_signoff_line(line) is expected, why


AGENCIES = [
    (" Reuter", "Reuters", "1987 sign-off"),
    ("Enditem", "Xinhua", "Xinhua sign-off"),
    ("COPYRIGHT 2024 Press Trust of India", "PTI", "a copyright line in capitals (agency.COPYRIGHT_MARK)"),
    ("(END) Dow Jones Newswires", "Dow Jones", "Dow Jones footer"),
    ("PTI", "PTI", "bare agency"),
    ("ab/cd/ef", None, "staff codes name no agency"),
    ("-- AFP", "AFP", "agency after a dash"),
    ("AFP xy", "AFP", "agency with staff initials"),
    ("The Example/DPA/xy", "dpa", "outlet, agency and initials"),
    ("The Example/Ritzau/xy", "Ritzau", "a Nordic agency between the outlet and the initials"),
    ("-- AFP/xy", "AFP", "a dash before the agency and its staff code"),
    ("(dpa/xy)", "dpa", "the agency and its staff code in parentheses"),
    ("(Lusa)", "Lusa", "an agency whose name is printed in mixed case"),
    ("dpa", "dpa", "dpa signs off in lower case"),
    ("ap", None, "initials in lower case (a cut word) name no agency"),
    ("Pa", None, "initials in mixed case (a cut word) name no agency"),
    ("* r/pa", None, "a path cut at a slash is no outlet/agency sign-off"),
    ("\t* uni", None, "a list item cut after three letters ('unix/...') is no UNI sign-off"),
    ("The Canadian Press", "CP", "a long agency name alone"),
    ("PTI ABC KVK RT", "PTI", "PTI with desk codes in capitals"),
    ("WAM/Ana Ruiz/Bo Lind", "WAM", "WAM with staff names"),
    ("Australian Associated Press", "Australian Associated Press", "a long agency name longer than 14 characters, as printed"),
]

assert len({c[0] for c in AGENCIES}) == len(AGENCIES), "duplicate input in AGENCIES"


@pytest.mark.parametrize("line,expected,why", AGENCIES, ids=[c[2] for c in AGENCIES])
def test_signoff_agency(line, expected, why):
    assert signoff_agency(line) == expected, why


PARAGRAPHS = [
    ("Views expressed are personal.", True, "an Indian op-ed's disclaimer"),
    ("Views differ on the plan.", False, "a sentence opening with 'Views'"),
    ("This version corrects the spelling of the mayor's name to Brandt, not Brant.", True, "AP's correction line"),
    ("This story was first published on May 3, 2023. It was updated on May 4, 2023, to correct a name.", True,
     "AP's publication note"),
    ("This version of the bridge was first built in 1920, the mayor said.", False, "'This version' in a sentence"),
    ("This report is auto-generated from PTI news service. Example Print holds no responsibility for its content.", True,
     "an Indian site's agency-feed note"),
    ("This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.",
     True, "another site's wire-feed note"),
    ("(Only the headline of this report may have been reworked by Example staff; the rest of the content is auto-generated.)",
     True, "the headline-reworked note"),
    ("The figures were published from the agency feed on Monday, officials said, and showed a fall in output.", False,
     "a body sentence about a feed"),
    ("(Except for the headline, this story has not been edited by Example staff and is published from a syndicated feed.)",
     True, "an Indian broadcaster's syndicated-feed note"),
    ("This column does not necessarily reflect the opinion of the board or its owners.", True, "column disclaimer"),
    ("The views and opinions expressed in the article do not necessarily reflect those of the site.", True, "site disclaimer"),
    ("Past performance is no guarantee of future results. Investing involves risk.", True, "investment disclaimer"),
    ("[Editor's Note May 2, 2020: An earlier version misspelled a name.]", True, "bracketed editor's note"),
    ("This story has been corrected to show the vote was on Tuesday.", True, "correction paragraph"),
    ("The opinions expressed are her own.", True, "columnist disclaimer"),
    ("The views expressed in this column are solely the writer's own.", True, "columnist disclaimer, views"),
    ("Opinions expressed here are personal.", True, "an op-ed's disclaimer without 'The'"),
    ("(Views expressed are personal)", True, "an op-ed's disclaimer in parentheses"),
    ("The view is his own to hold, the court said, and the board must accept it.", False,
     "'is his own' in a sentence that goes on"),
    ("Opinions are personal, the mayor said, and each ballot counts.", False, "'Opinions are personal' opening a sentence that goes on"),
    ("(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)", True,
     "syndication disclaimer"),
    ("Disclaimer: The views are the author's own.", True, "labelled disclaimer"),
    ("Legal Disclaimer:\nExample Wire provides this news content as is, without warranty of any kind.", True,
     "a release wire's labelled disclaimer (EIN Presswire)"),
    ("The Associated Press' coverage receives support from Example Trust. The AP is solely responsible for all content.",
     True, "AP funding note"),
    ("• This article was amended on 14 June 2023 to correct the date of the previous record.", True,
     "newspaper amendment note under a bullet"),
    ("Correction: An earlier version of this article misstated the length of the new lanes.", True,
     "labelled correction note"),
    ("An earlier version of this story misspelled the name of the mayor.", True, "unlabelled correction note"),
    ("Correction officers said the inmate was moved on Friday.", False, "a body sentence about correction officers"),
    ("The report does not say whether prices will rise next year.", False, "body sentence with a negation"),
    ("Disclosed provisions do not necessarily reflect the full amount of risk.", False, "accounting sentence"),
]

assert len({c[0] for c in PARAGRAPHS}) == len(PARAGRAPHS), "duplicate input in PARAGRAPHS"


@pytest.mark.parametrize("text,expected,why", PARAGRAPHS, ids=[c[2] for c in PARAGRAPHS])
def test_is_signoff_paragraph(text, expected, why):
    assert is_signoff_paragraph(text) is expected, why


TEASERS = [
    ("Storm prompts ferries to change their timetables", True, "sentence-case related headline"),
    ("Places we lost in 2019", True, "short teaser with a year"),
    ("North Example State Police", False, "title-case photo credit"),
    ("Winter storm hits Lakeport and Harbor City hard", True, "a related headline naming places"),
    ("Photos: Winter storm pounds the coast", True, "a gallery label before the related headline"),
    ("Mayor Ana Example of Lakeport City", False, "title-case names and a small word"),
    ("The harbour reopened on Monday.", False, "a sentence"),
]

assert len({c[0] for c in TEASERS}) == len(TEASERS), "duplicate input in TEASERS"


@pytest.mark.parametrize("line,expected,why", TEASERS, ids=[c[2] for c in TEASERS])
def test_is_teaser(line, expected, why):
    assert is_teaser(line) is expected, why


FOOTERS = [
    ("Title\n\nThe storm hit the coast.\n\nRoads were closed.  E-mail to a friend\n\nMore.\n", "E-mail to a friend",
     "glued after a sentence"),
    ("Title\n\nMinisters met in Berlin on Monday.\n\n# Notebook\n\n## Internet links\n", "# Notebook", "dpa notebook"),
    ("Title\n\nSales rose 8 percent. Keywords: EXAMPLE/ (C) Example 2007. All rights reserved.\n", "Keywords:",
     "first marker wins"),
    ("Title\n\nAcme declared a dividend today.\n\n![](https://example.com/i.png) View original content:<https://example.com/x>\n",
     "![](https://example.com/i.png) View", "press release with a leading image"),
    ("Title\n\nAcme declared a dividend today.\n\nCision View original content to download multimedia:https://example.com/x\n",
     "Cision View", "PR Newswire's logo text before the footer"),
    ("Title\n\nThe storm hit the coast.\n\nFind this article at:\nhttp://example.com/story\n", "Find this article at:",
     "print-page footer"),
    ("Title\n\nThe harbour reopened on Monday.\n\nSuggested Topics:\nMarkets\n", "Suggested Topics:", "topic tags"),
    ("Title\n\nThe keywords: price and volume.\n", None, "'keywords:' in a sentence"),
    ("Title\n\nThe storm hit the coast.\n\n___\n\nOnline:\n\nHarbor office: https://example.org\n", "Online:",
     "AP links section"),
    ("Title\n\nThe storm hit the coast.\n\nOn the Net: http://www.example.gov\n", "On the Net:", "1990s AP links line"),
    ("Title\n\nThe storm hit.\n\nOnline: sales of umbrellas rose 5 percent.\n\nRoads closed.\n", None,
     "'Online:' opening a body paragraph with no link"),
    ("Title\nKeywords: OIL, PRICES\n\nOil rose on Tuesday as traders bought.\n", None, "a keyword line under the headline"),
    ("Title\n\nAcme named a new chief executive today.\n\nSOURCE Acme Corp.\n-0-   02/10/2005\n"
     "/CONTACT: Jo Roe of Acme Corp., +1-555-0100/\n/Web site: http://www.acme.example /\n(ACME)\n", "SOURCE Acme Corp.",
     "PR Newswire's SOURCE line over the wire's contact fields"),
    ("Title\n\nRates held steady.\n\nSOURCE: Example Statistics Office\n\nAnalysts expect a cut in May.\n", None,
     "a table's 'SOURCE:' note with body below"),
    ("Title\n\nAcme bought Zeta today.\nMedia Contact:\nJo Roe\nLegal Disclaimer:\nExample Wire provides this news content as is.\n",
     "Legal Disclaimer:", "a release wire's disclaimer under a contact block, no blank lines"),
    ("Title\n\nAcme bought Zeta for $5 million today.\n\nTo view the source version of this press release, please visit "
     "https://www.example.com/release/1\n", "To view the source version", "Newsfile's link back"),
]

assert len({c[0] for c in FOOTERS}) == len(FOOTERS), "duplicate input in FOOTERS"


@pytest.mark.parametrize("text,expected,why", FOOTERS, ids=[c[2] for c in FOOTERS])
def test_find_footer(text, expected, why):
    lines = split_lines(text)
    pos = find_footer(text, lines, 0, len(lines), lines[0].end, len(text))
    if expected is None:
        assert pos is None, why
    else:
        assert pos is not None and text[pos:].startswith(expected), why


# Whole stories: (text, last words of the body, why)
BODY_END = [
    ("COCOA RISES\n    ACCRA, March 3 - Cocoa rose, the board said.\n Reuter\n", "the board said.", "1987 sign-off"),
    ("COCOA RISES\n    ACCRA, March 3 - Cocoa rose, a trader told\nReuters.\n Reuter\n", "a trader told Reuters.",
     "'told / Reuters.' finishes the sentence"),
    ("COCOA RISES\n    ACCRA, March 3 - Cocoa rose, a trader told Reuter.\n", "a trader told Reuter.",
     "'told Reuter.' on one line finishes the sentence"),
    ("COCOA RISES\n    ACCRA, March 3 - Cocoa rose, the board said. REUTER\n", "the board said.",
     "sign-off glued after the last sentence"),
    ("Deal signed\n\nNAIROBI, Oct. 5 (Xinhua) -- The deal covers farm goods.Enditem\n", "covers farm goods.",
     "Xinhua's sign-off glued to the last full stop"),
    ("EXAMPLE CORP QTR NET\n    BOSTON, March 3 -\n    Shr 10 cts vs 8 cts\n    Net 1.2 mln vs 1.0 mln\n REUTER\n",
     "Net 1.2 mln vs 1.0 mln", "1987 results table"),
    ("SALES UP\n    OSLO, April 2 - Sales rose 5 pct, it said. (Corrects percentage in first paragraph)\n Reuter\n",
     "it said. (Corrects percentage in first paragraph)", "1987 correction note stays in the body"),
    ("SALES UP\n    OSLO, April 2 - Sales rose 5 pct, it said.\n    (Corrects percentage in first\nparagraph)\n Reuter\n",
     "(Corrects percentage in first paragraph)", "1987 correction note wrapped over lines stays in the body"),
    ("Port reopens\n\nANKARA\n\nThe port reopened on Friday, officials said.\n\nExample Agency website contains only a portion of\n"
     "the news stories offered to subscribers, and in summarized form.\n", "officials said.",
     "a web footer hard-wrapped over two lines"),
    ("Port reopens\nANKARA\nThe port reopened on Friday, officials said.\nExample Agency website contains only a portion of\n"
     "the news stories offered to subscribers, and in summarized form.\n", "officials said.",
     "the same with no blank lines: the footer follows a finished sentence"),
    ("Album out\n\nBERLIN (Reuters) - The band said it was pleased.\n\nThe new album, All Rights Reserved, comes out\n"
     "in May on a small label.\n", "in May on a small label.", "a wrapped last paragraph naming an album, no copyright line"),
    ("ACME SEES PROFIT\n    NEW YORK, March 5 - Acme said.\n    SOURCE OF FUNDS\n    Loans 5 mln dlrs\n    Bonds 3 mln dlrs\n Reuter\n",
     "Bonds 3 mln dlrs", "a 1987 table headed 'SOURCE OF FUNDS' is body, neither a wrapped sign-off nor a release's SOURCE line"),
    ("METALS VOLUMES - MAY 4\n Time      10.00\n Tin        800\n Zinc       ----\n Reuter\n", "Zinc ----",
     "a dash cell in a table is not a separator"),
    ("OIL FIRM NAMED\n    TULSA, May 4 - Ann Example, former chairman, formed a company. (clarifies that she was chairman)\n",
     "(clarifies that she was chairman)", "1987 clarification stays in the body"),
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose ($1 = 0.91 euros)\n", "($1 = 0.91 euros)",
     "exchange-rate note without a credit is body"),
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose.\n\n($1 = 0.91 euros) (Reporting by Ann Example)\n",
     "($1 = 0.91 euros)", "exchange-rate note before the credit is body"),
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose. ((Reporting by Ann Example)) ($1=0.91 euros) Keywords: EXAMPLE/\n",
     "Prices rose.", "notes after the credit are trailer"),
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose.\n(Reporting by Ann Example)\nBy Ann Example\n",
     "Prices rose.", "byline printed again under the credit"),
    ("Storm hits\n\nOSLO (CNN) -- A storm hit.\n\nStorm prompts ferries to change their timetables\n\nCNN's Bo Sample contributed to this report.\n",
     "A storm hit.", "teaser headline above the credit"),
    ("Storm hits\n\nOSLO (CNN) -- A storm hit.\n\nNorth Example State Police\n\nCNN's Bo Sample contributed to this report.\n",
     "North Example State Police", "title-case caption above the credit stays"),
    ("Storm hits\n\nOSLO (CNN) -- A storm hit the \"coast.\" Want to get involved? Check out the Example Trust and see how to help.\n",
     "the \"coast.\"", "promo glued to the last paragraph"),
    ("Talks fail\n\nNEW DELHI (PTI) - The talks failed in the capital. PTI\n", "in the capital.", "agency glued at the end"),
    ("Talks fail\n\nNAIROBI (AP) - The talks failed. (ab-cde)\n", "The talks failed.", "AP staff code glued at the end"),
    ("Talks fail\n\nNAIROBI (AP) - The talks failed. (jh/ml)\n", "The talks failed.", "staff codes split by a slash"),
    ("Storm hits\n\nOSLO (CNN) -- A storm hit.\n\nFerries change their timetables\n\nHow to stay safe in a blizzard\n\n"
     "CNN's Bo Sample contributed to this report.\n", "A storm hit.", "two related headlines stacked over the credit"),
    ("EXAMPLE CROP\n    ACCRA, March 3 - Output rose.\n    Net profit 1.2 mln (pre-tax)\n Reuter\n", "(pre-tax)",
     "a hyphenated word in parentheses in a table is body"),
    ("Acme pays dividend\n\nTORONTO, Feb. 3, 2025 /PRNewswire/ - Acme declared a dividend.\n\nContact: Investor Relations\n555-0100\n\n"
     "![](https://example.com/i.png) View original content:<https://example.com/x>\n\nSOURCE Acme Corp\n",
     "Investor Relations 555-0100", "press-release contact before the footer is body"),
    ("Acme pays dividend\n\nSPOKANE, Wash.--(BUSINESS WIRE)--Acme declared a dividend.\n\nView source version on businesswire.com: https://example.com/x\n\n"
     "CONTACT: Investors\nAnn Example\n555-0100\n", "declared a dividend.", "press-release contact after the footer is trailer"),
    ("Deal off\n\nTOKYO--The deal is off.\nWrite to Ann Example at ann.example@example.com\n(END) Dow Jones Newswires\n01-02-25 0930ET\n",
     "The deal is off.", "Dow Jones without blank lines"),
    ("Ministers meet\n\nBERLIN (dpa) - Ministers met.\n\n# Notebook\n\n## Editorial contacts\n- Reporting by: Ann Example\n- Editing by: Di Proof\n\ndpa xy abc\n",
     "Ministers met.", "dpa notebook"),
    ("Opinion: why it matters\n\nRates matter.\n\nThis column does not necessarily reflect the opinion of the board.\n\n"
     "Ann Example is a columnist covering banks.\n\nFor more articles like this, please visit us at example.com\n",
     "Rates matter.", "disclaimer and bio above a promo footer"),
    ("Headline here\n\nThe last paragraph says the editing by the board took weeks.\n", "took weeks.",
     "'editing by' mid-paragraph stays body"),
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose.\n\n(Reporting by Ann Example)\n\n"
     "FILE PHOTO: A market in Lisbon. REUTERS/Bo Sample\n", "Prices rose.", "photo caption under the credit"),
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose.\n\n(Reporting by Ann Example)\n\nRelated: Example shares slip in Lisbon\n",
     "Prices rose.", "an unknown link line under the credit"),
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose.\n\n(Reporting by Ann Example)\n\nIn other news, the port reopened after a week.\n",
     "the port reopened after a week.", "a sentence after a credit keeps the story going"),
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose.\n\nFILE PHOTO: A market in Lisbon. REUTERS/Bo Sample\n",
     "REUTERS/Bo Sample", "a caption with no credit below stays body"),
    ("Storm hits\n\nLONDON - A storm hit.\n\nStory from BBC NEWS: http://news.example.co.uk/1.stm\n\n"
     "Published: 2005/01/02 10:11:12 GMT\n\n© BBC MMV\n", "A storm hit.", "BBC page footer"),
    ("Harbor deal signed\n\nLISBON (Reuters) - The city said it would act.\n\nThe council agreed.\n\nAdvertisement\n\n"
     "(Reporting by Ana Ruiz; Editing by Per Holm)\n", "The council agreed.", "an ad slot above the credit is no body"),
    ("ACME OPENS DESK\n    BOSTON, March 3 - The desk was built by a unit of\nReuters Inc <REUT>.\n Reuter\n",
     "a unit of Reuters Inc <REUT>.", "the company wrapped onto the last line is no sign-off (found by re-wrapping)"),
    ("ACME OPENS DESK\n    BOSTON, March 3 - The desk was built by a unit of\nReuters Holdings Inc.\n Reuter\n",
     "a unit of Reuters Holdings Inc.", "'Reuters Holdings Inc.' on the last line is the company"),
    ("Rail strike off\n\nRail workers called off a strike.\n\nThe union will ballot members.\n\nPress Association\n",
     "will ballot members.", "PA's name alone under the story"),
    ("Acme posts results\n\nOSLO, May 3, 2024 /PRNewswire/ -- Acme posted results.\n\nMedia Contact:\nJo Roe\n"
     "press@acme.example\n\nSOURCE Acme Corp.\n", "press@acme.example",
     "a release's 'SOURCE Acme Corp.' under its contact block: no agency finishing a sentence"),
    ("Budget tabled\n\nEDMONTON — The budget was tabled.\n\nThis report by The Canadian Press was first published March 2, 2024.\n",
     "The budget was tabled.", "CP's first-published footer"),
    ("Banks rise\n\nOSLO - Analysts said, according to a survey by\nBloomberg News.\n\nTo contact the reporter on this story:\n"
     "Ann Example in Oslo at aexample@example.net\n", "a survey by Bloomberg News.", "an agency's long name finishing the sentence above"),
    ("Fares rise\n\nNew Delhi, Jan 5 (PTI) Fares will rise, the ministry said.\n\nPTI ABC RT\n\n"
     "This report is auto-generated from PTI news service. Example Print holds no responsibility for its content.\n",
     "Fares will rise, the ministry said.", "PTI codes over a site's agency-feed note"),
    ("Arrivals rise\n\nTOKYO (Kyodo) -- Arrivals rose.\n\nRelated coverage:\n\nJapan eyes more visitors by 2030\n\nMinister vows to ease crowds\n",
     "Arrivals rose.", "Kyodo's related-coverage list after the story"),
    ("Surplus\n\nKUALA LUMPUR, Jan 5 (Bernama) -- Exports rose.\n\n-- BERNAMA\n\nBERNAMA provides up-to-date authentic and comprehensive "
     "news and information which are disseminated via BERNAMA Wires; www.bernama.com.\n\nFollow us on social media :\n"
     "Facebook : @example\nTwitter : @example.com, @exampleradio\n", "Exports rose.", "Bernama's web footer and social handles"),
    ("Energy deal\n\nANKARA\n\nThe two countries signed a deal.\n\nAnadolu Agency website contains only a portion of the news stories "
     "offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.\n",
     "signed a deal.", "Anadolu's web footer"),
    ("Subsidies grow\n\nSouth Korea will expand subsidies, the ministry said.\n\nThe plan will cost 2 trillion won. (Yonhap)\n",
     "cost 2 trillion won.", "a reprint's agency in parentheses glued to the last sentence (it was read as a dateline)"),
    ("Missiles fired\n\nSEOUL, May 9 (Yonhap) -- Two missiles were fired.\n\nana@example.co.kr\n(END)\n",
     "Two missiles were fired.", "Yonhap's writer e-mail over (END)"),
    ("Acme opens plant\n\nOSLO, May 3, 2024 /PRNewswire/ -- Acme opened a plant.\n\nMedia Contact\npress@example.com\n",
     "Media Contact press@example.com", "a release's contact address stays body"),
    ("Yen slides\n\n(Bloomberg) -- The yen slid.\n\nOfficials declined to comment.\n\nMost Read from Bloomberg Businessweek\n"
     "The Factory Town Betting on Batteries\nInside the Race to Build Cheaper Drones\n\n\u00a92024 Bloomberg L.P.\n",
     "declined to comment.", "a syndicated copy's 'Most Read from Bloomberg' heading and its linked titles"),
    ("Court to hear case\n\nMay 3 (UPI) -- The court will hear the case in the fall.\n\nLatest Headlines\n",
     "in the fall.", "UPI's 'Latest Headlines' heading with no links below"),
    ("Hosepipe ban declared\n\nA ban starts next week.\n\nThe ban covers gardens.\n\nExplore more on these topics\nHeatwave\nWater\n"
     "news\nShare\nReuse this content\n", "The ban covers gardens.", "a newspaper's topic links and share buttons"),
    ("Monsoon due\n\nNew Delhi, May 3 (PTI) The monsoon is due on June 1.\n\nRead also | Heatwave to go on in the north\n",
     "due on June 1.", "PTI via a paper: a 'Read also |' link under the story"),
    ("Launch scrubbed\n\nCape Canaveral, Florida\nCNN\n — \nThe launch was postponed.\n\nCNN’s Bo Lind contributed to this report.\n\n"
     "Related article\nThe spacecraft faces another test\n", "The launch was postponed.", "CNN web: 'Related article' and its link under the credit"),
    ("New premier named\n\nThe president speaks in Dakar on April 4, 2024. \u00a9 Awa Cisse, AFP\n\nDakar (AFP) \u2013 A premier was "
     "named on Friday.\n\nHe is 49.\n\n\u00a9 2024 AFP\n", "He is 49.", "France 24: a photo's '\u00a9 Name, AFP' in a caption is no copyright footer"),
    ("Talks go on\n\nOSLO - Talks went on.\n\nRelated stories\nThe talks began in May.\n",
     "The talks began in May.", "a sentence under a link heading keeps the story going"),
    ("Storm hits\n\nOSLO - A storm hit.\n\nTrending\n\nWho pays for the damage? Residents of the town ask\n"
     "the same thing this week: \"Will anyone help?\"\n", 'ask the same thing this week: "Will anyone help?"',
     "a wrapped paragraph ending in a quoted question under a link heading"),
    ("Park plan passes\n\nOSLO - The plan passed.\n\nRelated\n\nA new pool was approved too, which will open\n"
     "in the spring, the mayor said \"if all goes well\"\n", 'in the spring, the mayor said "if all goes well"',
     "a paragraph wrapped onto a lower-case line under a link heading"),
    ("Hall reopens\n\nOSLO - The hall reopened.\n\nPeople queued outside.\nOpinions are personal, the mayor said, and each ballot counts.\n",
     "Opinions are personal, the mayor said, and each ballot counts.", "'Opinions are personal' in a last paragraph's sentence"),
    ("Park plan passes\n\nOSLO - The plan passed.\n\nFollow-up talks are set for next month, and the council\n"
     "will post the dates on Facebook and its website.\n", "will post the dates on Facebook and its website.",
     "a hard-wrapped last paragraph that a loose sign-off ('Follow ... on Facebook') would take"),
    ("Park plan passes\n\nOSLO - The plan passed.\n\nAll About Bikes, a shop on Harbour Road, said it would hold\n"
     "the first ride on Friday.\n", "the first ride on Friday.",
     "a hard-wrapped last paragraph opening 'All About' (a shop's name)"),
    ("Rents climb\n\nOSLO - Rents rose again.\n\nRelated stories\nWhy Are Rents Still Rising?\nCity Opens Its New Harbour Park\n",
     "Rents rose again.", "linked titles under their heading, one a question"),
]

assert len({c[0] for c in BODY_END}) == len(BODY_END), "duplicate input in BODY_END"


@pytest.mark.parametrize("text,expected,why", BODY_END, ids=[c[2] for c in BODY_END])
def test_body_end(text, expected, why):
    body = " ".join(parse(text).body.split())
    assert body.endswith(expected), f"{why}: body ends {body[-80:]!r}"


# signoff_line_match tries only the alternatives a line's first character allows: it must agree
# with the whole union on every line, including lines led by prefix characters (*, _, \x03).
UNION_LINES = ["kk.gb", "(End) ta.gb", "___", "_ _ _", "* * *", "**SOURCE:** Example Corp", "\x03", "– Check out CNN to see how to help",
               "-Check out more and see how to help", "11-19-24 0653ET", "\u0661\u0661-19-24 0653ET",
               "AP-WF-11-13-13 1509GMT<", "(c) 2020 Example News", "© 2019 Example Press. All Rights Reserved.",
               "optional add end", "(STORY CAN END HERE)", "![a photo](x.jpg)", "[![a](x.jpg)](y)", "&UR; &QL;",
               "-30-", "# # #", "```", "ends", "ENDIT", "dpa abc def", "ab/cd/ef", "bur-ser/jm", "AM/SST/JJ", "TCP/IP", "Enditem",
               "Our Standards: The Example Principles.", "--", "Read more: example", "Follow us on Twitter.",
               "The vote, 3rd graf pvs.", "Copyright 2001 Example", "c. 2001", "Keywords: a, b", "He said.",
               "Reporting by Ann Lee; Editing by Bo Chan", "(Reporting by Ann Lee)", "", "*", "Zebra",
               "The AP is solely responsible for all content.", "Get the news first. Sign up here.", "-- END --"]


@pytest.mark.parametrize("line", UNION_LINES)
def test_signoff_line_match_agrees_with_the_union(line):
    from wirecli.rules.signoff import SIGNOFF_LINE_RE, signoff_line_match
    for s in (line, "*" + line, "_" + line, "** " + line, "\x03" + line, " " + line):
        assert signoff_line_match(s) is bool(SIGNOFF_LINE_RE.match(s)), repr(s)


def test_any_start_alternatives_have_a_hint():
    # signoff_line_match tries the alternatives that may start with anything only on a line with
    # a word of _ANY_START_HINT_RE: one written for these seven.  A new one adds its word there.
    from wirecli.rules.signoff import _SIGNOFF_ALTERNATIVES
    assert sum(first == "*" for first, _ in _SIGNOFF_ALTERNATIVES) == 7


def test_writer_email_under_the_story_is_a_credit_naming_nobody():
    s = parse("Missiles fired\n\nSEOUL, May 9 (Yonhap) -- Two missiles were fired.\n\nana@example.co.kr\n(END)\n")
    assert s.credit is not None and s.credit.text == "ana@example.co.kr"
    assert not s.credit.reporting and not s.credit.editing
    assert parse("Acme opens plant\n\nOSLO - Acme opened a plant.\n\nMedia Contact\npress@example.com\n").credit is None
    assert parse("Acme opens plant\n\nOSLO - Acme opened a plant.\n\nFor details, visit our site.\ninfo@example.com\n").credit is None


def test_agency_glued_in_parentheses_signs_off_and_is_no_dateline():
    s = parse("Subsidies grow\n\nSouth Korea will expand subsidies, the ministry said.\n\nThe plan will cost 2 trillion won. (Yonhap)\n")
    assert s.agency == "Yonhap" and s.dateline is None
    assert s.body.startswith("South Korea will expand")


def test_helpful_links_section_under_the_story_is_trailer():
    """AP's "HELPFUL LINKS" heading over links ends the body; the words in a sentence do not."""
    s = parse("Heat closes schools\n\nPHOENIX (AP) -- Schools closed as heat rose.\n\nCooling centers opened.\n\n"
              "HELPFUL LINKS\n\nCooling center map: https://example.org/cooling\n")
    assert s.body.rstrip().endswith("Cooling centers opened.")
    s = parse("Heat closes schools\n\nPHOENIX (AP) -- Schools closed as heat rose.\n\nHelpful links were posted by the city.\n")
    assert s.body.rstrip().endswith("were posted by the city.")


def test_photo_caption_closing_a_xinhua_story_is_trailer():
    """Xinhua's photo caption as the last paragraph ("... (Xinhua/Zhao Min)") ends the body; a
    one-paragraph story ending with a photo credit keeps it."""
    s = parse("Port opens\n\nTIANJIN, May 6 (Xinhua) -- A terminal opened on Monday.\n\nIt has driverless trucks.\n\n"
              "Trucks carry containers in Tianjin, May 6, 2024. (Xinhua/Zhao Min)\n")
    assert s.body.rstrip().endswith("driverless trucks.")
    s = parse("Port opens\n\nTIANJIN, May 6 (Xinhua) -- A terminal opened on Monday. Trucks carry containers. (Xinhua/Zhao Min)\n")
    assert s.body.rstrip().endswith("(Xinhua/Zhao Min)")
