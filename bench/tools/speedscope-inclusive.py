#!/usr/bin/env python3
"""Inclusive time per method inside one benchmark method, from a BenchmarkDotNet EventPipe profile.

BenchmarkDotNet's `--profiler EP` writes <benchmark>.speedscope.json (an "evented" profile per thread). This sums,
for every frame, the time during which it was on the stack while the benchmark method was too (recursion counted
once), and prints the frames matching an optional regular expression, largest first.

    python3 bench/tools/speedscope-inclusive.py PROFILE.speedscope.json 'GeneratorBenchmarks.ColdRun' 'Kumo|OpenApiDocument.Parse$'
"""
import collections
import json
import re
import sys


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    path, root, pattern = sys.argv[1], sys.argv[2], (sys.argv[3] if len(sys.argv) > 3 else "")
    with open(path) as file:
        profile = json.load(file)
    frames = [re.sub(r"\(.*\)$", "", frame["name"])[:160] for frame in profile["shared"]["frames"]]
    thread = max(profile["profiles"], key=lambda p: len(p["events"]))
    inclusive = collections.Counter()
    total = 0.0
    stack, last = [], None
    for event in thread["events"]:
        at = event["at"]
        if stack and last is not None:
            names = [frames[i] for i in stack]
            if any(root in name for name in names if "!" in name):
                total += at - last
                for name in set(names):
                    inclusive[name] += at - last
        last = at
        if event["type"] == "O":
            stack.append(event["frame"])
        else:
            while stack and stack.pop() != event["frame"]:
                pass
    print(f"{total:.0f} ms inside frames containing {root!r}")
    for name, ms in inclusive.most_common():
        if re.search(pattern, name):
            print(f"{ms:9.0f} ms {100 * ms / total:5.1f}%  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
