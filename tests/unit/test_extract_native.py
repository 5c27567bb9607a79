"""The native extraction engine (``native/``, module ``headlines_native``) gives exactly the Python extractor's
events: every field of every event, on the dev corpus, the seeds, the benchmark corpus, adversarial texts and
generated texts; and the table-driven extraction tests pass with either engine.

Skipped when the module is not built, unless ``HEADLINES_REQUIRE_NATIVE=1`` (``make test``/``make unit`` set
it), which makes its absence a failure.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.bench_extract import ADVERSARIAL as BENCH_ADVERSARIAL
from benchmarks.corpus import generate_articles
from streams.directory import Directory, normalize
from streams.extract import Extractor, native
from streams.model import Article, MoveEvent, parse_time
from tests.unit.test_extract_limits import ADVERSARIAL as LIMIT_ADVERSARIAL
from tests.unit.test_extract_phenomena import CASES, DISTRACTORS
from tests.unit.test_extract_properties import WORDS, prose, texts

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = os.environ.get("HEADLINES_REQUIRE_NATIVE", "") == "1"

needs_native = pytest.mark.skipif(
    not native.available(),
    reason=f"native engine not built ({native.IMPORT_ERROR}); `make install` builds it",
)


def test_native_engine_is_built_when_required() -> None:
    if not REQUIRED and not native.available():
        pytest.skip("HEADLINES_REQUIRE_NATIVE is not 1 and the native engine is not built")
    assert native.available(), f"HEADLINES_REQUIRE_NATIVE=1 but headlines_native cannot be imported: " \
                               f"{native.IMPORT_ERROR}; run `make install`"
    assert Extractor().engine == "native"


@pytest.fixture(scope="module")
def engines() -> tuple[Extractor, Extractor]:
    if not native.available():
        pytest.skip(f"native engine not built ({native.IMPORT_ERROR})")
    fast = Extractor(max_bytes=2_000_000, engine="native")
    return fast, Extractor(fast.directory, max_bytes=2_000_000, engine="python")


def _same(engines: tuple[Extractor, Extractor], article: Article) -> list[MoveEvent]:
    fast, slow = engines
    got, expected = fast.extract(article), slow.extract(article)
    assert got == expected, _first_difference(got, expected)
    return got


def _first_difference(got: list[MoveEvent], expected: list[MoveEvent]) -> str:
    for a, b in zip(got, expected, strict=False):
        if a != b:
            return f"native {a}\npython {b}"
    return f"native gave {len(got)} events, python {len(expected)}"


def _corpus() -> list[Article]:
    out = []
    for name in ("seeds.jsonl", "passages.jsonl"):
        for line in (ROOT / "tests" / "corpus" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                text = (ROOT / rec["path"]).read_text(encoding="utf-8") if "path" in rec else rec["text"]
                out.append(Article(id=rec["id"], body=text))
    return out


def test_dev_corpus_and_seeds(engines: tuple[Extractor, Extractor]) -> None:
    articles = _corpus() + [Article(id=p.stem, body=p.read_text(encoding="utf-8"), source="seed",
                                    published_at=parse_time("2025-02-06T00:00:00Z"))
                            for p in sorted((ROOT / "examples" / "articles").glob("*.txt"))]
    assert len(articles) >= 100
    events = sum(len(_same(engines, a)) for a in articles)
    assert events >= 150


@pytest.mark.parametrize("seed", [7, 11])
def test_benchmark_corpus(engines: tuple[Extractor, Extractor], seed: int) -> None:
    events = 0
    for d in generate_articles(1500, seed=seed):
        article = Article(id=d["id"], body=d["body"], headline=d["headline"], source=d["source"],
                          published_at=parse_time(d["published_at"]))
        events += len(_same(engines, article))
    assert events > 10 * 1500


@pytest.mark.parametrize("text", [*BENCH_ADVERSARIAL.values(), *LIMIT_ADVERSARIAL],
                         ids=[*BENCH_ADVERSARIAL, *(t[:16] for t in LIMIT_ADVERSARIAL)])
def test_adversarial_texts(engines: tuple[Extractor, Extractor], text: str) -> None:
    _same(engines, Article(id="adv", body=text[:999_000]))


# Pieces that reach the engines' corner cases: Unicode case and digits (dotted/dotless i, Kelvin sign, long s,
# final sigma, Arabic-Indic digits), odd spaces, quotes, currencies, tickers, references, sectors, periods.
TRICKY = ["İ", "ı", "\u212a", "ſ", "Σ", "σ", "١٢", "٣.٤٥", "\u2009", "\x1c", "\u00a0", "’s", "“", "”", "—", "–",
          "€", "£", "¥", "₩", "HK$", "US$", "RMB", "yuan", "yen", "Hang Seng", "sector", "sub-index", "index", "tech",
          "property", "The", "the gauge", "its", "Their", "a bank", "The benchmark", "week", "this year", "in 2024",
          "at 10.14am", "in early trade", "closed", "ended", "per cent", "five", "half a", "unchanged", "flat",
          "little changed", "between", "and", "2-3%", "(HKG:9988)", "(HKG: 0700, SHA:688981)", "9988.HK",
          "600519.SS", "(NYSE:BRK.B)", "Kospi", "JD.com", "Co.", "Ltd.", "Mr.", "U.S.", "J.", ". ", "; ", ", ",
          "while", "after", "more than", "up to", "cents", "pence", "35 cents", "$12.10", "¥3,120", "1,234,5678",
          "12,34", "HK$86.80", "A 4.5% drop in", "respectively", "Meituan, XPeng up 5%",
          "Shares of the e-commerce giant", "Sony Group", "Nikkei 225", "CSI steel", "S&P 500 energy sector",
          "The Straits Times Index", "NIO", "Nio", "ΟΔΟΣ", "İNDEX", "ſector", "SUB-INDEX", "in ١٩٩٩",
          "at one point", "١٠:٣٠ am", "PER CENT", "pERcENT"]
rich = st.lists(st.tuples(st.one_of(st.sampled_from(WORDS), st.sampled_from(TRICKY), st.text(max_size=6),
                                    st.floats(0, 1e6).map(lambda x: f"{x:.2f}"), st.integers(0, 10**7).map(str)),
                          st.sampled_from([" ", " ", "", "\n", ", ", ". "])),
                max_size=150).map(lambda parts: "".join(a + b for a, b in parts))
# the bytes the single pass over ASCII text looks at, and their neighbours
PASS_BYTES = " \n.!?$():0123456789aAcCeEfFgGhHiIlLnNrRsStTxXyY_-"
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(body=st.one_of(texts, prose, rich), headline=st.one_of(st.none(), st.text(max_size=100), prose, rich))
def test_generated_texts(body: str, headline: str | None) -> None:
    if not native.available():
        pytest.skip("native engine not built")
    _same(_pair(), Article(id="g", body=body, headline=headline))


_PAIR: list[tuple[Extractor, Extractor]] = []


def _pair() -> tuple[Extractor, Extractor]:
    """Both engines, built once (hypothesis tests cannot take module fixtures)."""
    if not _PAIR:
        fast = Extractor(max_bytes=2_000_000, engine="native")
        _PAIR.append((fast, Extractor(fast.directory, max_bytes=2_000_000, engine="python")))
    return _PAIR[0]


@needs_native
@SETTINGS
@given(text=st.one_of(rich, prose), data=st.data())
def test_name_matching_is_the_directory_matcher(text: str, data: st.DataObject) -> None:
    directory = _pair()[0].directory
    engine = native.engine_for(directory)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    expected = [(m.start, m.end, list(m.candidates))
                for m in directory.find(text[lo:hi], normalize(text)[lo:hi], offset=lo)]
    assert engine.find_names(text, lo, hi) == expected


@needs_native
@SETTINGS
@given(text=st.one_of(rich, prose, st.text(alphabet=st.sampled_from(PASS_BYTES), max_size=200)))
def test_vector_pass_is_the_scalar_pass(text: str) -> None:
    import headlines_native

    assert headlines_native.Engine._prescan_selfcheck(text)


@needs_native
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
@pytest.mark.parametrize("engine", ["native", "python"])
def test_phenomena_with_each_engine(engine: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    ex = Extractor(engine=engine)
    got = [(e.instrument.key, e.direction, e.change_pct, e.change_points, e.level, e.currency, e.period, e.approx)
           for e in ex.extract(Article(id="t", body=text))]
    assert got == expected


@needs_native
@pytest.mark.parametrize("text", DISTRACTORS, ids=[t[:40] for t in DISTRACTORS])
@pytest.mark.parametrize("engine", ["native", "python"])
def test_distractors_with_each_engine(engine: str, text: str) -> None:
    assert Extractor(engine=engine).extract(Article(id="d", body=text)) == []


@needs_native
def test_user_directory_rows() -> None:
    rows = [("", "Acme Widgets", "stock", "US", "Acme|ACME"), ("ZZZ.L", "Zeta PLC", "stock", "UK", "Zeta"),
            ("=benchmark", "the benchmark", "index", "", "the gauge"), ("SPX", "S&P 500", "index", "US", ""),
            ("HSI", "Hang Seng Index", "index", "HK", "HSI"), ("", "Ωmega Σystems", "stock", "", "ωmega σystems")]
    directory = Directory.from_rows(rows)
    fast, slow = Extractor(directory, engine="native"), Extractor(directory, engine="python")
    for text in ["Acme rose 3%. ACME fell 2% and acme 1%. The benchmark gained 1.5%.", "Zeta (LON:ZZZ) slid 4%.",
                 "The S&P 500 rose 1%. The gauge fell 2 points.", "ΩMEGA ΣYSTEMS rose 5%. Ωmega Σystems fell 1%.",
                 "ωmega σystems rose 5%."]:
        article = Article(id="u", body=text)
        assert fast.extract(article) == slow.extract(article)
    # rows added later reach the native engine too
    directory._add_row(["", "Late Addition", "stock", "US", ""], "<test>")
    late = Article(id="l", body="Late Addition rose 9%.")
    assert fast.extract(late) == slow.extract(late) != []


def test_engine_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(native.ENV_VAR, "python")
    assert Extractor().engine == "python"
    monkeypatch.setenv(native.ENV_VAR, "auto")
    assert Extractor().engine == ("native" if native.available() else "python")
    monkeypatch.setenv(native.ENV_VAR, "fast")
    with pytest.raises(ValueError, match="HEADLINES_EXTRACT_ENGINE"):
        Extractor()
    monkeypatch.delenv(native.ENV_VAR)
    assert Extractor(engine="python").engine == "python"
    if native.available():
        assert Extractor(engine="native").engine == "native"
    else:
        with pytest.raises(ImportError):
            Extractor(engine="native")


@needs_native
def test_unicode_tables_are_this_pythons() -> None:
    import headlines_native

    assert headlines_native.Engine.unidata_version() == unicodedata.unidata_version, (
        "the native engine's character tables come from another Unicode version: run "
        "`python native/gen_unicode.py` and rebuild (`make install`)")
