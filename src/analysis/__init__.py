"""nato-posts: NATO vacancy notices into evidence-linked tables."""

from analysis.tables import Corpus, load

__all__ = ["Corpus", "load"]
__version__ = "0.1.0"
