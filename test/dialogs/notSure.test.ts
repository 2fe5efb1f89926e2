import { CATALOGS } from '../../src/locale';
import { Transcript } from './transcript';

/** "Not sure" is an answer: the state store (JSON) must not lose it between turns, or the question comes back. */
describe('a "not sure" answer', () => {
  it('is kept across turns: each question is asked once and the verdict follows', async () => {
    const t = new Transcript();
    await t.say('hi');
    await t.say('Virtual machine');
    expect((await t.say('Enterprise Dev/Test')).all).toContain('(E2)');
    expect((await t.say('Not sure')).all).toContain('(D4)');
    // Two open answers: what holds whatever they are, each open one written as a condition.
    const verdict = await t.say('Not sure');
    expect(verdict.all).toContain('here is what holds whatever the open answers are');
    expect(verdict.all).toContain('Exemptable');
    expect(verdict.all).toContain('If the diagnostic has not exempted this subscription yet');
    expect(verdict.all).toContain('Did that solve it?');
    const closing = await t.say('no');
    expect(closing.all).toContain('Mail routed directly to the internet (D4): not sure');
  });

  it('is kept across turns in Japanese too', async () => {
    const t = new Transcript('ja-JP');
    await t.say('こんにちは');
    await t.say('仮想マシン');
    expect((await t.say('Enterprise Dev/Test')).all).toContain('(E2)');
    const next = await t.say('わからない');
    expect(next.all).toContain('(D4)');
    // The symptom question is not asked again; what each symptom would mean is said instead (E2).
    expect(next.all).not.toContain(CATALOGS.ja.questions.receivingDomainRejects.prompt);
    expect(next.all).toContain(CATALOGS.ja.talk.unsure.receivingDomainRejects);
  });
});
