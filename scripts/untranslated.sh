#!/bin/sh
# Lists the zh_CN entries still to translate, one per line: "context<TAB>source".
# Run `cmake --build build/dev --target update_translations` first so that the .ts holds every current string.
# Usage: scripts/untranslated.sh [translations/ascenddeck_zh_CN.ts]; exits 1 when any entry is left.
set -eu
ts=${1:-$(dirname "$0")/../translations/ascenddeck_zh_CN.ts}
python3 - "$ts" <<'PY'
import sys
import xml.etree.ElementTree as ET

left = 0
for context in ET.parse(sys.argv[1]).getroot().iter('context'):
    name = context.findtext('name') or ''
    for message in context.iter('message'):
        translation = message.find('translation')
        if translation is not None and translation.get('type') == 'unfinished':
            source = (message.findtext('source') or '').replace('\n', '\\n')
            print(f'{name}\t{source}')
            left += 1
print(f'{left} unfinished', file=sys.stderr)
sys.exit(1 if left else 0)
PY
