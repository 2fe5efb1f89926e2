/**
 * The reader: one message in, every fact it states out, with its polarity, plus the facts the
 * person does not know, what they want and what they ask. Pure and deterministic: the words are
 * the locale word tables (both languages on every message), the matching is linear. The jobs are
 * in their own files: what the phrases state (phrases.ts), answers to the question asked
 * (answers.ts), the language of the message (language.ts).
 */
import { findOfferId } from '../policy/offers';
import { EN_WORDS } from '../locale/words/en';
import { answerTo } from './answers';
import { findSubscriptionId } from './ids';
import { writtenIn } from './language';
import { any, asks, exactly, factsFrom } from './phrases';
import { QUESTIONS, type QuestionId } from './questions';
import type { FactName, Intent, Reading, Topic } from './reading';
import { ALL_TABLES } from './tables';
import { fold, tokenize, trimmed } from './text';

const FIREWALL_NAMES = ['azure firewall', 'azure ファイアウォール'].map(fold);

export interface ReadContext {
  /** The question the bot asked last, which a bare answer ("nope", "3") answers. */
  asked?: QuestionId | undefined;
}

export function read(text: string, context: ReadContext = {}): Reading {
  const asked = context.asked;
  const folded = fold(text);
  const tokens = tokenize(folded);
  const words = tokens.map((t) => t.word);
  const bare = trimmed(folded);
  const reading: Reading = { facts: {}, tentative: [], unsure: [], intents: [], topics: [] };
  if (!bare) return reading;

  const found = factsFrom(folded, tokens, asked);
  const mentioned = found.mentioned;
  let facts = found.facts;

  const id = findSubscriptionId(text);
  if (id?.valid === true) facts.subscriptionId = id.id;
  else if (id?.valid === false) reading.malformedSubscriptionId = id.text;
  const offer = findOfferId(folded);
  if (offer?.kind) facts.subscription = offer.kind;
  else if (offer?.offerId === 'MS-AZR-0017G') facts.subscription = 'mca';
  else if (offer) reading.inexactOfferId = offer.offerId;

  const isUnsure = ALL_TABLES.some((t) => exactly(bare, t.unsure) || any(folded, words, t.unsure));
  if (asked) {
    const answer = answerTo(asked, { folded, words, bare }, facts, isUnsure);
    facts = answer.facts;
    if (answer.unsure) reading.unsure.push(answer.unsure);
  }
  if (isUnsure && !reading.unsure.length) {
    const aboutSubscription = ALL_TABLES.some((t) => any(folded, words, t.aboutSubscription));
    const about: FactName | undefined = aboutSubscription ? 'subscription' : asked ? QUESTIONS[asked].fact : [...mentioned][0];
    if (about) {
      reading.unsure.push(about);
      // "not sure if it's EA": the guess is not a fact.
      facts = Object.fromEntries(Object.entries(facts).filter(([f]) => f !== about));
    }
  }

  // "We send through Azure Firewall": with no other resource named, the firewall sends (S3).
  if (!facts.resource && !mentioned.has('resource') && (!asked || asked === 'resource') && FIREWALL_NAMES.some((n) => folded.includes(n))) {
    facts = { ...facts, resource: 'azureFirewall' };
  }
  // "Not sure whether it's the VM or the web app" names no sender.
  if (found.senders.length > 1 && !reading.unsure.includes('resource')) reading.senders = found.senders;
  if (found.between.length) reading.between = found.between;
  if (found.anotherSender && facts.resource) reading.anotherSender = true;
  reading.facts = facts;
  if (Object.keys(found.supposed).length) reading.supposed = found.supposed;
  const hedged = ALL_TABLES.some((t) => any(folded, words, t.hedges));
  reading.tentative = (Object.keys(facts) as FactName[]).filter((f) => hedged || found.guesses.has(f));

  for (const intent of Object.keys(EN_WORDS.intents) as Intent[]) {
    if (ALL_TABLES.some((t) => exactly(bare, t.intents[intent].exact) || any(folded, words, t.intents[intent].phrases))) {
      reading.intents.push(intent);
    }
  }
  if (asks(folded, words)) {
    for (const topic of Object.keys(EN_WORDS.topics) as Topic[]) {
      const sets = ALL_TABLES.flatMap((t) => t.topics[topic]);
      if (sets.some((groups) => groups.every((group) => any(folded, words, group)))) reading.topics.push(topic);
    }
  }
  const language = writtenIn(folded, words);
  if (language) reading.writtenIn = language;
  return reading;
}
