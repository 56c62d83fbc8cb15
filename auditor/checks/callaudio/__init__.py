"""The call check: rings, the wait, holds and the greeting's intonation and pace, from a recording.

Public API::

    from auditor.checks.callaudio import analyse_call, CallAudioError

    analyse_call(path, *, country="it", lang="en", progress=None, cancelled=None) -> CheckResult
        check="call", target=str(path), the findings, and `metrics` exactly as the JSON contract:
        duration_s, rings, answer_s (float | None), holds [{start_s, end_s, kind}],
        longest_hold_s, greeting ({start_s, end_s, intonation, pitch_range_st,
        speech_rate_sps} | None), segments [{start_s, end_s, speaker}].
        `progress(fraction)` is called as the work advances (0..1); when `cancelled()` returns
        True the analysis stops with CallAudioError("the analysis was cancelled").

    analyse_call_detail(path, same keywords, limits=None) -> (CheckResult, CallDetail)
        The same result plus what the panel and the report draw and the JSON leaves out:
        a min/max envelope of the waveform (about 2000 points, `envelope_hop_s` apart), the
        rings' tone spans, the greeting's pitch curve (`pitch_times` in seconds from the start,
        `pitch_semitones` relative to the agent's median, NaN when unvoiced), its end move in
        semitones and syllable count, the decoded format and how the speakers were told apart.
        `limits` overrides the phone checklist's thresholds by check id (call.time_to_answer,
        call.rings, call.longest_hold, call.duration), e.g. an audit's own template values.

    decode_call(path, *, cancelled=None, progress=None) -> Decoded
        The recording as float32 (frames x channels), streamed in blocks and decimated to at
        most 16 kHz; sample_rate, source_rate, channels, duration_s, format, note.

    cadence_for(country) -> Cadence   the national ringback (it, gb, us and their aliases).

CallAudioError (a ValidationError, so the CLI prints one line and exits 2) says why a file
cannot be used: missing, empty, not audio, damaged, silent, too short, over 3 hours (refused
from the header, before decoding), more than two channels, a sample rate outside 8-48 kHz, an
M4A without PyAV or ffmpeg, an unknown country. A file whose name lies about its format (an
MP3 called .wav) is decoded by its content, and `CallDetail.note` says so.

The measures are of the sound only; the intonation is a measurement for the auditor to confirm
by listening, never a judgement of the person. No Qt here: the window calls these off the GUI
thread.
"""

from __future__ import annotations

from auditor.checks.callaudio.analyse import CallDetail, analyse_call, analyse_call_detail
from auditor.checks.callaudio.decode import Decoded, decode_call
from auditor.checks.callaudio.errors import CallAudioError
from auditor.checks.callaudio.ringback import CADENCES, Cadence, cadence_for

__all__ = [
    "CADENCES",
    "Cadence",
    "CallAudioError",
    "CallDetail",
    "Decoded",
    "analyse_call",
    "analyse_call_detail",
    "cadence_for",
    "decode_call",
]
