"""Workbooks in and out: records to Excel sheets and back, through the one write path."""
