"""Surfaces that hide other surfaces from the native engine's matcher, for ``scripts/build_directory.py``.

The native engine (``native/src/trie.rs``, ``iter_long``) stops a match at the first point where a shorter
surface ends inside a longer one: with "AnGes" in the directory, "Hong Kong Exchanges and Clearing" is not
found, since "...exch|anges " ends a surface (then refused for starting inside a word), and "Eni S.p.A." gives
"S&P". The Python matcher finds the longer name. (A whole-word part naming the same instrument is harmless:
"The Swatch Group AG" found as "Swatch Group".) Until the engine is changed, the builder removes such
pairs: the generated surface of the pair goes (the inner one first: "AnGes" stays as "AnGes Inc."); when
only a built row's name is involved the row takes its longest remaining alias as its name.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import ahocorasick

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.directory import Directory  # noqa: E402

Row = tuple[str, str, str, str, list[str]]
MAX_HIDDEN = 20


def find_conflicts(keys: set[str]) -> list[tuple[str, str, bool]]:
    """(inner, outer, at a word start) key triples: ``inner + " "`` ends inside ``outer + " "`` (not at its start
    or end) where no key ends at that point of ``outer``."""
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key + " ", key)
    automaton.make_automaton()
    out = []
    for outer in keys:
        text = outer + " "
        for end, inner in automaton.iter(text):
            start = end - len(inner)
            if start > 0 and end < len(text) - 1 and text[:end] not in keys:
                out.append((inner, outer, text[start - 1] == " "))
    return out


def _generated(owners: list[tuple[str, str]], curated: set[tuple[str, str]], row_of: dict[str, int],
               rows: list[Row]) -> bool:
    """Are all the (symbol, surface) owners of a key generated aliases of built rows?"""
    return all(pair not in curated and pair[0] in row_of and pair[1] in rows[row_of[pair[0]]][4] for pair in owners)


def resolve(curated: Path, rows: list[Row], large: frozenset[str] = frozenset(), rounds: int = 4
            ) -> tuple[int, int]:
    """Remove conflicting generated surfaces from ``rows`` (in place). Returns (surfaces removed, conflicts
    left between curated names or row names). The short name of a ``large`` company ("Eni", "Enel") wins
    over a small company's longer name that hides it."""
    removed = 0
    left = 0
    for _ in range(rounds):
        directory = Directory()
        directory.add_file(curated)
        curated_pairs = {(inst.key, surface) for _, entries in directory.surface_entries()
                         for inst, _, surface in entries}
        row_of = {row[0]: index for index, row in enumerate(rows)}
        for row in rows:
            directory._add_row([row[0], row[1], row[2], row[3], "|".join(row[4])], "<built>")
        owners: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for key, entries in directory.surface_entries():
            owners[key] = [(inst.key, surface) for inst, _, surface in entries]
        conflicts = []
        for inner, outer, at_word in find_conflicts(set(owners)):
            # harmless: the inner name, a whole-word part of the outer, names the same instruments
            if not (at_word and {sym for sym, _ in owners[outer]} <= {sym for sym, _ in owners[inner]}):
                conflicts.append((inner, outer))

        drop: set[tuple[str, str]] = set()
        rename: set[int] = set()
        left = 0
        hidden: dict[str, int] = defaultdict(int)
        for inner, _ in conflicts:
            hidden[inner] += 1
        for inner, outer in conflicts:
            inner_gen = _generated(owners[inner], curated_pairs, row_of, rows)
            outer_gen = _generated(owners[outer], curated_pairs, row_of, rows)
            # a large company's short name that hides few others ("Eni"; not "ING", the end of "holding")
            strong = hidden[inner] <= MAX_HIDDEN and any(sym in large for sym, _ in owners[inner]) and not any(
                sym in large for sym, _ in owners[outer])
            if inner_gen and not strong:
                drop.update(owners[inner])
            elif outer_gen:
                drop.update(owners[outer])
            else:
                named = [row_of[sym] for sym, surface in owners[outer]
                         if sym in row_of and surface == rows[row_of[sym]][1] and (sym, surface) not in curated_pairs]
                if named and all(rows[i][4] for i in named):
                    rename.update(named)
                else:
                    left += 1  # the outer name stays hidden from the native engine
        if not drop and not rename:
            break
        for symbol, surface in drop:
            aliases = rows[row_of[symbol]][4]
            if surface in aliases:
                aliases.remove(surface)
                removed += 1
        for index in rename:
            symbol, _, kind, market, aliases = rows[index]
            if aliases:
                rows[index] = (symbol, aliases[0], kind, market, aliases[1:])
    return removed, left
