/** Outside text (what a person typed, a name from Azure), safe to echo: one line, no Markdown or HTML that could restyle the reply. */
export function quote(text: string): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ').trim();
  const short = oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine;
  return short.replace(/[\\`*_[\]()<>#!|~{}]/g, (c) => `\\${c}`);
}
