"""Helpers for the hand-written batch files c*.py.

An article is written as a list of paragraphs, each a list of sentences. A fact names its
quote by sentence reference: "2.1" is paragraph 2, sentence 1 (1-based); "2.1-3.2" is the
contiguous run from 2.1 to 3.2 (sentences joined by a space inside a paragraph and by a blank
line across paragraphs). The quote is then the literal sentence text, which build.py checks
against the article text.
"""


def M(amount, currency):
    return {"amount": amount, "currency": currency}


def _quote(paras, ref):
    flat = [(p, s) for p, para in enumerate(paras) for s in range(len(para))]
    def idx(r):
        p, s = r.split(".")
        return flat.index((int(p) - 1, int(s) - 1))
    a, _, b = ref.partition("-")
    i, j = idx(a), idx(b or a)
    out, prev = "", None
    for p, s in flat[i:j + 1]:
        if prev is not None:
            out += " " if p == prev else "\n\n"
        out += paras[p][s]
        prev = p
    return out


def art(id, url, title, published, paras, facts):
    text = "\n\n".join(" ".join(p) for p in paras)
    return dict(id=id, url=url, title=title, published=published, text=text,
                facts=[(typ, _quote(paras, ref), roles) for typ, ref, roles in facts])
