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
    "bgn": "BGN", "rs": "INR", "rs.": "INR", "rm": "MYR", "rp": "IDR", "rp.": "IDR", "r$": "BRL", "₱": "PHP", "php": "PHP",
}
# Currency words written after the figure.
WORDS = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "new zealand dollars": "NZD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD", "taiwan dollars": "TWD",
    "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "yen": "JPY", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "manat": "AZN",
    "manats": "AZN", "dram": "AMD", "drams": "AMD", "lari": "GEL", "hryvnia": "UAH", "hryvnias": "UAH",
    "hryvnas": "UAH", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "shekel": "ILS",
    "shekels": "ILS", "lira": "TRY", "liras": "TRY", "turkish lira": "TRY", "riyal": "SAR", "riyals": "SAR",
    "saudi riyals": "SAR", "dirham": "AED", "dirhams": "AED", "won": "KRW", "zloty": "PLN", "zlotys": "PLN",
    "tenge": "KZT", "rial": "IRR", "rials": "IRR", "francs": "CHF", "swiss francs": "CHF", "krona": "SEK",
    "kronor": "SEK", "kroner": "NOK", "rand": "ZAR", "real": "BRL", "reais": "BRL",
    "czech crowns": "CZK", "czech korunas": "CZK", "koruna": "CZK", "korunas": "CZK", "swedish crowns": "SEK",
    "danish crowns": "DKK", "norwegian crowns": "NOK", "swedish kronor": "SEK", "norwegian kroner": "NOK",
    "danish kroner": "DKK", "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "pesos": "PHP", "philippine pesos": "PHP",
    "pakistani rupees": "PKR", "indian rupees": "INR",
}

_MULT = r"(?:hundred|thousand|millions?|billions?|trillions?|lakhs?|crores?|mln|mn|bn|tn|[mbk])\b"
_SYM = (r"(?:US\$|U\.S\.\$|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|NT\$|S\$|R\$|[$€£¥₽₼₴₹₪₺₩₱]|Rs\.?|\bRM(?=\s?\d)|\bRp\.?(?=\s?\d)|"
        r"\b(?:USD|EUR|GBP|JPY|RUB|AZN|UAH|INR|ILS|TRY|KRW|CNY|RMB|CHF|SEK|NOK|DKK|PLN|CZK|AMD|GEL|KZT|SAR|AED|"
        r"IRR|PKR|EGP|BRL|ZAR|SGD|TWD|MYR|IDR|THB|HUF|RON|BGN|AUD|CAD|PHP)\b)")
_CWORD = (r"(?:(?:US|U\.S\.|American|Australian|Canadian|New Zealand|Hong Kong|Singapore|Taiwan|Saudi|Swiss|"
          r"Turkish|Indian|Pakistani|Philippine|Czech|Swedish|Danish|Norwegian)\s+)?(?:dollars?|euros?|pounds(?: sterling)?|sterling|yen|r(?:ou|u)bles?|manats?|drams?|lari|"
          r"hryvn(?:i)?as?|yuan|renminbi|rupees?|shekels?|liras?|riyals?|dirhams?|won|zlotys?|tenge|rials?|"
          r"francs|kron(?:or|er|a)|rand|reais|ringgit|rupiah|baht|pesos|korunas?|(?<=Czech )crowns|(?<=Swedish )crowns|"
          r"(?<=Danish )crowns|(?<=Norwegian )crowns)\b")
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


def _currency(symbol: str | None, word: str | None) -> str | None:
    if symbol:
        code = SYMBOLS.get(symbol.lower().replace(" ", ""))
        if code:
            return code
    if word:
        w = " ".join(word.lower().split())
        return WORDS.get(w) or WORDS.get(w.split()[-1])
    return None


def parse_money(text: str) -> dict[str, Any] | None:
    """{"amount": 1500000.0, "currency": "USD"} for "$1,5 million"; None when the text is not an amount.

    "amount" is None for vague sums ("millions of dollars"); "qualifier" is added when the text gives one
    ("more than $4 million" -> "more than").
    """
    s = " ".join(text.replace("\u00a0", " ").split()).strip(" .,;:")
    m = _PARSE_RE.match(s)
    if not m or not (m.group("sym") or m.group("word")):
        return None
    currency = _currency(m.group("sym"), m.group("word"))
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
