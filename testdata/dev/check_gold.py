#!/usr/bin/env python3
"""Validate the gold annotations of the development set.

usage: check_gold.py [--stats] [DEV_DIR]   (default: the folder of this script)

For every gold/NNN.json: valid JSON, "doc" equal to NNN, a NNN.txt beside it,
only the families and keys of ../shared/eval/GUIDE.md, values from its closed
vocabularies, ISO 3166-1 alpha-2 codes in upper case (checked against
../shared/data/countries/countries.json when that file is found), organisation
keys from score.py's list or an upper-case English name, match tokens lower
case and accent-free, persons of an event sorted by their first match token,
states of an event sorted. It also checks that each person's match tokens and
each city occur in the communiqué text (accent-folded), which catches typos.
Prints one line per problem and a summary; exit status 1 when a problem is found.
With --stats it also prints the documents per language (a stop-word guess) and
the facts per family and per kind/status/topic (the figures of README.md).
"""
import json
import os
import re
import sys
import unicodedata

FAMILIES = {
    "offices": {"person", "match", "of", "role"},
    "events": {"kind", "status", "states", "persons"},
    "supports": {"supporter", "subject", "topic", "stance"},
    "memberships": {"state", "org", "status"},
    "missions": {"kind", "sender", "host", "city", "status"},
    "org_hq": {"org", "state", "city"},
    "org_parent": {"org", "parent"},
}
REQUIRED = {
    "offices": {"person", "match", "of", "role"},
    "events": {"kind", "status", "states", "persons"},
    "supports": {"supporter", "subject", "topic", "stance"},
    "memberships": {"state", "org", "status"},
    "missions": {"kind", "sender", "host", "status"},
    "org_hq": {"org", "state"},
    "org_parent": {"org", "parent"},
}
ROLES = {"head_of_state", "head_of_government", "deputy_prime_minister", "foreign_minister",
         "minister", "ambassador", "secretary_general", "official"}
KINDS = {"phone_call", "meeting", "visit", "agreement", "credentials", "consultations", "message", "other"}
STATUS_EVENT = {"held", "planned"}
TOPICS = {"territorial_integrity", "sovereignty", "autonomy_plan", "candidacy", "other"}
STANCES = {"support", "recognize", "oppose"}
STATUS_MEMBER = {"member", "joined", "applied", "observer", "left"}
STATUS_MISSION = {"announced", "opened", "exists", "closed"}
MISSION_KINDS = {"embassy", "consulate"}
# Organisation keys of ../shared/eval/score.py (ORG_ALIASES); others must be an
# upper-case English name (or a usual English acronym) in score.py's folded
# form (letters, digits, single spaces), never "AU".
SCORER_ORGS = {"UN", "UNSC", "UNHRC", "UNGA", "AFRICAN UNION", "OIC", "IOFS", "ECOWAS", "EU", "NATO",
               "AMU", "G5S", "GCC", "LAS", "OSCE", "CICA", "SCO", "BRICS", "WHO", "IAEA", "BAYT MAL AL QUDS"}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def load_iso2(here):
    for cand in (os.path.join(here, "..", "..", "..", "shared", "data", "countries", "countries.json"),
                 "/work/shared/data/countries/countries.json"):
        if os.path.exists(cand):
            with open(cand, encoding="utf-8") as f:
                return {c["cca2"] for c in json.load(f)}
    return None


class Checker:
    def __init__(self, iso2):
        self.iso2 = iso2
        self.problems = []
        self.orgs_seen = set()

    def bad(self, name, msg):
        self.problems.append(f"{name}: {msg}")

    def state(self, name, where, v, allow_org=False):
        if isinstance(v, str) and re.fullmatch(r"[A-Z]{2}", v) and (self.iso2 is None or v in self.iso2):
            return
        if allow_org and self.org(name, where, v, quiet=True):
            return
        self.bad(name, f"{where}: {v!r} is not an upper-case ISO2 code" + (" or organisation key" if allow_org else ""))

    def org(self, name, where, v, quiet=False):
        # score.py compares organisations by fold(name).upper(): a key must already be in that form
        ok = isinstance(v, str) and v not in ("AU", "") and \
            (v in SCORER_ORGS or len(v) > 2 and v == fold(v).upper())
        if ok:
            self.orgs_seen.add(v)
        elif not quiet:
            self.bad(name, f"{where}: {v!r} is not an organisation key")
        return ok

    def check(self, path, text):
        name = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as f:
                g = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            self.bad(name, f"not valid JSON: {e}")
            return None
        if not isinstance(g, dict):
            self.bad(name, "top level is not an object")
            return None
        stem = os.path.splitext(name)[0]
        if g.get("doc") != stem:
            self.bad(name, f"doc is {g.get('doc')!r}, want {stem!r}")
        for k in g:
            if k not in FAMILIES and k not in ("doc", "doubtful"):
                self.bad(name, f"unknown key {k!r}")
        if "doubtful" in g and not (isinstance(g["doubtful"], list) and all(isinstance(x, str) for x in g["doubtful"])):
            self.bad(name, "doubtful must be a list of strings")
        ftext = " " + fold(text) + " " if text is not None else None
        for fam, keys in FAMILIES.items():
            items = g.get(fam, [])
            if not isinstance(items, list):
                self.bad(name, f"{fam} is not a list")
                continue
            seen = set()
            for i, it in enumerate(items):
                where = f"{fam}[{i}]"
                if not isinstance(it, dict):
                    self.bad(name, f"{where} is not an object")
                    continue
                for k in it:
                    if k not in keys:
                        self.bad(name, f"{where}: unknown key {k!r}")
                for k in REQUIRED[fam]:
                    if k not in it:
                        self.bad(name, f"{where}: missing {k!r}")
                dup = json.dumps(it, sort_keys=True)
                if dup in seen:
                    self.bad(name, f"{where}: duplicate entry")
                seen.add(dup)
                getattr(self, "check_" + fam)(name, where, it, ftext)
        return g

    def tokens_in_text(self, name, where, toks, ftext):
        if ftext is None:
            return
        if not any(" " + fold(t) + " " in ftext for t in toks):
            self.bad(name, f"{where}: none of the match tokens {toks} occurs in the text")

    def check_offices(self, name, where, it, ftext):
        m = it.get("match")
        if not (isinstance(m, list) and m and all(isinstance(t, str) and t == fold(t) and t for t in m)):
            self.bad(name, f"{where}: match must be a non-empty list of lower-case accent-free tokens: {m!r}")
        else:
            self.tokens_in_text(name, where, m, ftext)
        if not isinstance(it.get("person"), str) or not it.get("person"):
            self.bad(name, f"{where}: person must be a name")
        self.state(name, where + ".of", it.get("of"), allow_org=True)
        if it.get("role") not in ROLES:
            self.bad(name, f"{where}: role {it.get('role')!r} not in vocabulary")

    def check_events(self, name, where, it, ftext):
        if it.get("kind") not in KINDS:
            self.bad(name, f"{where}: kind {it.get('kind')!r}")
        if it.get("status") not in STATUS_EVENT:
            self.bad(name, f"{where}: status {it.get('status')!r}")
        st = it.get("states")
        if not isinstance(st, list):
            self.bad(name, f"{where}: states must be a list")
        else:
            for s in st:
                self.state(name, where + ".states", s)
            if st != sorted(st):
                self.bad(name, f"{where}: states not sorted: {st}")
            if len(set(st)) != len(st):
                self.bad(name, f"{where}: repeated state")
        ps = it.get("persons")
        if not isinstance(ps, list) or not all(isinstance(p, str) and p == fold(p) and p for p in ps):
            self.bad(name, f"{where}: persons must be lower-case accent-free match tokens: {ps!r}")
        else:
            if ps != sorted(ps):
                self.bad(name, f"{where}: persons not sorted: {ps}")
            for p in ps:
                self.tokens_in_text(name, where + ".persons", [p], ftext)

    def check_supports(self, name, where, it, ftext):
        self.state(name, where + ".supporter", it.get("supporter"), allow_org=True)
        self.state(name, where + ".subject", it.get("subject"), allow_org=True)
        if it.get("topic") not in TOPICS:
            self.bad(name, f"{where}: topic {it.get('topic')!r}")
        if it.get("stance") not in STANCES:
            self.bad(name, f"{where}: stance {it.get('stance')!r}")

    def check_memberships(self, name, where, it, ftext):
        self.state(name, where + ".state", it.get("state"))
        self.org(name, where + ".org", it.get("org"))
        if it.get("status") not in STATUS_MEMBER:
            self.bad(name, f"{where}: status {it.get('status')!r}")

    def check_missions(self, name, where, it, ftext):
        if it.get("kind") not in MISSION_KINDS:
            self.bad(name, f"{where}: kind {it.get('kind')!r}")
        self.state(name, where + ".sender", it.get("sender"))
        if it.get("host") is not None:
            self.state(name, where + ".host", it.get("host"))
        elif not it.get("city"):
            self.bad(name, f"{where}: neither host nor city")
        if it.get("status") not in STATUS_MISSION:
            self.bad(name, f"{where}: status {it.get('status')!r}")
        if it.get("city"):
            self.tokens_in_text(name, where + ".city", [it["city"]], ftext)

    def check_org_hq(self, name, where, it, ftext):
        self.org(name, where + ".org", it.get("org"))
        self.state(name, where + ".state", it.get("state"))
        if it.get("city"):
            self.tokens_in_text(name, where + ".city", [it["city"]], ftext)

    def check_org_parent(self, name, where, it, ftext):
        self.org(name, where + ".org", it.get("org"))
        self.org(name, where + ".parent", it.get("parent"))


STOPWORDS = {
    "fr": {"le", "la", "les", "des", "du", "et", "avec", "une", "est", "pour", "au"},
    "en": {"the", "and", "of", "with", "to", "for", "on", "was", "his", "its", "is"},
    "es": {"el", "los", "las", "del", "y", "con", "una", "por", "para", "que", "su"},
}


def guess_lang(text):
    words = re.findall(r"[a-záéíóúñàâçèêëîïôûü]+", text.lower())
    scores = {lang: sum(w in sw for w in words) for lang, sw in STOPWORDS.items()}
    return max(scores, key=scores.get)


def stats(dev, golds):
    from collections import Counter
    langs = Counter()
    words = []
    sub = {fam: Counter() for fam in FAMILIES}
    field = {"events": "kind", "supports": "topic", "memberships": "status", "missions": "status",
             "offices": "role"}
    for n in golds:
        stem = os.path.splitext(n)[0]
        with open(os.path.join(dev, stem + ".txt"), encoding="utf-8") as f:
            text = f.read()
        langs[guess_lang(text)] += 1
        words.append(len(text.split()))
        with open(os.path.join(dev, "gold", n), encoding="utf-8") as f:
            g = json.load(f)
        for fam in FAMILIES:
            for it in g.get(fam, []):
                key = it.get(field[fam], "") if fam in field else "-"
                if fam == "events":
                    key += "/" + it.get("status", "")
                if fam == "supports":
                    key += "/" + it.get("stance", "")
                sub[fam][key] += 1
    print(f"documents: {len(golds)}; by language: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    if words:
        print(f"words per document: min {min(words)}, max {max(words)}, mean {sum(words) / len(words):.0f}")
    for fam in FAMILIES:
        total = sum(sub[fam].values())
        scored = total - sum(v for k, v in sub[fam].items() if k.startswith("other/")) if fam == "events" else total
        detail = ", ".join(f"{k}={v}" for k, v in sorted(sub[fam].items()) if k != "-")
        print(f"{fam}: {total}" + (f" ({scored} scored)" if scored != total else "") + (f" — {detail}" if detail else ""))


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    want_stats = "--stats" in argv
    argv = [a for a in argv if a != "--stats"]
    dev = argv[1] if len(argv) > 1 else here
    gold_dir = os.path.join(dev, "gold")
    c = Checker(load_iso2(here))
    if c.iso2 is None:
        print("warning: countries.json not found; ISO2 codes checked for shape only", file=sys.stderr)
    golds = sorted(n for n in os.listdir(gold_dir) if n.endswith(".json"))
    texts = sorted(n for n in os.listdir(dev) if n.endswith(".txt"))
    for t in texts:
        if os.path.splitext(t)[0] + ".json" not in golds:
            c.bad(t, "communiqué without a gold file")
    counts = {fam: 0 for fam in FAMILIES}
    for n in golds:
        tpath = os.path.join(dev, os.path.splitext(n)[0] + ".txt")
        text = None
        if os.path.exists(tpath):
            with open(tpath, encoding="utf-8") as f:
                text = f.read()
        else:
            c.bad(n, "gold file without a communiqué")
        g = c.check(os.path.join(gold_dir, n), text)
        if g:
            for fam in FAMILIES:
                counts[fam] += len(g.get(fam, []) if isinstance(g.get(fam), list) else [])
    for p in c.problems:
        print(p)
    print(f"{len(golds)} gold files, {len(c.problems)} problems; " +
          ", ".join(f"{k}={v}" for k, v in counts.items()))
    print("organisation keys used: " + ", ".join(sorted(c.orgs_seen)))
    if want_stats and not c.problems:
        stats(dev, golds)
    return 1 if c.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
