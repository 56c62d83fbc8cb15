"""Thresholds of the image check, calibrated on the labelled set (docs/checks/image.md)."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

# Resample test (PSNR of the detailed tiles against their down-x2-up-x2 copy). Native photos
# read 26-37 dB here, blurred or enlarged ones 42-56 dB.
BLUR_PSNR = 40.0
# One axis alone (motion blur keeps detail across the motion, loses it along it). Natives read
# up to 38 dB, except strongly oriented textures (brick courses: 45 dB); shaken photos 49-59 dB.
MOTION_PSNR = 47.0
# Borderline resample test (36-40 dB: smooth textures like brick read 37) is soft only when the
# Laplacian energy per unit of contrast is low too: natives read 0.25-0.7, soft ones under 0.05.
SOFT_PSNR = 36.0
SOFT_RELATIVE_SHARPNESS = 0.08
# Relative sharpness of the softest sharp native photo here (0.155): the message turns it into the
# sharpness a sharp photo of the same contrast would show.
SHARP_RELATIVE = 0.15
# How far a soft picture could shrink and keep its detail (x2 at BLUR_PSNR, x3/x4/x6 at this).
DETAIL_PSNR = BLUR_PSNR
DETAIL_PSNR_COARSE = 36.0

# Long side, in pixels, of the detail a photo holds: below these it is too small for a report
# (a half-page picture printed at 150 dpi needs about 800 px; under 400 px is a thumbnail).
MIN_LONG_SIDE = 800
# A soft picture that still holds this much detail on its long side is only a minor finding: an
# A4 page printed edge to edge at about 190 dpi, a full-HD screen's width nearly. Phone photos
# of 12 MP often hold 1600-2000 px of real detail (their noise reduction smears the rest).
PAGE_DETAIL = 1600
TINY_LONG_SIDE = 400
# Under this long side, in pixels, a picture is judged by its size alone: noise, focus and
# compression read nonsense on a few dozen pixels (an 8 x 4 copy of a clean photo read noise 13.4,
# a single pixel "no detail at its own size"); at 32 px the measures still hold.
MIN_MEASURED_SIDE = 32

# Immerkaer noise sigma (grey levels, strongest edges ignored, capped by the flattest blocks).
# Clean photos read 0.0-1.1 (0.2-3.7 before the cap), noisy ones 6.9-17, clean screenshots 0-1.
NOISE_MINOR = 6.0
NOISE_MAJOR = 10.0
# Texture, not noise: the noise reading of the pixels averaged 2 x 2 over the reading itself
# (noise_texture_ratio). Averaging can only shrink noise: the 291 grainy copies of nine parts
# that read 3 or more read 0.46-0.73 (white noise 0.5; over a textured scene a little more),
# sharpened web exports whose grain shows at 300 % 0.36-0.49. A photo with no flat block anywhere
# (a stream through grass and trees seen from the air) read 6.01 from its texture, and 1.09 here;
# a drone's fields and rocks 2.1-2.4.
NOISE_TEXTURE_RATIO = 1.0

# JPEG quality from the tables (trusted from this confidence on), and 8x8 blockiness when the
# tables no longer tell (PNG of a JPEG, or re-saved). Clean images read 1.0-1.3, Q15 2.0-2.3.
QUALITY_MAJOR = 30
QUALITY_MINOR = 50
QUALITY_CONFIDENCE = 0.5
BLOCKINESS_MAJOR = 2.0
BLOCKINESS_MINOR = 1.7

# Order of the verdict among findings of equal severity: the cause a fix should address first.
RULE_ORDER = ("blurry", "over_compressed", "noisy", "low_resolution")

# Tiles (auditor/checks/image/tiles.py). Residual RMS in grey levels, noise taken out.
RESIDUAL_FLOOR = 1.0  # the coarser residual a ratio divides by, at least (flat tiles)
TEXTURE_RESIDUAL = 3.0  # detail finer than 1/8 cycle/px: a tile with something to be sharp
STRUCTURE_RESIDUAL = 3.0  # detail finer than 1/16 cycle/px: something a lens could have blurred
# Faint structure (a hazy sky, fog): detail finer than 1/16 cycle/px of at least 1 grey level,
# noise taken out. Judged by its own detail ratio when no tile reaches STRUCTURE_RESIDUAL.
FAINT_RESIDUAL = 1.0
BEST_TILES = 8  # the tiles with the most fine detail: the photo is judged there
FOCUS_RATIO = 0.33  # fine/coarse detail of an in-focus tile (real photos' best tiles 0.37-0.83)
# The best tiles under this: nothing in the frame is in focus. Read away from the 8 px grid
# (tiles.off_grid): the tuning part's sharp photos read 0.344+, its re-saved and enlarged copies
# up to 0.341 (0.36 and 0.34 with the grid steps counted as detail).
BLUR_RATIO = 0.33
# Between BLUR_RATIO and this, blurry too when the finest band is also nearly empty against a much
# coarser one (residual at 2 over residual at 8 under SOFT_BAND): sharp photos there read 0.16+.
SOFT_RATIO = 0.34
SOFT_BAND = 0.16
# Detail scale of a blurred or enlarged picture: residual at f over residual at 4f of the best
# tiles; under this the picture holds no detail finer than 1/(2f) cycle/px.
BAND_EMPTY = 0.16
# Camera shake: log(fine x / fine y) minus log(coarse x / coarse y) on the best tiles at most
# -MOTION_IMBALANCE on one axis (sharp photos -0.58..1.3, shaken 9 px -1.2..1.1), and the
# overall detail ratio modest.
MOTION_IMBALANCE = 0.6
MOTION_RATIO = 0.56
# ... and the strong edges across the weak axis this many times softer than those across the
# other (tiles.edge_sharpness): 9 px shake 1.40-1.49; parallel pine needles 0.90 (their weak axis's
# edges are the sharper ones), the sharp photo closest to the imbalance line (free, -0.59) 1.18.
EDGE_SHAKE_RATIO = 1.3
# Tables that confidently read this quality or more rule out a strong grid from the last save: a
# Q70 indoor photo's smooth wall read blockiness 1.8 (real photo set), so only >= 2.0 counts then.
QUALITY_TRUSTED = 60
# Grid steps less than this many grey levels above the other phases are invisible: under tables
# that confidently read QUALITY_TRUSTED or more, such a grid is at most a minor finding (smooth
# skies and fog saved at Q90-92 read a blockiness of 2-3 from steps of 0.1-0.6 grey levels).
FAINT_GRID_STEP = 1.0
# Under a camera's own tables (jpeg_quality_confidence under QUALITY_CONFIDENCE: not the scaled
# standard tables editors and libraries write, so a camera's first save), such a grid is no
# finding at all while its blockiness stays under CAMERA_GRID_BLOCKINESS. After the ninth part's
# measure: two sharp photographs (6000 px, 4000 px) read a blockiness of 2.64 and 2.2 from steps
# of 0.92 and 0.67 grey levels, and were called over-compressed; on 2,622 pictures of nine parts
# no other picture has such tables and a grid over 1.7 (every degraded copy is saved with the
# standard tables, whose faint grids stay minor findings). A heavy JPEG saved again with a
# camera's tables keeps its flat blocks: on a smooth fog, 3.9 (Q30 first) to 388,000 (Q5), even
# from steps under a grey level, and is still named.
CAMERA_GRID_BLOCKINESS = 3.0
# Under such tables, a grid is also the last save's own while its steps stay under this many
# times those a save with the file's own luminance table leaves on the same pixels, cut off the
# file's grid (measures.own_save_grid_step). After the fourteenth part's measure: four Lightroom
# Classic exports of one photographer (Sony A7R III, 5,000-7,500 px, tables that fit no standard
# quality) read 1.74-2.7 from steps of 1.7-2.5 grey levels and were called over-compressed; their
# steps are 1.20-1.44 times their own save's. Fourteen tuning photographs saved at Q15, Q30 and
# Q45 and then with those Lightroom tables or a Pixel phone's read 1.5 to 40 times at Q15-30
# (none lost) and 1.15-1.44 at Q45: 4 of the 10 Q45 copies named before are no longer named,
# their grid no stronger than Lightroom's own.
OWN_SAVE_MARGIN = 1.5
# Standard tables that confidently read QUALITY_TRUSTED up to under OWN_GRID_QUALITY: a web
# export's usual quality, whose own save leaves a grid. Two budgie-backgrounds wallpapers
# published at Q62 were called over-compressed in the tenth part (2.12 and 2.44, steps of 1.51
# and 1.01 grey levels); 14 sharp photographs of the tuning parts saved once at Q62, Q68 and Q72
# drew 12 such findings (5 photos, 2.0-2.5 from steps of 0.64-1.43). Such a grid is no finding
# while its blockiness stays under CAMERA_GRID_BLOCKINESS and its steps under OWN_GRID_STEP:
# then 3 findings (a smooth fog's, 6.4-12 from steps of 0.3-0.4). The price: the same 14 saved
# at Q15-35 first and at Q62-72 again, 56 copies, 45 named before and 40 after; where both saves
# leave a mild grid (2.2-2.4, steps of 1.0-1.6) the last save cannot be told from an earlier
# one. No heavy JPEG or re-saved copy of any part is saved at these qualities.
OWN_GRID_QUALITY = 75
OWN_GRID_STEP = 1.6
# Second cue of an enlargement (tiles.top_band): between BLUR_RATIO and this detail ratio, blurry
# too when the best tiles' spectral power above 0.3 cycle/px is under TOP_BAND_EMPTY of that
# between 0.1 and 0.2. Tuning part: hazy/dark enlargements x2-x2.5 read 0.0009-0.0041 (detail
# ratio 0.341-0.349); sharp photos under a detail ratio of 0.40 read 0.0022 (0.384) and
# 0.0066+, those under 0.36 (Kite, FreshFlower, 0.354) 0.0066 and 0.0097.
ENLARGED_RATIO = 0.36
TOP_BAND_EMPTY = 0.005
# With the resampling trace as well (tiles.resample_trace at RESAMPLED_TRACE or more: the spectrum
# repeats as an enlargement's), a top band under RESAMPLED_TOP counts up to RESAMPLED_RATIO.
# Measured after the eighth part's measure on 2,274 pictures of eight parts: re-saved (half size,
# x2) and upscaled copies of sharpened web exports kept a detail ratio of 0.36-0.44, with a top
# of 0.0037-0.0052 and a trace of 0.84-0.97 (nine not named). Sharp photos: with a top under 0.01,
# no trace over 0.59 but a night phone photo's (0.91, ratio 0.21: blurry already); with a trace
# over 0.75, only that photo and a trail camera's frame (0.88, top 0.066, ratio 0.50).
# Raised from 0.45 after the fifteenth part's measure: two re-saved copies of sharpened
# wallpapers of an odd height (4096 x 2801 and 2559: the half size cannot be enlarged exactly
# x2 again) kept 0.468 and 0.492 (top 0.0046-0.0054, trace 0.88-0.90) and were not named; crops
# of the same wallpapers re-saved so keep up to 0.584. Of 520 sharp photographs of every part,
# those with a top under 0.01 and a trace of 0.75 or more read 0.208 (the night phone photo,
# spared as lens-soft) and 0.322 (a phone photo named blurry already): none changes. Just under
# the trace's line, 0.295 (trace 0.73, blurry already) and 0.394 (0.72, left alone).
RESAMPLED_RATIO = 0.65
RESAMPLED_TOP = 0.01
RESAMPLED_TRACE = 0.75
# A camera photo a little soft through its lens (analysis.lens_soft) is not called blurry when
# its detail ratio is at least LENS_SOFT_RATIO, its spectrum does not repeat as an enlargement's
# (resample_trace under RESAMPLE_TRACE) and it keeps some noise (noise_sigma at least
# SENSOR_NOISE). Measured on the six tuning parts (tuning, held_out, fresh, round4-6): camera
# photos' trace 0.16-0.58 (median 0.28, 90th percentile 0.41), save 0.88 and 0.91 (a 2048 px
# trail-camera frame and a phone photo at night, both in-camera processing); their enlarged copies
# (x2-x4) 0.39-0.99 (10th percentile 0.71), re-saved copies (half size, x2) 0.66-0.98; Gaussian
# blur does not resample (0.25-0.47) but, where it leaves a detail ratio of 0.25 or more, it
# leaves no noise either (0.00-0.22). The soft photos spared read a detail ratio of 0.299-0.330,
# trace 0.29-0.47, noise 0.31-0.48 (a Nikon D100, a 24 MP portrait at a bar, an iPhone's macros,
# two phone photos). The line on the ratio is load-bearing: 17 copies pass both other tests, all
# at 0.280 or less (an x2.5 enlargement of a ladybird: 0.280, trace 0.45, noise 0.29).
LENS_SOFT_RATIO = 0.29
RESAMPLE_TRACE = 0.55
SENSOR_NOISE = 0.25
