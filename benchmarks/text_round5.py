"""The fifth held-out text set (issue 17, fifth round), chosen by a rule written first.

The rule, committed on 4 December 2026 before any figure of it was seen and before the fourth
set's "after" figures were read (the fourth set, benchmarks/text_round4.py, becomes tuning
material once its misses are listed):

- Documentation: the Debian Installation Guide (Debian package installation-guide-amd64: its
  `en/` and `it/` HTML), read as the fourth set reads HTML: paragraphs and list items, code and
  what a machine shows or a user types left out, an Italian paragraph equal to its English
  original left out.
- End-user programs of one family no earlier set used, KDE's education programs: KGeography,
  Kalzium, Parley, KTouch, KTurtle, Blinken, Kanagram, KBruch, KHangMan, KLettres, KWordQuiz,
  Step, Kig, KmPlot, Minuet and Artikulate (with their -data packages): every Italian catalogue
  (a domain in no earlier set; name lists left out) and their KDE help as KDE renders it
  (`index.cache.bz2`, English and Italian), read as the third set reads KDE's help.
- The same caps per catalogue and help document as in the earlier sets.
- Run without and with the `Name=` entries of the packages' `.desktop` files as the client's
  brand names.
- Real English misspellings: 600 of codespell's rows never sampled before (not among the 2,400
  drawn for the earlier sets), drawn with another seed.

Measured once with the engine as it stands when the fifth set is built ("before") and once at
the end of the round ("after"), never looked at in between.
"""
