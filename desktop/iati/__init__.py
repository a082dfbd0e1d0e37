"""The IATI 2.03 activity file of a country: built from the records, checked against the official schema."""
