"""Helpers the lexicon tests call as functions: what ``Lexicon.extract`` and ``Lexicon.record_concepts``
read in a text, as sorted concept labels (the ``lex`` fixture they take is in conftest.py).

Labels are the concepts' first names in matching/data/lexicon.tsv (``Lexicon.concepts[i].label``), sorted so
that a test compares them as a list.
"""

from __future__ import annotations


def labels(lex, concepts):
    """The sorted labels of ``concepts`` (concept indices of ``lex``)."""
    return sorted(lex.concepts[c].label for c in concepts)


def asked(lex, text, offer=False):
    """The sorted labels of the items ``text`` asks for (``offer=True``: reads it as an offer's text)."""
    return labels(lex, lex.extract(text, offer=offer).concepts)


def asked_and_excluded(lex, text):
    """``(asked, excluded)``: the sorted labels of the items ``text`` asks for and of those it names but does
    not ask for (negated, past or already had)."""
    e = lex.extract(text)
    return labels(lex, e.concepts), labels(lex, e.excluded)


def need_items(lex, title, description, category):
    """The sorted labels of a need's items from its ``title``, ``description`` and ``category``."""
    return labels(lex, lex.record_concepts(lex.extract(title), lex.extract(description), (category,)))


def offer_items(lex, title, category):
    """The sorted labels of an offer's items from its ``title`` alone (an empty description; all concepts, as
    offers keep them: ``narrowest=False``)."""
    return labels(lex, lex.record_concepts(lex.extract(title, offer=True), lex.extract("", offer=True),
                                           (category,), narrowest=False))


def lexicon_asked(lex, text):
    """The sorted labels of the items ``text`` asks for among lexicon.tsv's own concepts (the thesaurus
    groups ``Lexicon`` adds after them, ``c >= lex.lexicon_size``, left out): the names rounds' view."""
    return labels(lex, (c for c in lex.extract(text).concepts if c < lex.lexicon_size))


def concept_id(lex, label):
    """The index of the concept whose label is ``label`` (``Lexicon.find``; raises what it raises)."""
    return lex.find(label).id


def has_concept(lex, label):
    """Whether ``lex`` has a concept whose label is ``label`` (``Lexicon.find`` by that name gives it back): a new
    concept of a names round is found under its own label, not as another concept's name."""
    found = lex.find(label)
    return found is not None and found.label == label


def match_level(lex, need_label, offer_label):
    """The level (``matching.lexicon.EXACT`` / ``COVERS`` / …) of ``Lexicon.item_match`` between the need's concept
    labelled ``need_label`` and the offer's concept labelled ``offer_label``."""
    return lex.item_match({concept_id(lex, need_label)}, {concept_id(lex, offer_label)}).level
