/**
 * Facts only get more precise: a plainer word said again of a known value confirms it, a more
 * precise one refines it, a guess never overwrites what is known, and a plain correction still wins.
 */
import { applyFacts, guessesToConfirm } from '../../src/triage/facts';
import type { SessionFacts } from '../../src/triage/session';
import { step, type Step } from '../../src/triage/step';

const known = (facts: Partial<Record<'subscription' | 'resource', string>>): SessionFacts => ({
  clarified: {},
  ...(facts.subscription ? { subscription: { value: facts.subscription as never, source: 'told' as const } } : {}),
  ...(facts.resource ? { resource: { value: facts.resource as never, source: 'told' as const } } : {}),
});

describe('a told fact against what is known', () => {
  it.each([
    // fact, known, told, kept value, how it was taken
    ['subscription', 'enterpriseDevTest', 'devTest', 'enterpriseDevTest', 'confirmed'],
    ['subscription', 'payAsYouGo', 'devTest', 'payAsYouGo', 'confirmed'],
    ['subscription', 'mcaEnterprise', 'mca', 'mcaEnterprise', 'confirmed'],
    ['subscription', 'visualStudio', 'visualStudio', 'visualStudio', 'confirmed'],
    ['resource', 'appServiceEnvironmentV3', 'appService', 'appServiceEnvironmentV3', 'confirmed'],
    ['subscription', 'devTest', 'enterpriseDevTest', 'enterpriseDevTest', 'added'],
    ['subscription', 'mca', 'mcaEnterprise', 'mcaEnterprise', 'added'],
    ['subscription', undefined, 'devTest', 'devTest', 'added'],
    ['subscription', 'enterpriseAgreement', 'devTest', 'devTest', 'changed'],
    ['subscription', 'visualStudio', 'payAsYouGo', 'payAsYouGo', 'changed'],
    ['subscription', 'enterpriseDevTest', 'mca', 'mca', 'changed'],
    ['resource', 'virtualMachine', 'vmScaleSet', 'vmScaleSet', 'changed'],
  ] as const)('%s: %s, then "%s" → %s (%s)', (fact, before, told, after, how) => {
    const facts = known(before ? { [fact]: before } : {});
    const applied = applyFacts(facts, { [fact]: told });
    expect(facts[fact]?.value).toBe(after);
    const taken = {
      confirmed: applied.confirmed.includes(fact),
      added: applied.added.some((a) => a.fact === fact),
      changed: applied.changed.some((a) => a.fact === fact),
    };
    expect(taken).toEqual({ confirmed: how === 'confirmed', added: how === 'added', changed: how === 'changed' });
  });
});

describe('a guess against what is known', () => {
  it.each([
    ['subscription', undefined, 'payAsYouGo', true],
    ['subscription', 'devTest', 'enterpriseDevTest', true],
    ['subscription', 'visualStudio', 'payAsYouGo', false],
    ['subscription', 'enterpriseDevTest', 'devTest', false],
    ['subscription', 'enterpriseDevTest', 'enterpriseDevTest', false],
  ] as const)('%s: %s, then a guess of %s: worth confirming = %s', (fact, before, guess, asked) => {
    const toConfirm = guessesToConfirm(known(before ? { [fact]: before } : {}), { [fact]: guess });
    expect(fact in toConfirm).toBe(asked);
  });

  it('a yes/no fact answered "not sure" can still be guessed', () => {
    const facts: SessionFacts = { clarified: { delegatedSubnet: null } };
    expect(guessesToConfirm(facts, { delegatedSubnet: true })).toEqual({ delegatedSubnet: true });
  });
});

function converse(locale: 'en' | 'ja', ...texts: string[]): Step[] {
  const turns: Step[] = [];
  for (const text of texts) turns.push(step(turns.at(-1)?.session, { kind: 'message', text, locale }, { lookup: false }));
  return turns;
}
const asked = (turn: Step) => turn.say.flatMap((s) => (s.kind === 'question' ? [s.question] : []));
const kinds = (turn: Step) => turn.say.map((s) => s.kind);

describe('in a conversation, a precise fact is kept against a vague one', () => {
  it.each([
    ['en', 'Enterprise Dev/Test VM, port 25 blocked', 'not yet. dev/test as I said'],
    ['en', 'VM on offer MS-AZR-0148P cannot send mail', "not yet, it's a dev test sub"],
    ['ja', 'Enterprise Dev/Test の仮想マシンから 25 番ポートで送信できません', 'まだです。開発テスト用のサブスクリプションです'],
  ] as const)('%s: %s / %s', (locale, opening, answer) => {
    const [, second] = converse(locale, opening, answer);
    expect(second.session.facts.subscription?.value).toBe('enterpriseDevTest');
    expect(asked(second)).not.toContain('devTestKind');
    expect(kinds(second)).not.toContain('changed');
  });

  it('"I told you, Visual Studio" is a confirmation, not a reply that was not understood', () => {
    const [first, second] = converse('en', 'Visual Studio subscription, a VM', 'I told you, Visual Studio');
    expect(kinds(second)).not.toContain('notUnderstood');
    expect(second.session.facts.subscription?.value).toBe('visualStudio');
    expect(asked(second)).toEqual(asked(first));
  });

  it.each([
    ['en', 'Visual Studio subscription, a VM', "I think it's pay as you go", 'visualStudio'],
    ['ja', 'EA の VM から送信できません', 'たぶん従量課金だと思います', 'enterpriseAgreement'],
  ] as const)('%s: a guess does not overwrite a value the person stated (%s / %s)', (locale, opening, guess, kept) => {
    const [, second] = converse(locale, opening, guess);
    expect(second.session.facts.subscription?.value).toBe(kept);
    expect(kinds(second)).not.toContain('confirm');
  });

  it('a plain correction still changes the value, and says so', () => {
    const [, second] = converse('en', 'Visual Studio subscription, a VM', 'sorry, it is actually pay as you go');
    expect(second.session.facts.subscription?.value).toBe('payAsYouGo');
    expect(kinds(second)).toContain('changed');
  });
});
