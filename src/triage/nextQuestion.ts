/**
 * The next question, or "decided": only a fact some answer of which changes the decision (the policy's
 * relevance.ts says which), asked through its question. Resource and subscription come first when they
 * matter, then the fact that splits the possible decisions most; ties go in QUESTIONS order.
 */
import { webAppKind } from '../policy/groups';
import { splits, type KnownFacts, type PolicyFact, type Possible } from '../policy/relevance';
import { PLAIN_SUBSCRIPTION } from './facts';
import { CLARIFYING_FACTS, isClarifying, QUESTIONS, type ClarifyingFact, type QuestionId } from './questions';
import { resourceKind, subscriptionKind } from './result';
import type { SessionFacts } from './session';

/** What the session knows, as the policy takes it: known values, the values still possible, and how to ask the rest. */
export interface PolicyView {
  known: KnownFacts;
  possible: Possible;
  /** The question that settles each unknown fact the person can still be asked. */
  questions: Partial<Record<PolicyFact, QuestionId>>;
}

/** The question that sets each fact; a fact without one (C1) is never asked. */
const QUESTION_OF = new Map<string, QuestionId>((Object.keys(QUESTIONS) as QuestionId[]).reverse().map((q) => [QUESTIONS[q].fact, q]));

export function policyView(session: SessionFacts): PolicyView {
  const view: PolicyView = { known: {}, possible: {}, questions: {} };
  const resource = resourceKind(session);
  const named = session.resource?.value;
  if (resource) view.known.resource = resource;
  else if (named === 'appService' || named === 'functions') {
    // S2, S4: a web app sends on port 25 only through VNet integration.
    view.possible.resource = [webAppKind(named, true), webAppKind(named, false)];
    view.questions.resource = 'vnetIntegration';
  } else {
    // "Either a VM or a web app": only the kinds named are possible (a web app with or without VNet integration).
    const between = session.resourceBetween?.flatMap((r) =>
      r === 'appService' || r === 'functions' ? [webAppKind(r, true), webAppKind(r, false)] : [r],
    );
    if (between) view.possible.resource = [...new Set(between)];
    view.questions.resource = 'resource';
  }

  const subscription = subscriptionKind(session);
  const said = session.subscription?.value;
  if (subscription) view.known.subscription = subscription;
  else if (said === 'mca') {
    view.possible.subscription = [...PLAIN_SUBSCRIPTION.mca];
    view.questions.subscription = 'mcaKind';
  } else if (said === 'devTest') {
    view.possible.subscription = [...PLAIN_SUBSCRIPTION.devTest];
    view.questions.subscription = 'devTestKind';
  } else {
    if (session.azure) view.possible.subscription = session.azure.kinds;
    view.questions.subscription = 'subscription';
  }

  for (const fact of CLARIFYING_FACTS) {
    const value = session.clarified[fact];
    if (typeof value === 'boolean') view.known[fact] = value;
    // "Not sure" (null) stays unknown and is not asked again; C1 has no question at all.
    else if (value === undefined && QUESTION_OF.has(fact)) view.questions[fact] = QUESTION_OF.get(fact);
  }
  return view;
}

const ORDER = Object.keys(QUESTIONS);

/** After this many yes/no questions answered "not sure", the verdict comes with the open ones as conditions. */
const NOT_SURE_TO_VERDICT = 2;

/**
 * The next question, or "decided". Someone who could not answer two of the yes/no questions gets what holds
 * whatever the answers (the open ones become conditions in the verdict), not more of them.
 */
export function nextQuestion(session: SessionFacts): QuestionId | 'decided' {
  const next = worthAsking(session);
  if (next === 'decided' || !isClarifying(QUESTIONS[next].fact)) return next;
  const notSure = Object.values(session.clarified).filter((v) => v === null).length;
  return notSure >= NOT_SURE_TO_VERDICT ? 'decided' : next;
}

/** The verdict comes before every question that could change it was asked, because answers were "not sure". */
export function cutShort(session: SessionFacts): boolean {
  return nextQuestion(session) === 'decided' && worthAsking(session) !== 'decided';
}

/** The yes/no facts not asked yet whose answers could still change the decision. */
export function openFacts(session: SessionFacts): ClarifyingFact[] {
  const view = policyView(session);
  return splits(view.known, view.possible)
    .map((s) => s.fact)
    .filter((f): f is ClarifyingFact => f !== 'resource' && f !== 'subscription' && view.questions[f] !== undefined);
}

/** The question whose answer can still change the decision, whatever was left open. */
function worthAsking(session: SessionFacts): QuestionId | 'decided' {
  const view = policyView(session);
  const worth = splits(view.known, view.possible).filter((s) => view.questions[s.fact]);
  const first = worth.find((s) => s.fact === 'resource') ?? worth.find((s) => s.fact === 'subscription');
  const question = (fact: PolicyFact) => view.questions[fact]!;
  if (first) return question(first.fact);
  const [best] = worth.sort((a, b) => a.remaining - b.remaining || ORDER.indexOf(question(a.fact)) - ORDER.indexOf(question(b.fact)));
  return best ? question(best.fact) : 'decided';
}
