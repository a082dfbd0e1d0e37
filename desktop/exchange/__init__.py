"""Exchange files: signed, optionally encrypted zips that carry data between machines.

``keys`` holds the Ed25519 keys and fingerprints, ``package`` writes and reads
the file, ``zipsafe`` reads a zip from someone else without trusting it.
Nothing here imports Qt or the database.
"""
