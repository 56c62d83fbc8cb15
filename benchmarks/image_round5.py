"""The fifth held-out part of the image set (photographs only), chosen by a rule written first.

The rule, committed on 4 December 2026 before any image of it was measured or looked at, after the
fourth part (benchmarks/image_round4.py) had been looked at:

- Photographs: every JPEG of at least 1000 px on the long side in three public GitHub
  repositories of real camera photographs that no round has used: openMVG/ImageDataset_SceauxCastle
  (`images/`), alicevision/dataset_monstree (every distinct file, by content) and
  mapillary/OpenSfM (`data/*/images/`); at most 12 per repository, the first in path order, so that
  one subject photographed from many angles does not weigh more than the others. Files absent from
  the stored snapshot (large files may be) are skipped. Read from a folder named by
  $IMAGE_SNAPSHOTS holding one folder per repository (`owner+name`, the repository's tree).
  All are labelled sharp (as published); the five degraded copies as in the earlier parts, with
  seeds from 4000.
- No screenshot part: the fourth part's 266 screenshots stay the latest held-out screenshots.

Measured once, with the code as it stands at the end of the fourth round; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round5.
"""
