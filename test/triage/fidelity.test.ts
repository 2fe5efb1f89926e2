/**
 * The conversation says what the article says: each wrong-advice path and misleading reading of the second
 * audit, as what a person writes → what the bot does, in English and Japanese.
 */
import type { Locale } from '../../src/locale';
import type { Say } from '../../src/triage/say';
import type { Session, VerifiedSubscription } from '../../src/triage/session';
import { step, type AzureOutcome, type Step } from '../../src/triage/step';
import { candidateKinds } from '../../src/policy/quotaIds';

class Chat {
  session: Session | undefined;
  constructor(
    private readonly locale: Locale,
    private readonly lookup = false,
  ) {}

  say(text: string): Step {
    const turn = step(this.session, { kind: 'message', text, locale: this.session?.locale ?? this.locale }, { lookup: this.lookup });
    this.session = turn.session;
    return turn;
  }

  azure(outcome: AzureOutcome): Step {
    const turn = step(this.session, { kind: 'azure', outcome }, { lookup: this.lookup });
    this.session = turn.session;
    return turn;
  }
}

const asked = (turn: Step) => turn.say.flatMap((s) => (s.kind === 'question' ? [s.question] : s.kind === 'separate' ? ['separate'] : []));
const verdictOf = (turn: Step) => turn.say.find((s): s is Extract<Say, { kind: 'verdict' }> => s.kind === 'verdict')?.result;
const lines = (turn: Step) => turn.say.flatMap((s) => (s.kind === 'line' ? [s.id] : []));

describe('1. company words are no subscription type: the type is asked', () => {
  it.each([
    ['en', 'VM, our company signed a contract with Microsoft'],
    ['en', 'virtual machine. We signed with Microsoft through our account team'],
    ['en', 'VM; the agreement was signed by my organisation'],
    ['ja', '仮想マシンです。会社で契約しています'],
    ['ja', '仮想マシンです。会社として Microsoft と契約しています'],
  ] as const)('%s: %s', (locale, text) => {
    const turn = new Chat(locale).say(text);
    expect(verdictOf(turn)).toBeUndefined();
    expect(turn.session.facts.subscription).toBeUndefined();
    expect(lines(turn)).toContain('companyContract');
    expect(asked(turn)).toEqual(['subscription']);
  });

  it.each([
    ['en', 'our company signed an Enterprise Agreement, VM', 'enterpriseAgreement'],
    ['ja', '会社で契約している Enterprise Dev/Test の仮想マシンです', 'enterpriseDevTest'],
  ] as const)('%s: a type named beside them still counts: %s', (locale, text, kind) => {
    const turn = new Chat(locale).say(text);
    expect(turn.session.facts.subscription?.value).toBe(kind);
    expect(lines(turn)).not.toContain('companyContract');
  });
});

describe('2. Azure data: contradictions and unknown quota ids are asked, never verified', () => {
  const verified = (quotaId: string, billing?: VerifiedSubscription['billing']): AzureOutcome => {
    const { kinds, knownQuotaId, contradiction } = candidateKinds({ quotaId, spendingLimit: 'Off', billing });
    return {
      kind: 'verified',
      subscription: {
        subscriptionId: '0b1f6471-1bf0-4dda-aec3-cb9272f09590',
        displayName: 'Contoso',
        state: 'Enabled',
        quotaId,
        billing,
        kinds,
      },
      knownQuotaId,
      contradiction,
    };
  };
  it.each([
    [
      'EA quota id with MCA / Enterprise / DevTest billing',
      verified('EnterpriseAgreement_2014-09-01', {
        billingAccountAgreementType: 'MicrosoftCustomerAgreement',
        billingAccountType: 'Enterprise',
        subscriptionWorkloadType: 'DevTest',
      }),
      'separate',
    ],
    [
      'Pay-As-You-Go quota id with EA billing',
      verified('PayAsYouGo_2014-09-01', { billingAccountAgreementType: 'EnterpriseAgreement', billingAccountType: 'Enterprise' }),
      'separate',
    ],
    [
      'an unknown quota id whose billing leaves one rule',
      verified('Internal_2030-01-01', { billingAccountAgreementType: 'MicrosoftPartnerAgreement' }),
      'subscription',
    ],
  ] as const)('%s', (_name, outcome, question) => {
    for (const locale of ['en', 'ja'] as const) {
      const chat = new Chat(locale, true);
      chat.say(locale === 'en' ? 'virtual machine' : '仮想マシンです');
      const turn = chat.azure(outcome);
      expect(turn.session.facts.subscription).toBeUndefined();
      expect(verdictOf(turn)).toBeUndefined();
      expect(asked(turn)).toEqual([question]);
      const said = turn.say.find((s): s is Extract<Say, { kind: 'verified' }> => s.kind === 'verified');
      expect(said?.contradiction).toBe(outcome.kind === 'verified' && outcome.contradiction === true);
    }
  });
});

describe('3. a rejection by the receiving domain in Enterprise Dev/Test is E2, never H1', () => {
  it.each([
    ['en', "Enterprise Dev/Test VM. I haven't run the diagnostic, and outlook.com answers 550 5.7.1 Service unavailable"],
    ['ja', 'Enterprise Dev/Test の仮想マシンです。受信側のサーバーに拒否されました (550 5.7.1)'],
  ] as const)('%s: %s', (locale, text) => {
    const chat = new Chat(locale);
    let turn = chat.say(text);
    for (let i = 0; i < 6 && !verdictOf(turn); i++) turn = chat.say(locale === 'en' ? 'no' : 'いいえ');
    const result = verdictOf(turn)!;
    expect(result.verdict).toMatchObject({ outcome: 'open', rules: ['S1', 'E2'], escalation: null });
    expect(result.category).toBeUndefined();
  });
});
