/**
 * A description typed for the hand-off is read like any message: the facts it states go into the session, so
 * the case carries them and the triage never asks them again. It answers no question, and a guess ("maybe
 * EA") is not taken: nobody is asked to confirm it there.
 */
import { applyFacts } from './facts';
import { read } from './reader';
import type { FactName } from './reading';
import type { SessionFacts } from './session';

export interface DescriptionRead {
  facts: SessionFacts;
  /** What the description stated that the session did not have, to be said back so a misreading shows. */
  added: { fact: FactName; value: unknown }[];
  /** What it said otherwise than an earlier answer: the description is the later word. */
  changed: { fact: FactName; from: unknown; to: unknown }[];
}

export function readDescription(known: SessionFacts, text: string): DescriptionRead {
  const facts = structuredClone(known);
  const reading = read(text, {});
  const stated = Object.fromEntries(
    Object.entries(reading.facts).filter(([fact]) => fact !== 'solved' && !(reading.tentative as string[]).includes(fact)),
  );
  const { added, changed } = applyFacts(facts, stated);
  return { facts, added, changed };
}
