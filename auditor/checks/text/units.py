"""Units of the International System as a spec sheet or a sensor's help writes them.

Two closed classes the dictionaries cover only in part, read from the SI brochure (BIPM, 9th
edition) rather than from any text set:

- **Symbols with a prefix** ("10 kΩ", "470 µF", "1013 hPa", "5 mA"), written case for case as the
  SI writes them; accepted only where a unit stands (symbols.py: after a number, before one, in
  brackets, after "in"), so "mA" or "Pa" in prose is still checked.
- **Unit names with a prefix** ("ettopascal", "hectopascals", "microtesla", "kilopascal"):
  Hunspell has the common ones (chilometri, milligrams) and lacks the rest. The caller accepts
  them only where no known word is one slip away, as Italian's guarded prefixoids.
"""

from __future__ import annotations

import re

# The SI prefixes' symbols (µ as the micro sign and as the Greek letter; "u" as ASCII writes it)
_PREFIX_SYMBOLS = ("da", "y", "z", "a", "f", "p", "n", "µ", "μ", "u", "m", "c", "d", "h", "k")
_PREFIX_SYMBOLS_UPPER = ("M", "G", "T", "P", "E", "Z", "Y")
# Base and derived units' symbols, with those accepted for use with the SI (litre, bar,
# electronvolt, watt-hour, ampere-hour, volt-ampere)
_BASE_SYMBOLS = (
    "m g s A K mol cd Hz N Pa J W Wh C V F Ω S Wb T H lm lx Bq Gy Sv kat L l eV bar VA var Ah"
)
# The byte and the bit take only the multiples, decimal and binary (kB, MiB, Gbit); the bel
# only deci (dB)
_DATA_PREFIXES = ("k", *_PREFIX_SYMBOLS_UPPER, "Ki", "Mi", "Gi", "Ti", "Pi", "Ei")
_OHM = str.maketrans({"\u2126": "Ω"})  # the ohm sign, which fonts draw as omega
SYMBOLS = frozenset(
    [
        *(
            p + s
            for p in (*_PREFIX_SYMBOLS, *_PREFIX_SYMBOLS_UPPER, "")
            for s in _BASE_SYMBOLS.split()
        ),
        *(p + s for p in _DATA_PREFIXES for s in ("B", "b", "bit")),
        "dB",
    ]
)

# A clock time before "am" or "pm" ("2:35 pm", "11:46:30 am")
CLOCK = re.compile(r"\d{1,2}(?::\d\d){1,2}")

_PREFIX_NAMES = {
    "en": "yocto zepto atto femto pico nano micro milli centi deci deca deka hecto kilo mega giga "
    "tera peta exa zetta yotta",
    "it": "yocto zepto atto femto pico nano micro milli centi deci deca etto chilo kilo mega giga "
    "tera peta exa zetta yotta",
}
# The units' names, singular and plural as each language writes them
_UNIT_NAMES = {
    "en": "metre metres meter meters gram grams second seconds ampere amperes amp amps kelvin "
    "kelvins mole moles candela candelas hertz newton newtons pascal pascals joule joules watt "
    "watts coulomb coulombs volt volts farad farads ohm ohms siemens weber webers tesla teslas "
    "henry henries lumen lumens lux becquerel becquerels gray grays sievert sieverts katal "
    "katals litre litres liter liters bar bars electronvolt electronvolts byte bytes bit bits "
    "calorie calories",
    "it": "metro metri grammo grammi secondo secondi ampere kelvin mole candela hertz newton "
    "pascal joule watt coulomb volt farad ohm siemens weber tesla henry lumen lux becquerel gray "
    "sievert katal litro litri bar elettronvolt byte bit caloria calorie",
}
PREFIX_NAMES = {lang: tuple(names.split()) for lang, names in _PREFIX_NAMES.items()}
UNIT_NAMES = {lang: frozenset(names.split()) for lang, names in _UNIT_NAMES.items()}


def si_symbol(word: str) -> bool:
    """Return True for a unit's symbol as the SI writes it, a prefix's included (kΩ, µF, hPa)."""
    return word.translate(_OHM) in SYMBOLS


def unit_name(word: str, lang: str) -> bool:
    """Return True for a lowercase unit's name behind an SI prefix (ettopascal, microtesla)."""
    units = UNIT_NAMES.get(lang, frozenset())
    return any(word.startswith(p) and word[len(p) :] in units for p in PREFIX_NAMES.get(lang, ()))
