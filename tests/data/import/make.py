#!/usr/bin/env python3
"""Writes the import test files (run once; the files are committed).

Each file is what an office really has: Dutch Excel's "CSV" (; and Windows-1252),
UTF-8 with a byte-order mark, quoted fields with separators, quotes and line breaks,
and broken files that an import must refuse, naming the row and field.
"""
import os, random

here = os.path.dirname(os.path.abspath(__file__))

def write(name, text, encoding='utf-8', bom=False):
    data = text.encode(encoding)
    if bom:
        data = b'\xef\xbb\xbf' + data
    with open(os.path.join(here, name), 'wb') as f:
        f.write(data)

# Dutch Excel: "CSV (gescheiden door lijstscheidingsteken)" on a Dutch Windows.
write('members-dutch-excel.csv',
      'Accountnaam;Weergavenaam;E-mailadres;Land;Plaats\r\n'
      'zoe.jansen;Zoë Jansen;zoe.jansen@example.nl;Nederland;Utrecht\r\n'
      'renee.dubois;Renée Dubois;renee@example.be;België;Brussel\r\n'
      'noel.bakker;Noël Bakker;noel@example.nl;NL;\'s-Hertogenbosch\r\n',
      encoding='cp1252')

# UTF-8 with BOM, comma-separated, quoted separators, quotes and a multi-line note
# in a column the import does not read.
write('members-utf8-bom.csv',
      'E-mail address,Account name,Display name,Country,City,Notes\r\n'
      'jan@example.nl,jan.devries,"de Vries, Jan",NL,Amsterdam,"Works part-time;\r\nMondays and Tuesdays"\r\n'
      'anna@example.de,anna.mueller,"Anna ""Ani"" Müller",Germany,München,\r\n'
      'lukas@example.de,lukas.schmidt,Lukas Schmidt,DE,Berlin,"Line one\nline two, with a comma"\r\n',
      bom=True)

first = ['Jan', 'Anna', 'Piet', 'Sanne', 'Daan', 'Emma', 'Lucas', 'Julia', 'Sem', 'Tess', 'Zoë', 'Noël']
last = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos']
cities = ['Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven', 'Groningen']

def member_rows(count, seed):
    rng = random.Random(seed)
    rows = []
    for i in range(1, count + 1):
        f, l = rng.choice(first), rng.choice(last)
        account = 'member%05d' % i
        rows.append([account, '%s %s' % (f, l), '%s@example.nl' % account, 'NL', rng.choice(cities)])
    return rows

def csv_text(header, rows, sep=','):
    return '\r\n'.join([sep.join(header)] + [sep.join(r) for r in rows]) + '\r\n'

header = ['account', 'display name', 'email', 'country', 'city']
write('members-20000.csv', csv_text(header, member_rows(20000, 20000)))

# Broken files.
rows = member_rows(1500, 1234)
rows[1234 - 2][2] = 'member01234-at-example.nl'  # spreadsheet row 1,234
write('broken-bad-email-row-1234.csv', csv_text(header, rows))
rows = member_rows(8, 5)
rows[5 - 2] = rows[5 - 2][:4]  # row 5 has 4 fields
write('broken-column-count.csv', csv_text(header, rows))
rows = member_rows(6, 3)
rows[3 - 2][3] = 'Atlantis'
write('broken-unknown-country.csv', csv_text(header, rows))
rows = member_rows(9, 7)
rows[7 - 2][0] = rows[2 - 2][0].upper()  # the account of row 2, in capitals
write('broken-duplicate-account.csv', csv_text(header, rows))
write('broken-empty.csv', '')
rng = random.Random(99)
with open(os.path.join(here, 'broken-binary.csv'), 'wb') as f:
    f.write(bytes(rng.randrange(256) for _ in range(4096)))

write('sip-profiles.csv',
      'Profiel-id;Naam;Kanalen;Land\r\n'
      'pbx-amsterdam;Centrale Amsterdam;30;NL\r\n'
      'pbx-berlin;"Zentrale; Berlin";10;Duitsland\r\n')

# Numbers the organisation already holds, written as people write them.
write('numbers-existing.csv',
      'Number;Assigned to;Country;Billing period (months);Price;Paid until;Auto-renew\r\n'
      '+31 20 123 4567;jan.devries;;1;3,50;2027-01-15;yes\r\n'
      '020-7654321;anna.mueller;NL;3;9,90;15-02-2027;ja\r\n'
      'tel:+31-30-123-4567;pbx-amsterdam;;12;;2027-06-30 12:00;no\r\n')
