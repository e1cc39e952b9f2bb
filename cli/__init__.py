"""The conflict-events command line: options in, writers out. All knowledge lives in ``extractors``."""
