/** What a pressed button or card sends back, as the renderers (choices.ts) make them. */
import type { Activity } from 'botbuilder';

/** A card or button submit: {question, choice}, as the renderers send it. */
export function submitted(activity: Partial<Activity>): { question: string; choice: string } | undefined {
  const value: unknown = activity.value;
  if (!value || typeof value !== 'object') return undefined;
  const { question, choice } = value as { question?: unknown; choice?: unknown };
  return typeof question === 'string' && typeof choice === 'string' ? { question, choice } : undefined;
}
