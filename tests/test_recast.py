"""recast: the one loop the whole-incident role passes share."""
from __future__ import annotations

from eventx.analysis import ActorMention
from eventx.recast import recast
from probe import drafts

_D = next(d for d in drafts("اشتبكت قوات الأمن مع مسلحين من تنظيم داعش قرب الموصل أمس.", "2021-03-12")
          if len(d.actors) >= 2)


def test_a_role_given_twice_is_kept_once_at_its_first_place() -> None:
    one = recast(_D, lambda r, a: "agent")
    assert [r for r, _ in one.actors] == ["agent"] * len({a.info for _, a in _D.actors})
    assert [a.info for _, a in one.actors] == list(dict.fromkeys(a.info for _, a in _D.actors))


def test_none_drops_the_actor_and_the_rest_keep_their_roles() -> None:
    first = _D.actors[0][1]

    def drop_first(r: str, a: ActorMention) -> str | None:
        return None if a is first else r

    assert recast(_D, drop_first).actors == _D.actors[1:]
    assert recast(_D, lambda r, a: r).actors == _D.actors
