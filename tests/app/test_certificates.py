"""Certificates with verification numbers, QR codes and PDFs; need share codes; the opt-in donor page."""

from __future__ import annotations

import io
import re

import segno
from PIL import Image
from sqlalchemy import select

from app.models import AuditLog, Pledge
from app.models._types import utcnow
from app.services import certificates

NUMBER_RE = re.compile(r"FP-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}")


def _received_pledge(factory, donor, **kw):
    need = factory.make_need(title="冬季棉衣被褥", quantity=10, unit="件")
    return factory.make_pledge(need, donor, quantity=kw.pop("quantity", "2.50"), status="received",
                               received_at=utcnow(), **kw)


def _qr_text_matches(png: bytes, text: str, scale: int = 6, border: int = 4) -> bool:
    """Return whether the PNG's modules are exactly those of the QR code of ``text``."""
    image = Image.open(io.BytesIO(png)).convert("L")
    expected = segno.make(text, error="m", micro=False).matrix
    size = len(expected)
    assert image.size == ((size + 2 * border) * scale,) * 2
    for row in range(size):
        for col in range(size):
            dark = image.getpixel(((col + border) * scale + scale // 2, (row + border) * scale + scale // 2)) < 128
            if dark != bool(expected[row][col]):
                return False
    return True


def test_a_certificate_gets_one_stored_unguessable_verification_number(client, db, factory, login_as):
    donor = login_as("donor")
    pledge = _received_pledge(factory, donor)
    first = client.get(f"/pledges/{pledge.id}/certificate").get_data(as_text=True)
    db.session.expire_all()
    number = db.session.get(Pledge, pledge.id).certificate_number
    assert NUMBER_RE.fullmatch(number) and number in first
    client.get(f"/pledges/{pledge.id}/certificate")
    db.session.expire_all()
    assert db.session.get(Pledge, pledge.id).certificate_number == number  # shown again: the same number
    other = _received_pledge(factory, donor)
    client.get(f"/pledges/{other.id}/certificate")
    db.session.expire_all()
    assert db.session.get(Pledge, other.id).certificate_number not in (None, number)


def test_the_verification_page_confirms_a_real_number_masked_and_refuses_a_made_up_one(client, db, factory,
                                                                                          login_as):
    donor = login_as("donor", display_name="张三明")
    pledge = _received_pledge(factory, donor)
    client.get(f"/pledges/{pledge.id}/certificate")
    db.session.expire_all()
    number = db.session.get(Pledge, pledge.id).certificate_number
    client.post("/auth/logout")
    page = client.get(f"/verify/{number}")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "证书真实有效" in html
    assert "张*明" in html and "张三明" not in html and "2.5 件" in html and "冬季棉衣被褥" in html
    assert client.get(f"/verify/{number.lower().replace('-', '')}").status_code == 200  # typed from paper
    made_up = client.get("/verify/FP-2345-6789-ABCD")
    assert made_up.status_code == 404 and "未找到" in made_up.get_data(as_text=True)
    assert client.get("/verify/<script>").status_code == 404
    assert client.get("/verify", query_string={"number": number}).status_code == 200


def test_a_certificate_before_receipt_has_no_number(client, db, factory, login_as):
    donor = login_as("donor")
    pledge = factory.make_pledge(factory.make_need(), donor, status="shipped")
    assert client.get(f"/pledges/{pledge.id}/certificate").status_code == 409
    assert client.get(f"/pledges/{pledge.id}/certificate.pdf").status_code == 409
    assert db.session.scalar(select(Pledge.certificate_number)) is None


def test_the_certificate_pdf_carries_the_verification_number_and_only_its_donor_may_download_it(
    client, db, factory, login_as
):
    donor = login_as("donor")
    pledge = _received_pledge(factory, donor)
    response = client.get(f"/pledges/{pledge.id}/certificate.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    data = response.get_data()
    number = db.session.scalar(select(Pledge.certificate_number).where(Pledge.id == pledge.id))
    assert data.startswith(b"%PDF") and number.encode() in data
    assert b"/FontFile2" in data  # the CJK font travels with the document
    assert "attachment" in response.headers["Content-Disposition"]
    client.post("/auth/logout")
    login_as("donor")
    assert client.get(f"/pledges/{pledge.id}/certificate.pdf").status_code == 404


def test_the_certificate_qr_code_encodes_its_verification_address(client, db, factory, login_as):
    donor = login_as("donor")
    pledge = _received_pledge(factory, donor)
    html = client.get(f"/pledges/{pledge.id}/certificate").get_data(as_text=True)
    number = NUMBER_RE.search(html).group(0)
    png = client.get(f"/verify/{number}/qr.png")
    assert png.status_code == 200 and png.mimetype == "image/png"
    assert _qr_text_matches(png.get_data(), f"http://localhost/verify/{number}")
    assert not _qr_text_matches(png.get_data(), "http://localhost/verify/FP-2345-6789-ABCD")
    assert client.get("/verify/FP-2345-6789-ABCD/qr.png").status_code == 404


def test_a_public_need_has_a_share_link_and_a_qr_code_of_its_address(client, db, factory):
    need = factory.make_need()
    html = client.get(f"/needs/{need.id}").get_data(as_text=True)
    assert f'value="http://localhost/needs/{need.id}"' in html and f"/needs/{need.id}/qr.png" in html
    png = client.get(f"/needs/{need.id}/qr.png").get_data()
    assert _qr_text_matches(png, f"http://localhost/needs/{need.id}")
    draft = factory.make_need(status="draft")
    assert client.get(f"/needs/{draft.id}/qr.png").status_code == 404


def test_need_cards_show_progress_and_what_is_still_missing_with_its_unit(client, db, factory):
    need = factory.make_need(title="冬季棉衣被褥", quantity="10.00", unit="件")
    factory.make_pledge(need, quantity="2.50")
    html = client.get("/needs").get_data(as_text=True)
    assert "尚缺 7.5 件" in html and 'aria-valuenow="25"' in html and "pct-25" in html


def test_the_donor_page_is_off_by_default_and_shows_the_name_as_the_donor_chooses(app, client, db, factory,
                                                                                 login_as):
    donor = login_as("donor", display_name="李四海")
    visitor = app.test_client()
    pledge = _received_pledge(factory, donor)
    factory.make_feedback(pledge.need, pledge, text="棉衣收到了，谢谢好心人！")
    assert visitor.get(f"/donors/{donor.id}").status_code == 404
    assert 'id="donor-page-setting"' in client.get("/account/").get_data(as_text=True)

    assert client.post("/account/donor-page", data={"donor_page": "masked"}).status_code == 302
    html = visitor.get(f"/donors/{donor.id}").get_data(as_text=True)
    assert "李*海" in html and "李四海" not in html and "棉衣收到了" in html and "1 次" in html

    client.post("/account/donor-page", data={"donor_page": "name"})
    assert "李四海的爱心主页" in visitor.get(f"/donors/{donor.id}").get_data(as_text=True)
    client.post("/account/donor-page", data={"donor_page": "off"})
    assert visitor.get(f"/donors/{donor.id}").status_code == 404
    assert db.session.scalar(select(AuditLog).where(AuditLog.action == "user.donor_page")) is not None


def test_a_bad_donor_page_choice_changes_nothing(client, db, login_as):
    donor = login_as("donor")
    client.post("/account/donor-page", data={"donor_page": "everyone"})
    db.session.expire_all()
    assert donor.donor_page == "off"


def test_only_individual_donors_have_a_public_page(client, db, factory, login_as):
    officer = login_as("village_officer")
    client.post("/account/donor-page", data={"donor_page": "name"})
    db.session.expire_all()
    assert officer.donor_page == "off" and client.get(f"/donors/{officer.id}").status_code == 404


def test_numbers_are_normalised_and_made_up_shapes_are_refused():
    assert certificates.normalise_number("fp 2345 6789 abcd") == "FP-2345-6789-ABCD"
    assert certificates.normalise_number("FP-0000-0000-0000") is None  # 0 is never drawn
    assert certificates.normalise_number("") is None


def test_two_first_views_at_once_keep_one_number(app, db, factory):
    """Two tabs opening a new certificate together: both show the one number that is stored."""
    from app.models import User
    from tests.races import race

    donor = factory.make_user("donor")
    pledge = _received_pledge(factory, donor)
    seen: list[str] = []

    def view(_i):
        seen.append(certificates.certificate(db.session.get(User, donor.id), pledge.id).certificate_number)

    assert race(app, 4, view) == ["ok"] * 4
    db.session.expire_all()
    assert set(seen) == {db.session.get(Pledge, pledge.id).certificate_number}
