"""Mainstream, the application: command line, GUI, demo data (later: reports, exchange)."""

APP_NAME = "Mainstream"
