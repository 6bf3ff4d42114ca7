"""Search published needs, offers, cooperation projects and matches in Chinese.

This package imports neither Flask nor the ORM: the portal hands it plain records.
"""

from .analysis import analyze, analyze_for_search

__all__ = ["analyze", "analyze_for_search"]
