/**
 * The phrases of the word tables in a message, and what they state: every fact with its polarity
 * (a negation, a former type, a supposition nearby changes what a fact word says), whether a
 * clause asks rather than states. Linear scans over the folded text; both languages' tables on
 * every message.
 *
 * Precision comes first: words of two different values for one fact cancel each other (the bot
 * asks), and a guess ("I think") is marked tentative.
 */
import type { QuestionId } from './questions';
import { QUESTIONS } from './questions';
import type { FactName, ReadFacts, ResourceChoice } from './reading';
import { canonicalWords, singular } from './spelling';
import { ALL_TABLES } from './tables';
import { fold, isAscii, tokenize, trimmed, type Token } from './text';

/** A phrase of the tables, folded once. */
interface Phrase {
  folded: string;
  /** English: matched word by word; Japanese: anywhere in the text. */
  words: string[] | undefined;
}

function phrase(text: string): Phrase {
  const folded = fold(text);
  return {
    folded,
    words: isAscii(folded)
      ? tokenize(folded)
          .map((t) => t.word)
          .filter((w) => w !== '|')
      : undefined,
  };
}

type Meaning =
  | { kind: 'fact'; fact: FactName; value: ReadFacts[FactName]; onlyWhenAsked?: QuestionId | undefined; weak: boolean; uncertain: boolean }
  | { kind: 'negation' }
  | { kind: 'formerly' }
  | { kind: 'hypothetical' }
  | { kind: 'hearsay' }
  | { kind: 'supposing' }
  | { kind: 'conditional' }
  | { kind: 'change' }
  | { kind: 'replaced' };

interface Entry {
  phrase: Phrase;
  meaning: Meaning;
}

function buildEntries(): Entry[] {
  const entries: Entry[] = [];
  for (const table of ALL_TABLES) {
    const weak = new Set(ALL_TABLES.flatMap((t) => t.weak).map(fold));
    const uncertain = new Set(ALL_TABLES.flatMap((t) => t.uncertain).map(fold));
    const fact = (f: FactName, value: ReadFacts[FactName], text: string, onlyWhenAsked?: QuestionId) =>
      entries.push({
        phrase: phrase(text),
        meaning: { kind: 'fact', fact: f, value, onlyWhenAsked, weak: weak.has(fold(text)), uncertain: uncertain.has(fold(text)) },
      });
    for (const [value, words] of Object.entries(table.resource)) for (const w of words) fact('resource', value, w);
    for (const [value, words] of Object.entries(table.subscription)) for (const w of words) fact('subscription', value, w);
    for (const s of table.statements) for (const w of s.phrases) fact(s.fact, s.value, w, s.onlyWhenAsked);
    for (const w of table.negations) entries.push({ phrase: phrase(w), meaning: { kind: 'negation' } });
    for (const w of table.formerly) entries.push({ phrase: phrase(w), meaning: { kind: 'formerly' } });
    for (const kind of ['hypothetical', 'hearsay', 'supposing', 'replaced'] as const)
      for (const w of table[kind]) entries.push({ phrase: phrase(w), meaning: { kind } });
    for (const w of table.conditionals) entries.push({ phrase: phrase(w), meaning: { kind: 'conditional' } });
    for (const w of table.changes) entries.push({ phrase: phrase(w), meaning: { kind: 'change' } });
    for (const w of table.uncertain) fact('subscription', 'payAsYouGo', w);
  }
  return entries;
}

const ENTRIES = buildEntries();

interface Match {
  meaning: Meaning;
  start: number;
  end: number;
  /** Token index range for English matches (to measure how far a negation stands). */
  firstToken?: number;
  lastToken?: number;
}

/** English entries by their first word, so each word of a message is looked up once, not scanned per phrase. */
const BY_FIRST_WORD = new Map<string, Entry[]>();
for (const entry of ENTRIES) {
  const first = entry.phrase.words?.[0];
  if (first) BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), entry]);
}
const JAPANESE_ENTRIES = ENTRIES.filter((e) => !e.phrase.words && e.phrase.folded);

function findAll(folded: string, tokens: Token[], words: string[]): Match[] {
  const found: Match[] = [];
  const singulars = words.map((w) => singular(w));
  const at = (i: number, word: string) => words[i] === word || singulars[i] === word;
  for (let i = 0; i < words.length; i++) {
    const starting = [...(BY_FIRST_WORD.get(words[i]) ?? []), ...(singulars[i] ? (BY_FIRST_WORD.get(singulars[i]!) ?? []) : [])];
    for (const entry of starting) {
      const p = entry.phrase.words!;
      const n = p.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = at(i + k, p[k]);
      if (ok)
        found.push({ meaning: entry.meaning, start: tokens[i].start, end: tokens[i + n - 1].end, firstToken: i, lastToken: i + n - 1 });
    }
  }
  for (const entry of JAPANESE_ENTRIES) {
    const p = entry.phrase.folded;
    for (let i = folded.indexOf(p); i >= 0; i = folded.indexOf(p, i + 1))
      found.push({ meaning: entry.meaning, start: i, end: i + p.length });
  }
  return found;
}

function factOf(m: Match): FactName | undefined {
  return m.meaning.kind === 'fact' ? m.meaning.fact : undefined;
}

/**
 * A match standing inside a longer one is not read on its own ("dev test" inside "enterprise dev test");
 * where words overlap, the reading that answers the question asked wins ("firewall" as the route, not the resource).
 */
function standing(matches: Match[], askedFact: FactName | undefined): Match[] {
  const overlaps = (a: Match, b: Match) => a.start < b.end && b.start < a.end;
  return matches.filter(
    (m) =>
      !matches.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start) &&
      !(askedFact && factOf(m) && factOf(m) !== askedFact && matches.some((o) => factOf(o) === askedFact && overlaps(o, m))),
  );
}

/** Japanese clauses end here; a negation after a fact word does not reach past them. */
const JA_BREAKS = new Set(['、', '。', ',', '.', '!', '?', '\n']);
const EN_NEGATION_REACH = 3;
/** Folded as the text is (hiragana as katakana). */
const NEGATIVE_ENDINGS = ['ない', 'ません'].map(fold);
const HYPOTHETICAL_REACH_JA = 4;
const JA_NEGATION_REACH = 12;
const FORMERLY_REACH_EN = 4;
const FORMERLY_REACH_JA = 8;

function tokenIndexAt(tokens: Token[], position: number): number {
  return tokens.findIndex((t) => t.start >= position);
}

/** English: a negation up to three words before the fact word, nothing between them but plain words. */
function negatedBefore(fact: Match, cues: Match[], facts: Match[], tokens: Token[]): boolean {
  if (fact.firstToken === undefined) return negatedBeforeJapanese(fact, cues, tokens);
  return cues.some((cue) => {
    if (cue.lastToken === undefined || cue.lastToken >= fact.firstToken!) return false;
    if (fact.firstToken! - cue.lastToken > EN_NEGATION_REACH) return false;
    for (let i = cue.lastToken + 1; i < fact.firstToken!; i++) if (tokens[i].word === '|') return false;
    return !facts.some((f) => f !== fact && f.start > cue.end && f.end <= fact.start);
  });
}

/** A form filled in as "Firewall: none", "UDR: none": the word right after the fact word, before a break. */
const NONE_AFTER = new Set(['none', 'nope']);

function noneAfter(fact: Match, tokens: Token[]): boolean {
  if (fact.lastToken === undefined) return false;
  const next = tokens[fact.lastToken + 1];
  const after = tokens[fact.lastToken + 2];
  return next !== undefined && NONE_AFTER.has(next.word) && (after === undefined || after.word === '|');
}

/** An English negation before a Japanese fact word ("not 従量課金"). */
function negatedBeforeJapanese(fact: Match, cues: Match[], tokens: Token[]): boolean {
  const at = tokenIndexAt(tokens, fact.start);
  return cues.some((cue) => cue.lastToken !== undefined && cue.end <= fact.start && (at < 0 ? tokens.length : at) - cue.lastToken <= 2);
}

const JOINING = new Set(ALL_TABLES.flatMap((t) => t.joiningNegations).map(fold));
const COPULAS = new Set(ALL_TABLES.flatMap((t) => t.copulas).map(fold));

/**
 * Whether a resource word is negated. "Neither" and "nor" join a list: they negate the sending ("can't send from the VM,
 * nor from the web app" names both), unless the list says what the thing is not: "neither" after a copula ("it's
 * neither a VM nor…"), or "nor" after a resource so negated ("not a VM, nor a web app").
 */
function resourceNegated(m: Match, negations: Match[], facts: Match[], tokens: Token[], folded: string, negatedAlready: Match[]): boolean {
  const joining = negations.filter((c) => JOINING.has(folded.slice(c.start, c.end)));
  const plain = negations.filter((c) => !joining.includes(c));
  if (negatedBefore(m, plain, facts, tokens) || negatedAfter(m, negations, facts, folded) || noneAfter(m, tokens)) return true;
  const cue = joining.filter((c) => negatedBefore(m, [c], facts, tokens)).pop();
  if (!cue || cue.firstToken === undefined) return false;
  if (folded.slice(cue.start, cue.end) !== 'nor') return COPULAS.has(tokens[cue.firstToken - 1]?.word ?? '');
  const previous = facts.filter((f) => f.meaning.kind === 'fact' && f.meaning.fact === 'resource' && f.end <= cue.start).pop();
  return previous !== undefined && negatedAlready.includes(previous);
}

/** Japanese: the cues right after the fact word, in the same clause, before any other fact word; overlapping ones once. */
function cuesAfter(fact: Match, cues: Match[], facts: Match[], folded: string, reach: number): Match[] {
  const near = cues
    .filter((cue) => {
      // The cue may share the fact word's last characters (「経由」 in 「ファイアウォールは経由していません」),
      // unless the fact word is itself negative (「つながらない」 + 「ないです」).
      if (cue.firstToken !== undefined || cue.start <= fact.start || cue.end <= fact.end || cue.start - fact.end > reach) return false;
      if (cue.start < fact.end && NEGATIVE_ENDINGS.some((e) => folded.slice(fact.start, fact.end).includes(e))) return false;
      for (let i = fact.end; i < cue.start; i++) if (JA_BREAKS.has(folded[i])) return false;
      return !facts.some((f) => f !== fact && f.start >= fact.end && f.start < cue.start);
    })
    .sort((a, b) => a.start - b.start);
  const apart: Match[] = [];
  for (const cue of near) if (!apart.length || cue.start >= apart[apart.length - 1].end) apart.push(cue);
  return apart;
}

/** Japanese: negated by the cues after it; two in a row (「していないわけではありません」) say yes again. */
function negatedAfter(fact: Match, cues: Match[], facts: Match[], folded: string): boolean {
  return cuesAfter(fact, cues, facts, folded, JA_NEGATION_REACH).length % 2 === 1;
}

function formerlyNear(fact: Match, cues: Match[], facts: Match[], tokens: Token[]): boolean {
  return cues.some((cue) => {
    if (facts.some((f) => f !== fact && f.start >= cue.end && f.end <= fact.start)) return false;
    if (cue.firstToken !== undefined && fact.firstToken !== undefined) {
      if (cue.lastToken! >= fact.firstToken || fact.firstToken - cue.lastToken! > FORMERLY_REACH_EN) return false;
      for (let i = cue.lastToken! + 1; i < fact.firstToken; i++) if (tokens[i].word === '|') return false;
      return true;
    }
    if (cue.firstToken !== undefined) return cue.end <= fact.start && fact.start - cue.end <= FORMERLY_REACH_JA;
    // Japanese cues stand before (以前は EA) or, with から, after (EA から変更).
    const before = cue.end <= fact.start && fact.start - cue.end <= FORMERLY_REACH_JA;
    const after = cue.start >= fact.end && cue.start - fact.end <= 2;
    return before || after;
  });
}

/** 「EA から従量課金制に切り替え」: a subscription word followed by から and, in the same clause, another one is the former type. */
const CHANGED_FROM = ALL_TABLES.flatMap((t) => t.changedFrom).map(fold);

function fromOneToAnother(fact: Match, facts: Match[], folded: string): boolean {
  const after = folded.slice(fact.end, fact.end + 3).trimStart();
  if (!CHANGED_FROM.some((cue) => after.startsWith(cue))) return false;
  const next = facts.find((f) => f !== fact && factOf(f) === 'subscription' && f.start >= fact.end);
  if (!next) return false;
  for (let i = fact.end; i < next.start; i++) if (JA_BREAKS.has(folded[i])) return false;
  return true;
}

const ENTERPRISE_KINDS = new Set(['enterpriseAgreement', 'mcaEnterprise', 'mca']);

/** A bracket closes an aside: "AKS (EA) blocked?" asks about the block, not whether it is EA. */
const CLAUSE_BREAKS = new Set([',', '.', ';', '!', '?', '、', '。', '!', '?', '\n', ')']);
const QUESTION_ENDINGS = ALL_TABLES.flatMap((t) => t.questionEndings).map(fold);

/** The clause around a match ends as a question ("…, or do I need to deallocate?", 「…違うのですか」). */
function asksAt(folded: string, m: Match): boolean {
  let end = m.end;
  while (end < folded.length && !CLAUSE_BREAKS.has(folded[end])) end++;
  const clause = folded.slice(m.start, end + 1).trim();
  return QUESTION_ENDINGS.some((e) => clause.endsWith(e));
}

const TAG_QUESTIONS = ALL_TABLES.flatMap((t) => t.tagQuestions).map(fold);

/** The message ends as a tag question: "EA VMs are not blocked, right?", 「EA の VM はブロックされないですよね？」. */
export function endsAsTagQuestion(text: string): boolean {
  const folded = fold(text).trimEnd();
  if (!folded.endsWith('?')) return false;
  const asked = folded.replace(/[\s?]+$/, '');
  return TAG_QUESTIONS.some((t) => asked.endsWith(t));
}

/** Folded as the text is (hiragana as katakana). */
const ASKING_WORDS = ['教えて', 'とは'].map(fold);

const QUESTION_STARTS = new Set([
  'what',
  'how',
  'why',
  'can',
  'could',
  'should',
  'does',
  'do',
  'is',
  'are',
  'which',
  'where',
  'will',
  'tell',
  'explain',
]);

/** The message asks something: a question mark or ending, or an English question word first. */
export function asks(folded: string, words: string[]): boolean {
  const bare = trimmed(folded);
  return (
    folded.includes('?') ||
    QUESTION_ENDINGS.some((e) => bare.endsWith(e)) ||
    QUESTION_STARTS.has(words[0] ?? '') ||
    ASKING_WORDS.some((w) => folded.includes(w))
  );
}

/** Sentences end here: a supposition ("suppose we moved it to EA?") reaches no further. */
const SENTENCE_BREAKS = new Set(['.', '?', '!', '。']);

/**
 * Whether the sentence around a fact supposes it: a supposing word anywhere in it ("suppose", 「仮に」), or a conditional
 * with a word of change in a sentence that asks ("and if we moved it to EA?", 「EA に移したらどうなりますか」). The
 * sentences are found once per message, and only when it has a supposing word or a conditional at all.
 */
function suppositions(folded: string, all: Match[]): (m: Match) => boolean {
  const cues = all.filter((c) => c.meaning.kind === 'supposing' || c.meaning.kind === 'conditional' || c.meaning.kind === 'change');
  if (!cues.some((c) => c.meaning.kind !== 'change')) return () => false;
  const ends: number[] = [];
  for (let i = 0; i < folded.length; i++) if (SENTENCE_BREAKS.has(folded[i])) ends.push(i);
  ends.push(folded.length);
  /** The index of the sentence a position stands in: the first sentence end at or after it. */
  const sentenceAt = (position: number) => {
    let low = 0;
    let high = ends.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ends[mid] < position) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const kinds = new Map<number, Set<Meaning['kind']>>();
  for (const c of cues) {
    const n = sentenceAt(c.start);
    kinds.set(n, (kinds.get(n) ?? new Set()).add(c.meaning.kind));
  }
  return (m) => {
    const n = sentenceAt(m.start);
    const found = kinds.get(n);
    if (!found) return false;
    if (found.has('supposing')) return true;
    if (!found.has('conditional') || !found.has('change')) return false;
    const sentence = folded.slice(n > 0 ? ends[n - 1] + 1 : 0, Math.min(ends[n] + 1, folded.length));
    return sentence.includes('?') || QUESTION_ENDINGS.some((e) => trimmed(sentence).endsWith(e));
  };
}

interface Said {
  fact: FactName;
  value: ReadFacts[FactName];
  weak: boolean;
  /** Said in a clause that asks ("or do I need to deallocate?"), or in words that are only a guess. */
  guess?: boolean;
  /** Where in the message, so the senders keep the order they were named in. */
  at: number;
  /** A resource named as one more sender ("the web app too", 「Web アプリも」). */
  also?: boolean;
}

const ALSO_WORDS = ALL_TABLES.flatMap((t) => t.alsoSender);
const ALSO_EN = ALSO_WORDS.filter((w) => isAscii(fold(w))).map((w) => phrase(w).words!);
/** Longest first, folded as the text is (hiragana as katakana). */
const ALSO_JA = ALSO_WORDS.filter((w) => !isAscii(fold(w)))
  .map(fold)
  .sort((a, b) => b.length - a.length);
const NOT_ALSO = ALL_TABLES.flatMap((t) => t.notAlsoSender).map(fold);
const ALSO_REACH_EN = 3;

/** One more sender: a cue right after a resource (Japanese), or a few words either side of it in its clause (English). */
function alsoAt(m: Match, tokens: Token[], folded: string): boolean {
  const after = folded.slice(m.end).trimStart();
  if (!NOT_ALSO.some((w) => after.startsWith(w)) && ALSO_JA.some((cue) => after.startsWith(cue))) return true;
  if (m.firstToken === undefined || m.lastToken === undefined) return false;
  const first = m.firstToken;
  const last = m.lastToken;
  const words = tokens.map((t) => t.word);
  const unbroken = (from: number, to: number) => words.slice(from, to).every((w) => w !== '|');
  return ALSO_EN.some((cue) => {
    const n = cue.length;
    for (let i = Math.max(0, first - ALSO_REACH_EN - n + 1); i <= Math.min(words.length - n, last + ALSO_REACH_EN); i++) {
      if (i + n > first && i <= last) continue;
      if (!cue.every((w, k) => words[i + k] === w)) continue;
      if (i < first ? unbroken(i + n, first) : unbroken(last + 1, i)) return true;
    }
    return false;
  });
}

/**
 * Two resource words that name one sender: a scale set's instances are VMs (AKS nodes included), apps in an
 * App Service Environment v3 send as the ASE (S2), and Azure Firewall beside another resource is the way its
 * mail goes out (S3), not a second sender.
 */
function oneSender(named: ResourceChoice[]): ResourceChoice[] {
  const has = (r: ResourceChoice) => named.includes(r);
  return named.filter(
    (r) =>
      !(r === 'virtualMachine' && has('vmScaleSet')) &&
      !((r === 'appService' || r === 'functions') && has('appServiceEnvironmentV3')) &&
      !(r === 'azureFirewall' && named.some((o) => o !== 'azureFirewall')),
  );
}

/**
 * Every sender the message names, in its order, each kind once. A weak word ("VM") names a sender only where no other
 * question waits for its answer ("I restarted the VM" answers the restart question); a resource in a clause that asks
 * ("can a VM or a web app use 25?") names none.
 */
function sendersNamed(said: Said[], asked: QuestionId | undefined): ResourceChoice[] {
  const open = !asked || asked === 'resource';
  const named = said
    .filter((s) => s.fact === 'resource' && !s.guess && (open || !s.weak))
    .sort((a, b) => a.at - b.at)
    .map((s) => s.value as ResourceChoice);
  return oneSender([...new Set(named)]);
}

const EITHER_EN = ALL_TABLES.flatMap((t) => t.alternatives.either)
  .map(fold)
  .filter(isAscii);
const EITHER_JA = ALL_TABLES.flatMap((t) => t.alternatives.either)
  .map(fold)
  .filter((w) => !isAscii(w));
const OR_WORDS = ALL_TABLES.flatMap((t) => t.alternatives.or).map(fold);
const OF_JA = fold('の');
const EITHER_REACH_EN = 3;

/**
 * The resources a message names as alternatives ("either a VM or a web app", 「VM か Web アプリのどちらか」): one sender
 * of one of these kinds, not several senders. Every two in a row are joined by an "or" word, and an "either" word
 * stands before the first (English) or after the last (Japanese).
 */
function alternativesNamed(found: Match[], folded: string, tokens: Token[]): boolean {
  // In the message's order (English words are matched before Japanese ones), a span matched by both tables once.
  const named = [...found].sort((a, b) => a.start - b.start).filter((m, i, all) => i === 0 || m.start >= all[i - 1].end);
  if (named.length < 2) return false;
  const joined = named.slice(1).every((m, i) => {
    const between = folded.slice(named[i].end, m.start);
    const bare = between.replace(/[\s、,]/g, '');
    return OR_WORDS.some((w) => (isAscii(w) ? tokenize(between).some((t) => t.word === w) : bare === w));
  });
  if (!joined) return false;
  const first = named[0];
  const last = named[named.length - 1];
  const after = folded.slice(last.end).trimStart();
  const rest = after.startsWith(OF_JA) ? after.slice(OF_JA.length).trimStart() : after;
  if (EITHER_JA.some((w) => rest.startsWith(w))) return true;
  if (first.firstToken === undefined) return false;
  for (let i = first.firstToken - 1; i >= Math.max(0, first.firstToken - EITHER_REACH_EN); i--) {
    if (tokens[i].word === '|') return false;
    if (EITHER_EN.includes(tokens[i].word)) return true;
  }
  return false;
}

/** The facts the words state; two different values of one fact cancel out. Facts supposed ("what if it were EA") apart. */
export function factsFrom(
  folded: string,
  tokens: Token[],
  asked: QuestionId | undefined,
): {
  facts: Partial<ReadFacts>;
  supposed: Partial<ReadFacts>;
  mentioned: Set<FactName>;
  said: Said[];
  guesses: Set<FactName>;
  senders: ResourceChoice[];
  /** Named as alternatives ("either a VM or a web app"): one sender of one of these kinds. */
  between: ResourceChoice[];
  /** The one sender named is named as one more ("the web app too"). */
  anotherSender: boolean;
} {
  const words = canonicalWords(tokens);
  const askedFact = asked && QUESTIONS[asked].fact;
  const candidates = findAll(folded, tokens, words).filter(
    (m) => m.meaning.kind !== 'fact' || !m.meaning.onlyWhenAsked || m.meaning.onlyWhenAsked === asked,
  );
  const all = standing(candidates, askedFact);
  const facts = all.filter((m) => m.meaning.kind === 'fact');
  const cues = (kind: Meaning['kind']) => all.filter((m) => m.meaning.kind === kind);
  const negations = cues('negation');
  const formerly = cues('formerly');
  const hypothetical = cues('hypothetical');
  const hearsay = cues('hearsay');
  const replaced = cues('replaced');
  const supposedIn = suppositions(folded, all);
  const near = (m: Match, these: Match[]) =>
    negatedBefore(m, these, facts, tokens) || cuesAfter(m, these, facts, folded, HYPOTHETICAL_REACH_JA).length > 0;

  const said: Said[] = [];
  const supposed: Said[] = [];
  const mentioned = new Set<FactName>();
  const negatedResources: Match[] = [];
  const resourcesSaid: Match[] = [];
  for (const m of facts) {
    const meaning = m.meaning as Extract<Meaning, { kind: 'fact' }>;
    mentioned.add(meaning.fact);
    if (meaning.fact === 'subscription' && (formerlyNear(m, formerly, facts, tokens) || fromOneToAnother(m, facts, folded))) {
      // "used to be EA", 「以前は EA」: the former type (C1), not the current one.
      if (ENTERPRISE_KINDS.has(meaning.value as string)) said.push({ fact: 'formerlyEnterprise', value: true, weak: false, at: m.start });
      continue;
    }
    // "I read that EA is not blocked": neither what they have nor what they suppose.
    if (near(m, hearsay)) continue;
    // "what if it was a scale set", 「EA なら」, "suppose we moved it to EA?": supposed, not stated.
    const supposing = near(m, hypothetical) || supposedIn(m);
    // "…a VM instead of App Service": the value a supposition would replace.
    if (supposing && near(m, replaced)) continue;
    const negated =
      meaning.fact === 'resource'
        ? resourceNegated(m, negations, facts, tokens, folded, negatedResources)
        : negatedBefore(m, negations, facts, tokens) || negatedAfter(m, negations, facts, folded) || noneAfter(m, tokens);
    if (negated && meaning.fact === 'resource') negatedResources.push(m);
    const into = supposing ? supposed : said;
    if (negated) {
      // "not a VM", "not PAYG": says what it is not, which settles nothing; a negated yes/no fact is its opposite.
      if (typeof meaning.value === 'boolean')
        into.push({ fact: meaning.fact, value: !meaning.value, weak: meaning.weak, guess: !supposing && asksAt(folded, m), at: m.start });
      continue;
    }
    if (meaning.fact === 'resource' && !supposing) resourcesSaid.push(m);
    into.push({
      fact: meaning.fact,
      value: meaning.value,
      weak: meaning.weak,
      guess: !supposing && (meaning.uncertain || asksAt(folded, m)),
      at: m.start,
      ...(meaning.fact === 'resource' && alsoAt(m, tokens, folded) ? { also: true } : {}),
    });
  }
  const stated = settle(said, asked);
  // Several senders are all kept (the reading's `senders`), none of them as the one resource; two words of one sender are that sender.
  const named = sendersNamed(said, asked);
  const between = named.length > 1 && alternativesNamed(resourcesSaid, folded, tokens) ? named : [];
  const senders = between.length ? [] : named;
  if (named.length > 1) delete stated.facts.resource;
  else if (senders.length === 1 && new Set(said.filter((s) => s.fact === 'resource').map((s) => s.value)).size > 1)
    stated.facts.resource = senders[0];
  const anotherSender = senders.length === 1 && said.some((s) => s.fact === 'resource' && s.value === senders[0] && s.also === true);
  return {
    facts: stated.facts,
    supposed: settle(supposed, undefined).facts,
    mentioned,
    said,
    guesses: stated.guesses,
    senders,
    between,
    anotherSender,
  };
}

/** One value per fact: two different values of one fact cancel out, a weak word counts only for its own question. */
function settle(said: Said[], asked: QuestionId | undefined): { facts: Partial<ReadFacts>; guesses: Set<FactName> } {
  const result: Partial<Record<FactName, unknown>> = {};
  const guesses = new Set<FactName>();
  for (const fact of new Set(said.map((s) => s.fact))) {
    const ofFact = said.filter((s) => s.fact === fact);
    const named = new Set(ofFact.map((s) => s.value));
    // A plain "Microsoft Customer Agreement" with words that say which kind: that kind (E1 or O1).
    if (fact === 'subscription' && named.has('mca') && named.size === 2) {
      const kind = [...named].find((v) => v === 'mcaEnterprise' || v === 'payAsYouGo');
      if (kind) {
        result[fact] = kind;
        continue;
      }
    }
    const strong = ofFact.filter((s) => !s.weak);
    // A weak word ("server") counts only while its own question is open, never beside another one.
    if (!strong.length && asked && QUESTIONS[asked].fact !== fact) continue;
    const values = new Set((strong.length ? strong : ofFact).map((s) => s.value));
    if (values.size === 1) {
      result[fact] = [...values][0];
      if (ofFact.every((s) => s.guess)) guesses.add(fact);
    }
  }
  return { facts: result as Partial<ReadFacts>, guesses };
}

/** Every subscription kind a message names, even several ("Pay-As-You-Go / Visual Studio"): to pick a rule among Azure's candidates. */
export function subscriptionsNamed(text: string): string[] {
  const folded = fold(text);
  const { said } = factsFrom(folded, tokenize(folded), undefined);
  return said.filter((s) => s.fact === 'subscription').map((s) => String(s.value));
}

/** Does the folded text contain the phrase: whole words for English, anywhere for Japanese and symbols. */
const phrases = new Map<string, Phrase>();

function contains(folded: string, words: string[], text: string): boolean {
  let p = phrases.get(text);
  if (!p) phrases.set(text, (p = phrase(text)));
  if (!p.words || !p.words.length) return folded.includes(p.folded);
  const n = p.words.length;
  for (let i = 0; i + n <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = words[i + k] === p.words[k];
    if (ok) return true;
  }
  return false;
}

export function any(folded: string, words: string[], phrases: string[]): boolean {
  return phrases.some((p) => contains(folded, words, p));
}

/** Table words folded once, not on every message. */
const foldedWords = new Map<string, string>();
export function foldWord(word: string): string {
  let f = foldedWords.get(word);
  if (f === undefined) foldedWords.set(word, (f = fold(word)));
  return f;
}
const bareWords = new Map<string, string>();
function bareWord(word: string): string {
  let b = bareWords.get(word);
  if (b === undefined) bareWords.set(word, (b = trimmed(foldWord(word))));
  return b;
}

export function exactly(bare: string, phrases: string[]): boolean {
  return phrases.some((p) => bareWord(p) === bare);
}
