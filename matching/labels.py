"""Turn the reasons of a match into short Chinese labels for the portal."""

from __future__ import annotations

from typing import Mapping

__all__ = ["reason_labels"]


def reason_labels(reasons: Mapping[str, float]) -> list[str]:
    """Return short Chinese labels for the strong reasons of a match, most telling first.

    Parameters
    ----------
    reasons : mapping of str to float
        The ``reasons`` of a match (feature name → value in [0, 1]); the portal also stores
        ``item_reason`` (「物品一致：棉被」, from :meth:`matching.lexicon.Lexicon.reason`), shown first.

    Returns
    -------
    list of str
        e.g. ``["物品一致：棉被", "精准优先", "同县", "可满足全部需求", "紧急", "较少获助"]``; 精准优先
        when the ``priority`` reason is at least 0.9 (the offer closes an urgent or seldom helped
        need of the very item, or of one its concept covers).

    Examples
    --------
    >>> reason_labels({"region": 1.0, "coverage": 1.0, "urgency": 1.0})
    ['同县', '可满足全部需求', '紧急']
    """
    item_reason = reasons.get("item_reason")
    r = {k: float(v) for k, v in reasons.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    out: list[str] = []
    text = r.get("text", 0.0)
    if isinstance(item_reason, str) and item_reason:
        out.append(item_reason)
    elif r.get("item", 0.0) >= 0.9:
        out.append("物品一致")
    elif text >= 0.5:
        out.append("物品对口")
    elif text >= 0.25:
        out.append("内容相近")
    if r.get("priority", 0.0) >= 0.9:
        # The 精准 priority rule holds for the item itself: it closes an urgent or seldom helped need.
        out.append("精准优先")
    if r.get("unit", 1.0) == 0.0 and "unit" in r:
        out.append("计量单位不同")
    region = r.get("region", 0.0)
    if region >= 1.0:
        out.append("同县")
    elif region >= 0.75:
        out.append("同市")
    elif region >= 0.5:
        out.append("同省")
    elif r.get("distance", 0.0) >= 0.5:
        out.append("距离较近")
    if r.get("pairing", 0.0) >= 1.0:
        out.append("结对帮扶地区")
    target = r.get("target", 0.0)
    if target >= 1.0:
        out.append("定向本县")
    elif target >= 0.6:
        out.append("定向本市")
    if r.get("category", 0.0) >= 0.5:
        out.append("类别一致")
    coverage = r.get("coverage", 0.0)
    if coverage >= 1.0:
        out.append("可满足全部需求")
    elif coverage >= 0.5:
        out.append("可满足大部分需求")
    urgency = r.get("urgency", 0.0)
    if urgency >= 1.0:
        out.append("紧急")
    elif urgency >= 0.5:
        out.append("较急")
    if r.get("deadline", 0.0) >= 0.9:
        out.append("临近截止")
    if r.get("equity", 0.0) >= 0.5:
        out.append("较少获助")
    return out
