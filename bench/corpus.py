"""Generated defence-news corpora for benchmarks (stdlib only, streaming).

Documents are built from sentence templates filled with random countries, suppliers,
systems, people, numbers, dates and sums of money, so that every document carries a few
extractable facts (transfers at various stages, budgets, strengths, offices, incidents,
meetings, agreements) among filler sentences. About 2% of documents are exact copies of an
earlier document and about 2% are light edits of one (a few words changed, a sentence
dropped or added, a new title), which exercises duplicate and near-duplicate detection.

Nothing is held in memory beyond a small window of recent documents (the pool that copies
are drawn from), so 100,000 documents or more can be written.

    python bench/corpus.py OUT --n 100000 --format plain   # OUT/000/gen-000000.txt ...
    python bench/corpus.py OUT/news.jsonl --n 5000 --format jsonl
    python bench/corpus.py OUT --n 2000 --format html
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import random
import sys
import time
from collections import deque
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

# ----------------------------------------------------------------------------- word lists
# (name, demonym, capital, currency code, currency sign)
Country = tuple[str, str, str, str, str]
COUNTRIES: list[Country] = [
    ("Serbia", "Serbian", "Belgrade", "EUR", "€"), ("Armenia", "Armenian", "Yerevan", "AMD", "AMD "),
    ("Vietnam", "Vietnamese", "Hanoi", "USD", "$"), ("Georgia", "Georgian", "Tbilisi", "USD", "$"),
    ("Azerbaijan", "Azerbaijani", "Baku", "USD", "$"), ("Kazakhstan", "Kazakh", "Astana", "USD", "$"),
    ("Indonesia", "Indonesian", "Jakarta", "USD", "US$"), ("Philippines", "Philippine", "Manila", "USD", "US$"),
    ("Thailand", "Thai", "Bangkok", "USD", "$"), ("Malaysia", "Malaysian", "Kuala Lumpur", "USD", "$"),
    ("Croatia", "Croatian", "Zagreb", "EUR", "€"), ("Bulgaria", "Bulgarian", "Sofia", "EUR", "€"),
    ("Romania", "Romanian", "Bucharest", "EUR", "€"), ("North Macedonia", "Macedonian", "Skopje", "EUR", "€"),
    ("Montenegro", "Montenegrin", "Podgorica", "EUR", "€"), ("Uzbekistan", "Uzbek", "Tashkent", "USD", "$"),
    ("Cambodia", "Cambodian", "Phnom Penh", "USD", "$"), ("Myanmar", "Myanmar", "Naypyidaw", "USD", "$"),
]
# (supplier state, companies)
SUPPLIERS = [
    ("Russia", ["Rosoboronexport", "Russian Helicopters", "Almaz-Antey", "Uralvagonzavod"]),
    ("China", ["Norinco", "CASC", "Poly Technologies", "CETC"]),
    ("France", ["Thales", "Airbus Helicopters", "KNDS France", "Naval Group"]),
    ("Turkey", ["Baykar", "Aselsan", "Otokar", "Roketsan"]),
    ("Israel", ["Elbit Systems", "Israel Aerospace Industries", "Rafael"]),
    ("South Korea", ["Hanwha Aerospace", "Korea Aerospace Industries", "Hyundai Rotem"]),
    ("India", ["Bharat Dynamics", "Bharat Electronics", "Hindustan Aeronautics"]),
    ("United States", ["Lockheed Martin", "Bell", "General Dynamics"]),
    ("Czech Republic", ["Excalibur Army", "Tatra Defence"]),
]
# (designation, category, noun used in running text)
SYSTEMS = [
    ("Mi-17V-5", "helicopter", "transport helicopters"), ("Mi-35M", "helicopter", "attack helicopters"),
    ("H145M", "helicopter", "light helicopters"), ("T-90S", "main battle tank", "main battle tanks"),
    ("K2", "main battle tank", "main battle tanks"), ("BTR-82A", "armoured personnel carrier", "armoured personnel carriers"),
    ("Otokar Arma", "armoured vehicle", "wheeled armoured vehicles"), ("Dana", "self-propelled artillery", "self-propelled howitzers"),
    ("K9", "self-propelled artillery", "self-propelled howitzers"), ("RM-70", "multiple rocket launcher", "rocket launchers"),
    ("Tor-M2", "air defence system", "short-range air defence systems"), ("FK-3", "air defence system", "air defence batteries"),
    ("Akash", "air defence system", "air defence batteries"), ("SPYDER", "air defence system", "air defence systems"),
    ("Bayraktar TB2", "unmanned aerial vehicle", "armed drones"), ("Hermes 900", "unmanned aerial vehicle", "surveillance drones"),
    ("CH-92A", "unmanned aerial vehicle", "armed drones"), ("Harop", "loitering munition", "loitering munitions"),
    ("Ground Master 200", "radar", "air surveillance radars"), ("JY-27A", "radar", "long-range radars"),
    ("Su-30SM", "combat aircraft", "multirole fighters"), ("FA-50", "combat aircraft", "light combat aircraft"),
    ("C-295", "transport aircraft", "transport aircraft"), ("Gepard 3.9", "warship", "frigates"),
]
FIRST = ["Dragan", "Milan", "Nikola", "Aram", "Davit", "Tigran", "Nguyen", "Tran", "Pham", "Levan", "Giorgi",
         "Rustam", "Bakhyt", "Agus", "Budi", "Ramon", "Jose", "Somchai", "Ivan", "Petar", "Stefan", "Ana", "Maria",
         "Elena", "Lilit", "Mai", "Sofia", "Ahmad", "Farid", "Kamal", "Andrei", "Vasile", "Goran", "Zoran"]
LAST = ["Marić", "Petrović", "Sahakyan", "Grigoryan", "Van Hai", "Quoc Binh", "Beridze", "Kapanadze", "Aliyev",
        "Nurlanov", "Santoso", "Wijaya", "Reyes", "Cruz", "Chaiyaporn", "Horvat", "Kovač", "Dimitrov", "Popescu",
        "Ionescu", "Stojanovski", "Vujović", "Yusupov", "Sok", "Hakobyan", "Mammadov", "Tanaka", "Lim", "Rahman"]
RANKS = ["General", "Lieutenant General", "Colonel General", "Major General", "Admiral", "Colonel"]
POSTS = ["Defence Minister", "Deputy Defence Minister", "Chief of General Staff", "Commander of the Air Force",
         "Commander of the Land Forces", "Chief of the Navy", "head of procurement", "Foreign Minister"]
OUTLETS = ["Balkan Defence Monitor", "Caucasus Security Watch", "Mekong Post", "Asia Pacific Defence Journal",
           "Adriatic Security Review", "Saigon Defence Weekly", "Black Sea Observer", "Steppe Defence Review",
           "Danube Daily", "Archipelago Security", "Regional Arms Digest", "Frontier Gazette"]
SOURCES = ["SIPRI", "the IISS", "the defence ministry", "the finance ministry", "local media", "Janes",
           "a parliamentary report", "the national audit office"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight", 10: "ten", 12: "twelve"}
PLACES = ["border district", "province", "region", "military district", "garrison town"]
INCIDENTS = [("explosion at an ammunition depot", "exploded"), ("helicopter crash", "crashed"),
             ("ambush on a patrol", "was ambushed"), ("artillery exchange", "came under fire"),
             ("fire at a naval base", "caught fire"), ("drone strike", "was hit by a drone")]
FILLER_SUBJECTS = ["Analysts", "Opposition lawmakers", "Industry sources", "Diplomats in the capital", "Officials",
                   "Retired officers", "Neighbouring governments", "Observers", "Budget experts", "Regional specialists"]
FILLER_VERBS = ["said", "noted", "argued", "warned", "pointed out", "suggested", "cautioned", "told reporters"]
FILLER_CLAIMS = [
    "the purchase reflects a wider shift away from traditional suppliers",
    "maintenance costs could exceed the purchase price over the life of the fleet",
    "the armed forces still depend heavily on equipment inherited from the Soviet era",
    "training crews will take longer than the delivery schedule suggests",
    "the deal was negotiated with unusual speed",
    "parliament had not been consulted on the financing",
    "the contract includes offsets for local industry",
    "spare parts have become harder to obtain since 2022",
    "the government wants a second supplier for every major system",
    "local assembly could begin within three years",
    "the air force has struggled to retain pilots",
    "recruitment has lagged behind targets for several years",
    "the budget increase will be hard to sustain if growth slows",
    "the neighbouring states are watching the build-up closely",
    "the ministry has yet to publish a long-term procurement plan",
    "exchange-rate swings make the figures hard to compare",
]
CONNECTORS = ["Meanwhile,", "In a separate statement,", "Separately,", "Earlier this year,", "According to the ministry,",
              "At the same time,", "In addition,", "Last year,", ""]


@dataclass(frozen=True)
class GeneratedDocument:
    key: str
    title: str
    outlet: str
    published: str  # ISO date
    url: str
    text: str


# ----------------------------------------------------------------------------- sentence makers
class _Writer:
    """Builds one document's sentences from a shared random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def person(self) -> str:
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def date(self, year: int) -> str:
        r = self.r
        form = r.random()
        if form < 0.4:
            return f"on {r.randint(1, 28)} {r.choice(MONTHS)} {year}"
        if form < 0.7:
            return f"in {r.choice(MONTHS)} {year}"
        if form < 0.85:
            return f"on {r.choice(WEEKDAYS)}"
        return "last month"

    def money(self, sign: str, lo: int, hi: int) -> str:
        r = self.r
        value = r.randint(lo, hi)
        form = r.random()
        if value >= 1000 and form < 0.5:
            return f"{sign}{value / 1000:.1f} billion"
        if form < 0.7:
            return f"{sign}{value} million"
        if form < 0.85:
            return f"{value} million dollars" if sign in ("$", "US$") else f"{sign}{value}m"
        return f"{sign}{value:,},000,000" if value < 1000 else f"{sign}{value / 1000:.2f} billion"

    def count(self) -> str:
        n = self.r.choice([2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 24, 30, 36, 48])
        if n in NUMBER_WORDS and self.r.random() < 0.4:
            return NUMBER_WORDS[n]
        return str(n)

    def transfer(self, c: Country, year: int) -> str:
        r = self.r
        country, demonym, capital = c[0], c[1], c[2]
        supplier, companies = r.choice(SUPPLIERS)
        company = r.choice(companies)
        design, _cat, noun = r.choice(SYSTEMS)
        qty = self.count()
        price = self.money(c[4] if c[3] != "AMD" else "$", 20, 2400)
        stage = r.randrange(8)
        if stage == 0:
            return f"{company} has offered {country} {qty} {design} {noun}, a company representative said {self.date(year)}."
        if stage == 1:
            return f"{country} is negotiating with {supplier} over the purchase of up to {qty} {design} {noun}, {r.choice(['two officials', 'people familiar with the talks', 'a ministry spokesman'])} said."
        if stage == 2:
            return f"The {demonym} Ministry of Defence signed a contract with {company} {self.date(year)} for {qty} {design} {noun} worth {price}."
        if stage == 3:
            return f"{supplier} delivered {qty} {design} {noun} to {country} {self.date(year)}, completing an order placed two years earlier."
        if stage == 4:
            return f"The first {qty} {design} {noun} ordered from {company} arrived in {capital} {self.date(year)}."
        if stage == 5:
            return f"{capital} denied reports that it had bought {design} {noun} from {supplier}."
        if stage == 6:
            return f"{country} would buy {qty} more {design} {noun} if the {year + 1} budget allows, the minister said."
        return f"{country} and {supplier} agreed {self.date(year)} on the joint production of {design} {noun}, with the first units to be assembled at a plant near {capital}."

    def budget(self, c: Country, year: int) -> str:
        r = self.r
        sign = c[4]
        amount = self.money(sign, 300, 9000) if c[3] != "AMD" else f"AMD {r.randint(200, 900)} billion"
        other = self.money("$", 300, 9000)
        form = r.randrange(4)
        if form == 0:
            return f"The {c[1]} defence budget for {year} stands at {amount}, according to {r.choice(SOURCES)}."
        if form == 1:
            return f"{r.choice(SOURCES).capitalize()} puts {c[0]}'s military spending in {year - 1} at {other}, while {r.choice(SOURCES)} gives {amount}."
        if form == 2:
            return f"Parliament approved defence spending of {amount} for {year} {self.date(year - 1)}."
        return f"Military expenditure rose to {other} in {year - 1}, {r.choice(SOURCES)} estimates."

    def strength(self, c: Country, year: int) -> str:
        r = self.r
        n = r.randrange(5, 500) * 1000 + r.choice([0, 0, 500, 250])
        force = r.choice(["armed forces", "army", "air force", "navy", "border guard", "national guard"])
        q = r.choice(["about ", "some ", "", "more than ", "nearly "])
        return f"The {c[1]} {force} has {q}{n:,} active personnel, according to {r.choice(SOURCES)}."

    def office(self, c: Country, year: int) -> str:
        r = self.r
        post = r.choice(POSTS)
        rank = r.choice(RANKS) + " " if "Minister" not in post else ""
        form = r.randrange(3)
        if form == 0:
            return f"{rank}{self.person()} was appointed {post} of {c[0]} {self.date(year)}, replacing {self.person()}."
        if form == 1:
            return f"{c[1]} {post} {rank}{self.person()} said the new equipment would enter service by {year + 1}."
        return f"{self.person()}, who has served as {post} since {r.choice(MONTHS)} {year - r.randint(1, 6)}, defended the plan in parliament."

    def incident(self, c: Country, year: int) -> str:
        r = self.r
        what, verb = r.choice(INCIDENTS)
        killed = r.randint(1, 40)
        injured = r.randint(0, 90)
        q = r.choice(["At least ", "", "About ", "More than "])
        place = f"the {r.choice(['northern', 'southern', 'eastern', 'western', 'central'])} {r.choice(PLACES)}"
        return f"{q}{killed} soldiers were killed and {injured} injured in a {what} in {place} {self.date(year)}, the ministry said."

    def meeting(self, c: Country, year: int) -> str:
        r = self.r
        other = r.choice(COUNTRIES)
        return (f"{c[1]} Defence Minister {self.person()} met his {other[1]} counterpart, {self.person()}, "
                f"in {r.choice([c[2], other[2]])} {self.date(year)} to discuss {r.choice(['air defence cooperation', 'joint exercises', 'arms purchases', 'military training', 'border security'])}.")

    def agreement(self, c: Country, year: int) -> str:
        r = self.r
        other = r.choice(SUPPLIERS)[0]
        kind = r.choice(["a memorandum of understanding", "a letter of intent", "a protocol", "an agreement"])
        return f"{c[0]} and {other} signed {kind} on {r.choice(['defence industry cooperation', 'military training', 'maintenance of helicopters', 'cyber defence', 'joint production'])} {self.date(year)}."

    def filler(self) -> str:
        r = self.r
        lead = r.choice(CONNECTORS)
        body = f"{r.choice(FILLER_SUBJECTS).lower() if lead else r.choice(FILLER_SUBJECTS)} {r.choice(FILLER_VERBS)} that {r.choice(FILLER_CLAIMS)}"
        extra = ""
        if r.random() < 0.5:
            extra = f", and that {r.choice(FILLER_CLAIMS)}"
        return f"{lead} {body}{extra}.".strip()


FACT_MAKERS = ["transfer", "transfer", "transfer", "budget", "strength", "office", "office", "incident", "meeting", "agreement"]


def _make_document(rng: random.Random, index: int) -> GeneratedDocument:
    w = _Writer(rng)
    c = rng.choice(COUNTRIES)
    year = rng.randint(2016, 2025)
    target = rng.randint(235, 560)
    paragraphs: list[str] = []
    words = 0
    while words < target:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            if rng.random() < 0.45:
                s = getattr(w, rng.choice(FACT_MAKERS))(c, year)
            else:
                s = w.filler()
            sentences.append(s)
            words += s.count(" ") + 1
            if words >= target:
                break
        paragraphs.append(" ".join(sentences))
    design = rng.choice(SYSTEMS)[0]
    title = rng.choice([
        f"{c[0]} weighs {design} purchase", f"{c[1]} defence budget under scrutiny",
        f"{c[0]} and the {design}: what we know", f"New {c[1]} army chief faces equipment gaps",
        f"{c[2]} signs for {design}", f"Questions over {c[1]} arms deals",
    ])
    published = dt.date(year, rng.randint(1, 12), rng.randint(1, 28)).isoformat()
    outlet = rng.choice(OUTLETS)
    slug = "-".join(title.lower().replace(":", "").replace("'", "").split())
    url = f"https://{outlet.lower().replace(' ', '')}.example/{published.replace('-', '/')}/{slug}-{index}"
    return GeneratedDocument(f"gen-{index:06d}", title, outlet, published, url, "\n\n".join(paragraphs))


def _light_edit(rng: random.Random, doc: GeneratedDocument, index: int) -> GeneratedDocument:
    """A republished copy: new title and outlet, one sentence dropped or added, a few words changed."""
    paragraphs = doc.text.split("\n\n")
    p = rng.randrange(len(paragraphs))
    sentences = paragraphs[p].split(". ")
    if len(sentences) > 1 and rng.random() < 0.5:
        del sentences[rng.randrange(len(sentences))]
    else:
        sentences.insert(rng.randrange(len(sentences) + 1), _Writer(rng).filler().rstrip("."))
    paragraphs[p] = ". ".join(sentences)
    text = "\n\n".join(paragraphs)
    for old, new in rng.sample([("said", "stated"), ("ministry", "Ministry"), ("about", "around"), ("signed", "concluded"),
                                ("more than", "over"), ("armed forces", "military"), ("According to", "Citing")], 3):
        text = text.replace(old, new, 2)
    outlet = rng.choice(OUTLETS)
    return replace(doc, key=f"gen-{index:06d}", title=doc.title + " (updated)", outlet=outlet,
                   url=doc.url.rsplit("-", 1)[0] + f"-{index}", text=text)


def generate_documents(n: int, seed: int = 0, dup_rate: float = 0.02, edit_rate: float = 0.02) -> Iterator[GeneratedDocument]:
    """Yield n generated documents; copies are drawn from a window of the last 500 originals."""
    rng = random.Random(seed)
    window: deque[GeneratedDocument] = deque(maxlen=500)
    for i in range(n):
        roll = rng.random()
        if window and roll < dup_rate:
            src = rng.choice(window)
            yield replace(src, key=f"gen-{i:06d}", url=src.url.rsplit("-", 1)[0] + f"-{i}")
        elif window and roll < dup_rate + edit_rate:
            yield _light_edit(rng, rng.choice(window), i)
        else:
            doc = _make_document(rng, i)
            window.append(doc)
            yield doc


def generate_texts(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """Yield (key, text) for n generated documents of 200-600 words."""
    for doc in generate_documents(n, seed):
        yield doc.key, doc.text


# ----------------------------------------------------------------------------- writers
def _shard(directory: Path, key: str) -> Path:
    """Spread files over sub-folders of 1,000 so no folder grows huge."""
    sub = directory / key[4:7]
    sub.mkdir(parents=True, exist_ok=True)
    return sub


def write_plain(directory: str | os.PathLike[str], n: int, seed: int = 0) -> int:
    """One UTF-8 .txt file per document under directory/NNN/; returns the count written."""
    root = Path(directory)
    count = 0
    for key, text in generate_texts(n, seed):
        (_shard(root, key) / f"{key}.txt").write_text(text, encoding="utf-8")
        count += 1
    return count


def write_jsonl(path: str | os.PathLike[str], n: int, seed: int = 0) -> int:
    """One JSON object per line with id, url, title, published, source and text."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for doc in generate_documents(n, seed):
            out.write(json.dumps({"id": doc.key, "url": doc.url, "title": doc.title, "published": doc.published,
                                  "source": doc.outlet, "text": doc.text}, ensure_ascii=False))
            out.write("\n")
            count += 1
    return count


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | {outlet}</title>
  <meta property="og:title" content="{title}">
  <meta property="og:site_name" content="{outlet}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{published}T08:00:00+00:00">
  <meta name="author" content="{author}">
  <link rel="canonical" href="{url}">
  <link rel="stylesheet" href="/assets/site.css">
</head>
<body>
  <div class="cookie-consent"><p>This site uses cookies for analytics and advertising.</p><button>Accept</button><button>Settings</button></div>
  <header><a class="logo" href="/">{outlet}</a>
    <nav><ul><li><a href="/news">News</a></li><li><a href="/land">Land</a></li><li><a href="/air">Air</a></li><li><a href="/naval">Naval</a></li><li><a href="/industry">Industry</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{title}</h1>
      <p class="byline">By <a href="/authors/{author_slug}">{author}</a> <time datetime="{published}">{published}</time></p>
      <div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">Email</a></div>
{body}
    </article>
    <aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Navy commissions new patrol vessel</a></li><li><a href="/b">Opinion: the cost of keeping old tanks running</a></li><li><a href="/c">Gallery: army day parade</a></li></ul></aside>
  </main>
  <footer><ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul><p>&copy; {outlet}</p></footer>
</body>
</html>
"""


def write_html(directory: str | os.PathLike[str], n: int, seed: int = 0) -> int:
    """One saved news page per document (site chrome, meta tags) under directory/NNN/."""
    root = Path(directory)
    authors = random.Random(seed + 1)
    count = 0
    for doc in generate_documents(n, seed):
        author = f"{authors.choice(FIRST)} {authors.choice(LAST)}"
        body = "\n".join(f"      <p>{html.escape(p, quote=False)}</p>" for p in doc.text.split("\n\n"))
        page = _PAGE.format(title=html.escape(doc.title), outlet=html.escape(doc.outlet), url=doc.url,
                            published=doc.published, author=html.escape(author),
                            author_slug=author.lower().replace(" ", "-"), body=body)
        (_shard(root, doc.key) / f"{doc.key}.html").write_text(page, encoding="utf-8")
        count += 1
    return count


WRITERS = {"plain": write_plain, "jsonl": write_jsonl, "html": write_html}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a generated defence-news corpus.")
    parser.add_argument("out", help="folder (plain, html) or .jsonl file (jsonl)")
    parser.add_argument("--n", type=int, default=1000, help="number of documents")
    parser.add_argument("--format", choices=sorted(WRITERS), default="plain")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    count = WRITERS[args.format](args.out, args.n, args.seed)
    print(f"wrote {count} {args.format} documents to {args.out} in {time.perf_counter() - start:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
