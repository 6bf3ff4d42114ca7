"""Photos: type by content, size limit, metadata stripped, random names, served only to who may see them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from app.errors import Invalid
from app.extensions import db
from app.models import Photo
from app.services import uploads
from tests.app.needlife import jpeg_with_exif, png_bytes


def _photo_for(factory, need) -> Photo:
    photo = uploads.save_image(("p.jpg", jpeg_with_exif()))
    photo.need_id = need.id
    db.session.add(photo)
    db.session.commit()
    return photo


def test_exif_metadata_is_stripped_on_upload(app, db):
    photo = uploads.save_image(("camera.jpg", jpeg_with_exif()))
    stored = Path(app.config["UPLOAD_DIR"]) / photo.stored_name
    data = stored.read_bytes()
    assert b"SecretCam" not in data and b"GPS" not in data
    assert not Image.open(io.BytesIO(data)).getexif()


def test_stored_name_is_random_and_not_the_uploaded_name(db):
    photo = uploads.save_image(("../../etc/passwd.png", png_bytes()))
    assert "passwd" not in photo.stored_name and photo.stored_name.endswith(".png")
    assert len(photo.stored_name) == 36


def test_a_file_that_is_not_an_image_is_refused_whatever_its_name(db):
    with pytest.raises(Invalid, match="不是有效的图片"):
        uploads.save_image(("photo.jpg", b"<?php echo 'hello'; ?>"))


def test_an_image_type_outside_the_list_is_refused(db):
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "BMP")
    with pytest.raises(Invalid, match="只能上传"):
        uploads.save_image(("x.bmp", out.getvalue()))


def test_a_file_over_the_size_limit_is_refused(app, db):
    previous, app.config["UPLOAD_MAX_BYTES"] = app.config["UPLOAD_MAX_BYTES"], 1000
    try:
        with pytest.raises(Invalid, match="不能超过"):
            uploads.save_image(("big.png", png_bytes((400, 400)) + b"\0" * 2000))
    finally:
        app.config["UPLOAD_MAX_BYTES"] = previous


def test_photo_of_a_public_need_is_served_to_anyone(client, factory):
    photo = _photo_for(factory, factory.make_need(status="published"))
    response = client.get(f"/photos/{photo.id}")
    response.close()
    assert response.status_code == 200 and response.mimetype == "image/jpeg"


def test_photo_of_a_pending_need_is_hidden_from_visitors_and_donors(client, factory, login_as):
    photo = _photo_for(factory, factory.make_need(status="pending"))
    assert client.get(f"/photos/{photo.id}").status_code == 404
    login_as("donor")
    assert client.get(f"/photos/{photo.id}").status_code == 404


def test_photo_of_a_pending_need_is_served_to_the_reviewing_office(client, factory, login_as):
    photo = _photo_for(factory, factory.make_need(status="pending"))
    login_as("office", office_level="township")
    response = client.get(f"/photos/{photo.id}")
    response.close()
    assert response.status_code == 200


def test_photo_of_a_pending_need_is_hidden_from_an_office_of_another_county(client, factory, login_as):
    photo = _photo_for(factory, factory.make_need(status="pending"))
    login_as("office", office_level="county", region_code=factory.OTHER_TOWNSHIP[:6])
    assert client.get(f"/photos/{photo.id}").status_code == 404


def test_more_than_nine_photos_are_refused(client, factory):
    from tests.app.needlife import make_world, need_form, sign_in

    w = make_world()
    sign_in(client, w.officer)
    data = need_form(f"h{w.household.id}")
    data["photos"] = [(io.BytesIO(png_bytes()), f"p{i}.png") for i in range(10)]
    response = client.post("/work/needs/new", data=data, content_type="multipart/form-data")
    assert "最多上传9张照片" in response.get_data(as_text=True)
    assert db.session.query(Photo).count() == 0
