"""The psm-extract command, called in-process (parse_args / process_args / main)."""
from __future__ import annotations

import io
import json
from pathlib import Path

from psm_extract import cli

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = str(FIXTURES / "pages" / "4412.txt")


def run(argv: list[str], stdin: bytes | None = None) -> tuple[int, str]:
    out = io.StringIO()
    args = cli.parse_args(argv)
    code = cli.process_args(args, out=out, stdin=io.BytesIO(stdin) if stdin is not None else None)
    return code, out.getvalue()


def test_one_page_prints_one_json_object():
    code, out = run([SEED, "--pretty"])
    record = json.loads(out)
    assert code == 0
    assert record["input"] == SEED and record["title"] == "Dinsos Riau Taja Bimtek PSM Di Kabupaten Siak"
    assert record["published"] == "2018-09-25" and record["article_id"] == "4412"


def test_folder_gives_json_lines_with_input(tmp_path: Path):
    code, out = run([str(FIXTURES / "pages")])
    rows = [json.loads(line) for line in out.splitlines()]
    names = sorted(p.name for p in (FIXTURES / "pages").iterdir() if p.suffix in (".txt", ".html", ".htm"))
    assert code == 0
    assert sorted(Path(r["input"]).name for r in rows) == names
    assert all("error" not in r for r in rows)


def test_failing_input_gives_error_row_and_exit_1(tmp_path: Path):
    bad = tmp_path / "image.html"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    code, out = run([str(bad), SEED])
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and len(rows) == 2
    assert rows[0] == {"input": str(bad), "error": {"type": "UndecodableInput",
                                                    "message": rows[0]["error"]["message"]}}
    assert "binary" in rows[0]["error"]["message"] and rows[1]["title"]


def test_missing_path_is_an_error_row():
    code, out = run(["no/such/page.html"])
    assert code == 1 and json.loads(out)["error"]["type"] == "InputNotFound"


def test_stdin():
    code, out = run(["-"], stdin=Path(SEED).read_bytes())
    assert code == 0 and json.loads(out)["input"] == "-" and json.loads(out)["dateline"] == "Siak"


def test_usage_error_exits_2(capsys):
    assert cli.main(["--format", "xml", SEED]) == 2


def test_schema_command():
    code, out = run(["schema"])
    assert code == 0 and json.loads(out)["$defs"]["Article"]["type"] == "object"


def test_input_is_the_path_only_when_the_source_is_one():
    from psm_extract import extract

    assert extract(SEED).input == SEED
    text = "PEKANBARU - Gubernur Riau membuka rapat koordinasi di Pekanbaru pada hari ini bersama camat."
    assert extract(text).input is None
    assert extract(text, input="mine").input == "mine"


def test_entities_flag_fills_entities():
    code, out = run(["--entities", SEED])
    record = json.loads(out)
    assert code == 0 and any(e["label"] == "PER" and e["text"] == "Dahrius Husin" for e in record["entities"])
    code, out = run([SEED])
    assert json.loads(out)["entities"] == []


def test_help_lists_every_command_with_a_summary_in_plain_words(capsys):
    assert cli.main(["--help"]) == 0
    shown = capsys.readouterr().out
    for command in cli.COMMANDS:
        line = next((x for x in shown.splitlines() if x.split()[:1] == [command]), None)
        assert line is not None and len(line.split()) > 3, command  # the command and its summary
    assert "``" not in shown


def test_each_command_help_is_in_plain_words(capsys):
    for command in cli.COMMANDS:
        assert cli.main([command, "--help"]) == 0, command
        shown = capsys.readouterr().out
        assert shown.startswith(f"usage: psm-extract {command}") and "``" not in shown, command


def test_the_help_summaries_are_the_plugins_own_first_lines():
    import importlib

    for name, module in cli.PLUGINS.items():
        first = importlib.import_module(module).__doc__.splitlines()[0]
        assert cli.SUMMARIES[name] == first[:1].lower() + first[1:].rstrip("."), name
