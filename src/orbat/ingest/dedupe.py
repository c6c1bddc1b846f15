"""Exact duplicates, near-duplicates and story clusters, checked against everything stored.

- exact: content hash of the clean text (orbat.ids.content_hash) → `duplicate_of` the first copy;
- near: MinHash (rensa, 64 permutations; the algorithm version is stored with each signature)
  of word 5-gram shingles. The LSH bands (32 of 2 rows) live in the `lsh_bands` table, so the
  index survives runs, needs no rebuilding and no memory (rensa's in-memory LSH measured
  517 MB at 100k documents). Candidates are always verified on the real 5-grams: containment
  of the shorter text ≥ near_duplicate_threshold and either twice that or a verbatim run of
  COPIED_RUN words (stock phrases shared by unrelated texts give overlap, not long runs)
  → `duplicate_of` and `near_duplicate_of` (the first copy);
- story: independent reports of one event share rare names and figures (organisation names,
  numbers with units, money); their rarity-weighted overlap (document frequencies in
  `feature_df`) groups them into a `cluster`, which exact and near copies join too.
Buckets and postings are capped, so the cost per document does not grow with the corpus.
The band and posting tables have no doc_id index (it doubled the cost of every insert): before
documents are deleted or replaced, `unindex_source` / `unindex_key` remove their rows, found
again from the stored signature and the recomputed features, and take them out of `feature_df`.
"""
from __future__ import annotations

import math
import re
import sqlite3
import struct
from dataclasses import dataclass, field
from itertools import chain
from typing import Iterator

import xxhash

from orbat.ids import content_hash, make_id
from orbat.records import Document
from orbat.settings import Settings

SHINGLE = 5
NUM_PERM = 64
BANDS = 32  # 2 rows per band: a pair with Jaccard 0.27 meets in some band with p ≈ 0.9
ROWS = NUM_PERM // BANDS
SEED = 20231004
MIN_BAND_HITS = 1
MAX_CANDIDATES = 3  # most band hits first; each is verified on the real shingles
RUNNER_UP_HITS = 2  # candidates after the first are verified only when they share this many bands
COPIED_RUN = 40  # words copied verbatim in one run: text reuse, not shared stock phrases
BUCKET_CAP = 50  # LSH buckets stop growing here (shared boilerplate); bounds the work per document
SHORT = 10  # shingles; shorter texts must be near-identical to count as copies
MIN_STORY_FEATURES = 3
RARE_FEATURES = 40  # the rarest features of a document are enough to find its story
POSTING_CAP = 50  # features in more documents are not rare enough to find stories: no postings
POSTING_BUDGET = 400  # postings rows read per document to find its story

_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                 "hundred|dozen|dozens|hundreds|thousands")
# Money and counted things, each split in two patterns: one that starts with a symbol or a digit
# (which the regex engine can scan for fast) and one for the rarer currency codes and number
# words. Same matches as one combined pattern, in a third of the time.
_MONEY_SYMBOL = re.compile(r"[$€£¥](\d[\d,.]*)\s*(million|billion|bn|mn|m|b|thousand|k)?\b", re.I)
_MONEY_CODE = re.compile(r"\b(?:USD|EUR|GBP|US\$)\s?(\d[\d,.]*)\s*(million|billion|bn|mn|m|b|thousand|k)?\b", re.I)
_COUNT_DIGITS = re.compile(r"(\d[\d,.]*)[ \t]+([a-z][a-z\-]{3,})\b", re.I)  # preceding character checked apart
# On lower-cased text, matched only where str.find saw a number word (a scan with an alternation
# of words tests every position: five times slower).
_COUNT_WORD_AT = re.compile(rf"({_NUMBER_WORDS})[ \t]+([a-z][a-z\-]{{3,}})\b")
_NUMBER_WORD_LIST = tuple(_NUMBER_WORDS.split("|"))
_NOT_BEFORE_COUNT = set("-$€£.,")
# A capitalised word run; the character before it is checked apart (not glued to a word or a hyphen).
_NAME = re.compile(r"[A-Z][\w’'\-]*[A-Za-z0-9’'](?:[ \t]+(?:(?:of|the|for|de|al|bin)[ \t]+)?[A-Z][\w’'\-]*[A-Za-z0-9’'])*")
_CONNECT = {"of", "the", "for", "de", "al", "bin"}
# Words of names that say nothing about which event a report is about.
_GENERIC_BASE = {"united", "states", "committee", "relations", "ministry", "council", "union", "government", "army",
            "forces", "force", "armed", "national", "international", "republic", "agency", "news", "press",
            "european", "world", "north", "south", "east", "west", "new", "office", "department", "party",
            "state", "people", "group", "company", "institute", "university", "service", "services", "affairs",
            "security", "military", "air", "navy", "federal", "central", "media", "statement", "program",
            "report", "reports"}
_GENERIC = _GENERIC_BASE | _CONNECT  # roles are added below
_ROLES = {"president", "chairman", "ceo", "minister", "senator", "general", "prime", "chief", "foreign", "defence",
          "defense", "secretary", "spokesman", "spokeswoman", "director", "deputy", "head", "board", "colonel",
          "lieutenant", "major", "gen", "col", "lt", "commander", "ambassador", "mr", "mrs", "ms", "dr", "sir"}
_GENERIC |= _ROLES
_LEAD_STOP = {"the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "it", "this", "that", "these",
              "those", "he", "she", "they", "we", "i", "his", "her", "their", "our", "its", "after", "before",
              "when", "while", "if", "for", "from", "with", "by", "to", "of", "last", "next", "mr", "mrs",
              "ms", "dr", "according", "under", "since", "during", "however", "although", "also", "today",
              "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december", "president", "minister", "said", "says"}
_COMMON_UNITS = {"million", "billion", "thousand", "hundred", "percent", "per", "years", "days", "months", "weeks", "hours", "minutes", "times", "percent", "people", "and",
                 "the", "per", "with", "more", "other", "that", "than", "from", "were", "have", "will"}
_SKIP_LEAD = _LEAD_STOP | _ROLES
_SKIP_TAIL = _ROLES | _CONNECT
_SENTENCE_OPENERS = {"", ".", "!", "?", "“", '"', ":", "—", "–"}


def _algorithm() -> str:
    import rensa

    version = getattr(rensa.RMinHash, "ALGORITHM_VERSION", "?")
    return f"rensa.RMinHash/v{version}/perm{NUM_PERM}/seed{SEED}/w{SHINGLE}"


_PUNCT = str.maketrans({c: " " for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’„«»‹›–—―…·•¡¿、。，：；！？（）【】"})


_TOKEN = re.compile(r"[^\W_]+")


# Every ASCII byte that is not a letter or digit becomes a space; bytes of other characters stay.
_ASCII_WORDS = bytes(c if chr(c).isalnum() or c >= 0x80 else 0x20 for c in range(256))


def tokens(text: str) -> list[str]:
    """Lower-cased words; punctuation separates. ASCII text takes str.translate's fast path,
    other text the words of the regex [^\W_]+ (runs of str.isalnum characters), found by
    blanking the few distinct non-word characters and splitting (several times faster)."""
    if text.isascii():
        return text.lower().translate(_PUNCT).split()
    low = text.lower()
    for char in set(low):
        if char >= "\x80" and not char.isalnum():  # ASCII ones are blanked below, bytewise
            low = low.replace(char, " ")
    return low.encode("utf-8", "surrogatepass").translate(_ASCII_WORDS).decode("utf-8", "surrogatepass").split()


def shingles(text: str) -> set[str]:
    """Word 5-grams of the lower-cased text (the whole text when shorter)."""
    return _shingles_of(tokens(text))


def overlap(words: list[str], grams: set[tuple[str, ...]]) -> tuple[int, int, int]:
    """(distinct 5-grams of `words` found in `grams`, distinct 5-grams of `words`, longest
    verbatim run in words) in one pass, without building a set for `words`."""
    if len(words) < SHINGLE:
        gram = tuple(words)
        return (1, 1, len(words)) if gram in grams else (0, 1, 0)
    seen: set[tuple[str, ...]] = set()
    shared = best = current = 0
    for gram in zip(*(words[i:] for i in range(SHINGLE))):
        if gram in grams:
            current += 1
            if current > best:
                best = current
            if gram not in seen:
                shared += 1
                seen.add(gram)
        else:
            current = 0
    return shared, len(words) - SHINGLE + 1, best + SHINGLE - 1 if best else 0


def shared_grams(words: list[str], grams: set[tuple[str, ...]]) -> tuple[int, int]:
    """The first two numbers of `overlap` (distinct shared 5-grams, 5-grams of `words`), by set
    intersection in C; the longest run (`longest_run`) is only needed for borderline overlaps."""
    if len(words) < SHINGLE:
        return (1 if tuple(words) in grams else 0), 1
    return len(grams.intersection(zip(*(words[i:] for i in range(SHINGLE))))), len(words) - SHINGLE + 1


def longest_run(words: list[str], grams: set[tuple[str, ...]]) -> int:
    """The third number of `overlap`: the longest verbatim run (in words) of `words` in `grams`."""
    return overlap(words, grams)[2]


def gram_tuples(words: list[str]) -> set[tuple[str, ...]]:
    """Word 5-grams as tuples (fast to build and compare; used to verify candidates)."""
    if len(words) < SHINGLE:
        return {tuple(words)} if words else set()
    return set(zip(*(words[i:] for i in range(SHINGLE))))


def _shingles_of(words: list[str]) -> set[str]:
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return set(map(" ".join, zip(*(words[i:] for i in range(SHINGLE)))))


def signature(grams: set[str]) -> list[int]:
    import rensa

    minhash = rensa.RMinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update(list(grams))
    return minhash.digest()


def bands(digest: list[int]) -> list[int]:
    """One signed 64-bit key per band (the band number seeds the hash)."""
    raw = struct.pack(f"<{len(digest)}I", *digest)
    step = ROWS * 4
    return [xxhash.xxh3_64_intdigest(raw[i * step:(i + 1) * step], seed=i) - (1 << 63) for i in range(BANDS)]


def _clean_name(words: list[str]) -> list[str]:
    words = [w[:-2] if w.endswith(("’s", "'s")) else w for w in words]
    while words and words[0].lower() in _SKIP_LEAD:
        words.pop(0)
    while words and words[-1].lower() in _SKIP_TAIL:
        words.pop()
    return words


def _glued(text: str, at: int, signs: set[str] | str) -> bool:
    """Is the match at `at` glued to a word character or one of `signs` before it? (What a
    look-behind would test, which the regex engine would try at every position: much slower.)"""
    before = text[at - 1] if at else " "
    return before.isalnum() or before == "_" or before in signs


def _counts(pattern: re.Pattern[str], text: str) -> Iterator[tuple[str, str]]:
    """(number, unit) of each match not glued to a word, figure or sign before it."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if _glued(text, m.start(), _NOT_BEFORE_COUNT):
            pos = m.start() + 1  # as the look-behind would: try again from the next character
            continue
        yield m[1], m[2]
        pos = m.end()


def _word_counts(low: str) -> Iterator[tuple[str, str]]:
    """`_counts` for number words ("twelve helicopters") in lower-cased text: the same matches,
    tried only at the places where a number word occurs."""
    starts: set[int] = set()
    for word in _NUMBER_WORD_LIST:
        at = low.find(word)
        while at >= 0:
            starts.add(at)
            at = low.find(word, at + 1)
    resume = 0
    for at in sorted(starts):
        if at < resume:
            continue
        m = _COUNT_WORD_AT.match(low, at)
        if m is None or _glued(low, at, _NOT_BEFORE_COUNT):
            continue
        yield m[1], m[2]
        resume = m.end()


def _names(text: str) -> Iterator[re.Match[str]]:
    """Capitalised word runs not glued to a word or a hyphen before them."""
    pos = 0
    while (m := _NAME.search(text, pos)) is not None:
        if _glued(text, m.start(), "-"):
            pos = m.start() + 1  # as a look-behind would: try again from the next character
            continue
        yield m
        pos = m.end()


def story_features(text: str) -> set[str]:
    """Features of a report that can be rare: money, counted things, and names (capitalised word
    runs and their words), each prefixed by its kind."""
    found: set[str] = set()
    low = text.lower()
    if "$" in text or "€" in text or "£" in text or "¥" in text or "USD" in text or "EUR" in text or "GBP" in text:
        coded = "usd" in low or "eur" in low or "gbp" in low or "us$" in low
        for m in chain(_MONEY_SYMBOL.finditer(text), _MONEY_CODE.finditer(text) if coded else ()):
            unit = (m[2] or "").lower()
            unit = {"million": "m", "mn": "m", "billion": "b", "bn": "b", "thousand": "k"}.get(unit, unit)
            found.add(f"$:{m[1].rstrip('.,').replace(',', '')}{unit}")
    for number, unit in chain(_counts(_COUNT_DIGITS, text), _word_counts(low)):
        unit = unit.lower()
        if unit in _COMMON_UNITS or number.isdigit() and len(number) == 4:
            continue
        found.add(f"n:{number.lower()} {unit}")
    done: set[tuple[str, bool]] = set()  # a name repeated in the same position adds nothing new
    for m in _names(text):
        start = m.start()
        sentence_start = start == 0 or text[max(0, start - 2):start].strip() in _SENTENCE_OPENERS
        name = m.group()
        if (name, sentence_start) in done:
            continue
        done.add((name, sentence_start))
        if " " not in name and "\t" not in name:  # one word (most names): _clean_name inlined
            if sentence_start:
                continue  # a capitalised word opening a sentence says nothing
            word = (name[:-2] if name.endswith(("’s", "'s")) else name).lower()
            if word not in _SKIP_LEAD and word not in _SKIP_TAIL and len(word) >= 3 and word not in _GENERIC:
                found.add("w:" + word)
            continue
        words = name.split()
        if sentence_start and words[0].lower() in _LEAD_STOP:
            words = words[1:]
            sentence_start = False
        words = _clean_name(words)
        if not words:
            continue
        if len(words) > 1:
            found.add("e:" + " ".join(words).lower())
        elif sentence_start:
            continue
        for word in words:
            low = word.lower()
            if len(low) >= 3 and low not in _GENERIC:
                found.add("w:" + low)
    return found


@dataclass
class Fingerprint:
    """What dedupe needs from a document, computed where it is parsed (possibly a worker)."""

    content_hash: str
    words: int  # how many (0: nothing to compare)
    digest: list[int]
    bands: list[int]
    features: set[str]


def fingerprint(doc: Document) -> Fingerprint:
    """Content hash, words, MinHash signature, LSH bands and story features of a cleaned document."""
    words = tokens(doc.clean_text)
    if not words:
        return Fingerprint(content_hash(doc.clean_text), 0, [], [], set())
    digest = signature(_shingles_of(words))
    return Fingerprint(content_hash(doc.clean_text), len(words), digest, bands(digest),
                       story_features(f"{doc.title or ''}\n{doc.clean_text}"))


def attach_fingerprint(doc: Document) -> None:
    """Compute the fingerprint now (kept beside the record's fields; not stored)."""
    doc.__dict__["_fingerprint"] = fingerprint(doc)


def take_fingerprint(doc: Document) -> Fingerprint:
    found = doc.__dict__.pop("_fingerprint", None)
    return found if found is not None else fingerprint(doc)


@dataclass
class Verdict:
    """What dedupe decided for one document and what to index for later ones."""

    duplicate_of: str | None = None
    near_duplicate_of: str | None = None
    cluster: str | None = None
    link_cluster: list[tuple[str, int]] = field(default_factory=list)  # (cluster, doc_id) to set on others
    digest: list[int] | None = None
    bands: list[int] = field(default_factory=list)
    features: set[str] = field(default_factory=set)
    df: dict[str, int] = field(default_factory=dict)
    full_bands: set[int] = field(default_factory=set)
    feature_weight: float = 0.0
    scores: dict[str, float] = field(default_factory=dict)


class Deduper:
    """Checks documents against the store; `index` writes their signatures (same transaction)."""

    def __init__(self, db: sqlite3.Connection, settings: Settings) -> None:
        self.db = db
        self.near = settings.near_duplicate_threshold
        self.story = settings.story_threshold
        self.algorithm = _algorithm()
        self._total: int | None = None  # documents with signatures (counted once, then kept up to date)

    def check(self, doc: Document) -> Verdict:
        verdict = Verdict()
        fp = take_fingerprint(doc)
        doc.content_hash = fp.content_hash
        if not fp.words:
            return verdict
        row = self.db.execute("SELECT key, cluster, id FROM documents WHERE content_hash = ? AND key != ? "
                              "ORDER BY id LIMIT 1", (doc.content_hash, doc.key)).fetchone()
        if row is not None:
            verdict.duplicate_of = row[0]
            verdict.cluster = row[1] or make_id("story", row[0])
            if not row[1]:
                verdict.link_cluster.append((verdict.cluster, row[2]))
            return verdict
        verdict.digest = fp.digest
        verdict.bands = fp.bands
        self._near(doc, fp, verdict)
        self._story(fp.features, verdict)
        return verdict

    def _near(self, doc: Document, fp: "Fingerprint", verdict: Verdict) -> None:
        keys = fp.bands
        grams: set[tuple[str, ...]] | None = None
        # A bucket holding more than BUCKET_CAP documents is boilerplate that many texts share: it
        # is neither counted nor grown (index() skips it), so one query returns a bounded number
        # of rows and the cost per document stays flat as the corpus grows.
        # Both steps run inside SQLite (grouping up to BANDS * BUCKET_CAP rows in Python cost more
        # than everything else here): the full buckets, then the documents with most band hits
        # in the others, ties to the oldest.
        marks = ",".join("?" * len(keys))
        verdict.full_bands.update(b for (b,) in self.db.execute(
            f"SELECT band FROM lsh_bands WHERE band IN ({marks}) GROUP BY band HAVING COUNT(*) >= {BUCKET_CAP}", keys))
        open_bands = [b for b in keys if b not in verdict.full_bands] if verdict.full_bands else keys
        rows: list[tuple[int, int]] = []
        if open_bands:
            marks = ",".join("?" * len(open_bands))
            rows = self.db.execute(f"SELECT doc_id, COUNT(*) AS hits FROM lsh_bands WHERE band IN ({marks}) "
                                   f"GROUP BY doc_id ORDER BY hits DESC, doc_id LIMIT {MAX_CANDIDATES}",
                                   open_bands).fetchall()
        best: tuple[int, str, str | None, str | None] | None = None
        for rank, (doc_id, hits) in enumerate(rows):
            if hits < MIN_BAND_HITS or rank and hits < RUNNER_UP_HITS:
                break
            other = self.db.execute("SELECT key, duplicate_of, cluster, clean_text FROM documents WHERE id = ?",
                                    (doc_id,)).fetchone()
            if other is None or other[0] == doc.key:
                continue
            if grams is None:
                grams = gram_tuples(tokens(doc.clean_text))  # only when there is something to verify
            other_words = tokens(other[3])
            shared, size = shared_grams(other_words, grams)
            if not shared:
                continue
            smaller = min(len(grams), size)
            jaccard = shared / max(1, len(grams) + size - shared)
            containment = shared / max(1, smaller)
            verdict.scores[other[0]] = round(containment, 3)
            if smaller < SHORT:
                copy = jaccard >= 0.8
            else:
                # Shared stock phrases (wire boilerplate, templates) give overlap but short runs;
                # reuse of a text gives long verbatim runs, or most of the text.
                copy = containment >= self.near and (containment >= 2 * self.near
                                                     or longest_run(other_words, grams) >= COPIED_RUN)
            if copy and (best is None or doc_id < best[0]):
                best = (doc_id, other[0], other[1], other[2])
        if best is not None:
            doc_id, key, root, cluster = best
            verdict.near_duplicate_of = root or key
            verdict.duplicate_of = root or key
            verdict.cluster = cluster or make_id("story", root or key)
            if not cluster:
                verdict.link_cluster.append((verdict.cluster, doc_id))

    def forget(self) -> None:
        """Drop cached state after documents were deleted."""
        self._total = None

    def unindex_source(self, path: str) -> None:
        """Take a file's documents out of the dedupe indexes before they are deleted."""
        self._unindex("d.source = ?", path)

    def unindex_key(self, key: str) -> None:
        """Take the document stored under `key` (if any) out of the dedupe indexes before it is replaced."""
        self._unindex("d.key = ?", key)

    def _unindex(self, where: str, value: str) -> None:
        # The band and posting tables have no doc_id index (it doubled the cost of every insert),
        # so a document's rows are found again from its signature and its features.
        counts: dict[str, int] = {}
        bands_rows: list[tuple[int, int]] = []
        postings: list[tuple[str, int]] = []
        for doc_id, title, text, blob in self.db.execute(
                "SELECT d.id, d.title, d.clean_text, s.signature FROM documents d JOIN doc_signatures s "
                f"ON s.doc_id = d.id WHERE {where}", (value,)):
            features = story_features(f"{title or ''}\n{text}")
            for feature in features:
                counts[feature] = counts.get(feature, 0) + 1
            postings += [(f, doc_id) for f in features]
            bands_rows += [(b, doc_id) for b in bands(list(struct.unpack(f"<{len(blob) // 4}I", blob)))]
        if bands_rows:
            self.db.executemany("DELETE FROM lsh_bands WHERE band = ? AND doc_id = ?", bands_rows)
        if postings:
            self.db.executemany("DELETE FROM story_features WHERE feature = ? AND doc_id = ?", postings)
        if counts:
            self.db.executemany("UPDATE feature_df SET n = n - ? WHERE feature = ?",
                                [(n, f) for f, n in counts.items()])
            self.db.executemany("DELETE FROM feature_df WHERE feature = ? AND n <= 0", [(f,) for f in counts])
        self.forget()

    def _story(self, features: set[str], verdict: Verdict) -> None:
        verdict.features = features
        if not features:
            return
        if self._total is None:
            self._total = self.db.execute("SELECT COUNT(*) FROM doc_signatures").fetchone()[0]
        total = self._total + 1
        marks = ",".join("?" * len(features))
        listed = sorted(features)
        df = dict.fromkeys(listed, 0)
        df.update(self.db.execute(f"SELECT feature, n FROM feature_df WHERE feature IN ({marks})", listed).fetchall())
        verdict.df = df
        # Rarity weight; a floor on the corpus size keeps weights sane in a small knowledge base.
        # Figures (money, counted things) say most about which event a report is about.
        weight = {f: (2.0 if f[0] in "$n" else 1.0) * math.log(1 + max(total, 50) / (1 + df[f])) for f in listed}
        verdict.feature_weight = sum(weight.values())
        if verdict.cluster is not None:
            return
        # Rare: in at most 2% of the documents (and at most POSTING_CAP); the rarest count most.
        limit = min(POSTING_CAP, max(5, int(total * 0.02)))
        rare = sorted((f for f in listed if 0 < df[f] <= limit), key=lambda f: (df[f], f))[:RARE_FEATURES]
        # The rarest features find a story; stop adding features once their postings fill the
        # budget (rows read per document stay bounded however common the rest are).
        budget = 0
        for i, feature in enumerate(rare):
            budget += df[feature]
            if budget > POSTING_BUDGET and i >= MIN_STORY_FEATURES:
                rare = rare[:i]
                break
        if len(rare) < MIN_STORY_FEATURES:
            return
        marks = ",".join("?" * len(rare))
        shared: dict[int, list[str]] = {}
        for doc_id, feature in self.db.execute(
                f"SELECT doc_id, feature FROM story_features WHERE feature IN ({marks})", rare):
            shared.setdefault(doc_id, []).append(feature)
        # Same story: several rare names in common and at least one figure.
        candidates = [d for d, common in shared.items()
                      if len(common) >= MIN_STORY_FEATURES and any(f[0] in "$n" for f in common)]
        candidates = sorted(candidates, key=lambda d: -len(shared[d]))[:MAX_CANDIDATES * 4]
        if not candidates:
            return
        marks = ",".join("?" * len(candidates))
        weights = dict(self.db.execute(f"SELECT doc_id, story_weight FROM doc_signatures WHERE doc_id IN ({marks})",
                                       candidates).fetchall())
        best: tuple[float, int] | None = None
        for doc_id in candidates:
            theirs = weights.get(doc_id) or verdict.feature_weight
            score = sum(weight[f] for f in shared[doc_id]) / math.sqrt(verdict.feature_weight * theirs)
            if score >= self.story and (best is None or score > best[0]):
                best = (score, doc_id)
        if best is not None:
            key, cluster = self.db.execute("SELECT key, cluster FROM documents WHERE id = ?", (best[1],)).fetchone()
            verdict.scores["story:" + key] = round(best[0], 3)
            verdict.cluster = cluster or make_id("story", key)
            if not cluster:
                verdict.link_cluster.append((verdict.cluster, best[1]))

    def apply(self, doc: Document, verdict: Verdict) -> None:
        doc.duplicate_of = verdict.duplicate_of
        doc.near_duplicate_of = verdict.near_duplicate_of
        doc.cluster = verdict.cluster
        if verdict.scores:
            doc.meta["dedupe_scores"] = verdict.scores

    def index(self, doc_id: int, verdict: Verdict) -> None:
        """Store the signature, LSH bands and story features of a stored document."""
        for cluster, other in verdict.link_cluster:
            self.db.execute("UPDATE documents SET cluster = ? WHERE id = ? AND cluster IS NULL", (cluster, other))
        if verdict.digest is None:
            return
        if self._total is not None:
            self._total += 1
        self.db.execute("INSERT OR REPLACE INTO doc_signatures (doc_id, algorithm, signature, story_weight) "
                        "VALUES (?,?,?,?)", (doc_id, self.algorithm, struct.pack(f"<{NUM_PERM}I", *verdict.digest),
                                             verdict.feature_weight))
        self.db.executemany("INSERT OR IGNORE INTO lsh_bands (band, doc_id) VALUES (?, ?)",
                            [(b, doc_id) for b in verdict.bands if b not in verdict.full_bands])
        # Document frequencies for every feature; postings only while a feature is still rare.
        self.db.executemany("INSERT INTO feature_df (feature, n) VALUES (?, 1) "
                            "ON CONFLICT(feature) DO UPDATE SET n = n + 1", [(f,) for f in verdict.features])
        self.db.executemany("INSERT OR IGNORE INTO story_features (feature, doc_id) VALUES (?, ?)",
                            [(f, doc_id) for f in verdict.features if verdict.df.get(f, 0) < POSTING_CAP])
