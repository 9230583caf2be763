#!/usr/bin/python3
"""Checks the Flatpak manifest offline (it cannot be built without a network): valid YAML,
the fields flatpak-builder needs, the app's command, and no network permission."""
import sys

import yaml

path = sys.argv[1]
with open(path, encoding="utf-8") as file:
    manifest = yaml.safe_load(file)

problems = []
for key in ("id", "runtime", "runtime-version", "sdk", "command", "modules", "finish-args"):
    if key not in manifest and not (key == "id" and "app-id" in manifest):
        problems.append(f"missing '{key}'")
if manifest.get("id", manifest.get("app-id")) != "nl.offlimits.MeldpuntKiosk":
    problems.append(f"the app id is {manifest.get('id', manifest.get('app-id'))!r}")
if manifest.get("runtime") != "org.kde.Platform":
    problems.append("the runtime is not the KDE runtime")
if manifest.get("command") != "meldpunt-kiosk":
    problems.append("the command is not meldpunt-kiosk")
for argument in manifest.get("finish-args", []):
    if "network" in argument or argument.startswith("--talk-name=org.freedesktop.NetworkManager"):
        problems.append(f"finish-args grant the network: {argument}")
names = [module.get("name") if isinstance(module, dict) else module for module in manifest.get("modules", [])]
if "meldpunt-kiosk" not in names:
    problems.append("no module builds meldpunt-kiosk")
for module in manifest.get("modules", []):
    if isinstance(module, dict) and module.get("build-options", {}).get("build-args"):
        if any("share=network" in arg for arg in module["build-options"]["build-args"]):
            problems.append(f"module {module.get('name')} builds with the network")

for problem in problems:
    print(f"{path}: {problem}")
print(f"{path}: {'valid' if not problems else 'invalid'}; modules: {', '.join(map(str, names))}")
sys.exit(1 if problems else 0)
