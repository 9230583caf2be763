#!/usr/bin/python3
"""The counsellor's handout as a phone reads it: the real program writes the PDF for the cards a
visitor most needs, poppler renders its pages, zbar decodes every QR code on them, and what the
codes open must be exactly what the content's verified contacts open (--list gives each
contact's "qr" and "evidence"); every verified number and address is printed as text, and no
fact without evidence is on the paper.

    handout-qr.py BINARY        exit 0 when all holds; a line per fault otherwise
"""
import json
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

CARDS = ["politie", "meldpunt-kinderporno", "helpwanted", "stop-it-now", "centrum-seksueel-geweld",
         "slachtofferhulp", "veilig-thuis", "meld-misdaad-anoniem", "verbreek-de-stilte"]


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def main():
    binary = sys.argv[1]
    faults = []
    for lang in ("nl", "en"):
        cards = {}
        for line in run(binary, "--list", "--lang", lang).splitlines():
            item = json.loads(line)
            if item["kind"] == "organisation":
                cards[item["id"]] = item
        wanted, shown, hidden = set(), set(), set()
        for card_id in CARDS:
            card = cards[card_id]
            verified = [c for c in card["contacts"] if c["evidence"]["kind"] != "none"]
            # A card without a verified contact prints the one to go to instead.
            if not verified and card["instead"]:
                verified = [c for c in cards[card["instead"]]["contacts"] if c["evidence"]["kind"] != "none"]
            for contact in card["contacts"]:
                if contact["evidence"]["kind"] == "none":
                    hidden.add(contact["value"])
            for contact in verified:
                wanted.add(contact["qr"])
                shown.add(contact["value"])
        hidden -= shown  # a value that a verified contact shares (a chat at the website) is printed
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder, "handout.pdf")
            subprocess.run([binary, "--lang", lang, "--handout", ",".join(CARDS), "--output", str(pdf)], check=True)
            subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(Path(folder, "page"))], check=True)
            pages = sorted(Path(folder).glob("page*.png"))
            decoded = subprocess.run(["zbarimg", "--raw", "-q", *map(str, pages)], capture_output=True, text=True).stdout
            codes = [line for line in decoded.splitlines() if line]
            # NFKC: the PDF's text has ligatures ("ﬀ" in slachtofferhulp.nl).
            text = unicodedata.normalize("NFKC", run("pdftotext", "-layout", str(pdf), "-"))
        if set(codes) != wanted:
            faults.append(f"{lang}: the QR codes open {sorted(set(codes))}, the verified contacts {sorted(wanted)}")
        for value in sorted(shown):
            if value not in text:
                faults.append(f"{lang}: {value} is not printed")
        for value in sorted(hidden):
            if value in text:
                faults.append(f"{lang}: {value}, which has no evidence, is printed")
        print(f"{lang}: {len(pages)} page(s), {len(codes)} QR codes decoded, {len(set(codes))} targets, "
              f"{len(shown)} verified contacts printed, {len(hidden)} unverified left out")
    for fault in faults:
        print(fault)
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
