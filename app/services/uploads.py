"""Photos: check the type by content, limit the size, re-encode to drop metadata, store under random names.

Files live under ``UPLOAD_DIR`` (default instance/uploads), never under static/: they are served only
by an app route that first checks the viewer may see what the photo belongs to.
"""

from __future__ import annotations

import io
import secrets
import threading
import warnings
from pathlib import Path

from flask import current_app
from PIL import Image, ImageOps, UnidentifiedImageError

from ..errors import Invalid
from ..models import Photo

# Formats accepted, by what Pillow reads in the bytes (never by the file name), and how they are stored.
ACCEPTED = {"JPEG": ("image/jpeg", "jpg"), "PNG": ("image/png", "png"), "WEBP": ("image/jpeg", "jpg"),
            "GIF": ("image/png", "png")}
# Pixels an image may have. A JPEG is decoded reduced (DCT scaling to about MAX_SIDE), so its full
# size costs little; PNG, GIF and WebP must be decoded whole, 4 bytes a pixel and a few working
# copies, so their limit is lower (12 MP: a 12-megapixel phone photo; 40 MP of PNG cost 0.5 GB).
MAX_PIXELS = 40_000_000
MAX_PIXELS_FULL_DECODE = 12_000_000
MAX_SIDE = 2560  # longer sides are scaled down: a phone photo needs no more on a web page
# Images decoded at once per process: six parallel uploads wait their turn instead of each taking memory.
DECODES_AT_ONCE = 2
_decoding = threading.BoundedSemaphore(DECODES_AT_ONCE)


def upload_dir() -> Path:
    """Return the directory of stored uploads, creating it when missing."""
    path = Path(current_app.config["UPLOAD_DIR"])
    path.mkdir(parents=True, exist_ok=True)
    return path


def _read(upload) -> tuple[str, bytes]:
    if isinstance(upload, tuple):
        return upload[0], upload[1]
    limit = current_app.config["UPLOAD_MAX_BYTES"]
    data = upload.stream.read(limit + 1)
    return upload.filename or "", data


def clean_image(data: bytes) -> tuple[bytes, str, str]:
    """Return (re-encoded bytes, content type, extension) of an image, or raise Invalid.

    Re-encoding keeps only the pixels: EXIF (GPS position, camera serial), ICC and text chunks are gone.
    """
    limit = current_app.config["UPLOAD_MAX_BYTES"]
    if not data:
        raise Invalid("上传的文件是空的", field="photos")
    if len(data) > limit:
        raise Invalid(f"每张照片不能超过{limit // (1024 * 1024)}MB", field="photos")
    try:
        with warnings.catch_warnings(), _decoding:
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                fmt = image.format
                if fmt not in ACCEPTED:
                    raise Invalid("只能上传 JPEG、PNG、WebP 或 GIF 图片", field="photos")
                pixels = image.width * image.height
                if pixels > MAX_PIXELS or (fmt != "JPEG" and pixels > MAX_PIXELS_FULL_DECODE):
                    limit = MAX_PIXELS if fmt == "JPEG" else MAX_PIXELS_FULL_DECODE
                    raise Invalid(f"图片尺寸过大（不超过{limit // 1_000_000}百万像素），请缩小后再上传",
                                  field="photos")
                if fmt == "JPEG":
                    image.draft("RGB", (MAX_SIDE, MAX_SIDE))  # decode at 1/2, 1/4 or 1/8 scale
                image.load()
                image.thumbnail((MAX_SIDE, MAX_SIDE))  # shrink before any further copy is made
                image = ImageOps.exif_transpose(image)  # keep the orientation the EXIF tag gave, then drop it
                content_type, ext = ACCEPTED[fmt]
                out = io.BytesIO()
                if ext == "jpg":
                    image.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
                else:
                    image = image.convert("RGBA") if image.mode in ("RGBA", "LA", "P") else image.convert("RGB")
                    image.save(out, "PNG", optimize=True)
    except Invalid:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, Image.DecompressionBombWarning,
            SyntaxError):
        raise Invalid("文件不是有效的图片", field="photos") from None
    return out.getvalue(), content_type, ext


def save_image(upload) -> Photo:
    """Check, clean and store one uploaded image; return its (unsaved) Photo row."""
    _name, data = _read(upload)
    clean, content_type, ext = clean_image(data)
    stored_name = f"{secrets.token_hex(16)}.{ext}"
    (upload_dir() / stored_name).write_bytes(clean)
    return Photo(stored_name=stored_name, content_type=content_type, size_bytes=len(clean))


def path_of(photo: Photo) -> Path:
    """Return the file of a stored photo."""
    return upload_dir() / photo.stored_name


def delete_file(stored_name: str) -> None:
    """Remove a stored file; a missing file is not an error."""
    if "/" in stored_name or "\\" in stored_name or stored_name.startswith("."):
        return
    (upload_dir() / stored_name).unlink(missing_ok=True)
