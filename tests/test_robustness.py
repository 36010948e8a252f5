"""Hostile and broken input: every case ends in a record or a typed error, in bounded time."""
from __future__ import annotations

import gzip
import re
import signal
from pathlib import Path

import pytest

from psm_extract import errors, extract
from psm_extract.options import Options

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LEAD = "PEKANBARU - Gubernur Riau Syamsuar membuka kegiatan sosialisasi program di Pekanbaru pada hari ini."
SECOND = "Kegiatan tersebut diikuti oleh para kepala dinas dan camat dari seluruh kabupaten di Provinsi Riau."


@pytest.fixture(autouse=True)
def hang_guard():
    """A case that hangs fails the test instead of stalling the suite (no wall time asserted)."""
    def on_alarm(signum, frame):
        raise TimeoutError("hung")
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("depth", [300, 3_000, 100_000])
def test_deep_nesting_keeps_the_text(depth: int):
    html = ("<html><body>" + "<div>" * depth + f"<p>{LEAD}</p>" + "</div>" * depth
            + f"<p>{SECOND}</p></body></html>")
    article = extract(html, options=Options(timeout=None))
    assert article.paragraphs[0] == LEAD and article.dateline == "Pekanbaru"


@pytest.mark.parametrize("as_bytes", [False, True])
def test_deep_nesting_after_an_xml_declaration(as_bytes: bool):
    depth = 100_000
    html = ('<?xml version="1.0" encoding="utf-8"?>\n<html><body>' + "<div>" * depth + f"<p>{LEAD}</p>"
            + "</div>" * depth + f"<p>{SECOND}</p></body></html>")
    article = extract(html.encode() if as_bytes else html, options=Options(timeout=None))
    assert article.paragraphs[0] == LEAD and article.dateline == "Pekanbaru"


def test_fifty_megabyte_page_is_read_and_the_body_bounded():
    html = "<html><body><p>" + LEAD + "</p>" + ("<p>" + SECOND * 50 + "</p>") * 10_500 + "</body></html>"
    assert len(html) > 50_000_000
    article = extract(html, options=Options(timeout=None))
    assert len(article.text) <= Options().max_text_chars
    assert any("max_text_chars" in w for w in article.warnings)


def test_huge_file_refused_before_read(tmp_path: Path):
    big = tmp_path / "huge.html"
    with open(big, "wb") as fh:  # sparse: 1 GB on paper, nothing on disk
        fh.truncate(1_000_000_000)
    with pytest.raises(errors.InputTooLarge, match="over the limit"):
        extract(big)


def test_ten_megabyte_words():
    text = "\n".join(["PEKANBARU - " + "x" * 10_000_000, SECOND, "y" * 10_000_000])
    article = extract(text, options=Options(timeout=None))
    assert article.dateline == "Pekanbaru"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
    b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40,
    gzip.compress(b"<html>" * 1000),
    bytes(range(256)) * 100,
])
def test_binary_is_undecodable(data: bytes):
    with pytest.raises(errors.UndecodableInput):
        extract(data)


def test_truncated_html_and_nul_bytes():
    page = (FIXTURES / "pages" / "4412.b.html").read_bytes()
    cut = page[: len(page) // 2]
    article = extract(cut)
    assert article.title == "Dinsos Riau Taja Bimtek PSM Di Kabupaten Siak"
    with_nul = page.replace(b"<p>", b"<p>\x00", 3)
    assert extract(with_nul).paragraphs == extract(page).paragraphs


def test_wrong_declared_charset_falls_back():
    html = ('<html><head><meta charset="utf-8"></head><body><p>' + LEAD.replace("Gubernur", "Gubernur “Riau”")
            + "</p></body></html>").encode("cp1252")
    article = extract(html)
    assert "“Riau”" in article.text


def test_mojibake_page_still_yields_a_record():
    html = ("<html><body><p>" + LEAD.replace("-", "–") + "</p></body></html>").encode("utf-8").decode("cp1252").encode("utf-8")
    article = extract(html)
    assert article.paragraphs


@pytest.mark.parametrize("odd", ["\u00a0", "\u200b", "\u200d", "\u200f", "\u202e", "\ufeff"])
def test_unicode_oddities_in_lead(odd: str):
    article = extract(f"PEKANBARU{odd} - Gubernur{odd} Riau Syamsuar{odd} membuka kegiatan sosialisasi di aula kantor.")
    assert article.dateline == "Pekanbaru"
    assert odd not in article.text


def test_full_width_digits_are_normalised():
    article = extract("PEKANBARU - Rapat dilaksanakan pada Rabu (１２/９/２０１８) di aula kantor gubernur riau.")
    assert "(12/9/2018)" in article.text


def test_timeout_is_a_typed_error(monkeypatch):
    import time

    from psm_extract import core

    def slow(ctx):
        time.sleep(3)

    monkeypatch.setattr(core, "TABLE", (("slow", slow),))
    with pytest.raises(errors.ExtractionTimeout, match="longer than 0.5 s"):
        extract(LEAD, options=Options(timeout=0.5))



def test_the_callers_alarm_handler_is_back_after_a_page():
    def mine(signum, frame):
        raise AssertionError("not this page's alarm")

    previous = signal.signal(signal.SIGALRM, mine)
    try:
        extract(LEAD, options=Options(timeout=5.0))
        assert signal.getsignal(signal.SIGALRM) is mine
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, previous)

def _busy(ctx):
    """An extractor stuck in Python code (a runaway loop)."""
    n = 0
    while True:
        n += 1


def _sleepy(ctx):
    """An extractor stuck in one long C call, which no asynchronous exception interrupts."""
    import time

    time.sleep(1.5)


@pytest.mark.parametrize("stuck", [_busy, _sleepy], ids=["python-loop", "c-call"])
def test_the_time_limit_holds_in_worker_threads(monkeypatch, stuck):
    from concurrent.futures import ThreadPoolExecutor

    from psm_extract import core

    # the stuck extractor first, then one that must never run once the time is up
    ran_after = []
    monkeypatch.setattr(core, "TABLE", (("stuck", stuck), ("after", ran_after.append)))
    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(extract, LEAD, options=Options(timeout=0.3)) for _ in range(2)]
        for future in futures:
            with pytest.raises(errors.ExtractionTimeout, match="longer than 0.3 s"):
                future.result()
    assert ran_after == []


def test_a_page_done_in_time_leaves_its_thread_alone_afterwards():
    import threading
    import time

    extract(LEAD)  # loads what the first page loads, outside any limit
    seen = []

    def work():
        seen.append(extract(LEAD + " " + SECOND, options=Options(timeout=0.2)).dateline)
        end = time.monotonic() + 0.6  # Python work in the same thread, past the page's deadline
        while time.monotonic() < end:
            pass
        seen.append("no late timeout")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == ["Pekanbaru", "no late timeout"]


def test_a_failing_extractor_becomes_a_warning(monkeypatch):
    from psm_extract import core

    def broken(ctx):
        raise KeyError("boom")

    monkeypatch.setattr(core, "TABLE", (("events", broken),))
    article = extract(LEAD)
    assert article.events == () and any("events extractor failed: KeyError" in w for w in article.warnings)


def _package_patterns() -> list[re.Pattern[str]]:
    """Every compiled regex the package holds at module level (after one extraction)."""
    import importlib
    import pkgutil

    import psm_extract

    extract(FIXTURES / "pages" / "4412.txt")  # build the lazily compiled patterns
    found: dict[int, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(psm_extract.__path__, "psm_extract."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra that is not installed
            continue
        for value in vars(module).values():
            values = [value]
            if callable(value) and hasattr(value, "cache_info"):
                name = getattr(value, "__name__", "")
                if any(word in name for word in ("nlp", "ner", "load", "model")):
                    continue  # pipelines, not patterns
                try:
                    values = [value()]
                except Exception:  # needs arguments, or an optional extra
                    continue
            for v in values:
                if isinstance(v, re.Pattern):
                    found[id(v)] = v
                elif isinstance(v, dict):
                    found.update({id(x): x for x in v.values() if isinstance(x, re.Pattern)})
                elif isinstance(v, (list, tuple)):
                    found.update({id(x): x for x in v if isinstance(x, re.Pattern)})
    return list(found.values())


# Strings that make a badly written pattern backtrack exponentially: long runs of what one
# part of a pattern accepts, with the ending it needs missing. Exponential blow-up shows at a
# few dozen characters; 2,000 keeps merely quadratic search() patterns cheap.
ADVERSARIAL = [s[:2_000] for s in (
    "a" * 2_000, "A" * 2_000, " " * 2_000, "1" * 2_000, "1." * 1_000, "1/" * 1_000,
    "Aa " * 700, "A. " * 700, "<a" * 1_000, "<" + "x" * 2_000, "-" * 2_000,
    "Kab. " * 400, "(" * 2_000, "Rabu, " * 400, "12 " * 700, "H. " * 700,
    "Kepala Dinas Sosial Provinsi Riau " * 60, "s.d " * 500, "\n" * 2_000, "Drs. H. " * 300,
    "Juara " * 400, "1.000.000." * 200, "dari Kab. Siak 25 peserta, " * 80,
)]


def test_no_pattern_backtracks_catastrophically():
    patterns = _package_patterns()
    assert len(patterns) >= 5
    for pattern in patterns:
        for text in ADVERSARIAL:
            subject = text.encode() if isinstance(pattern.pattern, bytes) else text
            pattern.match(subject)  # the hang guard fails the test if one of these runs away
            pattern.search(subject)


@pytest.mark.parametrize("call, says", [
    (lambda: extract(123), "takes a path, str or bytes as the page, not int"),
    (lambda: extract(None), "not NoneType"),
    (lambda: extract(["a.txt"]), "not list"),
    (lambda: extract(open(__file__, "rb")), "pass its path, or the bytes it reads"),
    (lambda: extract(LEAD, url=7), "url must be a str or None, not int"),
    (lambda: extract(LEAD, options={"timeout": 1}), "options must be a psm_extract.Options, not dict"),
    (lambda: extract(LEAD, Options(), options=Options(timeout=1)), "Options twice"),
    (lambda: extract(LEAD, input=Path("x")), "input .* must be a str"),
], ids=["int", "none", "list", "file-object", "url", "options-dict", "options-twice", "input"])
def test_arguments_of_the_wrong_type_are_a_type_error_at_the_api(call, says):
    with pytest.raises(TypeError, match=says):
        call()


def test_options_by_position_are_accepted():
    article = extract(LEAD, Options(extractors=("events",)))
    assert article.dateline == "Pekanbaru" and article.officials == ()
