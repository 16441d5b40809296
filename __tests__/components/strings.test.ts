import { formatIsoDate, UI_STRINGS } from '@/components/story/strings';
import { LANGS, LINK_KINDS } from '@/geo/schema';

const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/;

describe('formatIsoDate', () => {
  it.each([
    ['2022', '2022'],
    ['2022-05', 'May 2022'],
    ['2022-05-24', '24 May 2022'],
    ['2021-07-15', '15 July 2021'],
    ['2023-01-31', '31 January 2023'],
  ])('English: %s → %s (day before month, at the precision given)', (iso, expected) => {
    expect(formatIsoDate(iso, 'en')).toBe(expected);
  });

  it.each([
    ['2022', ['2022'], null],
    ['2022-05', ['2022'], 'مايو'],
    ['2022-05-24', ['24', '2022'], 'مايو'],
    ['2023-01-31', ['31', '2023'], 'يناير'],
  ] as [string, string[], string | null][])('Arabic: %s shows the numbers %j in Latin digits and the month %s', (iso, numbers, month) => {
    const text = formatIsoDate(iso, 'ar');
    expect(text).not.toMatch(ARABIC_INDIC_DIGITS);
    expect((text.match(/\d+/g) ?? []).sort()).toEqual([...numbers].sort());
    if (month) expect(text).toContain(month);
  });

  it.each(LANGS)('a year-only or month-only date never shows an invented day (%s)', (lang) => {
    expect(formatIsoDate('2022', lang)).toBe('2022');
    expect(formatIsoDate('2022-11', lang)).not.toMatch(/\b1\b|\b01\b/);
  });

  it.each(LANGS)('does not shift the day across time zones (%s)', (lang) => {
    // Midnight UTC of 1 January must not become 31 December.
    expect(formatIsoDate('2023-01-01', lang)).toContain('2023');
    expect(formatIsoDate('2023-01-01', lang)).not.toContain('2022');
  });
});

describe('UI_STRINGS', () => {
  it.each(LANGS)('names every link kind (%s)', (lang) => {
    for (const kind of LINK_KINDS) expect(UI_STRINGS[lang].linkKinds[kind].trim()).not.toBe('');
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(UI_STRINGS.ar).sort()).toEqual(Object.keys(UI_STRINGS.en).sort());
  });
});
