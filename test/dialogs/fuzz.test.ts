/** Property-based: whatever arrives, the person gets an answer in their language and can carry on. */
import fc from 'fast-check';
import type { Activity } from 'botbuilder';
import { submitted } from '../../dialogs/render/submitted';
import { commandOf } from '../../src/triage/commands';
import { read } from '../../src/triage/reader';
import { Transcript } from './transcript';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '🙂📧🔥',
    'مرحبا بالعالم',
    'שלום',
    '\u202eevil\u202c',
    '\u0000\u0007\u001b[31m',
    '   ',
    '\n\n',
    '[x](javascript:alert(1))',
    '<b>hi</b>',
    '@bot hi',
  ),
  fc.constantFrom('x'.repeat(10_000), 'あ'.repeat(10_000)),
  // Real answers, so that sequences reach verdicts and go on past the end of a triage.
  fc.constantFrom(
    'EN',
    ' en ',
    'vm',
    '1',
    '2',
    'yes',
    'no',
    'はい',
    'いいえ',
    'EA',
    'Pay-As-You-Go',
    'Enterprise Dev/Test',
    'firewall',
    'web app',
    'not sure',
    'timeout',
    'help',
    'cancel',
    'English',
    '日本語',
    'MS-AZR-0148P',
    '0b1f6471-1bf0-4dda-aec3-cb9272f09590',
  ),
);
const value = fc.oneof(
  fc.anything(),
  fc.record({
    question: fc.constantFrom('resource', 'subscription', 'solved', 'nope'),
    choice: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
  }),
);
const message: fc.Arbitrary<Partial<Activity>> = fc.oneof(
  text.map((t) => ({ text: t })),
  value.map((v) => ({ value: v })),
  fc.record({ text, value }).map(({ text: t, value: v }) => ({ text: t, value: v })),
);

describe('random conversations', () => {
  it.each(['en-US', 'ja-JP'])('in %s always get a reply, and "start over" then works', async (locale) => {
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 8 }), async (messages) => {
        const t = new Transcript(locale);
        let ja = locale === 'ja-JP';
        for (const m of messages) {
          const turn = await t.say(m);
          // Random text can ask for a language ("EN") or be clearly written in one: follow it as the bot does.
          if (!submitted(m)) {
            const reading = read(m.text ?? '');
            const command = commandOf(m.text);
            const asked =
              command?.id === 'english' ? 'en' : command?.id === 'japanese' ? 'ja' : command ? command.language : reading.writtenIn;
            if (asked) ja = asked === 'ja';
          }
          expect(turn.texts.length).toBeGreaterThan(0);
          for (const reply of turn.texts) {
            expect(reply.trim()).not.toBe('');
            expect(reply).toMatch(ja ? JAPANESE : /[A-Za-z]{3}/);
            expect(reply.length).toBeLessThan(6000);
          }
        }
        const again = await t.say(ja ? '最初から' : 'start over');
        expect(again.all).toContain(ja ? 'メールを送信しているリソースはどれですか？' : 'What sends the mail?');
      }),
      { numRuns: 150 },
    );
  });
});
