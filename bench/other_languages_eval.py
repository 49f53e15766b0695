"""How many texts in languages other than uk/en/ru the detector keeps apart, on real text.

The texts come from Debian packages (translated man pages, fortunes, the translations of
program messages), kept in a folder outside the repository: ``<folder>/<lang>.txt``, one
text of 200 to 1000 characters a line, each line prefixed with its source and a tab. Texts of
even-hashed sources form the ``tune`` part (looked at while writing the profiles), the rest
``held-out``; both are reported apart.

Build the folder (as root, anywhere outside the repository)::

    mkdir -p /tmp/otherlang/debs && cd /tmp/otherlang/debs
    apt-get download manpages-de manpages-pl manpages-fr manpages-cs manpages-mk \\
        manpages-sr manpages-uk manpages-ru fortunes-bg fortunes-cs
    mkdir ../root && for d in *.deb; do dpkg-deb -x "$d" ../root; done
    python bench/other_languages_eval.py --build /tmp/otherlang/root /tmp/otherlang/texts

``--build`` renders the man pages with ``man -l``, splits fortunes, and joins the
``msgstr`` strings of the installed ``/usr/share/locale/<lang>/LC_MESSAGES/*.mo`` files
(``msgunfmt`` from gettext) for be, bg, crh and sk. Then::

    python bench/other_languages_eval.py /tmp/otherlang/texts

prints the confusion table (true language x detected answer) and the kept-apart rate
(a text in another language is kept apart when its answer is not uk, en or ru).
"""
from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import time
from collections import Counter
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the script lives in bench/, the package at the root

from archive.languages import LANGS  # noqa: E402
from indexer.text.language import detect_language, english_share  # noqa: E402

MIN_CHARS, MAX_CHARS = 200, 1000
PER_LANG = 300
PER_PAGE = 3
MAN_LANGS = ("de", "pl", "fr", "cs", "mk", "sr", "uk", "ru")
FORTUNE_LANGS = ("bg", "sk")
MO_LANGS = ("be", "bg", "crh", "sk")
CYRILLIC = ("uk", "ru", "be", "bg", "mk", "sr")
ORDER = ("uk", "en", "ru", "be", "bg", "mk", "sr", "pl", "cs", "sk", "de", "fr", "crh", "und")


def part_of(source: str) -> str:
    """``tune`` or ``held-out``, fixed by the source's name."""
    return "tune" if hashlib.sha1(source.encode()).digest()[0] % 2 == 0 else "held-out"


def _untranslated(text: str, lang: str) -> bool:
    """Whether a text of ``lang`` was left (mostly) in English, as parts of translated man
    pages and messages are: half its words Latin for a Cyrillic language, or 15 % English
    function words for a Latin one."""
    words = re.findall(r"[^\W\d_]+", text)
    latin = [w for w in words if w.isascii()]
    if lang in CYRILLIC:
        return len(latin) >= len(words) / 2
    return english_share(text) >= 0.15


def _clip(text: str, lang: str) -> str | None:
    """One line of at most MAX_CHARS (cut at a word), or None when shorter than MIN_CHARS
    or untranslated."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) < MIN_CHARS or _untranslated(text, lang):
        return None
    return text if len(text) <= MAX_CHARS else text[:MAX_CHARS].rsplit(" ", 1)[0]


def _man_texts(root: Path, lang: str):
    for page in sorted((root / "usr/share/man" / lang).glob("man*/*.gz")):
        out = subprocess.run(["man", "-l", str(page)], capture_output=True, text=True,
                             env={"MANWIDTH": "2000", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
                                  "MAN_KEEP_FORMATTING": "0"}).stdout
        out = re.sub(r".\x08", "", out)
        kept = [c for c in (_clip(p, lang) for p in re.split(r"\n\s*\n", out)) if c]
        for clipped in kept[1:1 + PER_PAGE]:  # past the NAME line; a few per page
            yield page.name, clipped


def _fortune_texts(root: Path, lang: str):
    for path in sorted((root / "usr/share/games/fortunes" / lang).glob("*")):
        if path.suffix in (".dat", ".u8") or path.is_dir():
            continue
        chunk = ""
        for saying in path.read_text("utf-8", "replace").split("\n%\n"):
            saying = re.sub(r"\n\s*--.*", "", saying)  # the author's name
            chunk += " " + saying
            if len(chunk.strip()) >= MIN_CHARS:  # a whole text, kept if translated
                clipped = _clip(chunk, lang)
                if clipped:
                    yield path.name, clipped
                chunk = ""


def _mo_texts(lang: str):
    for mo in sorted(Path("/usr/share/locale", lang, "LC_MESSAGES").glob("*.mo")):
        if mo.name.startswith("iso_"):  # lists of names, not sentences
            continue
        po = subprocess.run(["msgunfmt", str(mo)], capture_output=True, text=True).stdout
        strings = [re.sub(r"%\S|_|<[^>]+>|\\n|\\t|\\\"", " ", "".join(re.findall(r'"(.*)"', s)))
                   for s in re.split(r"\nmsgstr(?:\[\d\])? ", po)[1:]]
        chunk = ""
        for s in strings:
            s = s.split("\nmsgid", 1)[0]
            chunk += " " + s
            if len(chunk.strip()) >= MIN_CHARS:  # a whole text, kept if translated
                clipped = _clip(chunk, lang)
                if clipped:
                    yield mo.name, clipped
                chunk = ""


def build(root: Path, out: Path) -> None:
    """Write ``<out>/<lang>.txt`` from the extracted packages under ``root``."""
    out.mkdir(parents=True, exist_ok=True)
    sources = {lang: [_man_texts(root, lang)] for lang in MAN_LANGS}
    for lang in FORTUNE_LANGS:
        sources.setdefault(lang, []).append(_fortune_texts(root, lang))
    for lang in MO_LANGS:
        sources.setdefault(lang, []).append(_mo_texts(lang))
    for lang, gens in sources.items():
        lines = []
        for gen in gens:  # an equal share from each kind of source
            lines += [f"{source}\t{text}" for source, text in islice(gen, PER_LANG // len(gens))]
        (out / f"{lang}.txt").write_text("\n".join(lines) + "\n", "utf-8")
        print(f"{lang}: {len(lines)} texts")


def load(folder: Path) -> list[tuple[str, str, str]]:
    """(true language, part, text) of every line of ``<folder>/<lang>.txt``."""
    samples = []
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text("utf-8").splitlines():
            source, _, text = line.partition("\t")
            if text:
                samples.append((path.stem, part_of(path.stem + source), text))
    return samples


def report(samples: list[tuple[str, str, str]], part: str) -> None:
    """The confusion table and the kept-apart rate of one part."""
    chosen = [(gold, text) for gold, p, text in samples if p == part or part == "all"]
    start = time.perf_counter()
    answers = [(gold, detect_language(text).lang) for gold, text in chosen]
    elapsed = time.perf_counter() - start
    table = Counter(answers)
    golds = [g for g in ORDER if any(a == g for a, _ in answers)]
    cols = [c for c in ORDER if any(b == c for _, b in answers)]
    cols += sorted({b for _, b in answers} - set(cols))
    print(f"\n{part}: {len(chosen)} texts ({len(chosen) / max(elapsed, 1e-9):.0f} texts/s)")
    print(f"{'true/found':<13}" + "".join(f"{c:>6}" for c in cols) + f"{'right':>8}")
    for gold in golds:
        row = [table[(gold, c)] for c in cols]
        total = sum(row)
        print(f"{gold:<13}" + "".join(f"{n:>6}" for n in row)
              + f"{table[(gold, gold)] / total:>8.3f}")
    others = [(g, a) for g, a in answers if g not in LANGS]
    apart = sum(a not in LANGS for _, a in others)
    home = [(g, a) for g, a in answers if g in LANGS]
    print(f"kept apart: {apart}/{len(others)} = {apart / max(len(others), 1):.3f}; "
          f"exact code: {sum(g == a for g, a in others)}/{len(others)}; "
          f"uk/en/ru right: {sum(g == a for g, a in home)}/{len(home)}")


def main() -> int:
    """Build the folder or measure on it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="the folder of <lang>.txt files")
    parser.add_argument("--build", type=Path, metavar="ROOT", default=None,
                        help="first write FOLDER from the packages extracted under ROOT")
    args = parser.parse_args()
    if args.build:
        build(args.build, args.folder)
    if not args.folder.is_dir() or not list(args.folder.glob("*.txt")):
        print(f"no texts in {args.folder}: build them first (see --help and this script's "
              "docstring)", file=sys.stderr)
        return 2
    samples = load(args.folder)
    for part in ("tune", "held-out"):
        report(samples, part)
    return 0


if __name__ == "__main__":
    sys.exit(main())
