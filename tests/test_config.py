"""The one configuration shared by the app, the CLI and the benchmarks (indexer/config.py)."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.config import ConfigError, load_settings
from indexer.settings import SETTINGS, public_view
from webui import create_app

ROOT = Path(__file__).resolve().parent.parent


def test_defaults_then_env_then_test_config(tmp_path):
    env = {"TRIMOVA_PORT": "5055", "TRIMOVA_ES_VERIFY_CERTS": "false",
           "TRIMOVA_ES_PASSWORD": "12e3", "TRIMOVA_INDEX": "from-env"}
    app = create_app({"INDEX": "from-test", "DATA_DIR": str(tmp_path)}, environ=env)
    assert app.config["PORT"] == 5055
    assert app.config["ES_VERIFY_CERTS"] is False
    assert app.config["ES_PASSWORD"] == "12e3"  # stays a string, not a float
    assert app.config["INDEX"] == "from-test"
    assert app.config["HOST"] == "127.0.0.1"


def test_config_file(tmp_path):
    conf = tmp_path / "trimova.toml"
    conf.write_text('INDEX = "from-file"\nPAGE_SIZE = 25\n')
    app = create_app({"DATA_DIR": str(tmp_path)},
                     environ={"TRIMOVA_CONFIG": str(conf), "TRIMOVA_PAGE_SIZE": "30"})
    assert app.config["INDEX"] == "from-file"
    assert app.config["PAGE_SIZE"] == 30  # the environment wins over the file


@pytest.mark.parametrize("name,value", [("TRIMOVA_PORT", "eighty"),
                                        ("TRIMOVA_ES_VERIFY_CERTS", "maybe"),
                                        ("TRIMOVA_ALIGN_MIN_SCORE", "high")])
def test_bad_environment_value_names_the_variable(tmp_path, name, value):
    with pytest.raises(ConfigError, match=name):
        create_app({"DATA_DIR": str(tmp_path)}, environ={name: value})


def test_secret_key_is_generated_private_and_kept(tmp_path):
    first = create_app(environ={"TRIMOVA_DATA_DIR": str(tmp_path)}).config["SECRET_KEY"]
    second = create_app(environ={"TRIMOVA_DATA_DIR": str(tmp_path)}).config["SECRET_KEY"]
    assert first == second and len(first) == 64
    mode = stat.S_IMODE(os.stat(tmp_path / "secret_key").st_mode)
    assert mode == 0o600


def test_public_view_masks_secrets():
    config = {s.name: s.default for s in SETTINGS}
    config.update(ES_PASSWORD="hunter2", ES_API_KEY="abc")
    view = public_view(config)
    assert view["ES_PASSWORD"] == "***" and view["ES_API_KEY"] == "***"
    assert "hunter2" not in repr(view)


def test_url_rules_from_environment_and_checked(tmp_path):
    app = create_app({"DATA_DIR": str(tmp_path)},
                     environ={"TRIMOVA_ALIGN_URL_RULES": '["a\\\\.example/(?P<key>\\\\d+)"]'})
    assert app.config["ALIGN_URL_RULES"] == [r"a\.example/(?P<key>\d+)"]
    with pytest.raises(ConfigError, match="no \\(\\?P<key>"):
        create_app({"DATA_DIR": str(tmp_path)}, environ={"TRIMOVA_ALIGN_URL_RULES": '["x"]'})
    with pytest.raises(ConfigError, match="TRIMOVA_ALIGN_URL_RULES"):
        create_app({"DATA_DIR": str(tmp_path)}, environ={"TRIMOVA_ALIGN_URL_RULES": "x"})


def _config_file(tmp_path, text: str) -> dict[str, str]:
    """An environment naming a config file with ``text``."""
    conf = tmp_path / "trimova.toml"
    conf.write_text(text, encoding="utf-8")
    return {"TRIMOVA_CONFIG": str(conf)}


def test_file_then_env_then_overrides(tmp_path):
    env = _config_file(tmp_path, 'PAGE_SIZE = 25\nHOST = "0.0.0.0"\nES_VERIFY_CERTS = false\n')
    env["TRIMOVA_PAGE_SIZE"] = "30"
    assert load_settings(env)["PAGE_SIZE"] == 30  # the environment wins over the file
    settings = load_settings(env, {"PAGE_SIZE": 40})
    assert settings["PAGE_SIZE"] == 40  # overrides win over the environment
    assert settings["HOST"] == "0.0.0.0" and settings["ES_VERIFY_CERTS"] is False
    assert settings["INDEX"] == "trimova-articles"  # untouched settings keep their default


def test_file_values_of_the_declared_types(tmp_path):
    env = _config_file(tmp_path, 'ALIGN_MIN_SCORE = 1\nALIGN_URL_RULES = ["a/(?P<key>\\\\d+)"]\n')
    settings = load_settings(env)
    assert settings["ALIGN_MIN_SCORE"] == 1.0 and isinstance(settings["ALIGN_MIN_SCORE"], float)
    assert settings["ALIGN_URL_RULES"] == [r"a/(?P<key>\d+)"]


@pytest.mark.parametrize("key,hint", [("INDEKS", "did you mean 'INDEX'"),
                                      ("page_size", "did you mean 'PAGE_SIZE'"),
                                      ("TRIMOVA_ES_URL", "did you mean 'ES_URL'"),
                                      ("COLOUR", "without a prefix")])
def test_unknown_key_in_file_names_it_and_the_nearest(tmp_path, key, hint):
    env = _config_file(tmp_path, f'{key} = "x"\n')
    with pytest.raises(ConfigError) as err:
        load_settings(env)
    message = str(err.value)
    assert env["TRIMOVA_CONFIG"] in message and repr(key) in message and hint in message


@pytest.mark.parametrize("line,expected", [
    ('PORT = "5000"', "an integer"),
    ("PORT = true", "an integer"),
    ("PAGE_SIZE = 2.5", "an integer"),
    ('ALIGN_MIN_SCORE = "high"', "a number"),
    ("ALIGN_MIN_SCORE = false", "a number"),
    ('ES_VERIFY_CERTS = "false"', "true or false"),
    ("ES_VERIFY_CERTS = 0", "true or false"),
    ('ALIGN_URL_RULES = "a/(?P<key>x)"', "a list of strings"),
    ("ALIGN_URL_RULES = [1, 2]", "a list of strings"),
    ("INDEX = 5", "a string"),
    ("ES_URL = []", "a string"),
])
def test_wrong_type_in_file_names_file_key_type_and_value(tmp_path, line, expected):
    env = _config_file(tmp_path, line + "\n")
    key, value = (part.strip() for part in line.split("=", 1))
    with pytest.raises(ConfigError) as err:
        load_settings(env)
    message = str(err.value)
    assert env["TRIMOVA_CONFIG"] in message and key in message and expected in message
    assert value.strip('"').lower() in message.lower()


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="TRIMOVA_CONFIG=.*nowhere.toml: cannot read"):
        load_settings({"TRIMOVA_CONFIG": str(tmp_path / "nowhere.toml")})


def test_config_file_that_is_not_toml(tmp_path):
    env = _config_file(tmp_path, "INDEX: news\n")
    with pytest.raises(ConfigError, match="trimova.toml: not a valid TOML file"):
        load_settings(env)


def test_overrides_that_are_not_settings_pass_through():
    settings = load_settings({}, {"TESTING": True, "SERVER_NAME": "archive.test"})
    assert settings["TESTING"] is True and settings["SERVER_NAME"] == "archive.test"


def test_environ_none_reads_the_process_environment(monkeypatch):
    monkeypatch.setenv("TRIMOVA_INDEX", "from-process")
    assert load_settings()["INDEX"] == "from-process"


def test_load_settings_needs_no_flask(tmp_path):
    # a fresh interpreter: this one has imported Flask for the other tests
    code = ("import sys; from indexer.config import load_settings; "
            "s = load_settings({'TRIMOVA_PAGE_SIZE': '7'}); "
            "print(s['PAGE_SIZE'], 'flask' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == ["7", "False"]


def test_the_console_script_reports_a_bad_setting_without_a_traceback(tmp_path):
    from click.testing import CliRunner

    from webui.cli import main
    bad = tmp_path / "trimova.toml"
    bad.write_text('INDEKS = "archive"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["es", "status"], env={"TRIMOVA_CONFIG": str(bad)})
    assert result.exit_code == 1
    assert "unknown setting 'INDEKS'; did you mean 'INDEX'?" in result.output
    assert result.exc_info[0] is SystemExit  # click's own exit, not an escaped exception
