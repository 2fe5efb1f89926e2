/**
 * The conversation as a pure function: step(session, input) → the next session, what to say and
 * what the shell must do. Every message is read for everything it states; the bot asks only what
 * can still change the verdict, and gives the verdict as soon as nothing can.
 */
import type { Locale } from '../locale';
import { CORE_TEXTS } from './catalogTexts';
import type { SubscriptionKind } from '../policy/types';
import { DONE_BY_STEP } from '../policy/relevance';
import { subscriptionGroup } from '../policy/groups';
import { candidateGroups } from '../policy/quotaIds';
import { isClarifying, isQuestion, optionIds, optionValue, QUESTIONS, type ClarifyingFact, type QuestionId } from './questions';
import { closestOptions, numberIn, replyPolarity } from './answers';
import { any, endsAsTagQuestion, subscriptionsNamed } from './phrases';
import { read } from './reader';
import type { FactName, ReadFacts, Reading, ResourceChoice } from './reading';
import { triageResult, type TriageResult } from './result';
import { cutShort, nextQuestion } from './nextQuestion';
import { possibilities } from './possibilities';
import type { AzureLineId, Effect, Say } from './say';
import { newSession, resetTriage, type Session, type SessionFacts, type VerifiedSubscription } from './session';
import { applyFacts, currentValue, guessesToConfirm, restates } from './facts';
import {
  allDecidable,
  decidedFirst,
  forEachDecided,
  leadWith,
  nextSender,
  ownFacts,
  reopen,
  senderPlace,
  sendersInTurn,
  takeSenders,
} from './senders';
import { ALL_TABLES } from './tables';
import { fold, tokenize } from './text';
import type { NetworkFacts, NetworkTarget } from './network';
import { applyNetwork, namedResource, NETWORK_QUESTION, networkRequest, withoutResourceId } from './networkFacts';
import type { CommandId } from './commands';

export type AzureOutcome =
  | {
      kind: 'verified';
      subscription: VerifiedSubscription;
      knownQuotaId: boolean;
      /** Azure's facts disagree with each other (quota id against billing): nothing is settled by them. */
      contradiction?: boolean | undefined;
    }
  | { kind: 'failed'; reason: AzureLineId; subscriptionId?: string | undefined };

export type Input =
  /** The person joined (Web Chat) or installed the app (Teams): greet and ask. */
  | { kind: 'start'; locale: Locale }
  /** A message: its text, and the button or card choice it carries, if any. */
  | { kind: 'message'; text: string; choice?: { question: string; choice: string } | undefined; locale: Locale }
  /** A whole message that is a command (commands.ts), acted on by the root for the whole conversation. */
  | { kind: 'command'; command: CommandId; locale: Locale }
  /** The Azure lookup the shell ran for an `lookup` effect came back. */
  | { kind: 'azure'; outcome: AzureOutcome }
  /** The network facts the shell read for a `network` effect. */
  | { kind: 'network'; facts: NetworkFacts };

export interface StepOptions {
  /** Signing in to read the subscription from Azure is configured. */
  lookup: boolean;
  /** Reading network facts of a verified subscription (Resource Graph, as the person) is configured. */
  network?: boolean | undefined;
}

export interface Step {
  session: Session;
  say: Say[];
  effects: Effect[];
}

/** "I don't know" this many times to one question hands the person to a human. */
const UNSURE_TO_PERSON = 3;
/** After this many replies in a row that answered nothing, a person is offered. */
const MISSES_TO_OFFER_PERSON = 2;

export function step(previous: Session | undefined, input: Input, options: StepOptions): Step {
  const session: Session = previous ? structuredClone(previous) : newSession('locale' in input ? input.locale : 'en');
  const turn: Step = { session, say: [], effects: [] };
  if (session.answeredWhatIf) {
    afterWhatIf.add(turn);
    delete session.answeredWhatIf;
  }
  if (input.kind === 'start') {
    if (previous) return turn;
    turn.say.push({ kind: 'line', id: 'welcome' });
    ask(turn, options);
    return turn;
  }
  if (input.kind === 'azure') {
    onAzure(turn, input.outcome, options);
    return turn;
  }
  if (input.kind === 'network') {
    onNetwork(turn, input.facts, options);
    return turn;
  }
  if (!previous) turn.say.push({ kind: 'line', id: 'welcome' });
  if (input.kind === 'command') onCommand(turn, input.command, options);
  else {
    onMessage(turn, input.text, input.choice, options);
    if (!askedAgain.has(turn)) neverAThirdTime(turn, options);
    const supposed = suppositions.get(turn);
    if (supposed && !turn.effects.some((e) => e.kind === 'handoff')) whatIf(turn, supposed);
  }
  return turn;
}

/** Turns right after a what-if's answer. */
const afterWhatIf = new WeakSet<Step>();

/** What a message supposed ("suppose we moved it to EA?"), answered once the turn has done the rest. */
const suppositions = new WeakMap<Step, Partial<ReadFacts>>();

/**
 * A what-if is answered as one: the verdict the supposed facts would give (each possibility's, where they still leave
 * the resource or subscription open), said before the turn's question; the session's own facts stay as they were.
 */
function whatIf(turn: Step, supposed: Partial<ReadFacts>): void {
  const { session } = turn;
  // Only what the policy decides on: "solved" and an id are no part of a what-if.
  const facts = Object.fromEntries(Object.entries(supposed).filter(([fact]) => fact !== 'solved' && fact !== 'subscriptionId'));
  const hypothetical = structuredClone(session.facts);
  applyFacts(hypothetical, facts);
  const result = triageResult(hypothetical);
  const said = (Object.entries(facts) as [FactName, unknown][]).map(([fact, value]) => ({ fact, value }));
  if (!said.length) return;
  // Before any verdict, only a supposed sender or subscription that decides one is answered (its verdict, not ours yet);
  // any other supposition is said to be taken as one, not as a fact.
  const answered = session.said.includes('verdict') || (result.verdict !== undefined && !said.some((f) => isClarifying(f.fact)));
  const answer: Say = answered ? whatIfAnswer(session, said, hypothetical, result) : { kind: 'line', id: 'supposedOnly' };
  session.answeredWhatIf = true;
  const last = turn.say.length - 1;
  if (last >= 0 && turn.say[last].kind === 'question') turn.say.splice(last, 0, answer);
  else turn.say.push(answer);
}

/** The verdict the supposed facts would give (each possibility's, where they leave it open), and the real values kept. */
function whatIfAnswer(session: Session, said: { fact: FactName; value: unknown }[], hypothetical: SessionFacts, result: TriageResult): Say {
  const kept = said.flatMap(({ fact }) => {
    const value = currentValue(session.facts, fact);
    return value === undefined || value === null ? [] : [{ fact, value }];
  });
  const relayInFull = result.verdict !== undefined && !session.said.includes('relay');
  if (relayInFull) session.said.push('relay');
  return {
    kind: 'whatIf',
    supposed: said,
    result,
    possibilities: result.verdict ? [] : possibilities(hypothetical),
    kept,
    relayInFull,
  };
}

/** A question is sent at most this many times; a re-send the person asked for (help, language, status, show all) does not count. */
const SENDS_PER_QUESTION = 2;
/** Turns that only repeat the question because the person asked for it ("help", "show all"): not a loop. */
const askedAgain = new WeakSet<Step>();

/**
 * Asking the same thing again and again is a loop the person cannot leave: a third send is dropped, a person is
 * offered, and a yes/no fact stays open (the verdict says what holds whatever its answer); without the resource or
 * subscription there is no verdict to go on to, so the person is handed over.
 */
function neverAThirdTime(turn: Step, options: StepOptions): void {
  const { session } = turn;
  const sent = (session.sent ??= {});
  for (let i = 0; i < turn.say.length; i++) {
    const said = turn.say[i];
    if (said.kind !== 'question' || said.question === 'solved') continue;
    sent[said.question] = (sent[said.question] ?? 0) + 1;
    if (sent[said.question]! <= SENDS_PER_QUESTION) continue;
    turn.say.splice(i--, 1);
    turn.say.push({ kind: 'line', id: 'movingOn' });
    if (!turn.say.some((s) => s.kind === 'line' && s.id === 'personOffer')) turn.say.push({ kind: 'line', id: 'personOffer' });
    const fact = QUESTIONS[said.question].fact;
    if (isClarifying(fact)) {
      session.facts.clarified[fact] = null;
      ask(turn, options);
    } else turn.effects.push({ kind: 'handoff', result: triageResult(session.facts) });
  }
}

/** A command keeps the session: the facts stay unless it starts over or cancels, the pending question comes again. */
function onCommand(turn: Step, command: CommandId, options: StepOptions): void {
  const { session } = turn;
  switch (command) {
    case 'status':
      turn.effects.push({ kind: 'status' });
      return;
    case 'cancel':
      resetTriage(session);
      turn.say.push({ kind: 'line', id: 'cancelled' });
      return;
    case 'startOver':
      resetTriage(session);
      turn.say.push({ kind: 'line', id: 'startingOver' });
      ask(turn, options);
      return;
    case 'human':
      turn.effects.push({ kind: 'handoff', result: triageResult(session.facts) });
      return;
    case 'newCase':
    case 'addToCase':
      // A case asked for with the answers so far: the hand-off takes it from here.
      turn.effects.push({ kind: 'handoff', result: triageResult(session.facts), asked: command });
      return;
    case 'english':
    case 'japanese':
      switchLanguage(session, command === 'japanese' ? 'ja' : 'en');
      turn.say.push({ kind: 'line', id: 'languageSwitched' });
      break;
    case 'help':
      turn.say.push({ kind: 'line', id: 'help' });
      break;
    default:
      // A command of another part (end chat, new case) means nothing here: the question comes again.
      break;
  }
  if (session.asking || !session.closed) reask(turn, options, true);
}

function onMessage(turn: Step, text: string, choice: { question: string; choice: string } | undefined, options: StepOptions): void {
  const { session } = turn;
  if (choice) {
    onChoice(turn, choice, options);
    return;
  }
  const asked = session.asking === 'confirm' || session.asking === 'subscriptionGroup' ? undefined : session.asking;
  const named = namedResource(text);
  const reading = read(withoutResourceId(text, named), { asked });
  if (endsAsTagQuestion(text)) askedAbout(session.facts, reading);
  followLanguage(turn, reading);
  noteTarget(turn, named, reading);

  const intents = new Set(reading.intents);
  // 「再起動しました」 to the D2 question: the article itself says 再起動 for the start after the deallocation, and an OS
  // reboot does not deallocate; either way the reply says what D2 needs, and the question stays.
  if (session.asking === 'restartedSinceExemption' && !('restartedSinceExemption' in reading.facts) && mentions(text, 'reboot')) {
    if (!reading.topics.includes('reboot')) reading.topics.push('reboot');
  }
  for (const topic of reading.topics) turn.say.push({ kind: 'topic', topic });
  const companyContract = !session.facts.subscription && companyContractOnly(text, reading);
  if (companyContract) turn.say.push({ kind: 'line', id: 'companyContract' });
  const planAnswered = session.asking === 'confirm' && session.guessedConsumptionPlan === true && consumptionPlanMeant(text) !== undefined;
  const confirmed = session.asking === 'confirm' ? confirm(turn, text, options) : undefined;
  // The answer to 「従量課金プラン」 says those words again: it answers the question and states nothing more.
  const { names: applied, solved } = planAnswered ? { names: [], solved: undefined } : takeFacts(turn, reading, options, text);
  if (confirmed !== undefined) applied.push(...confirmed);
  const supposes = reading.supposed !== undefined;
  if (reading.supposed) suppositions.set(turn, reading.supposed);

  if (intents.has('human')) {
    turn.effects.push({ kind: 'handoff', result: triageResult(session.facts) });
    return;
  }
  if (intents.has('english') || intents.has('japanese')) {
    switchLanguage(session, intents.has('japanese') ? 'ja' : 'en');
    turn.say.push({ kind: 'line', id: 'languageSwitched' });
  }
  if (intents.has('help')) {
    turn.say.push({ kind: 'line', id: 'help' });
    // "help" alone says what can be typed and repeats the pending question; a verdict already given is not said again.
    if (!applied.length && !reading.topics.length) {
      askedAgain.add(turn);
      if (session.asking) reask(turn, options, true);
      return;
    }
  }
  if (intents.has('signIn') && !applied.length) {
    if (options.lookup) {
      turn.effects.push({ kind: 'lookup' });
      return;
    }
    turn.say.push({ kind: 'line', id: 'lookupNotConfigured' });
  }

  // "Done all of it, still failing": the verdict's steps are recorded as done; where to go next is the policy's whereNext.
  if (intents.has('stillFailing') && session.said.includes('verdict')) {
    // The steps were given for every sender decided so far: they are done for each of them.
    forEachDecided(session.facts, markStepsDone);
    close(turn, false);
    return;
  }
  if (session.asking === 'solved' && (solved !== undefined || intents.has('thanks'))) {
    // "ok thanks" right after a what-if thanks for that answer: "did that solve it?" is about their own case and stays.
    if (afterWhatIf.has(turn) && intents.has('thanks')) {
      turn.say.push({ kind: 'line', id: 'youAreWelcome' });
      askedAgain.add(turn);
      reask(turn, options, true);
      return;
    }
    close(turn, solved ?? true);
    return;
  }
  if (session.closed && !applied.length) {
    if (intents.has('thanks') || intents.has('bye')) {
      turn.say.push({ kind: 'line', id: intents.has('bye') ? 'goodbye' : 'youAreWelcome' });
      return;
    }
    if (!reading.topics.length && !supposes && !intents.has('help') && !intents.has('english') && !intents.has('japanese')) {
      // After a closing the facts stay: a later message goes on from them; only "start over" begins a new triage.
      turn.say.push({ kind: 'line', id: 'continuing' });
    }
  }
  if (!applied.length && !session.closed && (intents.has('bye') || (intents.has('thanks') && !reading.topics.length))) {
    turn.say.push({ kind: 'line', id: intents.has('bye') ? 'goodbye' : 'youAreWelcome' });
    if (intents.has('bye')) return;
  }

  if (reading.unsure.length && !applied.length) {
    onUnsure(turn, reading.unsure[0], options);
    return;
  }
  const understoodSomething =
    applied.length > 0 ||
    // The same answer again (to a question asked again, e.g. beside what Azure shows) is an answer too.
    (asked !== undefined && isQuestion(asked) && QUESTIONS[asked].fact in reading.facts) ||
    session.guessed !== undefined ||
    reading.intents.length > 0 ||
    reading.topics.length > 0 ||
    companyContract ||
    supposes ||
    reading.malformedSubscriptionId !== undefined ||
    reading.inexactOfferId !== undefined;
  if (!understoodSomething && session.asking) {
    miss(turn, text, options);
    return;
  }
  if (intents.has('showOptions') && session.asking) {
    askedAgain.add(turn);
    reask(turn, options, true);
    return;
  }
  if (turn.effects.some((e) => e.kind === 'lookup') || readNetwork(turn, options)) return;
  if (session.asking === 'confirm') {
    reask(turn, options, true);
    return;
  }
  // Only supposed: nothing changes; the question waiting ("did that solve it?" too, whose buttons the what-if's
  // replies would otherwise replace in Web Chat) is asked again, a verdict given is not said again.
  if (supposes && !applied.length) {
    // The person asked something else: the question comes again, which is no loop.
    askedAgain.add(turn);
    if (session.asking) reask(turn, options, true);
    else if (!session.asking && !session.closed) ask(turn, options);
    return;
  }
  // "Just the steps": the verdict now, the steps that depend on what is still open written as conditions.
  if (intents.has('steps') && triageResult(session.facts).verdict) {
    giveVerdict(turn, options, true);
    return;
  }
  // With what sends or the subscription still open, the steps of each possibility, and the question that narrows them.
  const open = intents.has('steps') ? possibilities(session.facts) : [];
  if (open.length) turn.say.push({ kind: 'possibilities', why: 'steps', possibilities: open });
  ask(turn, options);
}

/**
 * "EA VMs are not blocked, right?" from someone whose subscription is Pay-As-You-Go asks about EA: what a tag question
 * says against the resource or subscription already known is supposed (a what-if), not a correction.
 */
function askedAbout(known: SessionFacts, reading: Reading): void {
  for (const fact of ['resource', 'vnetIntegration', 'subscription'] as const) {
    const value = reading.facts[fact];
    const before = currentValue(known, fact);
    if (value === undefined || before === undefined || before === value || restates(fact, before, value) || restates(fact, value, before))
      continue;
    // Another sender already named is no what-if: "the web app is blocked too, right?" is about that one.
    if (fact === 'resource' && known.others?.some((o) => o.resource.value === value)) continue;
    reading.supposed = { ...reading.supposed, [fact]: value };
    reading.facts = Object.fromEntries(Object.entries(reading.facts).filter(([f]) => f !== fact));
    reading.tentative = reading.tentative.filter((f) => f !== fact);
  }
}

/** "Our company signed with Microsoft": a company can hold any type (EA, CSP, invoiced Pay-As-You-Go, Dev/Test), so the type is asked. */
function companyContractOnly(text: string, reading: Reading): boolean {
  return !reading.facts.subscription && mentions(text, 'companyContract');
}

/** 「従量課金プラン」 asked which: true for the subscription type, false for the Functions hosting plan. */
function consumptionPlanMeant(text: string): boolean | undefined {
  const bare = fold(text).trim();
  const said = (key: 'subscription' | 'functions') => Object.values(CORE_TEXTS).some((c) => fold(c.talk.consumptionPlan[key]) === bare);
  if (said('subscription')) return true;
  if (said('functions')) return false;
  return undefined;
}

/** Word by word for English, anywhere for Japanese: the reader's own matching (phrases.any). */
function mentions(text: string, table: 'companyContract' | 'reboot' | 'uncertain' | 'bothSenders'): boolean {
  const folded = fold(text);
  const words = tokenize(folded).map((t) => t.word);
  return ALL_TABLES.some((t) => any(folded, words, t[table]));
}

/** A resource named or pasted: kept for reading its network; a pasted VM, scale set or firewall id also says the resource. */
function noteTarget(turn: Step, named: NetworkTarget | undefined, reading: Reading): void {
  if (!named) return;
  turn.session.facts.target = named;
  // A site's id does not tell a web app from a function app: Azure or the question does.
  if (named.resourceId && named.kind && named.kind !== 'appService' && reading.facts.resource === undefined)
    reading.facts.resource = named.kind;
}

/** With a verified subscription and the network reading configured, what is still unread is read before asking. */
function readNetwork(turn: Step, options: StepOptions): boolean {
  const request = options.network ? networkRequest(turn.session.facts) : undefined;
  if (request) turn.effects.push({ kind: 'network', request });
  return request !== undefined;
}

/** Facts read from Azure: said, then the contradicted fact's question, or the question that was waiting, or the next. */
function onNetwork(turn: Step, facts: NetworkFacts, options: StepOptions): void {
  const { session } = turn;
  const applied = applyNetwork(session.facts, facts);
  const { resource, target } = session.facts;
  turn.say.push({ kind: 'network', facts: session.facts.network!.read, resource: resource?.value, target, ...applied });
  const conflict = applied.conflicts[0];
  if (conflict) {
    const question = NETWORK_QUESTION[conflict.fact];
    session.asking = question;
    turn.say.push({ kind: 'question', question, options: optionIds(question), all: true, signIn: false });
    return;
  }
  if (!session.facts.subscription && (session.asking === 'subscription' || session.asking === 'subscriptionGroup')) {
    reask(turn, { ...options, lookup: false }, true);
    return;
  }
  ask(turn, options);
}

/**
 * The conversation goes on in another language. The relay advice (R0) was said in full in the one before: it is
 * said in full again in the new one, not as "as explained above" pointing at a text in the other language.
 */
function switchLanguage(session: Session, locale: Locale): void {
  if (locale !== session.locale) session.said = session.said.filter((s) => s !== 'relay');
  session.locale = locale;
}

/** A message clearly in the other language moves the conversation to it, with one line saying so. */
function followLanguage(turn: Step, reading: Reading): void {
  const said = reading.writtenIn;
  if (!said || said === turn.session.locale || reading.intents.includes('english') || reading.intents.includes('japanese')) return;
  switchLanguage(turn.session, said);
  turn.say.push({ kind: 'line', id: 'languageFollowed' });
}

/** The guess waiting for a "yes": taken on yes, dropped on no (its question comes again). */
function confirm(turn: Step, text: string, options: StepOptions): FactName[] | undefined {
  const { session } = turn;
  const guessed = session.guessed ?? {};
  const consumptionPlan = session.guessedConsumptionPlan === true;
  const answer = (consumptionPlan ? consumptionPlanMeant(text) : undefined) ?? replyPolarity(text);
  if (answer === undefined) return undefined;
  session.guessed = undefined;
  session.guessedConsumptionPlan = undefined;
  session.asking = undefined;
  if (!answer && consumptionPlan) {
    // The Functions Consumption plan: no VNet integration, so S4 whatever the subscription.
    const resource = session.facts.resource?.value;
    if (resource !== undefined && resource !== 'functions') return [];
    return takeFacts(
      turn,
      { facts: { resource: 'functions', vnetIntegration: false }, tentative: [], unsure: [], intents: [], topics: [] },
      options,
    ).names;
  }
  if (!answer) return [];
  // A confirmed subscription id is looked up like a stated one, where the lookup is configured.
  return takeFacts(turn, { facts: guessed, tentative: [], unsure: [], intents: [], topics: [] }, options).names;
}

/** The facts of a reading into the session: new ones noted, changed ones said, guesses held for a "yes". */
function takeFacts(turn: Step, reading: Reading, options: StepOptions, text = ''): { names: FactName[]; solved?: boolean | undefined } {
  const { session } = turn;
  const { solved, ...stated } = reading.facts;
  let facts: Record<string, unknown> = stated;
  const names: FactName[] = [];
  if (session.asking === 'subscriptionGroup' && session.facts.azure) {
    const kind = kindChosen(session.facts.azure, text);
    delete facts.subscription;
    if (kind) {
      session.facts.subscription = { value: kind, source: 'azureAndTold' };
      session.asking = undefined;
      names.push('subscription');
    }
  }
  if (reading.malformedSubscriptionId) {
    turn.say.push({ kind: 'line', id: 'subscriptionIdMalformed', params: { text: reading.malformedSubscriptionId } });
  }
  if (reading.inexactOfferId) turn.say.push({ kind: 'line', id: 'offerIdUnknown', params: { offer: reading.inexactOfferId } });
  const guessed = reading.tentative.filter((f) => f in facts);
  if (guessed.length) {
    const toConfirm = guessesToConfirm(session.facts, Object.fromEntries(guessed.map((f) => [f, facts[f]])));
    if (Object.keys(toConfirm).length) {
      session.guessed = toConfirm;
      session.guessedConsumptionPlan = toConfirm.subscription === 'payAsYouGo' && mentions(text, 'uncertain') ? true : undefined;
    }
    // A guess about a known fact is heard, and the known value kept.
    names.push(...guessed.filter((f) => !(f in toConfirm)));
    facts = Object.fromEntries(Object.entries(facts).filter(([f]) => !(guessed as string[]).includes(f)));
  }
  const subscriptionId = typeof facts.subscriptionId === 'string' ? facts.subscriptionId : undefined;
  delete facts.subscriptionId;

  // "The web app too" beside a known sender names one more, it does not correct the one known.
  const known = session.facts.resource?.value;
  const more =
    reading.anotherSender && known && facts.resource && facts.resource !== known ? [known, facts.resource as ResourceChoice] : undefined;
  if (more) delete facts.resource;
  if (reading.between && !session.facts.resource) session.facts.resourceBetween = reading.between;
  // Asked which of the alternatives sends, "both": each is a sender.
  const between = session.facts.resourceBetween;
  const both =
    session.asking === 'resource' && between && !facts.resource && !reading.senders && mentions(text, 'bothSenders') ? between : undefined;
  if (both) delete session.facts.resourceBetween;
  const named = reading.senders ?? more ?? both;
  // What was said before "both" (the symptom, "without VNet integration") was said of the one sender then unknown: of each.
  const before = both ? { ...ownFacts(session.facts.clarified), vnetIntegration: session.facts.vnetIntegration?.value } : {};
  const newSenders = named ? takeSenders(session.facts, named, { ...before, ...facts }) : [];
  const applied = applyFacts(session.facts, facts);
  if (session.facts.resource) delete session.facts.resourceBetween;
  for (const change of applied.changed) turn.say.push({ kind: 'changed', ...change });
  reopen(
    session.facts,
    applied.changed.map((c) => c.fact),
  );
  // A bare answer to the question asked needs no echo; anything more is said back, so a misreading shows.
  if (applied.added.some((a) => a.fact !== QUESTIONS[session.asking as QuestionId]?.fact) || applied.added.length > 1) {
    turn.say.push({ kind: 'understood', facts: applied.added });
  }
  if (newSenders.length) {
    // The verdict of the sender known was given already: the new ones are taken now.
    if (known && session.said.includes(`verdict ${known}`) && nextSender(session.facts)) moveOn(turn);
    decidedFirst(session.facts);
    turn.say.push({ kind: 'senders', senders: sendersInTurn(session.facts), oneByOne: !allDecidable(session.facts) });
    names.push('resource');
  }
  names.push(...[...applied.added, ...applied.changed].map((a) => a.fact), ...applied.confirmed);
  if (subscriptionId && options.lookup) {
    // Read as the person: Azure says which type it is, and nothing is learnt of a subscription they cannot read.
    names.push('subscriptionId');
    turn.effects.push({ kind: 'lookup', subscriptionId });
  } else if (subscriptionId) {
    names.push('subscriptionId');
    session.facts.subscriptionId = subscriptionId;
    if (!session.facts.subscription) turn.say.push({ kind: 'line', id: 'subscriptionIdAccepted', params: { id: subscriptionId } });
  }
  if (names.length || solved !== undefined) {
    session.misses = 0;
    session.unsure = 0;
  }
  return { names, solved };
}

/** The kind among Azure's candidates whose rule the person chose: by number, or by naming kinds of one rule only. */
function kindChosen(azure: VerifiedSubscription, text: string): SubscriptionKind | undefined {
  const groups = candidateGroups(azure.kinds);
  const n = numberIn(text);
  const named = subscriptionsNamed(text).filter((k) => k !== 'mca' && k !== 'devTest') as SubscriptionKind[];
  const chosen = n !== undefined ? [groups[n - 1]] : [...new Set(named.map(subscriptionGroup))];
  const group = chosen.length === 1 ? chosen[0] : undefined;
  return group && azure.kinds.find((k) => subscriptionGroup(k) === group);
}

/** A pressed button or card choice: the answer to the question asked, or a correction of an earlier one. */
function onChoice(turn: Step, choice: { question: string; choice: string }, options: StepOptions): void {
  const { session } = turn;
  if (choice.question === 'confirm') {
    onMessage(turn, choice.choice, undefined, options);
    return;
  }
  if (choice.choice === 'signIn' && options.lookup) {
    turn.effects.push({ kind: 'lookup' });
    return;
  }
  if (choice.question === 'showOptions' || choice.choice === 'showOptions') {
    askedAgain.add(turn);
    reask(turn, options, true);
    return;
  }
  if (choice.question === 'human' || choice.choice === 'human') {
    turn.effects.push({ kind: 'handoff', result: triageResult(session.facts) });
    return;
  }
  if (choice.question === 'subscriptionGroup' && session.asking === 'subscriptionGroup') {
    const kind = session.facts.azure?.kinds.find((k) => subscriptionGroup(k) === choice.choice);
    if (kind) {
      session.facts.subscription = { value: kind, source: 'azureAndTold' };
      session.asking = undefined;
      ask(turn, options);
      return;
    }
  }
  const question = choice.question as QuestionId;
  const value = isQuestion(question) ? optionValue(question, choice.choice) : undefined;
  // A button of an earlier question corrects its answer; one of a question not asked in this triage is stale.
  const answered =
    question === session.asking || (isQuestion(question) && currentValue(session.facts, QUESTIONS[question].fact) !== undefined);
  if (value === undefined || !answered) {
    turn.say.push({ kind: 'line', id: 'staleButton' });
    reask(turn, options, true);
    return;
  }
  if (question === 'solved' && session.asking === 'solved') {
    close(turn, value === true);
    return;
  }
  if (value === null) {
    onUnsure(turn, QUESTIONS[question].fact, options);
    return;
  }
  const applied = applyFacts(session.facts, { [QUESTIONS[question].fact]: value });
  for (const change of applied.changed) turn.say.push({ kind: 'changed', ...change });
  session.misses = 0;
  session.unsure = 0;
  ask(turn, options);
}

/**
 * "I don't know" is an answer, at every question: the person hears what each answer would mean (with rule ids), is
 * offered a person, and the conversation goes on. A yes/no fact stays open (the verdict writes its steps as conditions);
 * for what sends or the subscription, the verdict of each possibility is said, the question comes once more, and a
 * second "I don't know" is not asked again.
 */
function onUnsure(turn: Step, fact: FactName, options: StepOptions): void {
  const { session } = turn;
  const question = session.asking && isQuestion(session.asking) ? session.asking : questionOf(fact);
  if (!question) {
    ask(turn, options);
    return;
  }
  const asked = QUESTIONS[question].fact;
  if (isClarifying(asked)) {
    session.facts.clarified[asked as ClarifyingFact] = null;
    turn.say.push({ kind: 'unsure', question, round: 1, signIn: false }, { kind: 'line', id: 'personOffer' });
    ask(turn, options);
    return;
  }
  session.unsure += 1;
  if (session.unsure >= UNSURE_TO_PERSON) {
    turn.effects.push({ kind: 'handoff', result: triageResult(session.facts) });
    return;
  }
  const round = session.unsure;
  const signIn = options.lookup && question === 'subscription';
  // Each possibility's verdict, once: with the first "I don't know", or the second for what sends (whose first answer
  // says how to tell the kinds apart, as a list of every kind's verdicts would be long).
  const open = question === 'solved' || round !== (question === 'resource' ? 2 : 1) ? [] : possibilities(session.facts);
  if (open.length) turn.say.push({ kind: 'possibilities', why: 'unsure', possibilities: open });
  turn.say.push({ kind: 'unsure', question, round, signIn });
  if (round > 1 && question !== 'solved') {
    // Asked twice already: the question waits for whenever the person knows, and is not sent a third time.
    session.asking = undefined;
    return;
  }
  if (round === 1 && question !== 'solved') turn.say.push({ kind: 'line', id: 'personOffer' });
  session.asking = question;
  turn.say.push({ kind: 'question', question, options: optionIds(question), all: true, signIn });
}

function questionOf(fact: FactName): QuestionId | undefined {
  return (Object.keys(QUESTIONS) as QuestionId[]).find((q) => QUESTIONS[q].fact === fact);
}

/** A reply that answered nothing: the closest options, then more help each time, never the same reply twice. */
function miss(turn: Step, text: string, options: StepOptions): void {
  const { session } = turn;
  session.misses += 1;
  turn.say.push({ kind: 'notUnderstood', text });
  if (session.misses >= MISSES_TO_OFFER_PERSON)
    turn.say.push({ kind: 'line', id: session.misses > MISSES_TO_OFFER_PERSON ? 'help' : 'personOffer' });
  const asking = session.asking;
  if (asking && isQuestion(asking) && optionIds(asking).length > 4) {
    const question = asking;
    const closest = closestOptions(text, question);
    if (closest.length) {
      turn.say.push({ kind: 'question', question, options: closest, all: false, signIn: false });
      return;
    }
  }
  reask(turn, options, true);
}

/** The question asked now, again. */
function reask(turn: Step, options: StepOptions, all: boolean): void {
  const { session } = turn;
  const asking = session.asking;
  if (asking === 'subscriptionGroup' && session.facts.azure) {
    const kinds = session.facts.azure.kinds;
    turn.say.push({ kind: 'separate', kinds, groups: candidateGroups(kinds) });
    return;
  }
  if (asking === 'confirm' && session.guessed) {
    turn.say.push({
      kind: 'confirm',
      facts: Object.entries(session.guessed).map(([fact, value]) => ({ fact: fact as FactName, value })),
      ...(session.guessedConsumptionPlan ? { consumptionPlan: true } : {}),
    });
    return;
  }
  if (!asking || asking === 'confirm' || asking === 'subscriptionGroup') {
    ask(turn, options);
    return;
  }
  turn.say.push({
    kind: 'question',
    question: asking,
    options: optionIds(asking),
    all,
    signIn: options.lookup && asking === 'subscription',
  });
}

/** The next missing question, or the verdict and "did that solve it?". */
function ask(turn: Step, options: StepOptions): void {
  const { session } = turn;
  if (session.guessed) {
    session.asking = 'confirm';
    reask(turn, options, true);
    return;
  }
  decidedFirst(session.facts);
  const next = nextQuestion(session.facts);
  if (next !== 'decided') {
    if (next !== session.asking) {
      session.misses = 0;
      session.unsure = 0;
    }
    session.asking = next;
    if (switched.has(turn)) headSender(turn);
    // "Either a VM or a web app": which of the two, with every option one press away.
    const between = next === 'resource' ? session.facts.resourceBetween : undefined;
    if (between) {
      turn.say.push({ kind: 'question', question: next, options: between, all: false, signIn: false, between: true });
      return;
    }
    turn.say.push({
      kind: 'question',
      question: next,
      options: optionIds(next),
      all: true,
      signIn: options.lookup && next === 'subscription',
    });
    return;
  }
  if (cutShort(session.facts)) turn.say.push({ kind: 'line', id: 'whateverTheAnswers' });
  giveVerdict(turn, options);
}

/** Turns in which the next of several senders became the current one: its question says which sender it is about. */
const switched = new WeakSet<Step>();

/** The next sender is the current one now: its questions are its own, the counts of the last one's do not carry over. */
function moveOn(turn: Step): void {
  const { session } = turn;
  switched.add(turn);
  session.asking = undefined;
  session.closed = undefined;
  session.sent = {};
  session.misses = 0;
  session.unsure = 0;
}

/** Which of several senders what follows is about, said once before its verdict, its possibilities or its question. */
function headSender(turn: Step): void {
  const resource = turn.session.facts.resource!.value;
  const last = [...turn.say].reverse().find((s) => s.kind === 'sender' || s.kind === 'verdict');
  if (last?.kind !== 'sender' || last.resource !== resource)
    turn.say.push({ kind: 'sender', resource, ...senderPlace(turn.session.facts) });
}

/**
 * The verdict for what is known, then the next sender waiting, or "did that solve it?" after the last one. For a person
 * who asked for the steps, each next sender's verdict (or the possibilities still open for it) comes in the same reply.
 */
function giveVerdict(turn: Step, options: StepOptions, steps = false): void {
  const { session } = turn;
  const several = (session.facts.others?.length ?? 0) > 0;
  // The facts move on to the next sender below: this verdict keeps those it was given on.
  const result = triageResult(several ? structuredClone(session.facts) : session.facts);
  // With several senders, each one's first verdict is its first, not the same one again.
  const key = `verdict ${session.facts.resource!.value}`;
  const again = session.said.includes(several ? key : 'verdict');
  if (several) headSender(turn);
  turn.say.push({ kind: 'verdict', result, relayInFull: !session.said.includes('relay'), again });
  for (const once of ['relay', 'verdict', key]) if (!session.said.includes(once)) session.said.push(once);
  turn.effects.push({ kind: 'verdictGiven', result });
  session.closed = undefined;
  if (nextSender(session.facts)) {
    moveOn(turn);
    if (steps && triageResult(session.facts).verdict) {
      giveVerdict(turn, options, true);
      return;
    }
    const open = steps ? possibilities(session.facts) : [];
    if (open.length) {
      headSender(turn);
      turn.say.push({ kind: 'possibilities', why: 'steps', possibilities: open });
    }
    ask(turn, options);
    return;
  }
  session.asking = 'solved';
  turn.say.push({ kind: 'question', question: 'solved', options: optionIds('solved'), all: true, signIn: false });
}

function markStepsDone(known: SessionFacts): void {
  for (const s of triageResult(known).verdict?.steps ?? []) {
    const fact = DONE_BY_STEP[s.rule];
    if (fact && known.clarified[fact] !== true) known.clarified[fact] = true;
  }
}

/** "Did that solve it?" answered: thanks, or the hand-off when support can act, or why it cannot. */
function close(turn: Step, solved: boolean): void {
  const { session } = turn;
  // Of several senders, one support can act on (H1) leads the case; the others go with it in the summary.
  if (!solved) leadWith(session.facts, (facts) => triageResult(facts).category !== undefined);
  const result = triageResult(session.facts);
  session.asking = undefined;
  session.closed = true;
  const escalated = !solved && result.category !== undefined;
  turn.effects.push({ kind: 'closed', result, solved, escalated });
  if (solved) {
    turn.say.push({ kind: 'line', id: 'solvedThanks' });
  } else if (escalated) {
    turn.effects.push({ kind: 'handoff', result });
  } else {
    turn.say.push({ kind: 'notSolved', result });
  }
}

function onAzure(turn: Step, outcome: AzureOutcome, options: StepOptions): void {
  const { session } = turn;
  if (outcome.kind === 'failed') {
    turn.say.push({ kind: 'azureLine', id: outcome.reason, params: { id: outcome.subscriptionId ?? '' } });
    session.asking = 'subscription';
    turn.say.push({ kind: 'question', question: 'subscription', options: optionIds('subscription'), all: true, signIn: options.lookup });
    return;
  }
  const { subscription, knownQuotaId } = outcome;
  const contradiction = outcome.contradiction === true;
  session.facts.subscriptionId = subscription.subscriptionId;
  session.facts.azure = subscription;
  delete session.facts.subscription;
  turn.say.push({ kind: 'verified', subscription, knownQuotaId, contradiction });
  const groups = candidateGroups(subscription.kinds);
  if (groups.length === 1 && knownQuotaId && !contradiction) {
    // One rule whatever the exact kind: the verdict is the same for each of them.
    session.facts.subscription = { value: subscription.kinds[0], source: 'azure' };
    // The network facts are read before the next question, which they may answer.
    if (!readNetwork(turn, options)) ask(turn, options);
  } else if (groups.length === 1 || !knownQuotaId) {
    // Azure named no offer family, or its facts disagree within one rule: nothing to choose between, so the type is asked.
    session.asking = 'subscription';
    if (!readNetwork(turn, options))
      turn.say.push({ kind: 'question', question: 'subscription', options: optionIds('subscription'), all: true, signIn: false });
  } else {
    session.asking = 'subscriptionGroup';
    if (!readNetwork(turn, options)) turn.say.push({ kind: 'separate', kinds: subscription.kinds, groups });
  }
}
