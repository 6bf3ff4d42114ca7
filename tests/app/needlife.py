"""Helpers shared by the tests of the need's life: a little world, sign-in as a given user, images, IDs."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

from app.services.registry import id_check_char
from tests import factories

PASSWORD = "Correct-Horse-9"


def id_number(seq: int, birth: str = "19800101", area: str = "520526") -> str:
    """Return a valid 18-digit ID number (correct check digit) distinct per ``seq``."""
    first17 = f"{area}{birth}{seq % 1000:03d}"
    return first17 + id_check_char(first17)


def png_bytes(size=(40, 30), color=(200, 30, 30)) -> bytes:
    """Return a small PNG image."""
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def jpeg_with_exif(size=(40, 30)) -> bytes:
    """Return a JPEG carrying EXIF metadata (a GPS-like tag and a camera model)."""
    image = Image.new("RGB", size, (10, 120, 10))
    exif = Image.Exif()
    exif[0x0110] = "SecretCam 3000"  # Model
    exif[0x010E] = "GPS 26.86N 104.27E"  # ImageDescription
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def sign_in(client, user) -> None:
    """Sign ``user`` in through the real login form (signing out whoever was signed in)."""
    client.post("/auth/logout")
    response = client.post("/auth/login", data={"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.get_data(as_text=True)


@dataclass
class World:
    """A village with a household, its officer, the two review offices and two donors."""

    village: object
    household: object
    officer: object
    township: object
    county: object
    donor: object
    donor2: object


def make_world() -> World:
    """Create the accounts and places of one need's life (county 威宁 520526, township 520526100)."""
    village = factories.make_village(delivery_address="威宁县某某镇某某村村委会")
    household = factories.make_household(village, head_name="王建国")
    return World(
        village=village,
        household=household,
        officer=factories.make_user("village_officer", village_id=village.id, phone="13800001111",
                                    display_name="李书记"),
        township=factories.make_user("office", office_level="township"),
        county=factories.make_user("office", office_level="county"),
        donor=factories.make_user("donor", display_name="爱心人士甲"),
        donor2=factories.make_user("donor", display_name="爱心人士乙"),
    )


def need_form(beneficiary: str, **overrides) -> dict:
    """Return a valid need form for ``beneficiary`` ("h<id>" or "v<id>")."""
    data = {
        "beneficiary": beneficiary,
        "category": "living",
        "kind": "goods",
        "title": "冬季棉衣被褥",
        "description": "家中两位老人过冬缺少棉衣和棉被，希望得到帮助。",
        "quantity": "10",
        "unit": "件",
        "urgency": "2",
        "deadline": "2099-01-01",
        "action": "submit",
    }
    data.update(overrides)
    return data
