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
