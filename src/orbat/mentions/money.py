"""Money: find spans ("$1,5 million", "US$6.5 billion", "€300m", "120 million dollars", "AZN 1.2bn") and
normalise them to {"amount", "currency"} (ISO 4217), with a "qualifier" when the text gives one."""
from __future__ import annotations

import re
from typing import Any

from orbat.mentions.numbers import DIGITS, MULTIPLIERS, WORD_NUMBER, as_number, parse_number

# Symbols and prefixes written before the figure.
SYMBOLS = {
    "us$": "USD", "u.s.$": "USD", "usd": "USD", "$": "USD", "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "€": "EUR", "eur": "EUR",
    "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "₽": "RUB", "rub": "RUB", "₼": "AZN", "azn": "AZN",
    "₴": "UAH", "uah": "UAH", "₹": "INR", "inr": "INR", "₪": "ILS", "ils": "ILS", "₺": "TRY", "try": "TRY",
    "₩": "KRW", "krw": "KRW", "cny": "CNY", "rmb": "CNY", "chf": "CHF", "sek": "SEK", "nok": "NOK",
    "dkk": "DKK", "pln": "PLN", "czk": "CZK", "amd": "AMD", "gel": "GEL", "kzt": "KZT", "sar": "SAR",
    "aed": "AED", "irr": "IRR", "pkr": "PKR", "egp": "EGP", "brl": "BRL", "zar": "ZAR", "sgd": "SGD",
    "twd": "TWD", "nt$": "TWD", "myr": "MYR", "idr": "IDR", "thb": "THB", "huf": "HUF", "ron": "RON",
    "bgn": "BGN", "rm": "MYR", "rp": "IDR", "rp.": "IDR", "r$": "BRL", "₱": "PHP", "php": "PHP",
    # Local symbols whose state is not in doubt.
    "gh¢": "GHS", "gh₵": "GHS", "ksh": "KES", "ksh.": "KES", "tsh": "TZS", "ush": "UGX", "₦": "NGN", "₫": "VND", "৳": "BDT",
    "₸": "KZT", "s/": "PEN", "s/.": "PEN",
}
# ISO 4217 codes of states often in defence news, written before the figure ("KES 120 billion").
CODES = ("GHS KES UGX TZS NGN ETB RSD DZD MAD TND IQD JOD KWD LYD BHD OMR QAR YER MXN COP CLP ARS PEN BOB PYG UYU "
         "GTQ HNL NIO DOP VND MMK BDT LKR NPR AFN UZS KGS TJS BYN MDL MKD ALL BAM ISK XOF XAF ZMW MWK MZN AOA "
         "NAD BWP SDG SSP RWF BIF CDF SOS MNT KHR LAK MUR SCR HRK").split()
SYMBOLS.update({code.lower(): code for code in CODES})
# Currency words written after the figure.
WORDS = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "new zealand dollars": "NZD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD", "taiwan dollars": "TWD",
    "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "yen": "JPY", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "manat": "AZN",
    "manats": "AZN", "dram": "AMD", "drams": "AMD", "lari": "GEL", "hryvnia": "UAH", "hryvnias": "UAH",
    "hryvnas": "UAH", "yuan": "CNY", "renminbi": "CNY", "shekel": "ILS",
    "shekels": "ILS", "lira": "TRY", "liras": "TRY", "turkish lira": "TRY", "saudi riyals": "SAR", "won": "KRW", "zloty": "PLN", "zlotys": "PLN",
    "tenge": "KZT", "swiss francs": "CHF", "krona": "SEK",
    "kronor": "SEK", "kroner": "NOK", "rand": "ZAR", "real": "BRL", "reais": "BRL",
    "czech crowns": "CZK", "czech korunas": "CZK", "koruna": "CZK", "korunas": "CZK", "swedish crowns": "SEK",
    "danish crowns": "DKK", "norwegian crowns": "NOK", "swedish kronor": "SEK", "norwegian kroner": "NOK",
    "danish kroner": "DKK", "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "philippine pesos": "PHP",
    "pakistani rupees": "PKR", "indian rupees": "INR",
    "cedi": "GHS", "cedis": "GHS", "naira": "NGN", "birr": "ETB", "dong": "VND", "kyat": "MMK", "kyats": "MMK",
    "taka": "BDT", "soles": "PEN", "bolivianos": "BOB", "quetzales": "GTQ", "córdobas": "NIO", "cordobas": "NIO",
    "lempiras": "HNL", "guaraníes": "PYG", "guaranis": "PYG", "denars": "MKD", "denari": "MKD", "leks": "ALL",
    "lekë": "ALL", "kuna": "HRK", "forints": "HUF", "forint": "HUF", "lei": "RON", "leva": "BGN", "afghanis": "AFN",
    "somoni": "TJS", "tugriks": "MNT", "riels": "KHR", "kwanzas": "AOA", "meticais": "MZN", "pula": "BWP",
    "ouguiya": "MRU", "leones": "SLE", "dalasis": "GMD",
}
# Currency names several states use: the state a figure belongs to decides the code ("98 billion
# dinars" for Serbia is RSD). Without a known state, a family with a usual reading keeps it
# (DEFAULT_IN_FAMILY); the others are not read at all: a wrong currency is a wrong figure.
FAMILIES = {
    "dinar": {"RS": "RSD", "DZ": "DZD", "IQ": "IQD", "JO": "JOD", "KW": "KWD", "LY": "LYD", "TN": "TND", "BH": "BHD"},
    "shilling": {"KE": "KES", "UG": "UGX", "TZ": "TZS", "SO": "SOS"},
    "peso": {"PH": "PHP", "MX": "MXN", "CO": "COP", "CL": "CLP", "AR": "ARS", "DO": "DOP", "UY": "UYU", "CU": "CUP"},
    "rupee": {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR", "SC": "SCR"},
    "franc": {"CH": "CHF", "RW": "RWF", "BI": "BIF", "GN": "GNF", "DJ": "DJF", "CD": "CDF",
              **{c: "XOF" for c in ("SN", "CI", "ML", "BF", "NE", "BJ", "TG", "GW")},
              **{c: "XAF" for c in ("CM", "TD", "CF", "CG", "GA", "GQ")}},
    "riyal": {"SA": "SAR", "QA": "QAR", "OM": "OMR", "YE": "YER"},
    "rial": {"IR": "IRR", "OM": "OMR", "YE": "YER"},
    "dirham": {"AE": "AED", "MA": "MAD"},
    "kwacha": {"ZM": "ZMW", "MW": "MWK"},
}
FAMILIES["cfa"] = {c: code for c, code in FAMILIES["franc"].items() if code in ("XOF", "XAF")}
DEFAULT_IN_FAMILY = {"peso": "PHP", "rupee": "INR", "franc": "CHF", "riyal": "SAR", "rial": "IRR", "dirham": "AED"}
# The family of a written name or symbol ("Rs" is a rupee, "Shs" a shilling); an adjective or a
# code that names the state ("Pakistani rupees", "CFA francs"?) is looked up in WORDS first.
_FAMILY_OF = {"dinar": "dinar", "dinars": "dinar", "shilling": "shilling", "shillings": "shilling", "shs": "shilling",
              "sh": "shilling", "peso": "peso", "pesos": "peso", "rupee": "rupee", "rupees": "rupee", "rs": "rupee",
              "rs.": "rupee", "francs": "franc", "cfa francs": "cfa", "riyal": "riyal", "riyals": "riyal",
              "rial": "rial", "rials": "rial", "dirham": "dirham", "dirhams": "dirham", "kwacha": "kwacha"}

_MULT = r"(?:hundred|thousand|millions?|billions?|trillions?|lakhs?|crores?|mln|mn|bn|tn|[mbk])\b"
_SYM = (r"(?:US\$|U\.S\.\$|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|NT\$|S\$|R\$|[$€£¥₽₼₴₹₪₺₩₱₦₫৳₸]|GH[¢₵]|Rs\.?|\bRM(?=\s?\d)|\bRp\.?(?=\s?\d)|"
        r"\b(?:K[Ss]h\.?|TSh|USh|Shs|S/\.?)(?=\s?\d)|"
        r"\b(?:USD|EUR|GBP|JPY|RUB|AZN|UAH|INR|ILS|TRY|KRW|CNY|RMB|CHF|SEK|NOK|DKK|PLN|CZK|AMD|GEL|KZT|SAR|AED|"
        r"IRR|PKR|EGP|BRL|ZAR|SGD|TWD|MYR|IDR|THB|HUF|RON|BGN|AUD|CAD|PHP|" + "|".join(CODES) + r")\b)")
_CWORD = (r"(?:(?:US|U\.S\.|American|Australian|Canadian|New Zealand|Hong Kong|Singapore|Taiwan|Saudi|Swiss|"
          r"Turkish|Indian|Pakistani|Philippine|Czech|Swedish|Danish|Norwegian|CFA)\s+)?(?:dollars?|euros?|pounds(?: sterling)?|sterling|yen|r(?:ou|u)bles?|manats?|drams?|lari|"
          r"hryvn(?:i)?as?|yuan|renminbi|rupees?|shekels?|liras?|riyals?|dirhams?|won|zlotys?|tenge|rials?|"
          r"francs|kron(?:or|er|a)|rand|reais|ringgit|rupiah|baht|pesos?|korunas?|(?<=Czech )crowns|(?<=Swedish )crowns|"
          r"(?<=Danish )crowns|(?<=Norwegian )crowns|dinars?|shillings?|kwacha|cedis?|naira|birr|dong|kyats?|taka|"
          r"soles|bolivianos|quetzales|c[óo]rdobas|lempiras|guara(?:níes|nis)|denar[si]|lek[së]|kuna|forints?|lei|"
          r"leva|afghanis|somoni|tugriks|riels|kwanzas|meticais|pula|ouguiya|leones|dalasis)\b")
_NUM = rf"(?:{DIGITS})"
_QUAL = (r"(?:(?:at least|more than|over|almost|nearly|about|around|some|approximately|roughly|up to|"
         r"as much as|less than|under|an estimated|estimated|in excess of)\s+)")

MONEY_RE = re.compile(
    rf"(?:{_QUAL})?(?:"
    # $1,5 million / US$ 6.5bn / € 300m
    rf"{_SYM}\s?{_NUM}(?:[\s-]?{_MULT})?(?:\s+(?:{_CWORD}))?"
    # 120 million dollars / 1 billion manats / 300m euros
    rf"|(?:{_NUM}|{WORD_NUMBER})(?:[\s-]?{_MULT})?\s+{_CWORD}"
    # millions of dollars
    rf"|(?:hundreds of |tens of )?(?:thousands|millions|billions) of {_CWORD}"
    rf")", re.I)

_QUALIFIERS = {"more than": "more than", "over": "more than", "in excess of": "more than",
               "at least": "at least", "almost": "up to", "nearly": "about", "about": "about",
               "around": "about", "some": "about", "approximately": "about", "roughly": "about",
               "an estimated": "about", "estimated": "about", "up to": "up to", "as much as": "up to",
               "less than": "less than", "under": "less than"}

_PARSE_RE = re.compile(
    rf"^(?P<qual>{_QUAL})?(?:(?P<sym>{_SYM})\s?)?(?P<num>{_NUM}|{WORD_NUMBER}|(?:hundreds of |tens of )?"
    rf"(?:thousands|millions|billions) of)?(?:[\s-]?(?P<mult>{_MULT}))?(?:\s+(?P<word>{_CWORD}))?\s*$", re.I)


def _currency(symbol: str | None, word: str | None, country: str | None = None) -> str | None:
    """The ISO code of a written symbol or name; `country` (ISO 3166 alpha-2) decides a name
    several states use."""
    if symbol:
        key = symbol.lower().replace(" ", "")
        if key in SYMBOLS:
            return SYMBOLS[key]
        if key in _FAMILY_OF:
            return _in_family(_FAMILY_OF[key], country)
    if word:
        w = " ".join(word.lower().split())
        if w in WORDS:
            return WORDS[w]
        family = _FAMILY_OF.get(w) or _FAMILY_OF.get(w.split()[-1])
        if family:
            return _in_family(family, country)
        return WORDS.get(w.split()[-1])
    return None


def _in_family(family: str, country: str | None) -> str | None:
    if country:
        return FAMILIES[family].get(country.upper())
    return DEFAULT_IN_FAMILY.get(family)


def parse_money(text: str, country: str | None = None) -> dict[str, Any] | None:
    """{"amount": 1500000.0, "currency": "USD"} for "$1,5 million"; None when the text is not an amount.
    `country`, the ISO alpha-2 code of the state the sum belongs to, decides shared currency names
    ("dinars", "shillings", "pesos"); without it only those with a usual reading are read.

    "amount" is None for vague sums ("millions of dollars"); "qualifier" is added when the text gives one
    ("more than $4 million" -> "more than").
    """
    s = " ".join(text.replace("\u00a0", " ").split()).strip(" .,;:")
    m = _PARSE_RE.match(s)
    if not m or not (m.group("sym") or m.group("word")):
        return None
    currency = _currency(m.group("sym"), m.group("word"), country)
    if currency is None:
        return None
    num, mult = m.group("num"), m.group("mult")
    amount: float | None = None
    if num and " of" in num.lower():
        amount = None
    elif num:
        value = parse_number(num, before_multiplier=bool(mult))
        if value is None:
            return None
        if mult:
            key = mult.lower()
            value *= MULTIPLIERS.get(key) or MULTIPLIERS[key.rstrip("s")]  # "crores", "lakhs"
        amount = float(as_number(round(value, 6)))
    elif mult:
        return None
    else:
        return None
    out: dict[str, Any] = {"amount": amount, "currency": currency}
    if m.group("qual"):
        out["qualifier"] = _QUALIFIERS.get(" ".join(m.group("qual").lower().split()), "about")
    return out
