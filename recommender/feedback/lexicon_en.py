"""English sentiment lexicon: VADER's lexicon (shipped by vaderSentiment) plus review words
and phrases written for this project that VADER misses ("stopped working", "waste of money").
"""

from __future__ import annotations

from functools import lru_cache

ADDITIONS: dict[str, float] = {
    "broke": -2.0, "broken": -2.0, "flimsy": -2.0, "junk": -3.0, "defective": -2.5,
    "overpriced": -2.0, "refund": -0.5, "returned": -1.0, "returning": -1.0,
    "unusable": -3.0, "useless": -2.5, "poorly": -2.0, "cheaply": -1.5, "mediocre": -2.0,
    "disappointing": -2.5, "disappointed": -2.5, "disappointment": -2.5, "waste": -2.0,
    "wasted": -2.0, "rip": -0.5, "ripoff": -3.0, "faulty": -2.5, "malfunction": -2.0,
    "malfunctioned": -2.0, "leaks": -1.5, "leaked": -1.5, "leaking": -1.5, "cracked": -2.0,
    "scratched": -1.5, "dented": -1.5, "damaged": -2.0, "late": -1.0, "delayed": -1.5,
    "rude": -2.5, "unhelpful": -2.5, "unreliable": -2.0, "mess": -2.0, "bland": -1.5,
    "tasteless": -2.0, "stale": -2.0, "soggy": -1.5, "overcooked": -1.5, "undercooked": -2.0,
    "greasy": -1.5, "cold": -0.5, "lukewarm": -1.2, "noisy": -1.5, "uncomfortable": -2.0,
    "overrated": -2.0, "pointless": -2.0, "tedious": -2.0, "boring": -2.0, "dull": -1.8,
    "predictable": -1.2, "cliched": -1.5, "cheesy": -1.0, "lame": -2.0, "awful": -3.0,
    "sturdy": 1.5, "durable": 1.5, "reliable": 1.5, "works": 1.0, "worked": 0.8,
    "recommend": 1.8, "recommended": 1.8, "delicious": 3.0, "tasty": 2.0, "yummy": 2.5,
    "fresh": 1.2, "friendly": 2.0, "attentive": 1.8, "prompt": 1.5, "promptly": 1.5,
    "quick": 1.2, "quickly": 1.0, "fast": 1.2, "comfortable": 2.0, "comfy": 2.0,
    "gorgeous": 3.0, "stunning": 3.0, "masterpiece": 3.0, "gem": 2.5, "must": 0.3,
    "flawless": 3.0, "flawlessly": 3.0, "seamless": 2.0, "worth": 1.5, "bargain": 1.5,
    "pricey": -1.0, "expensive": -1.0, "cheap": 0.0, "crap": -3.0, "crappy": -3.0,
    "garbage": -3.0, "trash": -3.0, "meh": -1.5, "fine": 0.8, "decent": 1.2,
    "mistake": -1.8, "regret": -2.0, "avoid": -2.0, "refunded": -0.5, "stopped": -0.5,
    "hated": -3.0, "loved": 3.0, "lovely": 2.8, "excellent": 3.2, "superb": 3.0,
    "inedible": -3.0, "dirty": -2.0, "filthy": -3.0, "slow": -1.2, "sloppy": -2.0,
    "rash": -1.5, "burned": -1.5, "burnt": -1.5, "overheats": -2.0, "overheated": -2.0,
    "poor": -2.0, "well": 0.3, "unwatchable": -3.0, "underwhelming": -2.0, "wonderful": 3.0,
}

PHRASES: dict[tuple[str, ...], float] = {
    ("stopped", "working"): -2.5, ("quit", "working"): -2.5, ("doesn't", "work"): -2.5,
    ("does", "not", "work"): -2.5, ("didn't", "work"): -2.5, ("did", "not", "work"): -2.5,
    ("not", "working"): -2.5, ("won't", "turn", "on"): -2.5, ("never", "arrived"): -2.5,
    ("fell", "apart"): -2.5, ("piece", "of", "junk"): -3.0, ("piece", "of", "crap"): -3.0,
    ("waste", "of", "money"): -3.0, ("waste", "of", "time"): -3.0, ("money", "back"): -1.5,
    ("returned", "it"): -1.5, ("sent", "it", "back"): -1.5, ("sending", "it", "back"): -1.5,
    ("would", "not", "recommend"): -2.5, ("wouldn't", "recommend"): -2.5,
    ("do", "not", "recommend"): -2.5, ("don't", "recommend"): -2.5, ("do", "not", "buy"): -2.5,
    ("don't", "buy"): -2.5, ("don't", "waste"): -2.5, ("do", "not", "waste"): -2.5,
    ("as", "described"): 1.0, ("five", "stars"): 2.5, ("5", "stars"): 2.5,
    ("one", "star"): -2.0, ("1", "star"): -2.0, ("zero", "stars"): -3.0,
    ("not", "bad"): 1.5, ("not", "too", "bad"): 1.2, ("not", "that", "bad"): 1.0,
    ("no", "complaints"): 1.8, ("no", "problems"): 1.2, ("no", "issues"): 1.2,
    ("not", "only"): 0.0, ("no", "doubt"): 0.5, ("without", "a", "doubt"): 0.5,
    ("works", "great"): 2.5, ("works", "perfectly"): 2.5, ("works", "well"): 2.0,
    ("worth", "every", "penny"): 3.0, ("not", "worth"): -2.0, ("isn't", "worth"): -2.0,
    ("wasn't", "worth"): -2.0, ("poor", "quality"): -2.5, ("good", "quality"): 2.0,
    ("great", "value"): 2.5, ("good", "value"): 2.0, ("bang", "for", "the", "buck"): 1.5,
    ("could", "have", "been", "better"): -1.5, ("could", "be", "better"): -1.2,
    ("not", "impressed"): -2.0, ("not", "happy"): -2.0, ("not", "worth", "it"): -2.5,
    ("went", "wrong"): -2.0, ("gave", "up"): -1.5, ("ran", "out"): -0.5,
    ("would", "buy", "again"): 2.0, ("will", "buy", "again"): 2.0, ("buy", "again"): 1.5,
    ("come", "back"): 1.0, ("coming", "back"): 1.0, ("never", "again"): -2.5,
    ("never", "go", "back"): -2.5, ("won't", "be", "back"): -2.5, ("will", "not", "be", "back"):
    -2.5, ("not", "coming", "back"): -2.5, ("hard", "to", "beat"): 2.0,
    ("fell", "asleep"): -1.5, ("walked", "out"): -2.0, ("too", "small"): -1.0,
    ("too", "big"): -1.0, ("too", "long"): -1.0, ("too", "short"): -1.0,
    ("so", "so"): -0.8, ("just", "ok"): -0.5, ("just", "okay"): -0.5, ("ok", "i", "guess"): -0.5,
    ("broke", "after"): -2.5, ("cheaply", "made"): -2.5, ("well", "made"): 2.0,
    ("highly", "recommend"): 3.0, ("highly", "recommended"): 3.0, ("love", "it"): 3.0,
    ("must", "have"): 2.0, ("must", "see"): 2.5, ("a", "must"): 2.0, ("top", "notch"): 3.0,
}


@lru_cache(maxsize=1)
def vader_words() -> dict[str, float]:
    """VADER's lexicon merged with the project's additions (additions win)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    words: dict[str, float] = dict(SentimentIntensityAnalyzer().lexicon)
    words.update(ADDITIONS)
    return words

ADDITIONS.update({
    "musty": -2.0, "stained": -2.0, "stains": -1.5, "stain": -1.2, "wobbly": -1.8,
    "wobbles": -1.5, "squeaky": -1.5, "squeaks": -1.5, "tiny": -0.5, "faded": -1.2,
    "fades": -1.0, "outdated": -1.5, "clunky": -1.8, "glitchy": -2.0, "buggy": -2.0,
    "laggy": -2.0, "crashes": -2.0, "crashed": -2.0, "freezes": -2.0, "froze": -1.8,
    "smelly": -2.0, "stinks": -2.5, "moldy": -2.5, "mouldy": -2.5, "rusty": -1.8,
    "rusted": -1.8, "peeling": -1.5, "chipped": -1.8, "ripped": -1.8, "frayed": -1.8,
    "unstable": -1.8, "rattles": -1.5, "shrank": -2.0, "shrunk": -2.0, "overcharged": -2.5,
    "scam": -3.0, "incomplete": -1.8, "missing": -1.2, "lasts": 0.8, "lasted": 0.3,
    "cozy": 2.0, "cosy": 2.0, "spotless": 2.5, "immaculate": 2.5, "gripping": 2.5,
    "captivating": 2.5, "charming": 2.5, "snug": 1.5, "spacious": 1.8, "roomy": 1.5,
    "crisp": 1.5, "vibrant": 2.0, "sleek": 1.8, "handy": 1.8, "versatile": 1.8,
    "knowledgeable": 2.0, "intuitive": 2.0, "courteous": 2.0, "accommodating": 2.0,
    "support": 0.0, "unforgettable": 3.0, "heartwarming": 2.5, "riveting": 2.5,
    "forgettable": -2.0, "dragged": -1.5, "drags": -1.5,
    "underwhelmed": -2.0, "overwhelmed": -1.0, "dated": -1.2, "cramped": -1.8,
    "unprofessional": -2.5, "uninspired": -2.0, "tasteful": 1.5, "pleasant": 2.0,
    "generous": 2.0, "affordable": 1.5, "reasonable": 1.2,
    "inexpensive": 1.0, "sturdier": 1.0, "flimsier": -1.5, "defect": -2.0, "defects": -2.0,
})
PHRASES.update({
    ("on", "hold"): -1.5, ("hung", "up"): -2.0, ("can't", "recommend", "enough"): 3.0,
    ("cannot", "recommend", "enough"): 3.0, ("can't", "recommend", "it", "enough"): 3.0,
    ("can't", "recommend", "this", "enough"): 3.0, ("wouldn't", "buy"): -2.0,
    ("would", "not", "buy"): -2.0, ("won't", "buy"): -2.0, ("will", "not", "buy"): -2.0,
    ("never", "buy"): -2.0, ("page", "turner"): 2.5, ("never", "answered"): -2.0,
    ("never", "replied"): -2.0, ("never", "responded"): -2.0, ("no", "response"): -2.0,
    ("didn't", "respond"): -2.0, ("did", "not", "respond"): -2.0, ("no", "reply"): -2.0,
    ("nothing", "like", "the", "picture"): -2.5, ("nothing", "like", "the", "photo"): -2.5,
    ("looks", "nothing", "like"): -2.5, ("looked", "nothing", "like"): -2.5,
    ("fits", "perfectly"): 2.5, ("fit", "perfectly"): 2.5, ("on", "time"): 1.0,
    ("ahead", "of", "schedule"): 1.5, ("in", "perfect", "condition"): 2.0,
    ("falling", "apart"): -2.5, ("came", "apart"): -2.0, ("gave", "out"): -2.0,
    ("died", "after"): -2.5, ("stopped", "charging"): -2.5, ("no", "longer", "works"): -2.5,
    ("doesn't", "fit"): -1.5, ("didn't", "fit"): -1.5, ("does", "not", "fit"): -1.5,
    ("not", "as", "described"): -2.0, ("not", "as", "pictured"): -2.0,
    ("leaves", "a", "lot", "to", "be", "desired"): -2.5, ("left", "a", "lot", "to", "be",
                                                          "desired"): -2.5,
    ("not", "recommended"): -2.5, ("highly", "disappointed"): -3.0,
})

ADDITIONS.update({
    "juicy": 2.0, "crispy": 1.5, "crunchy": 1.2, "tender": 1.5, "flavorful": 2.5,
    "flavourful": 2.5, "breathtaking": 3.0, "heartfelt": 2.5, "touching": 2.0,
    "letdown": -2.5, "clueless": -2.5, "fiasco": -3.0, "forgot": -1.5, "forgotten": -1.0,
    "easier": 1.5, "easily": 0.8, "skip": -1.2, "crushed": -2.0, "shattered": -2.0,
    "smell": -0.5, "odor": -0.8, "odour": -0.8, "risk": -1.5, "itchy": -1.5,
    "scratchy": -1.5, "ruined": -2.5, "ruins": -2.5, "breeze": 1.5, "steal": 0.0,
    "thin": -0.5, "flimsy": -2.0, "bored": -2.0, "pointless": -2.0, "mess": -2.0,
})
PHRASES.update({
    ("a", "steal"): 2.5, ("couldn't", "be", "happier"): 3.0, ("could", "not", "be", "happier"):
    3.0, ("couldn't", "be", "more"): 2.5, ("could", "not", "be", "more"): 2.5,
    ("couldn't", "ask", "for"): 2.0, ("had", "better"): -1.5, ("seen", "better"): -1.5,
    ("bought", "more"): 1.5, ("bought", "another"): 1.5, ("ordered", "another"): 1.5,
    ("bought", "two", "more"): 1.5, ("bought", "three", "more"): 1.5, ("save", "yourself"): -1.5,
    ("doesn't", "come", "close"): -2.0, ("does", "not", "come", "close"): -2.0,
    ("last", "longer"): 1.5, ("lasts", "longer"): 1.5, ("last", "much", "longer"): 1.5,
    ("high", "hopes"): -1.0, ("in", "pieces"): -2.0, ("a", "breeze"): 2.0,
    ("keep", "coming", "back"): 2.0, ("never", "disappoints"): 2.5, ("never", "fails"): 2.0,
    ("does", "the", "job"): 1.2, ("does", "the", "trick"): 1.2, ("paper", "thin"): -1.5,
    ("nothing", "to", "complain", "about"): 1.8, ("can't", "complain"): 1.5,
    ("no", "regrets"): 2.0, ("made", "my", "day"): 2.5, ("a", "must"): 2.0,
})

ADDITIONS.update({
    "complaint": -1.5, "complaints": -1.5, "dishwater": -2.5, "overheating": -2.0,
    "overheat": -2.0, "kink": -1.0, "kinks": -1.0, "unplayable": -3.0, "lifesaver": 2.5,
    "clumps": -1.5, "flakes": -1.2, "flaking": -1.5, "rubbery": -1.5, "terrific": 3.0,
    "cringeworthy": -2.5, "cringe": -2.0, "leaked": -1.5, "snapped": -1.5, "greasy": -1.5,
})
PHRASES.update({
    ("at", "best"): -1.0, ("like", "a", "charm"): 2.5, ("goes", "crazy", "for"): 2.0,
    ("go", "crazy", "for"): 2.0, ("hands", "down"): 1.5, ("out", "of", "this", "world"): 3.0,
    ("pay", "double"): 1.5, ("never", "get", "back"): -2.0, ("never", "showed", "up"): -2.5,
    ("never", "comes"): -1.5, ("never", "came"): -1.5, ("worth", "the", "wait"): 2.0,
})

ADDITIONS.update({
    "tacky": -2.0, "clumsy": -2.0, "typos": -1.5, "jams": -1.5, "jammed": -1.5,
    "solid": 1.5, "worried": -1.0, "flawed": -1.5, "fault": -1.5, "outstanding": 3.0,
})
PHRASES.update({
    ("worst", "enemy"): -2.0, ("sorted", "out"): 1.5, ("sorted", "it", "out"): 1.5,
    ("can't", "fault"): 2.0, ("cannot", "fault"): 2.0, ("nothing", "to", "fault"): 2.0,
})

ADDITIONS.update({
    "squeal": -1.5, "squeals": -1.5, "squealing": -1.5, "slip": -1.0, "slips": -1.0,
    "sticks": -1.0, "scratch": -1.2, "scratches": -1.2, "safe": 1.2, "sturdily": 1.5,
})
PHRASES.update({
    ("no", "risk"): 1.5, ("without", "risk"): 1.5, ("no", "danger"): 1.5,
    ("expected", "more"): -1.8, ("expected", "much", "more"): -1.8,
    ("expected", "a", "lot", "more"): -1.8, ("expected", "better"): -1.8,
    ("took", "the", "time"): 1.5, ("take", "the", "time"): 1.2, ("mint", "condition"): 2.0,
    ("like", "new"): 1.5, ("non", "stop"): 0.0, ("quality", "is", "there"): 1.5,
})

PHRASES.update({("let", "me", "down"): -2.0, ("let", "us", "down"): -2.0,
                ("in", "no", "time"): 1.5, ("fixed", "it"): 1.0})

ADDITIONS.update({"allergic": -2.0, "rash": -2.0, "burning": -1.5, "toxic": -2.5,
                  "flavour": 1.0, "flavor": 1.0, "rattled": -1.5, "rattling": -1.5})

ADDITIONS.update({"tear": -1.0, "tears": -1.0, "shed": -1.0, "sheds": -1.0})
PHRASES.update({
    ("won't", "be", "ordering"): -2.0, ("won't", "order"): -2.0, ("will", "not", "order"): -2.0,
    ("won't", "be", "buying"): -2.0, ("never", "order"): -2.0, ("smaller", "than"): -1.2,
    ("lead", "free"): 1.5, ("keep", "asking"): 1.0,
})

# Round 8 gaps, generalised: everyday product vocabulary, undesirable events whose negation is
# praise ("never smudges", "doesn't bleed"), and idioms whose words mislead ("killer deal").
ADDITIONS.update({
    "plush": 2.0, "smooth": 1.2, "smoothly": 1.5, "quiet": 1.0, "quietly": 1.0,
    "effortless": 2.0, "effortlessly": 2.0, "evenly": 1.0, "softer": 1.2, "roomy": 1.5,
    "glide": 1.2, "glides": 1.2, "lightweight": 1.0, "spotless": 2.0, "snug": 0.8,
    "smudge": -1.2, "smudges": -1.2, "smudged": -1.2, "smear": -1.0, "smears": -1.0,
    "bleed": -1.0, "bleeds": -1.0, "wobble": -1.5, "wobbles": -1.5, "wobbled": -1.5,
    "sag": -1.8, "sags": -1.8, "sagged": -1.8, "sagging": -1.8, "pilled": -1.5,
    "pilling": -1.5, "pills": -0.5, "squeak": -1.2, "squeaks": -1.5, "squeaked": -1.2,
    "headache": -1.5, "headaches": -1.5, "pinch": -1.2, "pinches": -1.2, "peeling": -1.5,
    "peeled": -1.5, "flaking": -1.5, "flaked": -1.5, "rickety": -2.0, "jams": -1.5,
    "jammed": -1.5, "clogged": -1.5, "clogs": -1.5, "warped": -2.0, "faded": -1.5,
})
PHRASES.update({
    ("killer", "deal"): 2.5, ("killer", "price"): 2.5, ("hot", "item"): 1.5,
    ("exactly", "what", "i", "wanted"): 2.5, ("exactly", "what", "i", "needed"): 2.5,
    ("just", "what", "i", "wanted"): 2.5, ("just", "what", "i", "needed"): 2.5,
    ("looks", "cheap"): -2.0, ("feels", "cheap"): -2.0, ("look", "cheap"): -2.0,
    ("feel", "cheap"): -2.0, ("no", "questions", "asked"): 2.0, ("ten", "out", "of", "ten"): 3.0,
    ("10", "out", "of", "10"): 3.0, ("10", "10"): 3.0, ("can't", "fault"): 2.5,
    ("cannot", "fault"): 2.5, ("keeps", "its", "shape"): 1.5, ("kept", "its", "shape"): 1.5,
    ("holds", "its", "shape"): 1.5, ("lost", "its", "shape"): -2.0, ("went", "flat"): -2.0,
    ("goes", "flat"): -2.0, ("falls", "off"): -2.0, ("fell", "off"): -2.0,
    ("falling", "off"): -2.0, ("came", "off"): -1.5, ("comes", "off"): -1.5,
    ("came", "apart"): -2.5, ("comes", "apart"): -2.5, ("pain", "is", "gone"): 2.0,
    ("pain", "went", "away"): 2.0, ("no", "more", "pain"): 2.0, ("rock", "solid"): 2.5,
    ("takes", "forever"): -2.0, ("took", "forever"): -2.0, ("had", "to", "return"): -2.0,
})
ADDITIONS.update({"issue": -1.0, "undone": -1.5, "scuffed": -1.5, "scuffs": -1.2,
                  "scuff": -1.2})
PHRASES.update({
    ("on", "the", "tin"): 2.0, ("holds", "up"): 1.2, ("held", "up"): 1.2, ("came", "undone"): -2.0,
    ("in", "one", "piece"): 1.2, ("a", "joke"): -2.0, ("brand", "new"): 1.0,
    ("barely", "lasted"): -2.0, ("only", "lasted"): -2.0, ("get", "what", "you", "pay"): 0.0,
    ("sent", "back"): -1.5, ("hasn't", "let", "me", "down"): 2.0, ("never", "let", "me", "down"): 2.0,
    ("won't", "let", "you", "down"): 2.0, ("didn't", "let", "me", "down"): 1.5,
    ("nothing", "like"): -1.5, ("stays", "put"): 1.5, ("doesn't", "stay", "put"): -2.0,
    ("won't", "stay", "put"): -2.0, ("in", "a", "heartbeat"): 2.0,
})
PHRASES.update({("looks", "like"): 0.0, ("look", "like"): 0.0, ("looked", "like"): 0.0,
                ("seems", "like"): 0.0, ("feels", "like"): 0.0})
# Round 9 gaps, generalised (slang praise, negatable wear-and-tear words).
ADDITIONS.update({"tarnish": -1.5, "tarnished": -1.5, "tarnishes": -1.5, "warp": -1.5,
                  "warping": -1.5, "warps": -1.5, "flicker": -1.5, "flickers": -1.5,
                  "flickering": -1.5, "streaky": -1.5, "streaks": -1.0, "musty": -2.0,
                  "creaks": -1.2, "creaky": -1.5, "rusted": -2.0, "rusty": -1.8})
PHRASES.update({
    ("broken", "in"): 1.0, ("killer", "spot"): 2.5, ("killer", "view"): 2.5,
    ("killer", "views"): 2.5, ("killer", "sound"): 2.5, ("killer", "value"): 2.5,
    ("killer", "look"): 2.5, ("are", "fire"): 2.0, ("is", "fire"): 2.0, ("run", "out", "fast"): -1.5,
    ("runs", "out", "fast"): -1.5, ("ran", "out", "fast"): -1.5, ("years", "old"): -0.5,
})
ADDITIONS.update({"killer": 1.5, "dies": -1.5, "yellowed": -1.5, "painless": 1.5})
PHRASES.update({("without", "asking"): 1.0, ("without", "even", "asking"): 1.5,
                ("without", "me", "even", "asking"): 1.5, ("in", "one", "pass"): 1.5,
                ("in", "two", "clicks"): 1.5, ("in", "one", "click"): 1.5,
                ("weed", "killer"): 0.0, ("serial", "killer"): 0.0})
ADDITIONS.update({"binned": -2.0, "bent": -1.2, "hissing": -1.0, "sputters": -1.5,
                  "intuitive": 1.8, "fragrant": 1.5, "reassuring": 1.5})
PHRASES.update({("does", "nothing"): -2.0, ("did", "nothing"): -2.0, ("not", "worth", "the", "hype"): -2.5,
                ("more", "expensive", "than", "it"): 1.0, ("in", "half", "the", "time"): 1.5,
                ("cut", "through"): 1.0, ("block", "out"): 1.0, ("blocks", "out"): 1.0})
# Service told as a verdict: "zero fuss", "hassle-free"; UK slang "gutted", "lush", "rip-off".
ADDITIONS.update({"gutted": -2.0, "lush": 2.0})
PHRASES.update({("zero", "fuss"): 1.5, ("no", "fuss"): 1.5, ("without", "any", "fuss"): 1.5,
                ("without", "fuss"): 1.5, ("hassle", "free"): 1.5, ("rip", "off"): -2.5})
# "...said no one ever" turns the praise before it into sarcasm; "fair play", "legends" (UK).
ADDITIONS.update({"legends": 2.5, "legend": 2.0})
PHRASES.update({("said", "no", "one", "ever"): -4.0, ("said", "nobody", "ever"): -4.0,
                ("fair", "play"): 1.5, ("cheers", "for", "that"): -1.5})
# "Wouldn't bother", "don't bother": advice to stay away (not a negated "bother").
PHRASES.update({("wouldn't", "bother"): -2.0, ("would", "not", "bother"): -2.0,
                ("don't", "bother"): -2.0, ("do", "not", "bother"): -2.0})
