"""The actor an aim behind لـ names is the aim's object (classes.toml aided,
aim_against): "شن الجيش هجوما لطرد المسلحين" struck the gunmen, "غارات لدعم
القوات العراقية" struck none of the forces it backed.  Look-alikes that keep
their reading stand beside them; the sentences are made up in the corpus's
phrasing.
"""
from __future__ import annotations

import pytest

from probe import all_role_mentions

REF = "2015-08-10"


@pytest.mark.parametrize(("text", "typ", "foe"), [
    ("شن الجيش هجوما لطرد المسلحين من البلدة أمس.", "attack", "المسلحين"),
    ("وشنت القوات هجوما واسعا لطرد مسلحي داعش من المدينة.", "attack", "مسلحي داعش"),
    ("وشنت قوات الأمن حملة أمنية لملاحقة المسلحين في الجبل.", "raid", "المسلحين"),
])
def test_whom_the_aim_is_against_is_no_doer(text: str, typ: str, foe: str) -> None:
    found = all_role_mentions(text, typ, REF)
    assert ("agent", foe) not in found
    assert ("target", foe) in found


@pytest.mark.parametrize(("text", "typ", "ally"), [
    ("وشنت طائرات التحالف غارات جوية لدعم المقاومة الشعبية في عدن.", "air_strike", "المقاومة الشعبية"),
    ("ونفذت الطائرات غارات لمساندة القوات العراقية في الرمادي.", "air_strike", "القوات العراقية"),
])
def test_whom_the_aim_backs_is_no_party(text: str, typ: str, ally: str) -> None:
    assert not any(m == ally for _, m in all_role_mentions(text, typ, REF))


def test_with_the_support_of_still_names_a_codoer() -> None:
    text = "وشنت طائرات التحالف غارات بدعم القوات العراقية على مواقع داعش."
    found = all_role_mentions(text, "air_strike", REF)
    assert ("target", "القوات العراقية") not in found
    assert ("target", "داعش") in found


def test_both_sides_of_a_clash_still_act() -> None:
    text = "واندلعت اشتباكات عنيفة لصد المسلحين في المدينة أمس."
    assert ("agent", "المسلحين") in all_role_mentions(text, "armed_clash", REF)
