"""Reading and writing claim files (YAML for people, JSON for machines)."""

from factcheck.files.dump import dump, dumps
from factcheck.files.load import LoadedFile, load, load_file, load_paths

__all__ = ["LoadedFile", "dump", "dumps", "load", "load_file", "load_paths"]
