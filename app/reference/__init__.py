"""Shipped reference data: administrative divisions, poverty counties, coordinates, east–west pairings."""

from .loader import LoadReport, load_reference_data, read_reference_data

__all__ = ["LoadReport", "load_reference_data", "read_reference_data"]
