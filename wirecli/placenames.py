"""Vocabularies for resolving dateline places (data only; used by places.py).

Regions are keyed by ``region_key()``: lower case, dots dropped, spaces collapsed, a leading
"the " dropped ("N.Y." -> "ny", "The Netherlands" -> "netherlands").  A key maps to the
(country code, GeoNames admin1 code or None) pairs it can mean; several when it is
ambiguous ("georgia": the US state or the country; "wa": Washington state or Western
Australia), and the city decides.  Country names from GeoNames itself are added at load time.
"""
from __future__ import annotations

# US states: GeoNames admin1 code -> names and abbreviations (AP style, old Reuters style,
# postal codes).  GeoNames uses the postal code as the admin1 code for the US.
US_STATES = {
    "AL": ("alabama", "ala"), "AK": ("alaska",), "AZ": ("arizona", "ariz"),
    "AR": ("arkansas", "ark"), "CA": ("california", "calif", "cal"),
    "CO": ("colorado", "colo"), "CT": ("connecticut", "conn"), "DE": ("delaware", "del", "dela"),
    "DC": ("dc", "district of columbia", "washington dc"), "FL": ("florida", "fla"),
    "GA": ("georgia",), "HI": ("hawaii",), "ID": ("idaho",), "IL": ("illinois", "ill"),
    "IN": ("indiana", "ind"), "IA": ("iowa",), "KS": ("kansas", "kan", "kans"),
    "KY": ("kentucky",), "LA": ("louisiana",), "ME": ("maine",),
    "MD": ("maryland",), "MA": ("massachusetts", "mass"), "MI": ("michigan", "mich"),
    "MN": ("minnesota", "minn"), "MS": ("mississippi", "miss"), "MO": ("missouri",),
    "MT": ("montana", "mont"), "NE": ("nebraska", "neb", "nebr"), "NV": ("nevada", "nev"),
    "NH": ("new hampshire",), "NJ": ("new jersey",), "NM": ("new mexico",),
    "NY": ("new york",), "NC": ("north carolina",), "ND": ("north dakota",),
    "OH": ("ohio",), "OK": ("oklahoma", "okla"), "OR": ("oregon", "ore", "oreg"),
    "PA": ("pennsylvania", "penn", "penna"), "RI": ("rhode island",),
    "SC": ("south carolina",), "SD": ("south dakota",), "TN": ("tennessee", "tenn"),
    "TX": ("texas", "tex"), "UT": ("utah",), "VT": ("vermont",), "VA": ("virginia",),
    "WA": ("washington", "wash"), "WV": ("west virginia", "wva", "w va"),
    "WI": ("wisconsin", "wis", "wisc"), "WY": ("wyoming", "wyo"),
}

# Canadian provinces and territories, Australian states, UK nations: GeoNames admin1 code ->
# (display name, other keys).
CA_PROVINCES = {
    "01": ("Alberta", "alta", "ab"), "02": ("British Columbia", "bc"),
    "03": ("Manitoba", "man", "mb"), "04": ("New Brunswick", "nb"),
    "05": ("Newfoundland and Labrador", "newfoundland", "nfld", "nl"),
    "07": ("Nova Scotia", "ns"), "08": ("Ontario", "ont", "on"),
    "09": ("Prince Edward Island", "pei", "pe"), "10": ("Quebec", "que", "qc", "pq"),
    "11": ("Saskatchewan", "sask", "sk"), "12": ("Yukon", "yt"),
    "13": ("Northwest Territories", "nwt", "nt"), "14": ("Nunavut", "nu"),
}
AU_STATES = {
    "01": ("Australian Capital Territory", "act"), "02": ("New South Wales", "nsw"),
    "03": ("Northern Territory", "nt"), "04": ("Queensland", "qld"),
    "05": ("South Australia", "sa"), "06": ("Tasmania", "tas"), "07": ("Victoria", "vic"),
    "08": ("Western Australia", "wa"),
}
GB_NATIONS = {
    "ENG": ("England",), "SCT": ("Scotland",), "WLS": ("Wales",),
    "NIR": ("Northern Ireland",),
}

# Country names wire copy uses that GeoNames' own names do not cover, historical ones
# included (1987 copy: West Germany, Soviet Union, Yugoslavia, Burma, Zaire).
COUNTRY_ALIASES = {
    "britain": ("GB",), "great britain": ("GB",), "uk": ("GB",), "united kingdom": ("GB",),
    "us": ("US",), "usa": ("US",), "united states": ("US",), "america": ("US",),
    "west germany": ("DE",), "east germany": ("DE",), "federal republic of germany": ("DE",),
    "soviet union": ("RU", "UA", "BY", "KZ", "UZ", "GE", "AM", "AZ", "LT", "LV", "EE",
                     "MD", "KG", "TJ", "TM"),
    "ussr": ("RU", "UA", "BY", "KZ", "UZ", "GE", "AM", "AZ", "LT", "LV", "EE", "MD", "KG",
             "TJ", "TM"),
    "yugoslavia": ("RS", "HR", "SI", "BA", "MK", "ME", "XK"),
    "czechoslovakia": ("CZ", "SK"), "czech republic": ("CZ",),
    "burma": ("MM",), "holland": ("NL",), "netherlands": ("NL",), "zaire": ("CD",),
    "congo": ("CG", "CD"), "rhodesia": ("ZW",), "ceylon": ("LK",), "korea": ("KR",),
    "republic of korea": ("KR",), "macedonia": ("MK",), "bosnia": ("BA",),
    "bosnia-herzegovina": ("BA",), "uae": ("AE",), "west bank": ("PS",), "gaza": ("PS",),
    "gaza strip": ("PS",), "vatican city": ("VA",), "cape verde": ("CV",),
    "east timor": ("TL",), "swaziland": ("SZ",), "macau": ("MO",), "irish republic": ("IE",),
    "republic of ireland": ("IE",), "ivory coast": ("CI",), "cote d'ivoire": ("CI",),
    "brunei darussalam": ("BN",), "trinidad": ("TT",), "tobago": ("TT",), "pr": ("PR",),
}

# Dateline cities that stand alone in AP and Reuters style: the name alone means this
# place, whatever else shares it ("WASHINGTON" is Washington, D.C.).  (country, admin1).
STANDALONE = {
    "washington": ("US", "DC"), "new york": ("US", "NY"), "kansas city": ("US", "MO"),
    "saint louis": ("US", "MO"), "atlanta": ("US", "GA"), "baltimore": ("US", "MD"),
    "boston": ("US", "MA"), "chicago": ("US", "IL"), "cincinnati": ("US", "OH"),
    "cleveland": ("US", "OH"), "dallas": ("US", "TX"), "denver": ("US", "CO"),
    "detroit": ("US", "MI"), "honolulu": ("US", "HI"), "houston": ("US", "TX"),
    "indianapolis": ("US", "IN"), "las vegas": ("US", "NV"), "los angeles": ("US", "CA"),
    "miami": ("US", "FL"), "milwaukee": ("US", "WI"), "minneapolis": ("US", "MN"),
    "new orleans": ("US", "LA"), "oklahoma city": ("US", "OK"),
    "philadelphia": ("US", "PA"), "phoenix": ("US", "AZ"), "pittsburgh": ("US", "PA"),
    "salt lake city": ("US", "UT"), "san antonio": ("US", "TX"), "san diego": ("US", "CA"),
    "san francisco": ("US", "CA"), "seattle": ("US", "WA"),
    "london": ("GB", None), "paris": ("FR", None), "rome": ("IT", None),
    "berlin": ("DE", None), "moscow": ("RU", None), "vatican city": ("VA", None),
    "guatemala city": ("GT", None), "panama city": ("PA", None),
    "quebec city": ("CA", "10"), "kuwait city": ("KW", None), "san marino": ("SM", None),
    "monaco": ("MC", None), "gibraltar": ("GI", None), "macau": ("MO", None),
    "luxembourg": ("LU", None), "djibouti": ("DJ", None), "singapore": ("SG", None),
    "hong kong": ("HK", None), "jerusalem": ("IL", None),
}

# Historical dateline names GeoNames does not list as alternate names: name key -> key.
CITY_ALIASES = {"west berlin": "berlin", "east berlin": "berlin"}

# A small country used as a dateline place stands for its capital ("BAHRAIN" is Manama).
SMALL_COUNTRY_KM2 = 25_000
