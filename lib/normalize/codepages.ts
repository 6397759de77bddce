// Single-byte code pages that UTF-8 text is most often mis-decoded with on the pages we read:
// Windows-1252 (Western sites, "â€™") and Windows-874 / TIS-620 (Thai-hosted clinic sites, "โ€”").
// Each table gives the character a byte decodes to, or undefined where the code page has none.

/** Windows-1252 0x80–0x9F; 0xA0–0xFF are Latin-1 (the byte value is the code point). */
const CP1252_HIGH: readonly (number | undefined)[] = [
  0x20ac,
  undefined,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  undefined,
  0x017d,
  undefined,
  undefined,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  undefined,
  0x017e,
  0x0178,
];

export function decodeCp1252(byte: number): string | undefined {
  if (byte < 0x80) return String.fromCharCode(byte);
  if (byte < 0xa0) {
    const cp = CP1252_HIGH[byte - 0x80];
    return cp === undefined ? undefined : String.fromCharCode(cp);
  }
  return String.fromCharCode(byte);
}

/** Windows-874 0x80–0x9F (TIS-620 / ISO-8859-11 leave these as C1 controls). */
const CP874_HIGH: Readonly<Record<number, number>> = {
  0x80: 0x20ac,
  0x85: 0x2026,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
};

export function decodeCp874(byte: number): string | undefined {
  if (byte < 0x80) return String.fromCharCode(byte);
  if (byte < 0xa0) {
    const cp = CP874_HIGH[byte];
    return cp === undefined ? undefined : String.fromCharCode(cp);
  }
  if (byte === 0xa0) return '\u00a0';
  // Thai block: 0xA1–0xDA → U+0E01–U+0E3A, 0xDF–0xFB → U+0E3F–U+0E5B; 0xDB–0xDE, 0xFC–0xFF unassigned.
  if (byte <= 0xda || (byte >= 0xdf && byte <= 0xfb)) return String.fromCharCode(0x0e00 + byte - 0xa0);
  return undefined;
}

export function utf8Bytes(codePoint: number): number[] {
  if (codePoint < 0x80) return [codePoint];
  if (codePoint < 0x800) return [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f)];
  if (codePoint < 0x10000) {
    return [0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
  }
  return [
    0xf0 | (codePoint >> 18),
    0x80 | ((codePoint >> 12) & 0x3f),
    0x80 | ((codePoint >> 6) & 0x3f),
    0x80 | (codePoint & 0x3f),
  ];
}
