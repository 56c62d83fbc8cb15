"""The fourth held-out part of the image set (issue 17, fourth round), chosen by a rule written first.

The rule, written on 4 December 2026 at 19:00 UTC, before any image of it was measured (the third
round's part, benchmarks/image_fresh.py, had been looked at by then and joined the tuning material):

- Photographs: every camera photograph of at least 1000 px on the long side found in sources no
  round had used: digiKam's own "about" background (Debian package digikam-data, a 4032x3024
  phone photograph) and the sample files of github.com/ianare/exif-samples (real cameras and
  phones: Canon, Fujifilm, Sony, an iPhone, a Nokia, a Reconyx trail camera at night, ...), read
  from a snapshot of that repository when one is available ($EXIF_SAMPLES, a folder holding its
  `jpg/` tree). Left out by the same rule: files whose name says they are corrupted or invalid,
  and images that are not camera photographs (drawings, textures, composites with drawn lines),
  judged on a contact sheet of thumbnails, never on a measure. Degraded copies as in the earlier
  rounds, with other seeds (from 3000).
- Screenshots (must be left alone): the English screenshots that KDE's own documentation publishes
  for KStars and Marble (Debian packages kstars-data and marble-data, `doc/HTML/en/`), every PNG
  of at least 600 px on the long side that the contact sheet shows to be a program's window or
  part of one; each as published (PNG) and as JPEG Q85.

Measured once with the code as it was before the fourth round's changes ("before") and once at
the end of the round ("after"); nothing of it is looked at in between. Nothing of it is shipped;
it lives in ~/.cache/audit-desk-bench/images/round4.
"""
