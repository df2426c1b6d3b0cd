"""Reads the few profile fields the end-to-end tests need, without PyYAML
(the CI machine has only Debian's python3): patient name and identifier, or
packet title."""
import re


def _field(text, key):
    match = re.search(rf"^\s+{key}:\s*(.+?)\s*$", text, re.M)
    if not match:
        return ""
    value = match.group(1)
    value = re.sub(r"\s+#.*$", "", value)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value


def header_text(profile):
    """What the running header of every page should contain."""
    text = open(profile, encoding="utf-8").read()
    if re.search(r"^packet:", text, re.M):
        return _field(text, "title")
    return _field(text, "name")
