"""The figures of bench/ui_stalls.py: percentiles, tables and the comparison with the baseline."""

from __future__ import annotations

import argparse
import itertools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bench.ui_stalls import Probe

HEARTBEAT_MS = 5
STALL_MS = 16.0  # a stall this long is a dropped frame at 60 Hz
KINDS = ("create_enquiry", "update_contact", "add_note")


# --- the figures -------------------------------------------------------------------------------
def pct(values: list[float], p: float) -> float:
    from bench.common import percentile

    return percentile(sorted(values), p) if values else float("nan")


def attribute_paints(probe: Any) -> None:
    """Give each signal the list paints Qt ran after it: those starting after `_changed` returned
    and before the next signal, within 100 ms (a paint Qt schedules runs on the next pass)."""
    paints = sorted((start, end) for what, start, end in probe.busy if what == "list paint")
    ordered = sorted(probe.signals, key=lambda x: x["t1"])
    for n, signal in enumerate(ordered):
        done = signal["t1"]
        until = min(done + 0.1, ordered[n + 1]["t0"] if n + 1 < len(ordered) else done + 0.1)
        mine = [(a, b) for a, b in paints if done <= a < until]
        signal["paints"] = len(mine)
        signal["paint_ms"] = sum(b - a for a, b in mine) * 1000


def report(figures: dict[str, Any], args: argparse.Namespace) -> None:
    from bench.common import print_table

    probe: Probe = figures["probe"]
    pushed = figures["pushed"]
    pushes = pushed["pushes"]
    seconds = pushed["end"] - pushed["go"]
    refused = sum(p["refused"] for p in pushes)
    unreached = sum(not p["reached"] for p in pushes)
    per_push = [(p["synced"] - p["started"]) * 1000 for p in pushes]
    print(
        f"\n  [anna pushed {len(pushes):,} changes in {seconds:.1f} s ({len(pushes) / seconds:.1f}/s; "
        + ", ".join(f"{k} {sum(p['kind'] == k for p in pushes)}" for k in KINDS)
        + f"); refused {refused}, sync not reached {unreached}; perform + sync_now p50 "
        f"{pct(per_push, 50):.0f} ms, p95 {pct(per_push, 95):.0f} ms, max {max(per_push):.0f} ms]"
    )
    print(f"  [marco's list at the end: {figures['rows']:,} rows]")

    # heartbeat
    gaps: dict[str, list[float]] = {}
    edges: dict[str, list[tuple[float, float]]] = {}
    for seg, ticks in probe.ticks.items():
        variant = probe.segment_variant[seg]
        for a, b in itertools.pairwise(ticks):
            gaps.setdefault(variant, []).append((b - a) * 1000)
            edges.setdefault(variant, []).append((a, b))
    rows = []
    for variant in ("idle", "ours", "baseline"):
        g = gaps.get(variant, [])
        s = [max(0.0, x - HEARTBEAT_MS) for x in g]
        long = [x for x in s if x > STALL_MS]
        rows.append(
            [
                variant,
                len(g),
                f"{pct(g, 50):.1f} / {pct(g, 95):.1f} / {pct(g, 99):.1f} / {max(g):.1f}",
                f"{pct(s, 50):.1f} / {pct(s, 95):.1f} / {pct(s, 99):.1f} / {max(s):.1f}",
                len(long),
                f"{sum(long):.0f}",
            ]
        )
    print_table(
        f"UI-thread heartbeat: QTimer every {HEARTBEAT_MS} ms (precise); stall = gap - {HEARTBEAT_MS} ms "
        f"(target p99 <= {STALL_MS:.0f} ms)",
        [
            "variant",
            "ticks",
            "gap ms p50/p95/p99/max",
            "stall ms p50/p95/p99/max",
            f"stalls > {STALL_MS:.0f}",
            "ms lost",
        ],
        rows,
    )

    # pulled change -> list repainted
    attribute_paints(probe)
    rows = []
    stats: dict[str, dict[str, float]] = {}
    for variant in ("ours", "baseline"):
        sig = [s for s in probe.signals if s["variant"] == variant]
        if not sig:
            rows.append([variant, 0, "-", "-", "-", "-", "-", "-", "-", "-"])
            continue
        ms = [s["ms"] + s["paint_ms"] for s in sig]
        per_id = [m / max(1, len(s["ids"])) for m, s in zip(ms, sig, strict=True)]
        listed = [s["list_ms"] + s["paint_ms"] + s["repaint_ms"] for s in sig]
        model_ms = [s["model_ms"] for s in sig]
        painted = [s["paint_ms"] + s["repaint_ms"] for s in sig]
        kept = [k for k in probe.kept if k["variant"] == variant]
        same_shown = sum(k["before"][0] == k["after"][0] for k in kept)
        same_rows = sum(k["before"][1] == k["after"][1] for k in kept)
        same_top = sum(k["before"][2] == k["after"][2] for k in kept)
        stats[variant] = {"p50": pct(listed, 50), "p95": pct(listed, 95), "max": max(listed)}
        rows.append(
            [
                variant,
                len(sig),
                sum(len(s["ids"]) for s in sig),
                f"{pct(ms, 50):.1f} / {pct(ms, 95):.1f} / {max(ms):.1f}",
                f"{pct(per_id, 50):.1f} / {pct(per_id, 95):.1f} / {max(per_id):.1f}",
                f"{pct(listed, 50):.1f} / {pct(listed, 95):.1f} / {max(listed):.1f}",
                f"{pct(model_ms, 50):.1f} / {max(model_ms):.1f}",
                f"{sum(s['paints'] for s in sig) / len(sig):.2f}; "
                f"{pct(painted, 50):.1f} / {max(painted):.1f}",
                probe.resets.get(variant, 0),
                f"{same_shown}/{same_rows}/{same_top} of {len(kept)}",
            ]
        )
    forced = " + the forced whole-viewport repaint" if args.forced_repaint else ""
    print_table(
        "pulled change -> list repainted: sync `changed` reaching the window (`_changed`) and the list "
        f"paints Qt runs after it{forced}; ms p50 / p95 / max ('list' target <= 5 ms)",
        [
            "variant",
            "signals",
            "ids",
            "per signal",
            "per id named",
            "list: update + paints",
            "model update p50/max",
            "paints/signal; ms p50/max",
            "resets",
            "kept: shown/selected/top",
        ],
        rows,
    )
    quiet = probe.quiet_repaints
    print(
        f"  [the same forced repaint with no sync running (idle segment, every 200 ms): n={len(quiet)}, "
        f"p50 {pct(quiet, 50):.1f} ms, max {max(quiet):.1f} ms]"
    )
    print(
        f"  [{probe.other_signals} sync signals named no enquiry (notifications, people, ...) and are not "
        f"counted; 'shown one not named': signals that did not name the enquiry in the detail pane]"
    )
    if "ours" in stats and "baseline" in stats:
        mine, old = stats["ours"], stats["baseline"]
        ho, hb = (
            pct([max(0.0, x - HEARTBEAT_MS) for x in gaps.get(v, [])], 99) for v in ("ours", "baseline")
        )
        print(
            f"  baseline / ours: list per signal p50 {old['p50'] / mine['p50']:.1f}x, "
            f"p95 {old['p95'] / mine['p95']:.1f}x, max {old['max'] / mine['max']:.1f}x; "
            f"heartbeat stall p99 {hb:.1f} vs {ho:.1f} ms "
            f"({hb / ho if ho else float('inf'):.1f}x)"
        )
    for k in probe.kept:
        if k["variant"] in ("ours", "baseline") and k["before"] != k["after"]:
            print(f"  [{k['variant']} segment: view state changed {k['before']} -> {k['after']}]")

    # end to end: anna's push answered -> marco's list repainted with it
    seen: dict[str, list[dict[str, Any]]] = {}
    for signal in probe.signals:
        for eid in signal["ids"]:
            seen.setdefault(eid, []).append(signal)
    latency: dict[str, list[float]] = {}
    used: set[tuple[str, int]] = set()
    missed = 0
    for p in sorted(pushes, key=lambda p: p["started"]):
        if p["refused"] or p["answered"] is None:
            continue
        match = next(
            (
                (i, signal)
                for i, signal in enumerate(seen.get(p["id"], []))
                if signal["t1"] > p["committed"] and (p["id"], i) not in used
            ),
            None,
        )
        if match is None:
            missed += 1
            continue
        used.add((p["id"], match[0]))
        latency.setdefault(match[1]["variant"], []).append((match[1]["t1"] - p["answered"]) * 1000)
    rows = [
        [v, len(x), pct(x, 50), pct(x, 95), max(x)] for v in ("ours", "baseline") if (x := latency.get(v))
    ]
    print_table(
        "anna's push answered -> marco's list repainted with it (poke, pull, apply, signal, repaint); ms",
        ["variant", "changes", "p50", "p95", "max"],
        rows,
    )
    if missed:
        print(f"  [{missed} pushed changes never reached marco's list in a sync signal]")

    # what the UI thread did during the long stalls
    rows = []
    for variant in ("idle", "ours", "baseline"):
        causes: dict[str, list[float]] = {}
        for a, b in edges.get(variant, []):
            stall = (b - a) * 1000 - HEARTBEAT_MS
            if stall <= STALL_MS:
                continue
            overlap: dict[str, float] = {}
            for what, start, end in probe.busy:
                if end > a and start < b:
                    overlap[what] = overlap.get(what, 0.0) + (min(b, end) - max(a, start)) * 1000
            what, covered = max(overlap.items(), key=lambda kv: kv[1], default=("other", 0.0))
            if covered < stall / 2:
                what = "other (no timed UI work: GIL or CPU held elsewhere, Qt)"
            causes.setdefault(what, []).append(stall)
        for what, stalls in sorted(causes.items(), key=lambda kv: -sum(kv[1])):
            rows.append([variant, what, len(stalls), f"{sum(stalls):.0f}", f"{max(stalls):.1f}"])
    print_table(
        f"stalls > {STALL_MS:.0f} ms by what the UI thread ran during most of it",
        ["variant", "mostly in", "stalls", "ms", "max ms"],
        rows or [["-", "none", 0, "0", "0"]],
    )
    rows = []
    for variant in ("setup", "idle", "ours", "baseline", "drain"):
        work: dict[str, list[float]] = {}
        for what, start, end in probe.busy:
            if probe.variant_at(start) == variant:
                work.setdefault("gc" if what.startswith("gc") else what, []).append((end - start) * 1000)
        span = sum(e - s for v, s, e in probe.segment_times if v == variant)
        for what, v in sorted(work.items()):
            rows.append(
                [
                    variant,
                    what,
                    len(v),
                    pct(v, 50),
                    pct(v, 95),
                    max(v),
                    f"{sum(v) / span / 10:.1f} %" if span else "-",
                ]
            )
        syncs = [x for x in probe.syncs if probe.variant_at(x["t0"]) == variant]
        if syncs and span:
            wall, cpu = [x["ms"] for x in syncs], [x["cpu_ms"] for x in syncs]
            share = f"{sum(wall) / span / 10:.1f} % wall, {sum(cpu) / span / 10:.1f} % CPU"
            rows.append(
                [
                    variant,
                    "sync thread: sync_now (CPU apart)",
                    len(syncs),
                    f"{pct(wall, 50):.1f} ({pct(cpu, 50):.1f})",
                    f"{pct(wall, 95):.1f} ({pct(cpu, 95):.1f})",
                    f"{max(wall):.1f} ({max(cpu):.1f})",
                    share,
                ]
            )
    print_table(
        "work on marco's UI thread (and his sync thread) per segment; ms; share of the segment's time "
        "(setup: outside the segments, e.g. loading the list; drain: the 3 s after the pushes)",
        ["variant", "what", "n", "p50", "p95", "max", "share"],
        rows,
    )
    if args.profile:
        import pstats

        print(f"\n  [UI thread during the 'ours' segments, cProfile -> {args.profile}; top by own time]")
        pstats.Stats(args.profile).sort_stats("tottime").print_stats(15)
        pstats.Stats(args.profile).sort_stats("cumulative").print_stats(25)
