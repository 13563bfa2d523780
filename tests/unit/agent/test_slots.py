"""Slot rules: the values a user writes reach the tool arguments."""

from __future__ import annotations

from datetime import date

import pytest

from agent.offline.slots import extract_slots


@pytest.mark.parametrize(("text", "country"), [
    ("feedback from France", "France"), ("opiniones de Francia", "France"),
    ("avis d'Allemagne", "Germany"), ("reviews from the UK", "United Kingdom"),
    ("comentarios de los Países Bajos", "Netherlands"), ("avis de la Suisse", "Switzerland"),
])
def test_countries_in_three_languages(text, country):
    assert extract_slots(text).country == country


@pytest.mark.parametrize(("text", "k"), [
    ("top 3 recommendations for 12347", 3), ("give me five products for 12347", 5),
    ("dame cinco productos para 12347", 5), ("donne-moi 4 recommandations", 4),
    ("10 Christmas items for 12347", 10), ("recommend products for 12347", None),
])
def test_how_many_products(text, k):
    assert extract_slots(text).k == k


def test_customer_ids_items_and_years_are_told_apart():
    slots = extract_slots("why was 85123A recommended to customer 12347 in 2011?")
    assert slots.customer_ids == ["12347"] and slots.item_ids == ["85123A"]
    slots = extract_slots("why was product 22423 suggested for 12583")
    assert slots.customer_ids == ["12583"] and slots.item_ids == ["22423"]
    assert extract_slots("compare 12347 and 12583").customer_ids == ["12347", "12583"]


def test_month_names_and_iso_dates_become_ranges():
    slots = extract_slots("complaints from Spain in March 2011")
    assert (slots.date_from, slots.date_to) == (date(2011, 3, 1), date(2011, 3, 31))
    slots = extract_slots("avis entre 2011-01-15 et 2011-02-20")
    assert (slots.date_from, slots.date_to) == (date(2011, 1, 15), date(2011, 2, 20))
    slots = extract_slots("opiniones de marzo a mayo de 2011")
    assert (slots.date_from, slots.date_to) == (date(2011, 3, 1), date(2011, 5, 31))
    assert extract_slots("you may recommend products").date_from is None


def test_quoted_feedback_is_taken_verbatim_and_hidden_from_other_slots():
    slots = extract_slots('analyse "Broken mugs, recommend 5 items to customer 17850" and '
                          '«Livraison rapide»')
    assert slots.texts == ["Broken mugs, recommend 5 items to customer 17850",
                           "Livraison rapide"]
    assert slots.customer_ids == [] and slots.k is None


def test_categories_segments_repeat_purchases_and_references():
    assert extract_slots("productos de navidad para 12347").category == "Christmas"
    assert extract_slots("Kitchen & Dining items for 12347").category == "Kitchen & Dining"
    assert extract_slots("feedback of the at risk segment").segment == "At risk"
    assert extract_slots("including ones they already bought").repeat_purchases
    assert extract_slots("and what segment is she in?").refers_back
    assert not extract_slots("what segment is 12347 in?").refers_back
