#!/usr/bin/env bash
# Compiles the Sfera bridge with Debian's Mono compiler (apt-get install mono-mcs mono-runtime):
#   build/SferaBridge.exe          the bridge shipped with the agent (x86, .NET Framework 4.8, late-bound COM)
#   build/SferaBridge.Tests.exe    its unit tests, against stand-ins for Sfera's COM objects
#   build/SferaBridge.StandIn.exe  the bridge over those stand-ins, for the agent's contract tests
set -euo pipefail
cd "$(dirname "$0")"
command -v mcs >/dev/null || { echo "mcs not found: apt-get install -y mono-mcs mono-runtime" >&2; exit 1; }
mkdir -p build
flags=(-nologo -langversion:7.2 -warnaserror -platform:x86 -r:Microsoft.CSharp.dll)
mapfile -t bridge < <(find src -name '*.cs' ! -name Program.cs | sort)
mapfile -t tests < <(find tests -name '*.cs' ! -name StandInProgram.cs | sort)
mapfile -t fakes < <(find tests/Fakes -name '*.cs' | sort)
mcs "${flags[@]}" -target:exe -out:build/SferaBridge.exe "${bridge[@]}" src/Program.cs
cp SferaBridge.exe.config build/SferaBridge.exe.config
mcs "${flags[@]}" -target:exe -out:build/SferaBridge.Tests.exe "${bridge[@]}" "${tests[@]}"
mcs "${flags[@]}" -target:exe -out:build/SferaBridge.StandIn.exe "${bridge[@]}" "${fakes[@]}" tests/StandInProgram.cs
