/** A catalog message with its {placeholders} as a pattern, for replies whose values a test cannot know. */
export function withAnyValues(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('\\S+')}$`);
}
