/**
 * Text from a person, made safe to show others (a case card, the team's thread, the requester's chat):
 * lone surrogates (half an emoji, invalid Unicode), bidirectional controls (which can make a line read
 * other than it is) and zero-width characters (which hide text or split words) are removed, and a long
 * text is cut between graphemes, never inside a character or a composed emoji.
 */

/** LRM, RLM, ALM, the embeddings and overrides, the isolates. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
/** Zero-width space and non-joiner, word joiner, BOM; a zero-width joiner too, unless it joins emoji. */
const ZERO_WIDTH = /[\u200B\u200C\u2060\uFEFF]|(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function cleanText(text: string, maxChars?: number): string {
  const clean = text.replace(LONE_SURROGATE, '').replace(BIDI, '').replace(ZERO_WIDTH, '');
  if (maxChars === undefined || clean.length <= maxChars) return clean;
  let cut = '';
  for (const { segment } of graphemes.segment(clean)) {
    if (cut.length + segment.length > maxChars) break;
    cut += segment;
  }
  return `${cut}…`;
}
