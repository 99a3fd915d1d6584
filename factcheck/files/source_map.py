"""Safe YAML parsing that remembers where every value was written.

PyYAML's safe composer builds the node tree; we turn nodes into plain data ourselves so
that we can (1) record the line and column of every value, (2) reject duplicate keys,
anchors, aliases and object tags instead of silently resolving them, and (3) read
scalars with YAML 1.2 core semantics: only ``true``/``false`` are booleans (the country
code ``NO`` stays a string), dates and times stay strings for the models to parse.
JSON is read with :mod:`json` and mapped with the same composer only when a position is
needed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml

__all__ = ["ParseError", "SourceMap", "parse_json", "parse_yaml"]

Path = tuple[str | int, ...]
_MAX_DEPTH = 64

try:  # the C composer is faster and gives the same marks; it is optional in PyYAML
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment,unused-ignore]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"


class ParseError(ValueError):
    """A file that is not well-formed YAML or JSON, with the 1-based position of the problem."""

    def __init__(self, message: str, line: int, column: int, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.field = field


@dataclass
class SourceMap:
    """Positions (1-based line, column) of the values of a parsed file, by path of keys and indices."""

    positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    _build: Callable[[], dict[Path, tuple[int, int]]] | None = None

    def _table(self) -> dict[Path, tuple[int, int]]:
        if self._build is not None:
            self.positions = self._build()
            self._build = None
        return self.positions

    def locate(self, path: Path) -> tuple[int, int]:
        """The position of the value at ``path``, or of its nearest enclosing value."""
        table = self._table()
        for cut in range(len(path), -1, -1):
            found = table.get(path[:cut])
            if found is not None:
                return found
        return (1, 1)

    def has(self, path: Path) -> bool:
        """True when ``path`` names a value written in the file."""
        return path in self._table()


class _Builder:
    def __init__(self) -> None:
        self.positions: dict[Path, tuple[int, int]] = {}
        self._seen: set[int] = set()
        self._constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, path: Path) -> Any:
        if len(path) > _MAX_DEPTH:
            raise _fail(node, f"nesting deeper than {_MAX_DEPTH} levels", path)
        if id(node) in self._seen:
            raise _fail(node, "anchors and aliases are not allowed in claim files", path)
        self._seen.add(id(node))
        self.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            if node.tag != _MAP_TAG:
                raise _fail(node, f"tag {node.tag!r} is not allowed; claim files hold plain data", path)
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
                    raise _fail(key_node, "mapping keys must be plain strings", path)
                key = key_node.value
                if key == "<<":
                    raise _fail(key_node, "merge keys ('<<') are not allowed in claim files", path)
                if key in result:
                    raise _fail(key_node, f"duplicate key {key!r}", (*path, key))
                result[key] = self.build(value_node, (*path, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ_TAG:
                raise _fail(node, f"tag {node.tag!r} is not allowed; claim files hold plain data", path)
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return self._scalar(node, path)

    def _scalar(self, node: yaml.ScalarNode, path: Path) -> Any:
        tag, text = node.tag, node.value
        if tag not in _PLAIN_TAGS:
            raise _fail(node, f"tag {tag!r} is not allowed; claim files hold plain data", path)
        if tag == "tag:yaml.org,2002:str" or tag == "tag:yaml.org,2002:timestamp":
            return text
        if tag == "tag:yaml.org,2002:bool":
            lowered = text.lower()
            return lowered == "true" if lowered in ("true", "false") else text
        if tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float") and ":" in text:
            return text  # YAML 1.1 base-60 numbers ("11:05") are read as text
        return self._constructor.construct_object(node)


def _fail(node: yaml.Node, message: str, path: Path) -> ParseError:
    return ParseError(message, node.start_mark.line + 1, node.start_mark.column + 1, _dotted(path))


def _dotted(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        raise ParseError(f"invalid YAML: {problem}", line, column) from exc
    except yaml.YAMLError as exc:
        raise ParseError(f"invalid YAML: {exc}", 1, 1) from exc
    except RecursionError as exc:
        raise ParseError("invalid YAML: nesting too deep", 1, 1) from exc


def parse_yaml(text: str) -> tuple[Any, SourceMap]:
    """Parse YAML ``text`` into plain data and a :class:`SourceMap`; raise :class:`ParseError`."""
    node = _compose(text)
    if node is None:
        return None, SourceMap({(): (1, 1)})
    builder = _Builder()
    data = builder.build(node, ())
    return data, SourceMap(builder.positions)


def parse_json(text: str) -> tuple[Any, SourceMap]:
    """Parse JSON ``text``; positions are worked out only when first asked for."""

    def reject_constant(name: str) -> Any:
        raise ValueError(f"{name} is not valid JSON")

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise ValueError(f"duplicate key {key!r}")
            result[key] = value
        return result

    try:
        data = json.loads(text, parse_constant=reject_constant, object_pairs_hook=unique_keys)
    except json.JSONDecodeError as exc:
        raise ParseError(f"invalid JSON: {exc.msg}", exc.lineno, exc.colno) from exc
    except ValueError as exc:
        raise ParseError(f"invalid JSON: {exc}", 1, 1) from exc
    except RecursionError as exc:
        raise ParseError("invalid JSON: nesting too deep", 1, 1) from exc

    def positions() -> dict[Path, tuple[int, int]]:
        try:
            node = _compose(text)
            if node is None:
                return {(): (1, 1)}
            builder = _Builder()
            builder.build(node, ())
        except (ParseError, RecursionError):
            return {(): (1, 1)}
        return builder.positions

    return data, SourceMap(_build=positions)
