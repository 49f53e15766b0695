"""The one configuration shared by the app and the CLI."""
from __future__ import annotations

import os
import stat

import pytest

from indexer.settings import SETTINGS, public_view
from webui import create_app
from webui.config import ConfigError


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
