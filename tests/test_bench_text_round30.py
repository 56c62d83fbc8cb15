"""The thirtieth text set's readers (reStructuredText documents paired by tables and by name, an
app's `.strings` paired by key) and its snapshots' check.

Only the readers are tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

from benchmarks.text_round30 import (
    AGID_EN,
    AGID_IT,
    IMMUNI_EN,
    IMMUNI_IT,
    SNAPSHOTS,
    SOURCES,
    round30_names,
    rst_paragraphs,
    site_paragraphs,
    strings_values,
)
from tests.text_set_support import write_file as _write

RST_SAMPLE = """\
.. _premessa:

=========
Premessa
=========

Le linee guida descrivono il **riuso** del *software* (vedi :ref:`il glossario <glossario>`
e la `pagina del portale <https://developers.italia.it>`__) [#]_.

.. |logo| image:: media/logo.png

.. note::
   Il testo della nota è un paragrafo.

.. code-block:: json

   {"name": "non è prosa"}

.. list-table:: Tabella
   :header-rows: 1

   * - Campo
     - Descrizione

+--------+--------+
| cella  | cella  |
+--------+--------+

===== =====
a     b
===== =====

Un esempio di configurazione::

   chiave: valore

-  il primo punto
   continua qui;

#. il secondo punto.

Termine
   La sua definizione.

.. Un commento che non si legge.

.. [#] Una nota a piè di pagina.

Sottotitolo
-----------

Il valore ``client_id`` e il ruolo :rfc:`7515` restano, |logo| no.
"""


def test_rst_cleaner_keeps_prose_and_drops_markup():
    assert rst_paragraphs(RST_SAMPLE) == [
        "Premessa",
        "Le linee guida descrivono il riuso del software (vedi il glossario e la pagina del "
        "portale).",
        "Il testo della nota è un paragrafo.",
        "Un esempio di configurazione:",
        "il primo punto continua qui;",
        "il secondo punto.",
        "Termine",
        "La sua definizione.",
        "Una nota a piè di pagina.",
        "Sottotitolo",
        "Il valore client_id e il ruolo 7515 restano, no.",
    ]


def test_guidelines_paired_across_two_repositories_by_table(tmp_path):
    _write(
        tmp_path / AGID_IT,
        "premessa/titolarita.rst",
        "Titolarità\n==========\n\nIl software appartiene alla amministrazione.\n",
    )
    _write(
        tmp_path / AGID_EN,
        "preface/ownership.rst",
        "Ownership\n=========\n\nThe software belongs to the administration.\n",
    )
    _write(tmp_path / AGID_IT, "premessa/glossario.rst", "Glossario senza traduzione.\n")
    _write(tmp_path / AGID_IT, "README.md", "# Linee guida\n\nIl repository.\n")
    _write(tmp_path / AGID_EN, "README.md", "# Guidelines\n\nThe repository.\n")
    italian, english = site_paragraphs(AGID_IT, tmp_path)
    assert italian == ["Titolarità", "Il software appartiene alla amministrazione."]
    assert english == ["Ownership", "The software belongs to the administration."]


def test_identity_rules_paired_by_page_name_common_and_unpaired_left_out(tmp_path):
    docs = tmp_path / "italia+spid-cie-oidc-docs" / "docs"
    _write(docs, "it/logout.rst", "Logout\n------\n\nIl RP revoca il token di accesso.\n")
    _write(docs, "en/logout.rst", "Logout\n------\n\nThe RP revokes the access token.\n")
    _write(docs, "it/esempi.rst", "Esempi solo in italiano.\n")
    _write(docs, "common/standards.rst", "Shared definitions in one language.\n")
    italian, english = site_paragraphs("italia+spid-cie-oidc-docs", tmp_path)
    assert italian == ["Il RP revoca il token di accesso."]  # "Logout", left untranslated
    assert english == ["The RP revokes the access token."]


def test_strings_reader_reads_escapes_and_drops_comments_and_placeholders():
    text = (
        '/* Schermata iniziale */\n"home.title" = "Benvenuto in Immuni";\n'
        '// un commento\n"home.body" = "Hai %@ notifiche.\\nApri \\"Impostazioni\\".";\n'
        '"home.tag" = "<b>Attenzione:</b> %1$d giorni";\n'
    )
    assert strings_values(text) == {
        "home.title": "Benvenuto in Immuni",
        "home.body": 'Hai notifiche. Apri "Impostazioni".',
        "home.tag": "Attenzione: giorni",
    }


def test_immuni_strings_paired_by_key_both_values_holding_text(tmp_path):
    site = tmp_path / "immuni-app+immuni-app-ios"
    _write(
        site,
        IMMUNI_IT,
        '"a" = "Sei sicuro di voler uscire?";\n"b" = "Solo in italiano";\n"c" = "";\n',
    )
    _write(site, IMMUNI_EN, '"a" = "Are you sure you want to exit?";\n"c" = "Empty in Italian";\n')
    _write(site, "App/Resources/de.lproj/Localizable.strings", '"a" = "Bist du sicher?";\n')
    italian, english = site_paragraphs("immuni-app+immuni-app-ios", tmp_path)
    assert italian == ["Sei sicuro di voler uscire?"]
    assert english == ["Are you sure you want to exit?"]


def test_names_are_the_rules():
    assert round30_names() == [
        "Guidelines on the acquisition and reuse of software for public administrations",
        "Immuni",
        "Linee guida su acquisizione e riuso di software per le pubbliche amministrazioni",
        "SPID/CIE OIDC",
        "SPID/CIE OpenID Connect",
    ]


def test_three_sources_four_snapshots():
    assert len(SOURCES) == 3 and set(SOURCES) < set(SNAPSHOTS) and len(SNAPSHOTS) == 4
