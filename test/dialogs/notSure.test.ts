import { Transcript } from './transcript';

/** "Not sure" is an answer: the state store (JSON) must not lose it between turns, or the question comes back. */
describe('a "not sure" answer', () => {
  it('is kept across turns: each question is asked once and the verdict follows', async () => {
    const t = new Transcript();
    await t.say('hi');
    await t.say('Virtual machine');
    expect((await t.say('Enterprise Dev/Test')).all).toContain('(D1)');
    expect((await t.say('Not sure')).all).toContain('(D3)');
    expect((await t.say('Not sure')).all).toContain('(D4)');
    expect((await t.say('Not sure')).all).toContain('(C1)');
    expect((await t.say('Not sure')).all).toContain('(E2)');
    const verdict = await t.say('Not sure');
    expect(verdict.all).toContain('Exemptable');
    expect(verdict.all).toContain('Did that solve it?');
    const closing = await t.say('no');
    expect(closing.all).toContain('Exemption diagnostic run (D1): not sure');
  });

  it('is kept across turns in Japanese too', async () => {
    const t = new Transcript('ja-JP');
    await t.say('こんにちは');
    await t.say('Azure Functions');
    await t.say('はい、VNet 統合経由です');
    expect((await t.say('Enterprise Dev/Test')).all).toContain('(D1)');
    // D3 is owed, not asked: VNet integration always sits in a delegated subnet.
    const next = await t.say('わからない');
    expect(next.all).toContain('(C1)');
    expect(next.all).not.toContain('(D1)');
  });
});
