"""Every email address and phone number in a contacts file, read without Liaison's parser.

Usage: countEmailsPhones.py FILE vcard|csv ENCODING [DELIMITER] [header|noheader]
Prints {"emails": [...], "phones": [...]} as JSON. vCards are read with vobject, one card at a
time (a card that lost its END:VCARD is closed at the next BEGIN:VCARD, so vobject can read it);
CSV with Python's csv module, every cell that is an email address or a phone number.
"""
import csv
import json
import re
import sys

import vobject



def emailsAndPhones(chunk):
    """The card with only the lines vobject needs here: other values (a QP note in a code page
    vobject cannot decode) would stop it before it reached the emails and phones."""
    kept, keep, soft = [], False, False
    for line in chunk.splitlines():
        # A QP soft break just before END:VCARD is a writer's slip: the card still ends there.
        continued = (soft or line.startswith((' ', '\t'))) and not re.fullmatch(r'(?i)(BEGIN|END):VCARD\s*', line)
        if not continued:
            name = line.split(':', 1)[0].split(';', 1)[0].split('.')[-1].upper()
            keep = name in ('BEGIN', 'END', 'VERSION', 'EMAIL', 'TEL')
        if keep:
            kept.append(line)
        soft = line.endswith('=') and 'QUOTED-PRINTABLE' in line.upper() or (soft and line.endswith('='))
    return '\r\n'.join(kept) + '\r\n'


path, kind, encoding = sys.argv[1:4]
text = open(path, encoding=encoding, newline='').read().lstrip('\ufeff')
emails, phones = [], []
if kind == 'vcard':
    for chunk in re.split(r'(?im)^(?=BEGIN:VCARD\r?$)', text):
        if not chunk.strip():
            continue
        if not re.search(r'(?im)^END:VCARD\s*$', chunk):
            chunk = chunk.rstrip('\r\n') + '\r\nEND:VCARD\r\n'
        card = vobject.readOne(emailsAndPhones(chunk))
        emails += [e.value.strip() for e in card.contents.get('email', [])]
        phones += [t.value.strip() for t in card.contents.get('tel', [])]
else:
    delimiter = sys.argv[4]
    rows = list(csv.reader(text.splitlines(True), delimiter=delimiter))
    if sys.argv[5] == 'header':
        rows = rows[1:]
    for row in rows:
        for cell in row:
            for value in (v.strip() for v in cell.split(' ::: ')):
                digits = sum(ch.isdigit() for ch in value)
                if re.fullmatch(r'[^\s@,;]+@[^\s@,;]+', value):
                    emails.append(value)
                elif re.fullmatch(r'\+?[\dA-Z\s().\-/]{7,}', value) and digits >= 4 and (value.startswith('+') or digits >= 7):
                    phones.append(value)
print(json.dumps({'emails': emails, 'phones': phones}, ensure_ascii=False))
