"""Everything that imports Qt widgets lives in this package."""
