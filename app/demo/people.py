"""Made-up but well-formed personal data: names, 18-digit ID numbers, phone numbers and credit codes."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from ..models.organisation import credit_code_check_char
from . import vocabulary as v

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_PHONE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157",
    "158", "159", "166", "173", "177", "180", "181", "182", "183", "187", "188", "189", "191", "199",
)

_SURNAMES = [s for s, _ in v.SURNAMES]
_SURNAME_CUM = list(accumulate(w for _, w in v.SURNAMES))


def id_check_digit(first17: str) -> str:
    """Return the check character of a resident ID number (GB 11643, ISO 7064 MOD 11-2)."""
    return _ID_CHECK[sum(int(ch) * w for ch, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def id_number_is_valid(number: str) -> bool:
    """Return whether ``number`` is 18 characters with a correct check character."""
    return len(number) == 18 and number[:17].isdigit() and id_check_digit(number[:17]) == number[17]


def org_code_check_char(first8: str) -> str:
    """Return the check character of a 9-character organisation code (GB 11714)."""
    total = sum(int(ch, 36) * w for ch, w in zip(first8, _ORG_CODE_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


@dataclass(frozen=True)
class Person:
    """A made-up person: name, gender and birth date."""

    name: str
    gender: str  # male / female
    birth: date


class PeopleMaker:
    """Make names, ID numbers and phone numbers from one random stream, never repeating an ID number."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self._ids: set[str] = set()
        self._credit_codes: set[str] = set()

    def surname(self) -> str:
        """Return a surname, common ones more often."""
        return self.rng.choices(_SURNAMES, cum_weights=_SURNAME_CUM)[0]

    def name(self, gender: str, born: int, surname: str | None = None) -> str:
        """Return a three- or four-character name in the style of the generation born in ``born``."""
        if born >= 1998:
            pool = v.GIVEN_NAMES_CHILD_MALE if gender == "male" else v.GIVEN_NAMES_CHILD_FEMALE
        else:
            pool = v.GIVEN_NAMES_MALE if gender == "male" else v.GIVEN_NAMES_FEMALE
        return (surname or self.surname()) + self.rng.choice(pool)

    def birth_date(self, year: int) -> date:
        """Return a day of ``year``."""
        return date(year, 1, 1) + timedelta(days=self.rng.randrange(365))

    def id_number(self, county_code: str, birth: date, gender: str) -> str:
        """Return a new 18-digit ID number of someone born in ``county_code`` with a valid check digit."""
        while True:
            seq = self.rng.randrange(0, 500) * 2 + (1 if gender == "male" else 0)  # odd: male, even: female
            body = f"{county_code}{birth:%Y%m%d}{seq:03d}"
            number = body + id_check_digit(body)
            if number not in self._ids:
                self._ids.add(number)
                return number

    def phone(self) -> str:
        """Return a mobile number (1xx xxxx xxxx)."""
        return self.rng.choice(_PHONE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def credit_code(self, department: str, kind: str, region6: str) -> str:
        """Return a new 统一社会信用代码: department, kind, region, organisation code and check character."""
        while True:
            body8 = f"{self.rng.randrange(10**8):08d}"
            org_code = body8 + org_code_check_char(body8)
            first17 = f"{department}{kind}{region6}{org_code}"
            code = first17 + credit_code_check_char(first17)
            if code not in self._credit_codes:
                self._credit_codes.add(code)
                return code

    def family(self, rng: random.Random, cause: str, attribute: str, year: int) -> list[dict]:
        """Return the members of a household, head first: name, relation, gender, birth, health, education."""
        return _make_family(self, rng, cause, attribute, year)


def _make_family(people: PeopleMaker, rng: random.Random, cause: str, attribute: str, year: int) -> list[dict]:
    """Return the members of a household, head first: name, relation, gender, birth, health, education."""
    head_born = rng.choices((rng.randrange(1940, 1956), rng.randrange(1956, 1971), rng.randrange(1971, 1986),
                             rng.randrange(1986, 1996)), weights=(25, 40, 30, 5))[0]
    head_gender = "male" if rng.random() < 0.8 else "female"
    if attribute == "extreme_poverty":
        size = rng.choice((1, 1, 1, 2))
    else:
        size = rng.choices((1, 2, 3, 4, 5, 6, 7), weights=(8, 18, 22, 25, 17, 7, 3))[0]
    surname = people.surname()
    head_health = {"illness": rng.choice(("长期慢性病", "大病")), "disability": "残疾"}.get(cause, "健康")
    members = [_member(people, "户主", head_gender, head_born, year, head_health, surname)]
    if size >= 2 and year - head_born < 80 and rng.random() < 0.85:
        spouse_gender = "female" if head_gender == "male" else "male"
        members.append(_member(people, "配偶", spouse_gender, head_born + rng.randrange(-3, 6), year,
                               rng.choice(v.HEALTH_STATES), None))
    father_surname = surname if head_gender == "male" else people.surname()
    if head_born >= 1965:
        while len(members) < size:
            if head_born >= 1975 and rng.random() < 0.2 and not any(m["relation"] in ("之父", "之母") for m in members):
                gender = rng.choice(("male", "female"))
                members.append(_member(people, "之父" if gender == "male" else "之母", gender,
                                       head_born - rng.randrange(22, 32), year, rng.choice(v.HEALTH_STATES),
                                       surname if gender == "male" else None))
                continue
            gender = rng.choice(("male", "female"))
            born = min(year - 1, head_born + rng.randrange(20, 35))
            members.append(_member(people, "之子" if gender == "male" else "之女", gender, born, year, "健康",
                                   father_surname))
    else:
        child_gender = "male" if rng.random() < 0.7 else "female"
        child_born = min(year - 18, head_born + rng.randrange(20, 32))
        if len(members) < size:
            members.append(_member(people, "之子" if child_gender == "male" else "之女", child_gender, child_born,
                                   year, rng.choice(v.HEALTH_STATES), father_surname))
        if len(members) < size and child_gender == "male" and rng.random() < 0.6:
            members.append(_member(people, "之儿媳", "female", child_born + rng.randrange(-2, 4), year, "健康", None))
        while len(members) < size:
            gender = rng.choice(("male", "female"))
            born = min(year - 1, child_born + rng.randrange(20, 32))
            members.append(_member(people, "之孙子" if gender == "male" else "之孙女", gender, born, year, "健康",
                                   father_surname if child_gender == "male" else None))
    names = set()
    for member in members:
        while member["name"] in names:
            member["name"] = people.name(member["gender"], member["birth"].year, member["name"][0])
        names.add(member["name"])
    return members


def _member(people: PeopleMaker, relation: str, gender: str, born: int, year: int, health: str,
            surname: str | None) -> dict:
    age = year - born
    if age < 22:
        education = next((label for limit, label in v.CHILD_EDUCATION_BY_AGE if age < limit), "高中")
    else:
        education = people.rng.choice(v.ADULT_EDUCATION) if born < 1975 else people.rng.choice(
            ("初中", "初中", "高中", "中专", "大专"))
    return {"name": people.name(gender, born, surname), "relation": relation, "gender": gender,
            "birth": people.birth_date(born), "health": health, "education": education}
