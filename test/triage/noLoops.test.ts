/** No loops: a question is sent at most twice in a conversation, whatever the person replies. */
import fc from 'fast-check';
import { CATALOGS, type Locale } from '../../src/locale';
import { summary } from '../../src/cases/summary';
import { renderSay } from '../../dialogs/render/talk';
import { step, type Session, type Step } from '../../src/triage';
import { QUESTIONS, type QuestionId } from '../../src/triage/questions';

function chat(locale: Locale) {
  let session: Session | undefined;
  const turns: Step[] = [];
  const say = (text: string) => {
    const turn = step(session, { kind: 'message', text, locale: session?.locale ?? locale }, { lookup: false });
    session = turn.session;
    turns.push(turn);
    return turn;
  };
  return { say, turns };
}

const rendered = (locale: Locale, turn: Step) =>
  renderSay(turn.say, {
    catalog: CATALOGS[locale],
    locale,
    channelId: 'webchat',
    summary: (r) => summary(CATALOGS[locale], locale, r),
  }).flatMap((a) => (typeof a.text === 'string' ? [a.text] : []));

describe('unreadable replies to the same question', () => {
  it.each([
    ['en', "Our EA virtual machine can't send mail on port 25"],
    ['ja', 'EA の仮想マシンからポート 25 でメールを送信できません'],
  ] as const)('%s: the question is sent twice, then the bot says it moves on and offers a person', (locale, opening) => {
    const { say, turns } = chat(locale);
    say(opening);
    say('qwzx vbnm');
    const third = say('qwzx vbnm');
    const prompt = CATALOGS[locale].questions.receivingDomainRejects.prompt;
    const texts = turns.flatMap((t) => rendered(locale, t));
    expect(texts.filter((t) => t.includes(prompt))).toHaveLength(2);
    const lines = rendered(locale, third).join('\n');
    expect(lines).toContain(CATALOGS[locale].talk.movingOn);
    expect(lines).toContain(CATALOGS[locale].talk.personOffer);
    expect(third.session.facts.clarified.receivingDomainRejects).toBeNull();
    expect(third.say.some((s) => s.kind === 'verdict')).toBe(true);
  });
});

const labels = (locale: Locale) =>
  (Object.keys(QUESTIONS) as QuestionId[]).flatMap((q) =>
    Object.values(CATALOGS[locale].questions[q].options as Record<string, { label: string }>).map((o) => o.label),
  );

const HELP = ['help', 'ヘルプ'];

describe('any sequence of replies', () => {
  it.each(['en', 'ja'] as const)('%s: no question is sent more than twice in one conversation', (locale) => {
    const reply = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('qwzx vbnm', '???', 'not sure', "I don't know", 'わかりません', ...HELP),
      fc.constantFrom(...labels(locale)),
    );
    fc.assert(
      fc.property(fc.array(reply, { minLength: 1, maxLength: 15 }), (replies) => {
        const { say, turns } = chat(locale);
        for (const text of replies) say(text);
        const sent = new Map<QuestionId, number>();
        // A repeat the person asked for ("help") is not a loop, so its turn is not counted.
        for (const s of turns.filter((_, i) => !HELP.includes(replies[i])).flatMap((t) => t.say))
          if (s.kind === 'question' && s.question !== 'solved') sent.set(s.question, (sent.get(s.question) ?? 0) + 1);
        return [...sent.values()].every((n) => n <= 2);
      }),
    );
  });
});
