"""Generate the demo audit's screenshots and photos (resources/demo): run once, commit the output.

Everything is drawn here (Pillow + numpy, DejaVu fonts), so the images carry no third-party rights.
The photos get camera EXIF, a capture time and a GPS position on purpose: the report must show
that none of it leaves the workspace.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parents[1] / "resources" / "demo"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
RNG = np.random.default_rng(2026)


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """Return DejaVu Sans at a size."""
    return ImageFont.truetype(
        str(FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size
    )


def browser(
    url: str, size: tuple[int, int] = (1280, 800)
) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    """Return a blank browser window with its address bar."""
    image = Image.new("RGB", size, "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0], 74), fill="#e8eaed")
    for i, colour in enumerate(("#ee5f57", "#f5bd4f", "#5fc453")):
        draw.ellipse((16 + i * 22, 12, 30 + i * 22, 26), fill=colour)
    draw.rounded_rectangle((90, 38, size[0] - 20, 66), 14, fill="#ffffff")
    draw.text((110, 44), url, fill="#3c4043", font=font(15))
    return image, draw


def landscape(width: int, height: int) -> Image.Image:
    """Return a lake-and-mountains scene with some texture."""
    y = np.linspace(0, 1, height)[:, None]
    sky = np.stack([120 + 90 * y, 170 + 60 * y, 235 + 0 * y], -1) * np.ones((1, width, 1))
    img = Image.fromarray(np.clip(sky, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(img)
    ridge = [
        (x, int(height * (0.35 + 0.12 * np.sin(x / width * 7) + 0.05 * np.sin(x / width * 23))))
        for x in range(0, width + 8, 8)
    ]
    draw.polygon([(0, height), *ridge, (width, height)], fill="#5b6b4e")
    draw.rectangle((0, int(height * 0.62), width, height), fill="#3f77a8")
    draw.rectangle(
        (int(width * 0.55), int(height * 0.45), int(width * 0.8), int(height * 0.64)),
        fill="#efe3c8",
    )
    for i in range(6):
        x = int(width * (0.57 + i * 0.035))
        draw.rectangle((x, int(height * 0.5), x + 4, int(height * 0.55)), fill="#5a4632")
    arr = np.asarray(img, dtype=np.int16) + RNG.integers(-12, 12, (height, width, 1))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.SMOOTH)


def grainy(image: Image.Image, factor: int = 5) -> Image.Image:
    """Return the image shrunk, over-compressed and blown back up: the look of a grainy hero photo."""
    small = image.resize((image.width // factor, image.height // factor), Image.Resampling.BILINEAR)
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", quality=18)
    return Image.open(buffer).resize(image.size, Image.Resampling.BILINEAR)


def website_home() -> Image.Image:
    """Return the home page: no Contatti in the menu, a grainy hero image."""
    image, draw = browser("https://www.hotelbellavista-garda.it")
    draw.text((40, 96), "Hotel Bellavista", fill="#1f3a5f", font=font(28, bold=True))
    for i, entry in enumerate(("Home", "Camere", "Spa", "Offerte", "Galleria", "Chi siamo")):
        draw.text((560 + i * 110, 104), entry, fill="#1f3a5f", font=font(17))
    image.paste(grainy(landscape(1280, 520)), (0, 150))
    draw.text((60, 560), "Benvenuti sul Lago di Garda", fill="#ffffff", font=font(44, bold=True))
    draw.text(
        (60, 620), "Camere con vista, spa e colazione sul lago", fill="#ffffff", font=font(22)
    )
    draw.rectangle((0, 670, 1280, 800), fill="#f6f3ee")
    draw.text(
        (60, 700),
        "Prenota ora il tuo weekend benessere: offerte speciali per novembre!",
        fill="#333333",
        font=font(20),
    )
    return image


def website_footer() -> Image.Image:
    """Return the footer: phone as plain text, no VAT number."""
    image, draw = browser("https://www.hotelbellavista-garda.it/#footer", (1280, 520))
    draw.rectangle((0, 74, 1280, 520), fill="#22313f")
    draw.text((60, 120), "Hotel Bellavista", fill="#ffffff", font=font(24, bold=True))
    lines = [
        "Via Lungolago 12, Garda (VR)",
        "Tel. 045 620 1234",
        "info@hotelbellavista-garda.it",
        "Seguici su Instagram",
    ]
    for i, text in enumerate(lines):
        draw.text((60, 180 + i * 38), text, fill="#d7dde3", font=font(19))
    draw.text((700, 180), "Privacy  |  Cookie", fill="#9fb3c8", font=font(17))
    draw.text(
        (60, 440),
        "© 2019 Hotel Bellavista - Tutti i diritti riservati",
        fill="#8796a5",
        font=font(15),
    )
    return image


def webmail(subject: str, sender: str, body: list[str]) -> Image.Image:
    """Return a webmail window showing one message."""
    image, draw = browser("https://mail.example.it/inbox/msg/48213", (1280, 860))
    draw.rectangle((0, 74, 230, 860), fill="#f1f3f4")
    for i, folder in enumerate(("Posta in arrivo", "Speciali", "Inviati", "Bozze")):
        draw.text(
            (24, 110 + i * 36),
            folder,
            fill="#202124" if i else "#1a73e8",
            font=font(16, bold=not i),
        )
    draw.text((270, 100), subject, fill="#202124", font=font(24))
    draw.text((270, 146), sender, fill="#5f6368", font=font(15))
    for i, line in enumerate(body):
        draw.text((270, 200 + i * 30), line, fill="#202124", font=font(18))
    return image


def email_reply() -> Image.Image:
    """Return the quote reply, with its planted errors visible."""
    body = [
        "Gentile cliente,",
        "",
        "la ringraziamo per averci contattato.  Per il weekend del 28 novembre",
        "abbiamo disponibile una camera superior con vista lago a 340 € a notte,",
        "colazione inclusa. l'accesso alla spa è compreso perchè è un pacchetto",
        "benessere. le confermiamo che all'hotel bellavista il parcheggio è gratuito.",
        "",
        "Restiamo a disposizione per qualsiasi informazione.",
        "",
        "Cordiali saluti",
        "Reception",
    ]
    return webmail(
        "Re: Richiesta preventivo weekend spa",
        "reception@hotelbellavista-garda.it  ·  10 nov, 16:52",
        body,
    )


def chat(title: str, messages: list[tuple[str, str, str]]) -> Image.Image:
    """Return a phone-sized chat screen; messages are (side, text, time)."""
    image = Image.new("RGB", (720, 1280), "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 720, 110), fill="#fafafa")
    draw.text((40, 40), title, fill="#111111", font=font(28, bold=True))
    y = 150
    for side, text, when in messages:
        lines = [text[i : i + 34] for i in range(0, len(text), 34)]
        height = 24 + 34 * len(lines)
        left = 40 if side == "them" else 220
        draw.rounded_rectangle(
            (left, y, left + 460, y + height), 22, fill="#efefef" if side == "them" else "#3b82f6"
        )
        for i, line in enumerate(lines):
            draw.text(
                (left + 20, y + 12 + i * 34),
                line,
                fill="#111111" if side == "them" else "#ffffff",
                font=font(22),
            )
        draw.text((left + 8, y + height + 6), when, fill="#8a8a8a", font=font(16))
        y += height + 50
    return image


def photo(kind: str, blur: bool = False) -> Image.Image:
    """Return a 1600x1200 photo-like interior scene."""
    w, h = 1600, 1200
    y = np.linspace(0, 1, h)[:, None, None]
    x = np.linspace(0, 1, w)[None, :, None]
    wall = np.array([226, 218, 204]) * (0.85 + 0.15 * (1 - y)) * (0.9 + 0.1 * np.cos((x - 0.5) * 3))
    img = Image.fromarray(np.clip(wall, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(img)
    if kind == "desk":
        draw.polygon([(0, 760), (1600, 700), (1600, 1200), (0, 1200)], fill="#7a5236")
        draw.rectangle((0, 700, 1600, 760), fill="#9c6b45")
        for _i in range(14):  # papers and clutter on the counter
            px, py = int(RNG.integers(80, 1450)), int(RNG.integers(620, 700))
            draw.rectangle(
                (px, py, px + int(RNG.integers(60, 180)), py + int(RNG.integers(20, 70))),
                fill=tuple(int(v) for v in RNG.integers(150, 255, 3)),
                outline="#6d6d6d",
            )
            for line in range(3):  # printed lines on the papers
                draw.line((px + 8, py + 8 + line * 6, px + 50, py + 8 + line * 6), fill="#555555")
        draw.rectangle((1150, 380, 1450, 640), fill="#202020")
    elif kind == "rack":
        draw.rectangle((500, 200, 1100, 1100), fill="#b8b8b8")
        for row in range(4):
            for col in range(3):
                x0, y0 = 530 + col * 190, 230 + row * 210
                draw.rectangle(
                    (x0, y0, x0 + 170, y0 + 190), fill=("#f4f0e6", "#e8f1f7", "#fbeee6")[col]
                )
                draw.text(
                    (x0 + 12, y0 + 14),
                    "SPA 2025" if (row, col) == (0, 1) else "Listino",
                    fill="#333333",
                    font=font(24, bold=True),
                )
                draw.text((x0 + 12, y0 + 60), "Massaggio 60' 75 €", fill="#555555", font=font(16))
    else:  # floor under the air conditioner after the visit
        draw.rectangle((300, 120, 1300, 380), fill="#f2f2f2", outline="#c8c8c8", width=6)
        draw.polygon([(0, 700), (1600, 700), (1600, 1200), (0, 1200)], fill="#dcd3c4")
        for i in range(9):
            draw.line((0, 700 + i * 60, 1600, 700 + i * 60), fill="#cbbfae", width=3)
        for _ in range(5):  # shoe prints
            cx, cy = int(RNG.integers(200, 1400)), int(RNG.integers(780, 1120))
            draw.ellipse((cx, cy, cx + 70, cy + 150), outline="#8a7a66", width=9)
        dust = RNG.random((h, w)) > 0.9985
        img.paste(
            Image.new("RGB", (w, h), "#6b6257"), mask=Image.fromarray((dust * 255).astype(np.uint8))
        )
    arr = np.asarray(img, dtype=np.float32)
    vignette = 1 - 0.35 * (((x - 0.5) ** 2 + (y - 0.5) ** 2) * 2)
    # Fine texture (plaster, wood grain, sensor noise): a real photo has detail at its own size.
    texture = RNG.normal(0, 1, (h // 2, w // 2)).repeat(2, 0).repeat(2, 1)[..., None] * 7
    grain = (np.sin(x * 900 + np.sin(y * 40) * 3) * 6) * (y > 0.6)
    arr = arr * vignette + texture + grain + RNG.normal(0, 3, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if blur:  # a shaky hand (blur before the sensor's own noise): the image check must flag it
        img = img.filter(ImageFilter.BoxBlur(9))
        noisy = np.asarray(img, dtype=np.float32) + RNG.normal(0, 4, (h, w, 3))
        img = Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))
    return img


def save_photo(image: Image.Image, name: str, when: str) -> None:
    """Save a JPEG with the metadata a phone would write."""
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0132] = "Fairphone", "FP5", when
    exif.get_ifd(0x8769)[0x9003] = when
    exif.get_ifd(0x8825).update({1: "N", 2: (45.0, 34.0, 41.0), 3: "E", 4: (10.0, 42.0, 23.0)})
    image.save(
        OUT / name, "JPEG", quality=86, exif=exif, comment=b"Marta Rinaldi - visita Bellavista"
    )


def client_logo() -> Image.Image:
    """Return the hotel's logo: a lake-and-mountain mark beside the name, on transparency."""
    fonts = Path(__file__).resolve().parents[1] / "resources" / "fonts"
    image = Image.new("RGBA", (760, 220), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 210, 210), fill="#1f3a5f")
    draw.polygon([(40, 150), (90, 70), (120, 115), (140, 90), (182, 150)], fill="#e9d9b4")
    draw.rectangle((40, 150, 182, 172), fill="#7fb3d5")
    draw.text(
        (240, 42),
        "Hotel Bellavista",
        fill="#1f3a5f",
        font=ImageFont.truetype(str(fonts / "Lato-Bold.ttf"), 64),
    )
    draw.text(
        (244, 128),
        "LAGO DI GARDA  ·  SPA & RESORT",
        fill="#7a8794",
        font=ImageFont.truetype(str(fonts / "Lato-Regular.ttf"), 30),
    )
    return image


def main() -> None:
    """Write every demo image."""
    OUT.mkdir(parents=True, exist_ok=True)
    website_home().save(OUT / "website_home.png", optimize=True)
    website_footer().save(OUT / "website_footer.png", optimize=True)
    email_reply().save(OUT / "email_reply.png", optimize=True)
    chat(
        "hotelbellavista.garda",
        [
            (
                "me",
                "Buongiorno, avete disponibilità per il weekend del 28 novembre con spa?",
                "sab 11:05",
            ),
            (
                "them",
                "Ciao! si abbiamo disponibilità, scrivici a info@ per il preventivo",
                "dom 13:20",
            ),
        ],
    ).save(OUT / "instagram_dm.png", optimize=True)
    chat(
        "Assistente virtuale",
        [
            ("me", "Vorrei parlare con una persona per un problema con la prenotazione", "14:02"),
            ("them", "Non ho capito. Puoi riformulare la domanda?", "14:02"),
            ("me", "Operatore, per favore", "14:03"),
            (
                "them",
                "Ecco alcune domande frequenti: orari della spa, check-in, parcheggio.",
                "14:03",
            ),
        ],
    ).save(OUT / "chatbot.png", optimize=True)
    save_photo(photo("desk"), "reception_desk.jpg", "2026:11:09 15:12:40")
    save_photo(photo("rack"), "brochure_rack.jpg", "2026:11:09 15:16:02")
    save_photo(photo("floor"), "floor_after_repair.jpg", "2026:11:09 17:48:11")
    save_photo(photo("desk", blur=True), "lobby_blurry.jpg", "2026:11:09 15:10:05")
    client_logo().save(OUT / "client_logo.png", optimize=True)


if __name__ == "__main__":
    main()
