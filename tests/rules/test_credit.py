"""Credit rule tables: (input, expected, why).  Every line here is written for these tests."""
import pytest

from conftest import CORPUS, needs_corpus
from wirecli import parse
from wirecli.rules.credit import classify_paren, is_credit_paragraph, parse_roles, split_names

# parse_roles: (credit text, (reporting names, editing names), why)
ROLES = [
    ("(Reporting by Ann Example in Lisbon, Bo Sample and Cy Test in Oslo; Editing by Di Proof and Ed Marker)",
     (["Ann Example", "Bo Sample", "Cy Test"], ["Di Proof", "Ed Marker"]), "Reuters role list with places"),
    ("(reporting by Ann Example; additional reporting by Bo Sample; writing by Cy Test; editing by Di Proof)",
     (["Ann Example", "Bo Sample", "Cy Test"], ["Di Proof"]), "lower-case roles"),
    ("(REPORTING BY ANN EXAMPLE; EDITING BY DI PROOF)", (["ANN EXAMPLE"], ["DI PROOF"]), "capitals"),
    ("(Reporting by Ann Example | Editing by Di Proof)", (["Ann Example"], ["Di Proof"]), "roles split by a bar"),
    ("(REPORTING BY ANN EXAMPLE IN LISBON AND BO SAMPLE IN OSLO; EDITING BY DI PROOF AND ED MARKER)",
     (["ANN EXAMPLE", "BO SAMPLE"], ["DI PROOF", "ED MARKER"]), "capitals with places and 'AND'"),
    ("(BY ANN EXAMPLE, EDITING BY DI PROOF)", (["ANN EXAMPLE"], ["DI PROOF"]), "capital BY"),
    ("(Additional  reporting  by Ann Example;\nEditing by Di Proof)", (["Ann Example"], ["Di Proof"]), "double spaces and a wrap"),
    ("(Reporting by Ann ExampleEditing by Di Proof)", (["Ann Example"], ["Di Proof"]), "role glued to the name"),
    ("(Reporting Ann Example, Writing by by Cy Test; Editing by Di Proof)",
     (["Ann Example", "Cy Test"], ["Di Proof"]), "'by' left out, then doubled"),
    ("(By Ann Example, editing by Di Proof)", (["Ann Example"], ["Di Proof"]), "By NAME as the role"),
    ("((Reporting by Ann Example, editing by Di Proof; ann.example@example.com; Messaging: ann@example.net; +1 555 010 0199))",
     (["Ann Example"], ["Di Proof"]), "double parentheses with contacts"),
    ("(Editing by Di Proof, Oil desk +44 20 5555 0100)", ([], ["Di Proof"]), "a desk and a phone are not names"),
    ("(Reporting by Ann Example in Washington, D.C.; Editing by Di Proof)", (["Ann Example"], ["Di Proof"]), "place with a comma"),
    ("(Reporting by Ann Example aboard Air Force One and Bo Sample near Kherson; Editing by Di Proof)",
     (["Ann Example", "Bo Sample"], ["Di Proof"]), "'aboard' and 'near' before the place"),
    ("(Reporting by Ann Example and Bo Sample in Lisbon with Cy Test in Brussels)",
     (["Ann Example", "Bo Sample", "Cy Test"], []), "'with' joins a name"),
    ("(Reporting by Gus Daily and Hal White; Editing by Ivy Post)", (["Gus Daily", "Hal White"], ["Ivy Post"]),
     "surnames that are also title words"),
    ("(Compiled by Ann Example; Editing by Jan van der Berg)", (["Ann Example"], ["Jan van der Berg"]), "particles"),
    ("(Reporting by Kim O'Test and Lu D'Sample; Editing by Mo Proof-Reader)",
     (["Kim O'Test", "Lu D'Sample"], ["Mo Proof-Reader"]), "apostrophes and hyphens"),
    ("(Reporting by Tokyo newsroom)", ([], []), "a newsroom credits no person"),
    ("Agencies contributed to this report", ([], []), "'Agencies' is no writer's surname"),
    ("(Reporting by Ann Example @annexample; Editing by Di Proof. Please credit the Example Foundation, the charitable arm of "
     "Example Wire, that covers humanitarian news. Visit https://example.org)", (["Ann Example"], ["Di Proof"]),
     "a foundation's notice after the last editor"),
    ("(Reporting by Ann Example; Editing by Di Proof Jr. and Ed Marker)", (["Ann Example"], ["Di Proof Jr", "Ed Marker"]),
     "'Jr.' ends no sentence"),
    ("Example News' Ann Example and Bo Sample of Example News en Español contributed to this report.",
     (["Ann Example", "Bo Sample"], []), "an affiliation after a name"),
    ("Journalist Ann Example contributed to this report.", (["Ann Example"], []), "'Journalist' is a lead"),
    ("CNN's Omar al-Sample and Jean-Luc de la Proof contributed to this report.",
     (["Omar al-Sample", "Jean-Luc de la Proof"], []), "a hyphenated particle and two particles in a row"),
    ("Jean-Luc de la Proof is a columnist covering shipping.", (["Jean-Luc de la Proof"], []),
     "bio of a name with two particles"),
    ("CNN's Ted d'Example and Bo Sample contributed to this report.", (["Ted d'Example", "Bo Sample"], []),
     "a lower-case particle with an apostrophe"),
    ("CNN's Ann Example, Bo Sample and journalist Cy Test contributed to this report.",
     (["Ann Example", "Bo Sample", "Cy Test"], []), "a lead on the last writer"),
    ("Journalist Ann Example and CNN's Bo Sample contributed to this report.",
     (["Ann Example", "Bo Sample"], []), "an outlet's possessive on the second writer"),
    ("CNN's Ann Example and producer Bo Sample contributed to this report.",
     (["Ann Example", "Bo Sample"], []), "a job word on the second writer only"),
    ("CNN's Ann Example, ABC News' Bo Sample and Cy Test contributed.",
     (["Ann Example", "Bo Sample", "Cy Test"], []), "two outlets' possessives in one list"),
    ("(Reporting By Ann Example In Lisbon; Editing By Di Proof)", (["Ann Example"], ["Di Proof"]),
     "title-case 'In' before the place"),
    ("(Reporting by Ann Example; Editing by Di Proof/Ed Marker)", (["Ann Example"], ["Di Proof", "Ed Marker"]),
     "editors joined by a slash"),
    ("- Reporting by: Ann Example in Vienna\n  and Bo Sample in Geneva\n- Editing by: Di Proof, +49 30 5555 0100",
     (["Ann Example", "Bo Sample"], ["Di Proof"]), "dpa notebook lines"),
    ("Associated Press writers Ann Example in Lisbon and Bo Sample in Oslo contributed to this report.",
     (["Ann Example", "Bo Sample"], []), "AP writers"),
    ("Example reported from Lisbon. AP writer Bo Sample contributed from Oslo.",
     (["Example", "Bo Sample"], []), "AP lead writer by surname"),
    ("CNN's Ann Example, Bo Sample and Cy Test contributed to this report.",
     (["Ann Example", "Bo Sample", "Cy Test"], []), "broadcaster possessive"),
    ("Example News' Ann Example contributed to this report.", (["Ann Example"], []), "possessive without s"),
    ("Associated Press writer Ann B. Example in Washington, D.C. contributed to this report.", (["Ann B. Example"], []),
     "initials and a place with a comma"),
    ("EXAMPLE REPORTED FROM OSLO. ASSOCIATED PRESS WRITER BO SAMPLE CONTRIBUTED.", (["EXAMPLE", "BO SAMPLE"], []),
     "AP credit in capitals"),
    ("Ann Botelho contributed to this report.", (["Ann Botelho"], []), "'tel' inside a name is not a phone label"),
    ("*The Associated Press contributed.*", ([], []), "agency only, in markdown emphasis"),
    ("To contact the reporters on this story:\nAnn Example in Lisbon at aexample1@example.net ;\nBo Sample in Oslo at bsample@example.net",
     (["Ann Example", "Bo Sample"], []), "Bloomberg reporters"),
    ("To contact the editor responsible for this story:\nDi Proof at dproof@example.net",
     ([], ["Di Proof"]), "Bloomberg editor"),
    ("To contact the editors responsible for this story: Di Proof at dproof@example.net, Ed Marker",
     ([], ["Di Proof", "Ed Marker"]), "Bloomberg editors after a comma"),
    ("Write to Ann Example at ann.example@example.com and Bo Sample at bo.sample@example.com",
     (["Ann Example", "Bo Sample"], []), "Dow Jones"),
    ("Ann Example is a columnist covering shipping. She previously wrote for a trade weekly.",
     (["Ann Example"], []), "author bio"),
    ("[*Ann Example*](https://example.org/ann) *is a retired judge and a fellow at an institute.*",
     (["Ann Example"], []), "markdown tagline"),
    ("Ann Example can be reached at https://example.org/ann .", (["Ann Example"], []), "contact note"),
    ("Follow Ann Example on Twitter at https://twitter.com/annexample", (["Ann Example"], []), "writer tagline"),
    ("Follow JD Example on Twitter: @jdexample", (["JD Example"], []), "a writer whose first name is initials"),
    ("With files from The Example Press", ([], []), "organisation only"),
    ("--With assistance from Ann Example and Bo Sample.", (["Ann Example", "Bo Sample"], []), "Bloomberg assistance"),
    ("CNN's Ann Example reported from Oslo and Bo Sample wrote from Atlanta.", (["Ann Example", "Bo Sample"], []),
     "one clause per writer"),
    ("CNN's Ann Example wrote and reported from Oslo. Bo Sample contributed from Bergen.", (["Ann Example", "Bo Sample"], []),
     "'wrote and reported from'"),
    ("Ann Example reported this story from Oslo for this report.", (["Ann Example"], []),
     "'reported this story from' and 'for this report'"),
    ("AP Business Writer Ann Example contributed to this report.", (["Ann Example"], []), "capitalised job title"),
    ("Contributing: Ann Example, Bo Sample", (["Ann Example", "Bo Sample"], []), "Contributing: list"),
    ("To contact the author of this story:\nAnn Example at aexample@example.net", (["Ann Example"], []), "Bloomberg Opinion author"),
    ("Information from: The Example Times, The Example Press", ([], []), "newspapers are not names"),
    ("(With inputs from PTI)", ([], []), "agency inputs in parentheses"),
    ("--Editors: Di Proof, Ed Marker", ([], ["Di Proof", "Ed Marker"]), "Bloomberg editors line"),
    ("— The Example Press contributed to this report.", ([], []), "leading dash"),
    ("Ann Example (@annexample) is a reporter covering courts.", (["Ann Example"], []), "bio with a handle"),
    ("Ann Example writes about shipping for Example Weekly.", (["Ann Example"], []), "'writes about' bio"),
    ("Ann Example is a columnist for Example Views. The opinions expressed are her own.", (["Ann Example"], []),
     "column bio with its disclaimer"),
    ("This report includes material from The Example Press.", ([], []), "material from an organisation"),
    ("Associated Press writers Ann Example in Lisbon and Bo Sample in St. Louis contributed to this report.",
     (["Ann Example", "Bo Sample"], []), "'St.' inside a place ends no sentence"),
    ("AP Science Writer Ann Example in Lisbon and Associated Press writer Bo Sample in Oslo contributed.",
     (["Ann Example", "Bo Sample"], []), "each writer with its own lead"),
    ("Associated Press writers Ann Example in Lisbon; Bo Sample in Salem, Ore.; and Cy Test in Oslo contributed to this report.",
     (["Ann Example", "Bo Sample", "Cy Test"], []), "AP series with semicolons (a place with a comma inside)"),
    ("[Editor: Ann Example]", ([], ["Ann Example"]), "an editor line in square brackets (Chinese sites)"),
    ("Contributing to this report were Associated Press writers Ann Example in Lisbon and Bo Sample in Oslo.",
     (["Ann Example", "Bo Sample"], []), "AP's inverted contributor line"),
    ("Also contributing was AP writer Ann Example.", (["Ann Example"], []), "inverted, 'Also contributing was'"),
    ("Ann Example and Bo Sample, both of The Example Press, contributed to this report.",
     (["Ann Example", "Bo Sample"], []), "', both of <outlet>,' after the names"),
    ("Associated Press writers Milo Press in Bergen and Reuben Times in Oslo contributed to this report.",
     (["Milo Press", "Reuben Times"], []), "AP: surnames that are outlet words, after a writer's title"),
    ("Associated Press writer Ann Example and Canadian Press contributed to this report.",
     (["Ann Example"], []), "an agency's name is no writer's, even after a title"),
    ("Information from: Harbor Times", ([], []), "an outlet with no writer's title stays an outlet"),
]

assert len({c[0] for c in ROLES}) == len(ROLES), "duplicate input in ROLES"


def _names(roles, kind):
    return [c.name for r in roles if r.kind == kind for c in r.names]


@pytest.mark.parametrize("text,expected,why", ROLES, ids=[c[2] for c in ROLES])
def test_parse_roles(text, expected, why):
    roles = parse_roles(text)
    assert (_names(roles, "reporting"), _names(roles, "editing")) == expected, why


# is_credit_paragraph: (paragraph, expected, why)
PARAGRAPHS = [
    ("(With agency inputs)", True, "an Indian paper's wire credit, no agency named"),
    ("Associated Press writer Milo Press in Bergen contributed to this report.", True,
     "AP: a writer's surname that is an outlet word"),
    ("The writer is a former ambassador to the United States.", True, "an op-ed's tagline naming nobody"),
    ("(The writer is a professor of economics at Example University)", True, "the tagline in parentheses"),
    ("The author is the best judge of that, she said.", False, "a quoted sentence about an author"),
    ("(With reporting by Ana Ruiz in Ottawa)", True, "'With reporting by' and a name"),
    ("With reporting by the council the plan changed.", False, "'with reporting by' before lower case is a sentence"),
    ("Additional reporting: Ana Ruiz", True, "a role and a colon (UK papers)"),
    ("Reporting: the council said it would act.", False, "a role word and a colon before a sentence"),
    ("(With PTI inputs)", True, "the agency's initials before 'inputs'"),
    ("Inputs from PTI", True, "'Inputs from' with no 'With'"),
    ("(Agency inputs)", True, "the shortest form"),
    ("Inputs from the ministry were sought.", False, "a sentence about inputs"),
    ("— With AFP", True, "a Gulf paper's wire credit"),
    ("With agencies", True, "the same with no agency named"),
    ("With Ana Ruiz", False, "'With' and a person is no wire credit"),
    ("With wire reports", True, "a US paper's wire credit"),
    ("With agency inputs the plan was changed twice.", False, "a sentence"),
    ("Reporter: Ana Ruiz", True, "Antara's reporter line"),
    ("EDITOR: 'vim', SHLVL: '1', HOME: '/home/ana'", False, "a listing of settings is no editor line"),
    ("The reporter Ana Ruiz said so.", False, "'reporter' without a colon is no role"),
    ("Associated Press writer Ann Example contributed.", True, "short AP credit"),
    ("Associated Press writers Ann Example in Lisbon; Bo Sample in Oslo; and Cy Test in Rome contributed.", True,
     "AP series with semicolons"),
    ("The Associated Press contributed to this report.", True, "agency only"),
    ("Reporting by Ann Example; Editing by Di Proof", True, "role list without parentheses"),
    ("With Additional Inputs from PTI", True, "inputs from an agency"),
    ("The Example Press, with files from the Sample Herald", True, "agency, then files from"),
    ("Contact reporter Ann Example at ann.example@example.com", True, "writer e-mail line"),
    ("Contact Example News’ global investigative team at tips@example.com or https://example.com/tips/", True,
     "a desk-only contact line (no person)"),
    ("Contact the team at the front desk if you need help.", False, "'Contact' in an instruction"),
    ("— Ann Example is a senior fellow at the Example Institute.", True, "tagline after a dash"),
    ("Email: press@example.com", False, "a bare address is a press contact"),
    ("Contact Ann Example at 555-0100.", False, "a phone contact in a release"),
    # negatives: look like credits, are not
    ("Ann Example contributed $5 million to the campaign.", False, "contributed money"),
    ("The editing by the board took weeks, officials said.", False, "'editing by' mid-sentence"),
    ("Ann Example, with reporting from the field, said the town was flooded.", False, "'with reporting from' in a sentence"),
    ("Ann Example is the chief executive of the company.", False, "a person described without a journalism word"),
    ("Example Metal is a Lisbon-based producer of lead alloys.", False, "a company that produces things"),
    ("Follow Example News on Facebook, Twitter and Instagram.", False, "an outlet's promo names no person"),
    ("Follow BBC Harbourshire on X, Facebook and Instagram. Send your story ideas to news@example.co.uk.", False,
     "a broadcaster's regional promo: a name opening with an acronym is an outlet's"),
    ("Follow KXYZ News on X and Facebook.", False, "a station's call letters and an outlet word"),
    ("Research by the university found that prices rose.", False, "'Research by' in a sentence"),
    ("Editing by the committee took weeks.", False, "'Editing by' opening a sentence"),
    ("Reporting by Ann Example and Bo Sample revealed the scheme.", False, "role words opening a sentence with names"),
    ("Reporting by Example newsroom", True, "a newsroom credit without parentheses"),
    ("written by the given author, but now the option only affects the match", False,
     "a sentence going on in lower case, naming nobody, is no credit"),
    ("He said Ann Example reported from the scene on Tuesday and then left the city.", False, "a sentence mentioning reporting"),
    ("Officials said Ann Example contributed to this report.", False, "names must open the sentence"),
    ("Ann Example writes about the flood in her new book.", False, "a sentence about a writer"),
    ("He contributed.", False, "a pronoun is not a contributor"),
    ("Associated Press writer Ann B. Example in Washington, D.C. contributed to this report.", True, "initials and D.C."),
    ("contributed from Bergen.", False, "the end of a wrapped credit alone"),
    ("Ann Example, the mayor, contributed to the report.", False, "an apposition is not a name list"),
    ("Contributing to this report were Example Press writers Ann Example and Bo Sample.", True, "inverted contributor line"),
    ("Contributing to the decline were higher rates and a weaker dollar.", False, "'Contributing to' in a sentence"),
    ("Contributing was the fact that prices rose sharply.", False, "'Contributing was' in a sentence"),
    ("Associated Press writer Ann Example in Ft. Lauderdale, Fla., contributed.", True, "'Ft.' inside a place"),
    ("Wire services contributed to this report.", True, "no person: wire services"),
    ("Compiled from wire reports.", True, "no person: wire reports"),
    ("Material from Example Wire was used in this report.", True, "no person: material from an agency"),
    ("Material from the scene was sent to a lab, police said on Tuesday.", False, "'Material from' in a sentence"),
    ("Material from the scene was sent to a lab.", False, "'Material from' and no organisation"),
    ("Ann Example reported from Lisbon for a decade before joining the paper.", False,
     "'reported from' and a sentence going on"),
    ("Ann Example reported from the Gaza Strip.", True, "'reported from' a place with 'the'"),
    ("Staff and wire reports said the fire spread quickly across the hills on Monday night.", False,
     "'wire reports' opening a sentence"),
    ("-By Ann Example, Dow Jones Newswires; 212-555-0100; ann.example@example.com", True, "Dow Jones writer line"),
    ("By Ann Example; ann.example@example.com", True, "writer and e-mail"),
    ("-Ann Example; 201-555-0100; ann.example@example.com", True, "Dow Jones writer line with no 'By'"),
    ("-Edited by Di Proof", True, "Dow Jones editor line"),
    ("- Ann Example, 555-0100", False, "a press contact in a list"),
    ("-Ann Example said prices rose; 555-0100", False, "a dash and a sentence"),
    ("By the time he called 555-0100, the house was gone.", False, "'By' opening a sentence with a phone number"),
    ("By Ann Example, who can be reached at 555-0100, said the plan failed.", False, "a sentence about a person"),
    ("AP Medical Writer Ann Example in Lisbon and Associated Press writer Bo Sample contributed.", True,
     "two writers, two leads"),
    ("information from the company.", False,
     "a wrapped sentence's last line ('... needed further' / 'information from ...'), found by re-wrapping"),
    ("INFORMATION FROM: Harbor Wire", True, "the caps credit heading"),
    ("write to a file that was newly added to the archive.", False, "'write to' in a wrapped sentence, no name"),
    ("Write to Ann Example at ann@example.com", True, "Dow Jones contact line"),
    ("Reach Ann Example at ann@example.com or 555-0100.", True, "a regional paper's writer contact with a phone"),
    ("* Ann Example is the prin", False, "a list item cut short is no emphasised tagline"),
    ("*Ann Example is the host of a weekly show*", True, "an emphasised tagline"),
]

assert len({c[0] for c in PARAGRAPHS}) == len(PARAGRAPHS), "duplicate input in PARAGRAPHS"


@pytest.mark.parametrize("text,expected,why", PARAGRAPHS, ids=[c[2] for c in PARAGRAPHS])
def test_is_credit_paragraph(text, expected, why):
    assert is_credit_paragraph(text) is expected, why


# classify_paren: (group, expected, why)
PARENS = [
    ("(Reporting by Ann Example; Editing by Di Proof)", "credit", "role list"),
    ("(Additional reporting by Bo Sample in Oslo)", "credit", "additional reporting alone"),
    ("(Additional  reporting by Bo Sample\nin Oslo)", "credit", "'Additional' is not the note word 'Adds'"),
    ("(By Ann Example; Editing by Di Proof)", "credit", "By NAME"),
    ("((ann.example@example.com))", "contact", "address only"),
    ("(Contact Ann Example at aexample(at)example.com.)", "credit", "a writer's contact in parentheses, address spelt out"),
    ("(Contact the board at info@example.com for details about the meeting, which is open.)", None,
     "a contact sentence about a board is no writer's credit"),
    ("((ann@example.com)(+44)(0)(20 5555 0100 and follow me on twitter @annexample))", "contact", "address, phone, handle"),
    ("($1 = 0.9123 euros)", "money", "exchange-rate note"),
    ("(Updates with company statement in paragraph 4)", "note", "editor's note"),
    ("(This story has been corrected to fix a name in paragraph 2)", "note", "correction note after the story"),
    ("(A previous version of this story corrected the yen level.)", "note", "Bloomberg's correction note"),
    ("(xy-abc)", "code", "staff code"),
    ("(ABC-xy-de)", "code", "desk and staff code"),
    ("(jh/ml)", "code", "staff codes split by a slash"),
    ("(lol)", None, "one word in parentheses is an aside"),
    ("(R-TX)", None, "party and state in capitals"),
    ("(R-Texas)", None, "party and state"),
    ("(Oct-Sept)", None, "crop year"),
    ("(By contrast, prices rose 3 percent.)", None, "'By' opening a sentence"),
    ("(Research shows prices rose.)", None, "role word opening a sentence"),
    ("(Corrects spelling of town in paragraph five)", None, "1987 correction notes are body"),
    ("(see page 4)", None, "a body aside"),
    ("(With inputs from PTI)", "credit", "agency inputs"),
    ("(The opinions expressed here are those of the author, a columnist for Example Wire.)", "note", "a column's disclaimer"),
    ("(Views expressed in this column are those of the writer.)", "note", "a column's disclaimer without 'The'"),
    ("(Ann Example is an Example Wire columnist. The opinions expressed are her own.)", "credit", "a column's author bio"),
    ("(Ann Example is a trader at the desk)", None, "an aside about a person without a journalism word"),
    ("(Harbor City Newsroom: +1 555 010 0199)", "credit", "a newsroom and its phone: a credit naming no person"),
    ("(Newsroom staff were told on Monday)", None, "'Newsroom' opening an aside"),
    ("(Example News reporters Ann Example and Bo Sample contributed to the story.)", "credit",
     "a contributor sentence in parentheses (Xinhua, US papers)"),
    ("(The company contributed $5 million to the fund.)", None, "an aside about money"),
    ("(He reported from Kabul for a decade.)", None, "an aside about a reporter"),
]

assert len({c[0] for c in PARENS}) == len(PARENS), "duplicate input in PARENS"


@pytest.mark.parametrize("group,expected,why", PARENS, ids=[c[2] for c in PARENS])
def test_classify_paren(group, expected, why):
    assert classify_paren(group) == expected, why


def test_zero_width_marks_of_web_copy():
    """A zero-width space left by a web page after the credit or the byline is no letter of a name."""
    s = parse("Ferry fares rise\n\nBy Nora Pike\u200b\n\nOSLO (Reuters) - Fares rose.\n\n"
              "(Reporting by Nora Pike; Editing by Ivo Lamb)\u200b\n")
    assert [b.name for b in s.bylines] == ["Nora Pike"]
    assert [c.name for c in s.credit.editing] == ["Ivo Lamb"]


def test_emails_and_phones_are_never_names():
    got = split_names("Ann Example, ann@example.com, +1 555 010 0199, Bo Sample")
    assert [c.name for c in got] == ["Ann Example", "Bo Sample"]


def test_locations_keep_their_region():
    got = split_names("Ann Example in Springfield, Illinois and Bo Sample in Oslo")
    assert [(c.name, c.location) for c in got] == [("Ann Example", "Springfield, Illinois"), ("Bo Sample", "Oslo")]


# Whole stories: (text, (reporting, editing) or None, why).  None: the story has no credit.
STORIES = [
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose.\n\n(Reporting by Ann Example; Editing by Di Proof)\n",
     (["Ann Example"], ["Di Proof"]), "Reuters web credit"),
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose. (Reporting by Ann Example in Lisbon\nand Bo Sample; Editing by Di Proof)\n",
     (["Ann Example", "Bo Sample"], ["Di Proof"]), "glued to the last paragraph and wrapped"),
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose.\n(Additional reporting by Bo Sample) (Reporting by Ann Example; Editing by Di Proof)\n",
     (["Bo Sample", "Ann Example"], ["Di Proof"]), "two groups in a row"),
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose.\n\n(Reporting by Tokyo newsroom)\n", ([], []),
     "a credit naming no person"),
    ("Storm hits coast\nBy ANN EXAMPLE, Associated Press Writer\nSALEM, Ore. (AP) _ A storm hit the coast.\nRoads were closed.\n"
     "___\nAssociated Press writers Bo Sample in Cairo; Cy Proof in Lima;\nand Di Test contributed.\n",
     (["Bo Sample", "Cy Proof", "Di Test"], []), "AP credit wrapped after a separator, no blank lines"),
    ("Storm hits coast\nSALEM, Ore. (AP) _ A storm hit the coast.\nRoads were closed.\nAssociated Press writer Bo Sample\n"
     "in Cairo contributed.\n", (["Bo Sample"], []), "AP credit wrapped after the last sentence, no blank lines"),
    ("Storm hits\n\nOSLO (AP) -- A storm hit.\n\n___\n\nAssociated Press writer Bo Sample in Bergen contributed to this report.\n",
     (["Bo Sample"], []), "AP after the separator"),
    ("Harbor reopens\n\nOSLO, May 3 (Xinhua) -- The harbor reopened.\n\n(Xinhua reporters Ann Example and Bo Sample contributed to the story.)\n",
     (["Ann Example", "Bo Sample"], []), "a contributor sentence in parentheses"),
    ("Storm hits\n\nOSLO (CNN) -- A storm hit the coast. CNN's Bo Sample contributed to this report.\n",
     (["Bo Sample"], []), "CNN credit glued to the last paragraph"),
    ("Storm hits\n\nOSLO (CNN) -- A storm hit.  E-mail to a friend\n\nCNN's Bo Sample contributed to this report.\n",
     (["Bo Sample"], []), "CNN credit after the e-mail footer"),
    ("Deal off\n\nTOKYO--The deal is off.\n\nWrite to Ann Example at ann.example@example.com\n\n(END) Dow Jones Newswires\n\n01-02-25 0930ET\n",
     (["Ann Example"], []), "Dow Jones"),
    ("Bonds fall\n\nLONDON (Bloomberg) -- Bonds fell.\n\nTo contact the reporter on this story:\n\nAnn Example in London at aexample@example.net\n",
     (["Ann Example"], []), "Bloomberg address a blank line under its heading"),
    ("Storm hits\n\nOSLO (CNN) -- A storm hit.  E-mail to a friend  CNN's Bo Sample contributed to this report.\n",
     (["Bo Sample"], []), "flattened copy: credit after a wide gap"),
    ("Storm hits\n\nOSLO (CNN) -- A storm hit the coast.\n\nTrains stopped. E-mail to a friend CNN's Bo Sample contributed to this report.\n",
     (["Bo Sample"], []), "flattened copy: credit one space after the e-mail marker"),
    ("Storm hits\n\nOSLO (AP) -- A storm hit.\n\nAssociated Press writer Bo Sample\ncontributed from Bergen.\n",
     (["Bo Sample"], []), "AP credit wrapped over two lines"),
    ("Storm hits\n\nOSLO (CNN) -- A storm hit the coast. CNN's Bo Sample contributed to\nthis report.\n",
     (["Bo Sample"], []), "glued credit wrapped onto the last line"),
    ("Storm hits\n\nOSLO (CNN) -- A storm hit.  E-mail to a friend\n\nCNN's Bo Sample contributed to\nthis report.\n",
     (["Bo Sample"], []), "wrapped credit after the e-mail footer"),
    ("Storm hits\n\nOSLO (AP) -- A storm hit.\n\nTrains stopped, officials said. Associated Press writer Bo Sample in St. Louis contributed.\n",
     (["Bo Sample"], []), "glued AP credit with 'St.' in its place: not cut at the abbreviation"),
    ("Deal off\n\nTOKYO--The deal is off.\n\n-- Bo Sample contributed to this article.\n\nWrite to Ann Example at ann@example.com\n\n"
     "Corrections & Amplifications\nAn earlier version misstated the date.\n", (["Bo Sample", "Ann Example"], []),
     "WSJ correction box after the credit"),
    ("Drone rules\n\nWASHINGTON -- Rules were drafted.\n\n(Contact Ann Example at aexample(at)example.com.)\n",
     (["Ann Example"], []), "Scripps Howard's writer contact in parentheses"),
    ("Farm bill stalls\n\nWASHINGTON -- The bill stalled.\n\nEmail: ann@example.com; Twitter: @annexample\n",
     ([], []), "a writer's e-mail and Twitter handle under the story"),
    ("Bali tourists\n\nDenpasar, Bali (ANTARA) - Tourists came.\n\nEditor: Ana Ruiz\nCopyright © ANTARA 2024\n",
     ([], ["Ana Ruiz"]), "Antara's editor line over a copyright line (the copyright is no part of it)"),
    ("Bus lanes\n\nJakarta (ANTARA) - Lanes were added.\n\nReporter: Ana Ruiz\nEditor: Bo Lind\nCopyright © ANTARA 2024\n",
     (["Ana Ruiz"], ["Bo Lind"]), "Antara's reporter and editor lines"),
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose on Monday. Reporting by Ann Example; Editing by Di Proof "
     "(c) Copyright Example Wire 2013. Click For Restrictions - http://example.com/legal\n",
     (["Ann Example"], ["Di Proof"]), "flattened credit, then a copyright run on with no stop"),
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose on Monday. Reporting by Ann Example; Editing by Di Proof "
     "Our Standards: The Example Trust Principles.\n",
     (["Ann Example"], ["Di Proof"]), "flattened credit, then the standards line"),
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose on Monday. Reporting by Ann Example; Editing by Di Proof "
     "Keywords: EXAMPLE PRICES/\n", (["Ann Example"], ["Di Proof"]), "flattened credit, then keywords"),
    ("Prices rise\n\nLISBON, May 3 (Reuters) - Prices rose on Monday. (Reporting by Ann Example in Lisbon;\n"
     "editing by Di Proof and Ed Marker) Related Coverage\n", (["Ann Example"], ["Di Proof", "Ed Marker"]),
     "a wrapped credit with a page heading run on after it"),
    ("Oil is cheap\n\nLISBON, May 3 (Reuters) - Oil is cheap.\n\n(Ann Example is an Example Wire columnist. The opinions "
     "expressed are her own.)\n\n(Editing by Di Proof)\n", (["Ann Example"], ["Di Proof"]), "a column's bio over the editor"),
    ("Talks resume\n\nWASHINGTON - Talks resumed.\n\nThe Lakeside Post's Ana Ruiz contributed to this report.\n",
     (["Ana Ruiz"], []), "an outlet of several words and its possessive before the name"),
    ("Talks resume\n\nWASHINGTON - Talks resumed.\n\nThe Lakeside Courier's Ana Ruiz contributed to this report.\n",
     (["Ana Ruiz"], []), "any paper's name (lexicon.PAPER_WORDS) before the possessive"),
    # negatives: no credit
    ("Plant opens\n\nOSLO -- Acme opened a plant.\n\nFor details, visit example.com.\nEmail: info@example.com\n", None,
     "a labelled address with no handle is a press contact"),
    ("COCOA RISES\n    ACCRA, March 3 - Cocoa rose, the board said.\n Reuter\n", None, "1987 sign-off only"),
    ("Ministers meet\n\nBERLIN (dpa) - Ministers met.\n\ndpa xy abc\n", None, "dpa staff codes"),
    ("Deal signed\n\nPARIS (AFP) - A deal was signed, said Ann Example, editor of a trade journal.\n\nAFP\n", None,
     "a person called editor in the last sentence"),
    ("Opinion: why it matters\n\nThe editing by the committee took weeks, and the result shows it.\n", None,
     "'editing by' mid-paragraph"),
    ("Ann Example dies at 90\n\nAnn Example died on Sunday at home.\n\nAnn Example was a reporter for the Example Herald for 30 years.\n",
     None, "an obituary's last line about a reporter"),
    ("Acme pays dividend\n\nTORONTO, Feb. 3, 2025 /PRNewswire/ - Acme declared a dividend.\n\nBy order of the Board\n\nAnn Example\nSecretary\n",
     None, "a signature is not a credit"),
]

assert len({c[0] for c in STORIES}) == len(STORIES), "duplicate input in STORIES"


@pytest.mark.parametrize("text,expected,why", STORIES, ids=[c[2] for c in STORIES])
def test_story_credit(text, expected, why):
    credit = parse(text).credit
    if expected is None:
        assert credit is None, why
        return
    assert credit is not None, why
    assert ([c.name for c in credit.reporting], [c.name for c in credit.editing]) == expected, why
    assert text[credit.span[0]:credit.span[1]] == credit.text, "credit text equals its span"


@needs_corpus
def test_credit_text_is_the_labelled_line():
    """Over the labelled modern stories, the credit's text is the credit line as printed."""
    import json

    from wirecli.reader import decode

    misses = []
    for gold in sorted(CORPUS.glob("modern-*/gold.jsonl")):
        for row in gold.read_text(encoding="utf-8").splitlines():
            g = json.loads(row)
            if not g.get("credit"):
                continue
            credit = parse(decode((gold.parent / "raw" / f"{g['id']}.txt").read_bytes()).text).credit
            if credit is None or " ".join(credit.text.split()) != " ".join(g["credit"]["raw"].split()):
                misses.append(g["id"])
    assert not misses, misses


def test_dpa_role_line_wrapped_onto_an_indented_line():
    """dpa's "- Reporting by: A in X, B in Y" / "  and C in Z" under the body (no notebook footer):
    the indented line goes on from the role line; it was left in the body and the credit lost A
    and B.  Found by removing the sign-offs of labelled stories (benchmarks/metamorphic.py)."""
    text = ("Oslo (dpa) - The city said on Monday it would act.\n\n"
            "The plan was agreed by the council and the mayor.\n\n"
            "- Reporting by: Ana Lind in Vienna, Per Holm in Geneva\n"
            "  and Ida Berg in New York\n"
            "- Editing by: Eva Roth, +49 30 0000 0000, <desk@example.com>\n")
    s = parse(text)
    assert s.body.endswith("the council and the mayor.")
    assert [c.name for c in s.credit.reporting] == ["Ana Lind", "Per Holm", "Ida Berg"]
    assert [c.name for c in s.credit.editing] == ["Eva Roth"]


def test_glued_credit_opening_with_an_initial():
    """ "... the harbour road. CNN's L. Ana Ruiz contributed to this report." glued to the last
    paragraph: the credit starts at "CNN's", not after the initial's full stop (which left
    "CNN's L." in the body); "... vitamin D. Ana Ruiz contributed" still starts at the name.
    Found by swapping other name shapes into labelled credits (benchmarks/metamorphic.py names2)."""
    lead = "Oslo (CNN) -- The city said on Monday it would act.\n\nThe council met on Friday and agreed "
    s = parse(lead + "to the plan for the old harbour road. CNN's L. Ana Ruiz contributed to this report.\n")
    assert s.credit.text == "CNN's L. Ana Ruiz contributed to this report."
    assert s.body.endswith("the old harbour road.")
    s = parse(lead + "on a plan for vitamin D. Ana Ruiz contributed to this report.\n")
    assert s.credit.text == "Ana Ruiz contributed to this report."
    assert s.body.endswith("for vitamin D.")


@pytest.mark.parametrize("line", [
    "Omar al-Rashid is a columnist covering energy markets.",
    "Ana d'Emilio is a writer for the city paper.",
])
def test_bio_of_a_name_with_a_lower_case_particle(line):
    """An author bio whose surname opens with a lower-case particle ("al-Rashid", "d'Emilio") is a
    credit like any other bio; it was left at the end of the body."""
    assert is_credit_paragraph(line)
    s = parse("Oslo (Bloomberg) -- The city said on Monday it would act.\n\n" + line + "\n")
    assert s.credit is not None and s.credit.text == line


def test_footer_marker_glued_to_the_last_paragraph_stays_out_of_the_credit():
    """ "... a refreshing realization. E-mail to a friend" / "CNN.com senior producer A contributed
    to this report." with no blank line between: the credit is the second line only (it took the
    footer marker in).  Found by dropping the blank lines of labelled stories (squeeze)."""
    s = parse("Oslo (CNN) -- The city said on Monday it would act.\n"
              "It was a refreshing realization. E-mail to a friend\n"
              "CNN.com senior producer Ana Ruiz contributed to this report in Atlanta.\n")
    assert s.credit is not None
    assert s.credit.text == "CNN.com senior producer Ana Ruiz contributed to this report in Atlanta."
    assert [c.name for c in s.credit.reporting] == ["Ana Ruiz"]


def test_credit_agency_with_no_break_spaces():
    """ "Associated\u00a0Press writer A contributed." names the AP all the same."""
    s = parse("Oslo -- The city said on Monday it would act.\n\n"
              "Associated\u00a0Press writer Ana\u00a0Ruiz in Lisbon contributed to this report.\n")
    assert s.credit is not None and s.agency == "AP"
