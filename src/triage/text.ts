/**
 * Text as the reader sees it: cut to a bounded length, folded (NFKC: full-width ＶＭ and ２ become
 * VM and 2; lower case; hiragana as katakana, so ぶいえむ and ブイエム are one word), and English
 * split into words. Linear scans only: no pattern here can backtrack on what a person typed.
 */

/** Only this much of a message is read for understanding (Teams allows about 28 KB; an answer is far shorter). */
export const READ_LIMIT = 4096;

const HIRAGANA_START = 0x3041;
const HIRAGANA_END = 0x3096;
const KANA_OFFSET = 0x60;

export function fold(text: string): string {
  const folded = text.slice(0, READ_LIMIT).normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of folded) {
    const code = ch.codePointAt(0)!;
    if (code >= HIRAGANA_START && code <= HIRAGANA_END) out += String.fromCodePoint(code + KANA_OFFSET);
    else if (ch === '’' || ch === '‘' || ch === '`' || ch === "'") continue;
    else if (ch === '\u3000' || ch === '\t' || ch === '\n' || ch === '\r') out += ' ';
    else out += ch;
  }
  return out;
}

export interface Token {
  word: string;
  /** Where it stands in the folded text. */
  start: number;
  end: number;
}

function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
}

/** Clause breaks: a negation does not reach across them ("No, it's EA"). */
const BREAKS = new Set([',', '.', ';', '!', '?', '、', '。', '!', '?', '\n', '(', ')', '「', '」']);

/** ASCII words, and a break token ("|") for each clause break; Japanese characters separate words. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 0;
    if (i < folded.length && isWordChar(code)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      tokens.push({ word: folded.slice(start, i), start, end: i });
      start = -1;
    }
    // A decimal point inside a number or status code ("5.7.1") is no clause break.
    const ch = folded[i];
    if (ch && BREAKS.has(ch) && !(ch === '.' && isWordChar(folded.charCodeAt(i + 1)) && i > 0 && isWordChar(folded.charCodeAt(i - 1)))) {
      tokens.push({ word: '|', start: i, end: i + 1 });
    }
  }
  return tokens;
}

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7e) return false;
  return true;
}

/** Kana and CJK ideographs: a message with some of these is written in Japanese. */
export function japaneseCharCount(text: string): number {
  let count = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff)) count++;
  }
  return count;
}

/** The folded text without punctuation, symbols or emoji at its ends: "EA!!" and "VM 👍" are "ea" and "vm". */
export function trimmed(folded: string): string {
  const chars: string[] = [];
  for (const ch of folded) chars.push(ch);
  const keep = (ch: string) => /[\p{L}\p{N}]/u.test(ch);
  let a = 0;
  let b = chars.length;
  while (a < b && !keep(chars[a])) a++;
  while (b > a && !keep(chars[b - 1])) b--;
  return chars.slice(a, b).join('').replace(/ +/g, ' ');
}
