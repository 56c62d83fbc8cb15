"""Business-hours reply times, worked by hand across weekends and Italian holidays."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from auditor.checks.reply import (
    business_hours_between,
    easter_sunday,
    italian_holidays,
    reply_values,
)
from auditor.errors import ValidationError


def test_easter_dates_and_the_holidays_of_2024():
    assert [easter_sunday(y) for y in (2019, 2024, 2025, 2038)] == [
        date(2019, 4, 21),
        date(2024, 3, 31),
        date(2025, 4, 20),
        date(2038, 4, 25),
    ]
    assert sorted(italian_holidays(2024)) == [
        date(2024, 1, 1),
        date(2024, 1, 6),
        date(2024, 4, 1),
        date(2024, 4, 25),
        date(2024, 5, 1),
        date(2024, 6, 2),
        date(2024, 8, 15),
        date(2024, 11, 1),
        date(2024, 12, 8),
        date(2024, 12, 25),
        date(2024, 12, 26),
    ]


@pytest.mark.parametrize(
    ("sent", "replied", "hours"),
    [
        # same morning: 10:00 -> 10:45
        (datetime(2024, 3, 5, 10, 0), datetime(2024, 3, 5, 10, 45), 0.75),
        # Friday 17:00 -> Monday 10:30 = Fri 1 h + Mon 1.5 h; the weekend does not count
        (datetime(2024, 3, 8, 17, 0), datetime(2024, 3, 11, 10, 30), 2.5),
        # Saturday evening -> Monday 11:15 = 2.25 h (counting starts Monday at 09:00)
        (datetime(2024, 3, 9, 19, 0), datetime(2024, 3, 11, 11, 15), 2.25),
        # Wednesday 24 April 16:00 -> Friday 26 April 10:00: Wed 2 h, Liberation Day 0, Fri 1 h
        (datetime(2024, 4, 24, 16, 0), datetime(2024, 4, 26, 10, 0), 3.0),
        # Thursday before Easter 17:30 -> Tuesday 09:30: Thu 0.5 + Good Friday 9 (a working day
        # in Italy) + weekend 0 + Easter Monday 0 + Tue 0.5
        (datetime(2024, 3, 28, 17, 30), datetime(2024, 4, 2, 9, 30), 10.0),
        # Christmas Eve 17:00 -> 27 December 09:30: Tue 1 h, 25 and 26 off, Fri 0.5 h
        (datetime(2024, 12, 24, 17, 0), datetime(2024, 12, 27, 9, 30), 1.5),
        # sent after closing, answered before opening: no business time passed
        (datetime(2024, 3, 5, 20, 0), datetime(2024, 3, 6, 8, 0), 0.0),
        # 31 Dec 12:00 -> 7 Jan 09:00: Dec 31 6 h, Jan 1 off, Jan 2-3 18 h, weekend,
        # Epiphany (Monday 6 Jan) off
        (datetime(2024, 12, 31, 12, 0), datetime(2025, 1, 7, 9, 0), 24.0),
    ],
)
def test_business_hours_between(sent, replied, hours):
    assert business_hours_between(sent, replied) == pytest.approx(hours)


def test_custom_office_hours_and_local_holidays():
    sent, replied = datetime(2024, 12, 6, 11, 0), datetime(2024, 12, 9, 10, 0)
    # 08:30-12:30: Friday 6 Dec 1.5 h, Monday 9 Dec 1.5 h
    assert business_hours_between(
        sent, replied, opens=time(8, 30), closes=time(12, 30)
    ) == pytest.approx(3.0)
    # Milan's Sant'Ambrogio (Saturday 7 Dec here) changes nothing; a local Monday holiday does
    assert business_hours_between(
        sent, replied, extra_holidays={date(2024, 12, 9)}
    ) == pytest.approx(7.0)


def test_time_zones_are_counted_in_the_senders_office():
    rome = timezone(timedelta(hours=1))
    sent = datetime(2024, 3, 5, 17, 0, tzinfo=rome)
    replied = datetime(2024, 3, 6, 8, 30, tzinfo=UTC)  # 09:30 in Rome
    assert business_hours_between(sent, replied) == pytest.approx(1.5)
    assert reply_values(1.5) == {"reply.business_hours": 1.5}


def test_impossible_inputs_are_refused():
    with pytest.raises(ValidationError, match="before the message"):
        business_hours_between(datetime(2024, 3, 5, 12), datetime(2024, 3, 5, 11))
    with pytest.raises(ValidationError, match="both have a time zone"):
        business_hours_between(datetime(2024, 3, 5, 12, tzinfo=UTC), datetime(2024, 3, 5, 13))
    with pytest.raises(ValidationError, match="close after they open"):
        business_hours_between(
            datetime(2024, 3, 5, 9), datetime(2024, 3, 5, 13), opens=time(18), closes=time(9)
        )
