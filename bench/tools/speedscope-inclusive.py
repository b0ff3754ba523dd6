#!/usr/bin/env python3
"""Inclusive time per method inside one benchmark method, from a BenchmarkDotNet EventPipe profile.

BenchmarkDotNet's `--profiler EP` writes <benchmark>.speedscope.json (an "evented" profile per thread). This sums,
for every frame, the time during which it was on the stack while the benchmark method was too (recursion counted
once), and prints the frames matching an optional regular expression, largest first. `--last N` keeps only the last
N calls of the benchmark method: the ones that ran after the JIT had optimized the code.

    python3 bench/tools/speedscope-inclusive.py PROFILE.speedscope.json 'GeneratorBenchmarks.ColdRun' 'Kumo|OpenApiDocument.Parse$' --last 3
"""
import collections
import json
import re
import sys


def main(argv):
    last_calls = None
    if "--last" in argv:
        index = argv.index("--last")
        last_calls = int(argv[index + 1])
        argv = argv[:index] + argv[index + 2:]
    if len(argv) < 3:
        print(__doc__)
        return 2
    path, root, pattern = argv[1], argv[2], (argv[3] if len(argv) > 3 else "")
    with open(path) as file:
        profile = json.load(file)
    frames = [re.sub(r"\(.*\)$", "", frame["name"])[:160] for frame in profile["shared"]["frames"]]
    is_root = [("!" in name and root in name) for name in frames]
    events = max(profile["profiles"], key=lambda p: len(p["events"]))["events"]

    # Pass 1: when each outermost call of the root method started and ended.
    calls, depth, started = [], 0, None
    for event in events:
        if is_root[event["frame"]]:
            if event["type"] == "O":
                depth += 1
                if depth == 1:
                    started = event["at"]
            else:
                depth -= 1
                if depth == 0:
                    calls.append((started, event["at"]))
    if last_calls is not None:
        calls = calls[-last_calls:]
    window_start = calls[0][0] if calls else float("inf")

    # Pass 2: inclusive time of every frame while a kept root call is on the stack.
    inclusive = collections.Counter()
    total = 0.0
    stack, last = [], None
    for event in events:
        at = event["at"]
        if stack and last is not None and last >= window_start and any(is_root[i] for i in stack):
            total += at - last
            for name in {frames[i] for i in stack}:
                inclusive[name] += at - last
        last = at
        if event["type"] == "O":
            stack.append(event["frame"])
        else:
            while stack and stack.pop() != event["frame"]:
                pass
    print(f"{total:.0f} ms in {len(calls)} call(s) of frames containing {root!r}")
    for name, ms in inclusive.most_common():
        if re.search(pattern, name):
            print(f"{ms:9.0f} ms {100 * ms / max(total, 1e-9):5.1f}%  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
