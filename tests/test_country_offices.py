"""An office of a country named in the construct state with no holder after
it ("زعيم كوريا الشمالية"، "سفير هولندا") is that country's office holder,
an actor of its government, not the bare country."""
from __future__ import annotations

import eventx


def actors(text: str, etype: str) -> list[tuple[str, str, str | None]]:
    """(role, name, code) of the actors of the first event of a type."""
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2017-05-05")]
    ev = next(e for e in evs if e["type"] == etype)
    return [(a["role"], a["name"], a.get("code")) for a in ev["actors"]]


def test_a_countrys_leader_is_its_government_not_the_country() -> None:
    got = actors("هدد زعيم كوريا الشمالية بضرب الولايات المتحدة بصواريخ نووية.", "threat")
    agents = [(n, c) for r, n, c in got if r == "agent"]
    assert agents and agents[0][1] == "PRKGOV" and agents[0][0].startswith("زعيم")


def test_a_named_holder_is_still_the_person() -> None:
    got = actors("أدى زعيم كوريا الشمالية كيم جونغ أون زيارة إلى وحدات الجيش.", "meeting")
    assert all(c != "PRKGOV" for _, _, c in got)


def test_a_city_standing_for_a_country_has_no_office_of_it() -> None:
    """"عمدة لندن" is London's mayor: no office of the UK government."""
    got = actors("وأدان عمدة لندن الهجوم الإرهابي على الجسر.", "statement")
    assert all(c != "GBRGOV" for _, _, c in got)


def test_an_office_in_apposition_is_the_person_before_it() -> None:
    text = ("أجرى ولي العهد اتصالا هاتفيا بالملك عبدالله الثاني بن الحسين، "
            "ملك المملكة الأردنية الهاشمية.")
    assert all(not n.startswith("ملك") for _, n, _ in actors(text, "phone_call"))


def test_a_holder_after_an_honorific_or_an_accreditation_is_named() -> None:
    """"أمير دولة الكويت سمو الشيخ …"، "سفير فرنسا لدى الأمم المتحدة فلان": the
    holder is named after all, and the country stays a place of the text."""
    for text, code in [
        ("وأجرى أمير دولة الكويت سمو الشيخ صباح الأحمد اتصالا هاتفيا بالرئيس المصري.", "KWTGOV"),
        ("وقال سفير فرنسا لدى الأمم المتحدة فرانسوا دولاتر إن بلاده تدين الهجوم.", "FRAGOV"),
    ]:
        places = [e.mention.text for e in eventx.entities(text) if e.label == "PLACE"]
        assert any(p.endswith(("الكويت", "فرنسا")) for p in places), places
        evs = [e.to_dict() for e in eventx.extract(text, reference_date="2017-05-05")]
        assert all(a.get("code") != code or not a["name"].startswith(("أمير", "سفير"))
                   for e in evs for a in e["actors"])
