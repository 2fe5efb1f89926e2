/** Outside text (what a person typed, a name from Azure), safe to echo: one line, no Markdown or HTML that could restyle the reply. */
export function safeEcho(text: string): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ').trim();
  return escapeMarkdown(oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine);
}

/** Outside text kept whole (a case description on a card): Markdown and HTML characters shown as typed. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]()<>#!|~{}]/g, (c) => `\\${c}`);
}
