"""Reply time in business hours: Monday to Friday, office hours, Italian holidays excluded."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from functools import cache

from auditor.errors import ValidationError
from auditor.i18n import user_translator

log = logging.getLogger(__name__)

OPENS = time(9, 0)
CLOSES = time(18, 0)
# Fixed Italian public holidays (month, day): New Year, Epiphany, Liberation, Labour, Republic,
# Assumption, All Saints, Immaculate Conception, Christmas, St Stephen.
FIXED_HOLIDAYS = (
    (1, 1),
    (1, 6),
    (4, 25),
    (5, 1),
    (6, 2),
    (8, 15),
    (11, 1),
    (12, 8),
    (12, 25),
    (12, 26),
)


def easter_sunday(year: int) -> date:
    """Return Western Easter Sunday of a year (anonymous Gregorian algorithm, Meeus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def italian_holidays(year: int) -> frozenset[date]:
    """Return the national public holidays of Italy in a year (Easter Monday included)."""
    days = {date(year, m, d) for m, d in FIXED_HOLIDAYS}
    days.add(easter_sunday(year) + timedelta(days=1))
    return frozenset(days)


def is_business_day(day: date, extra_holidays: frozenset[date] = frozenset()) -> bool:
    """Return True for a Monday-Friday that is not a holiday."""
    return day.weekday() < 5 and day not in italian_holidays(day.year) and day not in extra_holidays


def business_hours_between(
    sent: datetime,
    replied: datetime,
    *,
    opens: time = OPENS,
    closes: time = CLOSES,
    extra_holidays: frozenset[date] | set[date] = frozenset(),
) -> float:
    """Return the business hours between a message and its reply (both naive or both aware).

    Only the parts of each business day between `opens` and `closes` count; a message sent in
    the evening starts counting the next business morning. `extra_holidays` adds local ones
    (a city's patron saint).
    """
    if (sent.tzinfo is None) != (replied.tzinfo is None):
        _ = user_translator()
        raise ValidationError(_("sent and replied must both have a time zone, or both have none"))
    if replied < sent:
        _ = user_translator()
        raise ValidationError(
            _("the reply ({replied}) is before the message ({sent})").format(
                replied=f"{replied:%Y-%m-%d %H:%M}", sent=f"{sent:%Y-%m-%d %H:%M}"
            )
        )
    if closes <= opens:
        _ = user_translator()
        raise ValidationError(
            _("office hours must close after they open ({opens}-{closes})").format(
                opens=f"{opens:%H:%M}", closes=f"{closes:%H:%M}"
            )
        )
    if sent.tzinfo is not None:
        replied = replied.astimezone(sent.tzinfo)  # count days and office hours where the office is
    extra = frozenset(extra_holidays)
    seconds = 0.0
    day = sent.date()
    while day <= replied.date():
        if is_business_day(day, extra):
            window_start = datetime.combine(day, opens, sent.tzinfo)
            window_end = datetime.combine(day, closes, sent.tzinfo)
            start = max(window_start, sent)
            end = min(window_end, replied)
            if end > start:
                seconds += (end - start).total_seconds()
        day += timedelta(days=1)
    return seconds / 3600.0


def reply_values(hours: float) -> dict[str, float]:
    """Return the registry's reply check id with its value, for the checklist's number items."""
    return {"reply.business_hours": round(hours, 2)}
