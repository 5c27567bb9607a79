"""Move-event extraction: ``Extractor(directory).extract(article) -> list[MoveEvent]``."""

from streams.extract.extractor import Extractor

__all__ = ["Extractor"]
