"""Encrypt households' personal data at rest and hash ID numbers for duplicate search.

One secret (``PERSONAL_DATA_KEY``) yields three keys through HKDF: a Fernet key that encrypts ID
numbers, phone numbers, names and addresses; an HMAC key that turns an ID number into a stable
fingerprint, so two registrations of the same person can be found without storing the number in clear;
and an HMAC key for the blind index of names, so the registry can be searched by a head's exact name.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import unicodedata

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask import current_app


def _derive(secret: str, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"fupin-personal-data", info=purpose).derive(
        secret.encode("utf-8")
    )


class PersonalDataCipher:
    """Encrypt, decrypt and fingerprint personal data with keys derived from one secret."""

    def __init__(self, secret: str):
        if not secret:
            raise ValueError("PERSONAL_DATA_KEY must not be empty")
        self._fernet = Fernet(base64.urlsafe_b64encode(_derive(secret, b"encrypt")))
        self._hmac_key = _derive(secret, b"fingerprint")
        # A separate key: a name's index can never be compared with an ID number's fingerprint.
        self._name_key = _derive(secret, b"name-index")

    def encrypt(self, value: str | None) -> str | None:
        """Return the token of ``value``; None stays None."""
        if value is None:
            return None
        return self._fernet.encrypt(value.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str | None) -> str | None:
        """Return the clear text of ``token``; None stays None."""
        if token is None:
            return None
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken as exc:  # wrong key or tampered row: never show ciphertext as data
            raise ValueError("personal data cannot be decrypted with the configured key") from exc

    def fingerprint(self, id_number: str | None) -> str | None:
        """Return the keyed hash of a normalised ID number, for finding duplicates."""
        if not id_number:
            return None
        normalised = id_number.strip().upper()
        return hmac.new(self._hmac_key, normalised.encode("ascii"), hashlib.sha256).hexdigest()


    def name_index(self, name: str | None) -> str | None:
        """Return the blind index of a person's name: the keyed hash of ``normalise_name(name)``.

        Equal for names that differ only in width, spacing or the middle dot (张三明 = 张 三明,
        阿依古丽·买买提 = 阿依古丽.买买提); None for an empty name. Only whole names match.
        """
        normalised = normalise_name(name)
        if not normalised:
            return None
        return hmac.new(self._name_key, normalised.encode("utf-8"), hashlib.sha256).hexdigest()


# Spaces and the separators of transliterated minority names (· • ・ . and their full-width forms).
_NAME_NOISE = re.compile(r"[\s·•・.．\u00b7\u2022\u2027\u30fb]+")


def normalise_name(name: str | None) -> str:
    """Return ``name`` as the blind index hashes it: NFKC, lower case, without spaces or middle dots."""
    if not name:
        return ""
    return _NAME_NOISE.sub("", unicodedata.normalize("NFKC", name)).casefold()


def cipher() -> PersonalDataCipher:
    """Return the current app's cipher."""
    return current_app.extensions["personal_data"]


def init_app(app) -> None:
    """Bind a cipher built from the app's ``PERSONAL_DATA_KEY``."""
    app.extensions["personal_data"] = PersonalDataCipher(app.config["PERSONAL_DATA_KEY"])


def mask_name(name: str | None) -> str:
    """Mask a person's name for public pages: 张三明 → 张*明, 张三 → 张*, 欧阳小明 → 欧**明."""
    if not name:
        return ""
    name = name.strip()
    if len(name) <= 1:
        return "*"
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
