"""The paraphrase-aware layer: the real multilingual encoder, the semantic models and their
place in the local analyser (exact shortcuts, recall on harm the patterns do not know)."""

from __future__ import annotations

import copy
from collections.abc import Sequence

import numpy as np
import pytest

from assistant.errors import AssistantError
from assistant.settings import Settings
from recommender.feedback.analyser import LocalFeedbackAnalyser
from recommender.feedback.encoder import SentenceEncoder, default_encoder
from recommender.feedback.evaluate import DATA_DIR, evaluate, read_examples
from recommender.feedback.safety import detect_safety
from recommender.feedback.semantic import FILENAME, SemanticModel
from recommender.feedback.text import fold
from recommender.registry import Registry


class CountingEncoder:
    """The real encoder, recording which texts it was asked to embed."""

    def __init__(self, inner: SentenceEncoder) -> None:
        self.inner = inner
        self.seen: list[str] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.seen.extend(texts)
        return self.inner.encode(texts)


class NoShortcut(SemanticModel):
    """The same models with the shortcuts disabled: every text is encoded."""

    def encoder_needed(self, rule_score: float, text_probability: float,
                       rule_categories: Sequence[str], neutral_band: float = 0.0, *,
                       explicit: bool = False) -> bool:
        return True


def test_the_encoder_puts_translations_together_and_unrelated_text_apart() -> None:
    vectors = default_encoder().encode([
        "The charger caught fire in the night.",
        "El cargador se incendió por la noche.",
        "Le chargeur a pris feu pendant la nuit.",
        "Delivery was quick and the dress fits perfectly.",
    ])
    assert vectors.shape == (4, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    same = vectors[0] @ vectors[1], vectors[0] @ vectors[2]
    assert min(same) > vectors[0] @ vectors[3] + 0.2
    assert default_encoder().encode([]).shape == (0, 512)


def test_a_trained_version_carries_the_semantic_models(
        trained_analyser: LocalFeedbackAnalyser, feedback_settings: Settings) -> None:
    champion = Registry(feedback_settings.models_dir).champion("feedback")
    assert (champion.path / FILENAME).exists()
    assert isinstance(trained_analyser.semantic, SemanticModel)
    assert champion.params["safety_threshold"] == trained_analyser.semantic.safety_threshold
    assert "round14.tsv" in champion.params["sources"]


_RESPIRATORY = {"allergic_reaction", "toxic_chemical"}


@pytest.mark.parametrize(("text", "categories"), [
    ("Ever since we started using this spray my daughter wheezes at night.", _RESPIRATORY),
    ("Desde que usamos este spray mi hija tiene pitidos en el pecho por la noche.",
     _RESPIRATORY),
    ("Depuis qu'on utilise ce spray, ma fille a la poitrine qui siffle la nuit.", _RESPIRATORY),
    ("Whenever I touch the toaster and the tap together my arm tingles.", {"electrical"}),
    ("Quand je touche le grille-pain et le robinet en même temps, j'ai des fourmis dans le "
     "bras.", {"electrical"}),
    ("Mon fils a toussé une des petites roues après l'avoir trouvé avec des haut-le-cœur sur "
     "le tapis.", {"choking"}),
])
def test_harm_told_by_its_consequences_is_flagged_with_a_category_and_evidence(
        trained_analyser: LocalFeedbackAnalyser, text: str, categories: set[str]) -> None:
    assert not detect_safety(text, fold(text)).categories  # no pattern knows this wording
    result = trained_analyser.analyse([text])[0]
    assert result.safety_concern and result.sentiment == "negative"
    assert set(result.safety_categories) & categories
    assert result.safety_evidence and result.safety_evidence[0] in text


def test_ordinary_reviews_are_not_flagged(trained_analyser: LocalFeedbackAnalyser) -> None:
    texts = ["Lovely soft towels, they washed well and kept their colour.",
             "La entrega llegó dos días tarde pero el jersey es precioso.",
             "Service client au top, remboursé en trois jours."]
    assert not any(r.safety_concern for r in trained_analyser.analyse(texts))


def test_the_shortcuts_never_change_an_answer(trained_analyser: LocalFeedbackAnalyser) -> None:
    """Skipping the encoder where it cannot change a decision gives identical results."""
    examples = read_examples(DATA_DIR / "round14.tsv") + read_examples()[:120]
    texts = [e.text for e in examples]
    counting = CountingEncoder(default_encoder())
    fast = LocalFeedbackAnalyser(trained_analyser.classifier,
                                 lexicon_weight=trained_analyser.lexicon_weight,
                                 semantic=trained_analyser.semantic, encoder=counting)
    slow_model = copy.copy(trained_analyser.semantic)
    slow_model.__class__ = NoShortcut
    slow = LocalFeedbackAnalyser(trained_analyser.classifier,
                                 lexicon_weight=trained_analyser.lexicon_weight,
                                 semantic=slow_model, encoder=default_encoder())
    quick, full = fast.analyse(texts), slow.analyse(texts)
    assert [(r.sentiment, r.safety_categories) for r in quick] == \
        [(r.sentiment, r.safety_categories) for r in full]
    assert 0 < len(counting.seen) < len(texts)  # the shortcut did skip some texts


def test_the_semantic_models_raise_safety_recall_on_a_blind_round(
        trained_analyser: LocalFeedbackAnalyser) -> None:
    """Round 16 was scored once, blind, before it joined the training data (README figures:
    recall 0.79 -> 0.94 at precision 0.90); the trained analyser must keep the gain."""
    examples = read_examples(DATA_DIR / "round16.tsv")
    rules = copy.copy(trained_analyser)
    rules.semantic = None
    with_models, rules_only = evaluate(trained_analyser, examples), evaluate(rules, examples)
    assert with_models["safety_recall"] > rules_only["safety_recall"]
    assert with_models["safety_recall"] >= 0.9 and with_models["safety_precision"] >= 0.9


def test_saved_models_load_back_and_bad_files_say_retrain(
        trained_analyser: LocalFeedbackAnalyser, tmp_path) -> None:
    assert SemanticModel.load(tmp_path) is None  # a version trained before the models
    trained_analyser.semantic.save(tmp_path)
    loaded = SemanticModel.load(tmp_path)
    assert isinstance(loaded, SemanticModel)
    assert loaded.safety_threshold == trained_analyser.semantic.safety_threshold
    (tmp_path / FILENAME).write_bytes(b"not a pickle")
    with pytest.raises(AssistantError, match="retrain"):
        SemanticModel.load(tmp_path)


def test_an_untrained_model_says_so() -> None:
    from scipy.sparse import csr_matrix

    with pytest.raises(AssistantError, match="not trained"):
        SemanticModel().text_safety(csr_matrix((1, 3)))


def test_cross_validation_holds_each_round_out(trained_analyser: LocalFeedbackAnalyser,
                                               feedback_settings: Settings) -> None:
    from recommender.feedback.crossval import RULE_WEIGHTS, THRESHOLDS, VETOES, cross_validate
    from recommender.feedback.training import read_training, semantic_training_data

    texts, labels, _ = read_training(feedback_settings)
    held: list[str] = []
    points = cross_validate(semantic_training_data(texts, labels, rounds=()),
                            trained_analyser.classifier, trained_analyser.lexicon_weight,
                            default_encoder(), rounds=("round13", "round14"),
                            on_fold=held.append)
    assert held == ["round13", "round14"]
    assert len(points) == len(RULE_WEIGHTS) * len(THRESHOLDS) * len(VETOES)
    assert points[0].accuracy == max(p.accuracy for p in points)
    by_threshold = {p.safety_threshold: p for p in points
                    if p.rule_weight == RULE_WEIGHTS[0] and p.rule_veto == 0.0}
    # a higher threshold never flags more: recall can only fall
    recalls = [by_threshold[t].safety_recall for t in sorted(by_threshold)]
    assert recalls == sorted(recalls, reverse=True) and recalls[0] > 0.8


def test_the_models_overrule_a_pattern_hit_they_are_sure_is_harmless(
        trained_analyser: LocalFeedbackAnalyser) -> None:
    text = "The smoke grey cushion turned out to be a muddy brown, what a letdown."
    assert detect_safety(text, fold(text)).categories  # the pattern matches "smoke"
    assert not trained_analyser.analyse([text])[0].safety_concern
    no_veto = copy.copy(trained_analyser)
    no_veto.semantic = copy.copy(trained_analyser.semantic)
    no_veto.semantic.rule_veto = 0.0
    assert no_veto.analyse([text])[0].safety_concern  # it is the veto that cleared it


def test_plain_safety_reports_survive_the_veto(trained_analyser: LocalFeedbackAnalyser) -> None:
    texts = ["The kettle caught fire on the second day.", "Mi hijo se atragantó con una pieza.",
             "Le chargeur a fait des étincelles et m'a électrisé."]
    assert all(r.safety_concern for r in trained_analyser.analyse(texts))


def _network_saying(model: SemanticModel, probability: float) -> SemanticModel:
    """A copy of ``model`` whose embedding safety model gives ``probability`` to any text."""
    from sklearn.linear_model import LogisticRegression

    fixed = LogisticRegression()
    fixed.coef_ = np.zeros((1, 512))
    fixed.intercept_ = np.array([np.log(probability / (1.0 - probability))])
    out = copy.copy(model)
    out.safety_vector_ = fixed
    return out


def test_a_very_sure_text_model_is_not_overruled_by_the_network(
        trained_analyser: LocalFeedbackAnalyser) -> None:
    model = _network_saying(trained_analyser.semantic, 0.02)
    texts = ["The grater's edges are unfinished and cut like blades.", "A lovely mug."]
    signals = model.signals(texts, default_encoder().encode(texts), [0.95, 0.5],
                            trained_analyser.classifier)
    sure, unsure = signals
    assert sure.safety_categories and sure.safety_evidence[0] in texts[0]  # flagged: 0.95
    assert sure.safety_probability < model.safety_threshold  # ... though the mean is low
    assert not unsure.safety_categories  # a text model at 0.5 does not flag alone


def test_a_pattern_hit_is_vetoed_only_when_both_models_call_it_harmless(
        trained_analyser: LocalFeedbackAnalyser) -> None:
    model = _network_saying(trained_analyser.semantic, 0.02)
    texts = ["The smoke grey cushion is lovely.", "The smoke grey cushion is lovely."]
    unsure = model.rule_veto + 0.05
    both_low, text_unsure = model.signals(texts, default_encoder().encode(texts),
                                          [0.03, unsure], trained_analyser.classifier)
    assert model.vetoes(both_low)
    assert text_unsure.safety_probability < model.rule_veto  # the mean is low ...
    assert not model.vetoes(text_unsure)  # ... but only the network is sure


def test_a_hazard_named_outright_is_never_vetoed(
        trained_analyser: LocalFeedbackAnalyser) -> None:
    """Both models near zero veto a pattern hit, but not one that names the hazard itself
    ("a burn risk"); a negated or label-quoted hazard name is an ordinary hit."""
    model = _network_saying(trained_analyser.semantic, 0.01)
    model.rule_veto = 1.0  # every other pattern hit is vetoed
    analyser = LocalFeedbackAnalyser(trained_analyser.classifier,
                                     lexicon_weight=trained_analyser.lexicon_weight,
                                     semantic=model, encoder=default_encoder())
    named, quoted, negated = analyser.analyse([
        "These oven gloves are a burn risk, the heat comes straight through the cotton.",
        "The box says choking hazard for under-3s and the rattle is for 6 months up.",
        "Automatic cut-off, so no fire risk at all, and the smoke grey finish is lovely.",
    ])
    assert named.safety_categories == ["burn_fire"] and named.sentiment == "negative"
    assert not quoted.safety_concern and not negated.safety_concern


def test_the_veto_reads_the_clause_that_holds_the_hit(
        trained_analyser: LocalFeedbackAnalyser) -> None:
    """A praising tail dilutes the whole text, not the clause that reports the harm: with a
    veto wide enough to drop the whole text, the report stands and the look-alike goes."""
    model = _network_saying(trained_analyser.semantic, 0.01)
    report = "The kettle caught fire on the second day, I love the colour though."
    cushion = "The smoke grey cushion turned out to be a muddy brown, what a letdown."
    whole, look_alike = model.text_safety(
        trained_analyser.classifier.features([fold(report), fold(cushion)]))
    model.rule_veto = (whole + 1.0) / 2.0  # above the whole text's probability
    assert look_alike < model.rule_veto
    analyser = LocalFeedbackAnalyser(trained_analyser.classifier,
                                     lexicon_weight=trained_analyser.lexicon_weight,
                                     semantic=model, encoder=default_encoder())
    flagged, cleared = analyser.analyse([report, cushion])
    assert flagged.safety_categories == ["burn_fire"]
    assert not cleared.safety_concern


def test_a_hit_no_single_clause_holds_is_judged_on_the_whole_text(
        trained_analyser: LocalFeedbackAnalyser) -> None:
    """The smell and the headache are in different clauses: no clause is a hit on its own,
    so the whole text's probability decides the veto (and nothing breaks)."""
    model = _network_saying(trained_analyser.semantic, 0.01)
    text = "The paint smells awful, I had a headache all evening."
    whole = model.text_safety(trained_analyser.classifier.features([fold(text)]))[0]
    for veto, kept in ((whole / 2.0, True), ((whole + 1.0) / 2.0, False)):
        model.rule_veto = veto
        analyser = LocalFeedbackAnalyser(trained_analyser.classifier,
                                         lexicon_weight=trained_analyser.lexicon_weight,
                                         semantic=model, encoder=default_encoder())
        assert analyser.analyse([text])[0].safety_concern == kept


def test_a_former_products_harm_is_not_flagged_by_the_models_either(
        trained_analyser: LocalFeedbackAnalyser) -> None:
    """The rule that clears a former product's pattern hit also clears the models' flag."""
    model = _network_saying(trained_analyser.semantic, 0.99)  # the network flags anything
    analyser = LocalFeedbackAnalyser(trained_analyser.classifier,
                                     lexicon_weight=trained_analyser.lexicon_weight,
                                     semantic=model, encoder=default_encoder())
    former, current = analyser.analyse([
        "The mug I had before scalded my fingers every morning; this one stays cool outside.",
        "This mug scalded my fingers every morning, the handle gets far too hot.",
    ])
    assert not former.safety_concern
    assert current.safety_concern


def test_a_pattern_hit_the_models_cannot_veto_skips_the_encoder(
        trained_analyser: LocalFeedbackAnalyser) -> None:
    """A plain report is decided by its pattern (no veto possible, always negative), so the
    encoder is not run on it; the smoke-grey cushion, which the models may clear, is encoded."""
    report = "The kettle caught fire on the second day, I love the colour though."
    cushion = "The smoke grey cushion turned out to be a muddy brown, what a letdown."
    counting = CountingEncoder(default_encoder())
    analyser = LocalFeedbackAnalyser(trained_analyser.classifier,
                                     lexicon_weight=trained_analyser.lexicon_weight,
                                     semantic=trained_analyser.semantic, encoder=counting)
    flagged, cleared = analyser.analyse([report, cushion])
    assert flagged.safety_categories == ["burn_fire"] and flagged.sentiment == "negative"
    assert not cleared.safety_concern
    assert counting.seen == [cushion]
