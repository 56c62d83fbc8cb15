"""The fourteenth held-out text set (issue 17, fourteenth round), chosen by a rule written first.

The rule, written on 5 December 2026 at 08:29 UTC before any figure of our engine on the set
was seen, and never to be measured by the session that wrote it, nor by the next one (which
measures the thirteenth set first): by the session after next (only bare Hunspell, the
reference, was run on it, through pyenchant, to check that it loads and to count its words; the
package contents were listed, to find the Italian catalogues and help, the raw size of the
catalogues estimated to choose how many kinds to take, and a few messages read to decide on
name lists; the fourth to thirteenth sets were chosen before this one, and the session that
wrote this rule measured none of them, only read their code and rules):

- Domains in no earlier set (the user, developer and fresh sets of benchmarks/text_material.py,
  the fourth to thirteenth sets), in none of the programs used as extra tuning material in the
  eighth round (Pidgin, HexChat, Polari, KMail, Akregator, KAddressBook, Shotwell, gThumb, GNOME
  Software, Calendar and Contacts, Aptitude) and in none of those used so by the session that
  wrote the tenth set's rule (MATE Terminal, LXTerminal, Sakura, Timeshift, Vinagre, Kup, GNOME
  Console, Terminology, X2Go Client, luckyBackup, QTerminal, LXQt sudo, Yakuake): two kinds of
  program no set covered, whole, with every catalogue and help of the programs named: music
  files, i.e. CD rippers (Sound Juicer, Asunder, ripperX, and KDE's audio CD worker, kio-audiocd,
  with its encoders and its System Settings page) and tag editors (EasyTAG, Kid3, Ex Falso,
  MusicBrainz Picard); and subtitle editors (Subtitle Editor, Subtitle Composer, Gnome
  Subtitles, Aegisub). The nearest earlier kinds are not these: music and video players (the
  user set's Rhythmbox, GNOME Music and Totem, the fresh set's Elisa, Parole and VLC) play
  files, an audio editor (the fourth set's Audacity) and a video editor (the seventh set's
  Kdenlive) edit the sound and the picture, disc burners (the tenth set's K3b, Brasero,
  Xfburn) write discs; these programs read CDs into files, write the tags of music files and
  the subtitles shown beside a video.
- Catalogues (msgstr Italian, msgid English): every Italian catalogue shipped by sound-juicer,
  asunder, ripperx, kio-audiocd, easytag, exfalso, picard, subtitleeditor, subtitlecomposer,
  gnome-subtitles and aegisub-l10n (eighteen: one per program, kio-audiocd's six (the worker's,
  its settings page's and its four encoders'), Picard's three and Aegisub's `aegisub-32`;
  sixteen read); a domain in no earlier set; name lists left out (NAME_LISTS: two of
  Picard's). Ex Falso's catalogue is Quod Libet's (`quodlibet`, the player it comes with,
  shipped in exfalso): taken, as the program's. Kid3 keeps its messages in Qt `.qm`
  translations (kid3-core), not a gettext catalogue: its handbook only is taken.
- Documentation: every handbook or help these packages ship in both English and Italian: the
  KDE handbooks of Kid3, of the audio CD worker (`kioslave5/audiocd`) and of its System
  Settings page (`kcontrol/audiocd` in English, `kcontrol/kcmaudiocd` in Italian: one handbook
  filed under two names), as KDE renders them (`index.cache.bz2`), read as the third, fifth
  and seventh to thirteenth sets read KDE's help; the two a level down are moved up under one
  name each (`kioslave5-audiocd`, `kcontrol-audiocd`), as the eleventh set moved KDiskFree's
  page. Sound Juicer's DocBook help and EasyTAG's Mallard help (`help/C`) have no Italian
  translation: not taken; the other programs ship no help.
- Looked at and not taken: the kinds looked at first are in earlier sets: video editing
  (Kdenlive, the seventh set; Pitivi with it), audio editing (Audacity, the fourth set; Ardour,
  which has no Italian catalogue, with it) and accessibility (Orca, the user set, as the ninth
  set's rule says). Audio converters (SoundConverter, soundKonverter): the kind of the sixth
  set's HandBrake, a video converter. Gaupol, puddletag, mp3info-gtk and Guitarix (no Italian
  catalogue); Kid3's messages (Qt `.qm`). Quod Libet itself (a music player: the user set's
  kind); its catalogue is taken for Ex Falso. Music making, a kind of its own, kept for a later
  set: score writers and sequencers (Denemo and Frescobaldi have Italian gettext catalogues,
  LMMS and Hydrogen Qt `.qm` translations); GNU Solfege (ear training: the kind of the fifth
  set's Minuet).
- The same caps per catalogue and help document as in the earlier sets: as loaded (counted
  after the rule above was written, still at 08:29 UTC), 20,188 Italian words (11,630 of
  catalogues, five of them capped: Aegisub's, EasyTAG's, Picard's, Quod Libet's and Subtitle
  Composer's; 8,558 of KDE handbooks: Kid3's 6,071, capped, and the audio CD worker's 1,018
  and its settings page's 1,469) and 19,721 English ones (11,366 and 8,355 words): the earlier
  sets' size (between the twelfth's 19,520 and 18,814 and the thirteenth's 26,311 and 25,966),
  so the set is not narrowed. As the benchmark counts the words it judges
  (`--material round14 --mode bare`, run from 08:29 UTC), 19,536 Italian and 18,758 English.
  Bare Hunspell's figures on it, the reference (the only ones seen): Italian 2.16 unknown words
  per 100, recall 100.0%, top three 83.0% (of 200); English 0.80, 100.0%, 82.5% (of 200);
  codespell's real misspellings (seed 1215) 100.0%, 93.0% (of 200).
- Run without and with the `Name=` entries of the packages' `.desktop` files as the client's
  brand names; the programs' own package that carries no catalogue (aegisub) is fetched for it
  only. Only the menu entries (usr/share/applications) count, as in the eighth to thirteenth
  sets: kio-audiocd's service, device action and sidebar entry are `.desktop` files too, but
  pieces of other programs (System Settings, Dolphin), not a program's brand; it has no menu
  entry of its own.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those
  drawn for the earlier sets, the thirteenth's included), drawn with another seed (1215: 1205
  plus the set's place in text_measure.LATER_SETS; it follows from that order).
- Adjudication, as in the seventh to thirteenth sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round14_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors) and counted apart as an
  error found in the published text. A word counts as such only when no Italian or English
  dictionary has it and its sentence shows the slip; program names, jargon (of music, of audio
  formats and codecs, of tags and of subtitles), foreign words, the names of artists, works and
  genres, and anything doubtful stay false alarms. Both figures are always reported: raw (every
  alarm) and net (alarms less the listed errors, a listed word subtracted at most as many times
  as it was flagged).

Measured once, by a later round (the session after next: the next one measures the thirteenth
set first), at its end, and never before; never by the session that wrote this rule.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.text_material import CACHE
from benchmarks.text_round4 import desktop_names, fetch_set
from benchmarks.text_round8 import new_catalogues, place_catalogues_and_handbooks

# The packages the rule names, then the programs' own packages, fetched for their .desktop
# names only.
ROUND14_PACKAGES = [
    "sound-juicer",
    "asunder",
    "ripperx",
    "kio-audiocd",
    "easytag",
    "kid3",
    "exfalso",
    "picard",
    "subtitleeditor",
    "subtitlecomposer",
    "gnome-subtitles",
    "aegisub-l10n",
    "aegisub",
]
# The audio CD worker's handbooks lie a level down, its settings page's under another name in
# Italian: each is moved up under one name (English path, Italian path, name), so that it is
# read as a handbook of its own.
MOVED_UP = (
    ("kioslave5/audiocd", "kioslave5/audiocd", "kioslave5-audiocd"),
    ("kcontrol/audiocd", "kcontrol/kcmaudiocd", "kcontrol-audiocd"),
)
HANDBOOKS = ("kid3", *(name for _en, _it, name in MOVED_UP))  # in English and Italian


def _place_round14(share: Path, staging: Path) -> None:
    for en, it, name in MOVED_UP:
        for lang, path in (("en", en), ("it", it)):
            html = share / "doc/HTML" / lang
            (html / path).rename(html / name)
    place_catalogues_and_handbooks(share, staging, HANDBOOKS)


def fetch_round14(root: Path = CACHE) -> Path:
    """Download and unpack the fourteenth set's packages once; return the folder of the set."""
    return fetch_set(root, "round14", ROUND14_PACKAGES, _place_round14)


def round14_catalogues(root: Path = CACHE) -> list[Path]:
    """Return the fourteenth set's Italian catalogues: domains in no earlier set, name lists
    out."""
    return new_catalogues(root, "round14", NAME_LISTS)


# Name lists by the rule, decided from what the catalogues hold before any figure was seen:
# Picard's `picard-countries` (the names of countries, a release's country) and
# `picard-attributes` (MusicBrainz's attribute values: Carnatic ragas and Turkish makams such as
# "Ānandabhairavi" and "Bahr-ı Nazik", most of them copied unchanged), lists of names as
# KGeography's is. The other catalogues hold audio formats, tag fields and genres, subtitle
# formats and their authors' names in the credits: messages and labels of a program.
NAME_LISTS = {"picard-countries", "picard-attributes"}


def round14_names(root: Path = CACHE) -> list[str]:
    """Return the programs' names (`Name=` and `Name[it]=` of each `.desktop` file's entry):
    the client's brand names for the second measure."""
    return desktop_names(root / "round14" / "applications")
