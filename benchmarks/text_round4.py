"""The fourth held-out text set (issue 17, fourth round), chosen by a rule written first.

The rule, written on 4 December 2026 at 19:05 UTC, before any figure of it was seen (the third
set, KDE/Xfce/MATE in benchmarks/text_material.py, had been looked at by then and is tuning
material):

- Documentation and public documents, prose written for people: The Debian Administrator's
  Handbook (Debian package debian-handbook: `html/en-US` and `html/it-IT`), the Debian Reference
  (debian-reference-en, debian-reference-it) and GIMP's user manual (gimp-help-en, gimp-help-it).
  Used: the text of every paragraph and list item; left out, as in the earlier sets, code and
  what is typed or shown by a machine (code, command, filename, literal, userinput,
  computeroutput, keycap, keycombo, option, screen, programlisting, varname, envar, systemitem,
  replaceable, prompt, uri, email, package, classname, function, parameter, `pre`), and an
  Italian paragraph equal to its English original (untranslated).
- Catalogues: every Italian catalogue (msgstr Italian, msgid English) shipped by GIMP
  (gimp-data), Inkscape, Audacity (audacity-data), darktable and Cinnamon (cinnamon-l10n), a
  domain in no earlier set; name lists left out (NOT_PROSE).
- The same caps per catalogue and help document as in the earlier sets.
- The client's names: as an auditor enters the client's brands before checking its texts, the
  measure is run twice, without names and with the `Name=` entries (English and Italian) of the
  `.desktop` files these packages ship given to the engine as the client's brand names. Both
  figures are printed.
- Real English misspellings: codespell's rows (same filter) never measured before, i.e. not among
  the 1,800 sampled for the earlier sets, 600 of them drawn with another seed.

Measured once with the engine as it was before the fourth round's changes ("before") and once at
the end of the round ("after"), never looked at in between. Nothing here is imported by the check.
"""
