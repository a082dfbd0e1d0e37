"""Mainstream data core: records, their integrity, the store. No Qt, no ReportLab."""
