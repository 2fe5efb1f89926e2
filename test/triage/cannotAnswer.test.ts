/**
 * Someone who cannot answer, at every question: what holds whatever the answer (with rule ids), a person offered,
 * and the conversation goes on; never the same question a third time.
 */
import { CATALOGS, type Locale } from '../../src/locale';
import { summary } from '../../src/cases/summary';
import { renderSay } from '../../dialogs/render/talk';
import { step, type Say, type Session, type Step } from '../../src/triage';
import { QUESTIONS, type QuestionId } from '../../src/triage/questions';

class Chat {
  session: Session | undefined;
  readonly turns: Step[] = [];
  constructor(private readonly locale: Locale) {}

  say(text: string): Step {
    return this.send({ kind: 'message', text, locale: this.session?.locale ?? this.locale });
  }

  press(question: QuestionId, choice: string): Step {
    return this.send({ kind: 'message', text: choice, choice: { question, choice }, locale: this.session?.locale ?? this.locale });
  }

  private send(input: Parameters<typeof step>[1]): Step {
    const turn = step(this.session, input, { lookup: false });
    this.session = turn.session;
    this.turns.push(turn);
    return turn;
  }
}

const asked = (turn: Step) => turn.say.flatMap((s) => (s.kind === 'question' ? [s.question] : []));
const rendered = (locale: Locale, turn: Step) =>
  renderSay(turn.say, {
    catalog: CATALOGS[locale],
    locale,
    channelId: 'webchat',
    summary: (r) => summary(CATALOGS[locale], locale, r),
  })
    .flatMap((a) => (typeof a.text === 'string' ? [a.text] : []))
    .join('\n');

/** How each question is reached: a first message, then the option pressed for each question on the way. */
const OPENING: Record<Exclude<QuestionId, 'solved'>, Record<Locale, string>> = {
  resource: { en: 'Hello, mail on port 25 does not go out', ja: 'ポート 25 でメールを送信できません' },
  vnetIntegration: { en: 'Our EA App Service cannot send on port 25', ja: 'EA の App Service からポート 25 で送信できません' },
  subscription: { en: 'Our VM cannot send on port 25', ja: '仮想マシンからポート 25 で送信できません' },
  mcaKind: { en: 'VM on a Microsoft Customer Agreement, port 25 blocked', ja: 'Microsoft 顧客契約の仮想マシンです' },
  devTestKind: { en: 'VM in a dev/test subscription, port 25 blocked', ja: 'Dev/Test のサブスクリプションの仮想マシンです' },
  receivingDomainRejects: { en: 'Enterprise Dev/Test VM', ja: 'Enterprise Dev/Test の仮想マシンです' },
  routedDirectlyToInternet: { en: 'Enterprise Dev/Test VM', ja: 'Enterprise Dev/Test の仮想マシンです' },
  exemptionGranted: { en: 'Enterprise Dev/Test VM', ja: 'Enterprise Dev/Test の仮想マシンです' },
  restartedSinceExemption: { en: 'Enterprise Dev/Test VM', ja: 'Enterprise Dev/Test の仮想マシンです' },
  delegatedSubnet: { en: 'Enterprise Dev/Test VM', ja: 'Enterprise Dev/Test の仮想マシンです' },
  temporarySubnetDone: { en: 'Enterprise Dev/Test VM', ja: 'Enterprise Dev/Test の仮想マシンです' },
};
const ON_THE_WAY: Partial<Record<QuestionId, string>> = {
  receivingDomainRejects: 'timeout',
  routedDirectlyToInternet: 'direct',
  exemptionGranted: 'yes',
  restartedSinceExemption: 'yes',
  delegatedSubnet: 'yes',
};

function reach(locale: Locale, question: Exclude<QuestionId, 'solved'>): Chat {
  const chat = new Chat(locale);
  let waiting = asked(chat.say(OPENING[question][locale]));
  for (let i = 0; i < 8 && waiting[0] !== question; i++) {
    const on = waiting[0];
    if (!on || !ON_THE_WAY[on]) break;
    waiting = asked(chat.press(on, ON_THE_WAY[on]));
  }
  expect(waiting).toEqual([question]);
  return chat;
}

const UNSURE: Record<Locale, string[]> = { en: ["I don't know", 'no idea', 'not sure'], ja: ['わかりません', '不明です', 'わかりません'] };
const QUESTION_IDS = (Object.keys(OPENING) as (keyof typeof OPENING)[]).flatMap((q) => (['en', 'ja'] as const).map((l) => [l, q] as const));

describe('"I don\'t know" at every question', () => {
  it.each(QUESTION_IDS)('%s, %s: what each answer would mean with rule ids, a person offered, then on', (locale, question) => {
    const chat = reach(locale, question);
    const turn = chat.say(UNSURE[locale][0]);
    const explained = turn.say.filter((s): s is Extract<Say, { kind: 'unsure' | 'possibilities' }> =>
      ['unsure', 'possibilities'].includes(s.kind),
    );
    expect(explained.length).toBeGreaterThan(0);
    const text = rendered(locale, turn);
    // Not only the question again or the next one: an explanation citing the rules.
    expect(text).toContain(CATALOGS[locale].talk.unsure[question]);
    expect(text).toMatch(/\((?:[SEDOR]\d)/);
    expect(text).toContain(CATALOGS[locale].talk.personOffer);
    expect(turn.session.facts.clarified[QUESTIONS[question].fact as keyof Session['facts']['clarified']]).not.toBe(true);
  });

  it.each(QUESTION_IDS)('%s, %s: never asked a third time, however often the person cannot answer', (locale, question) => {
    const chat = reach(locale, question);
    for (const unsure of UNSURE[locale]) chat.say(unsure);
    const sends = chat.turns.flatMap(asked).filter((q) => q === question);
    expect(sends.length).toBeLessThanOrEqual(2);
  });
});

describe('an unknown subscription', () => {
  it.each([
    ['en', 'Our VM cannot send on port 25', "I don't know"],
    ['ja', '仮想マシンからポート 25 で送信できません', '不明です'],
  ] as const)(
    '%s: each type with its verdict and rule ids, the relay for every type, and where to read the type',
    (locale, opening, unsure) => {
      const chat = new Chat(locale);
      chat.say(opening);
      const turn = chat.say(unsure);
      const found = turn.say.find((s): s is Extract<Say, { kind: 'possibilities' }> => s.kind === 'possibilities');
      expect(found?.why).toBe('unsure');
      expect(found?.possibilities.map((p) => [p.when.subscriptionGroups, p.verdict.outcome, p.verdict.rules])).toEqual([
        [['enterprise'], 'open', ['S1', 'E1']],
        [['enterpriseDevTest'], 'exemptable', ['S1', 'D1', 'D2', 'D3', 'D4']],
        [['other'], 'blocked', ['S1', 'O1']],
      ]);
      const text = rendered(locale, turn);
      expect(text).toContain(CATALOGS[locale].talk.possibilities.relay);
      expect(text).toContain('MS-AZR-0017P');
      expect(asked(turn)).toEqual(['subscription']);
      // A second "I don't know": who can tell, a person, and no third send; the type is taken whenever it comes.
      const again = chat.say(unsure);
      expect(asked(again)).toEqual([]);
      expect(again.say).toContainEqual(expect.objectContaining({ kind: 'unsure', question: 'subscription', round: 2 }));
      expect(again.session.asking).toBeUndefined();
      const told = chat.say(locale === 'en' ? 'It turned out to be Pay-As-You-Go' : '従量課金制でした');
      expect(told.say).toContainEqual(expect.objectContaining({ kind: 'verdict' }));
    },
  );
});
