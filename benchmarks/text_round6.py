"""The sixth held-out text set (issue 17, sixth round), chosen by a rule written first.

The rule, committed on 4 December 2026 before any figure of it was seen, after the fourth and
fifth sets had been measured (both are tuning material from their "after" runs on):

- Documentation about money and everyday use, the closest published prose to a business's own
  texts: GnuCash's Tutorial and Concepts Guide and its Help manual (Debian package gnucash-docs:
  the HTML of `gnucash-guide-en`, `gnucash-guide-it`, `gnucash-help-en`, `gnucash-help-it`), read
  as the fourth set reads HTML (paragraphs and list items; code and what a machine shows or a
  user types left out; an Italian paragraph equal to its English original left out).
- Catalogues of end-user programs of kinds no earlier set covered (money, transfers, printing,
  networks): every Italian catalogue (msgstr Italian, msgid English) shipped by GnuCash
  (gnucash, gnucash-common), Grisbi (grisbi-common), HomeBank (homebank-data), FileZilla
  (filezilla-common), HandBrake (handbrake), Deluge (deluge-common), system-config-printer,
  network-manager-gnome, Blueman and Gufw; a domain in no earlier set; name lists left out.
- The same caps per catalogue and help document as in the earlier sets.
- Run without and with the `Name=` entries of the packages' `.desktop` files as the client's
  brand names.
- Real English misspellings: 600 of codespell's rows never sampled before (not among the 3,000
  drawn for the earlier sets), drawn with another seed.

Measured once, with the engine as it stands at the end of the sixth round, and never before:
the engine changes of that round are made on the earlier sets only.
"""
