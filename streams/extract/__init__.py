"""Move-event extraction: ``Extractor(directory).extract(article) -> list[MoveEvent]`` (native engine)."""

from streams.extract.extractor import EngineNotBuilt, Extractor, LexiconError

__all__ = ["EngineNotBuilt", "Extractor", "LexiconError"]
