#!/usr/bin/env bash
# Russian is a first-class UI language: every translatable string in core/, ui/ and app/
# must have a finished translation in translations/dutydesk_ru.ts. Runs lupdate on a copy
# so the source tree is untouched, then looks for anything unfinished or missing.
set -euo pipefail
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/translations/dutydesk_ru.ts" "$work/check_ru.ts"
(cd "$source_dir" && "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h,ui -I . -I app/dutydeskctl core ui app -ts "$work/check_ru.ts")
unfinished=$(grep -c 'type="unfinished"' "$work/check_ru.ts" || true)
if [[ $unfinished -ne 0 ]]; then
    echo "dutydesk_ru.ts lacks $unfinished Russian translation(s); run: cmake --build build --target update_translations, then translate:" >&2
    grep -B3 'type="unfinished"' "$work/check_ru.ts" | grep '<source>' | sed 's/^ */  /' >&2
    exit 1
fi
total=$(grep -c '<message' "$work/check_ru.ts" || true)
if ! diff -q <(grep -c '<message' "$source_dir/translations/dutydesk_ru.ts") <(echo "$total") >/dev/null; then
    echo "dutydesk_ru.ts is out of date with the sources (strings added or removed); run update_translations" >&2
    exit 1
fi
echo "dutydesk_ru.ts: all $total strings translated"
