import { severalSendersScripts, triageScripts } from '../../bench/scripts';
import { TriageRoot } from '../../dialogs/triageRoot';
import { supportHoursFrom } from '../../src/cases/settings';
import { CaseStore } from '../../src/cases/caseStore';
import { loadConfig } from '../../src/config';
import { BoundedMemoryStorage } from '../../src/storage/boundedMemoryStorage';
import { Transcript } from '../dialogs/transcript';
import { CATALOGS } from '../../src/locale';

/** The dialog as `npm start` runs it with no hand-off destination: the bench drives that bot. */
function rootDialog(): TriageRoot {
  const store = new CaseStore(new BoundedMemoryStorage({ maxItems: 100, ttlMs: 3_600_000 }));
  return new TriageRoot(undefined, { store, hours: supportHoursFrom(loadConfig({})) });
}

/**
 * The bench's conversations are every path through the questions, in both languages; each must
 * hold in the dialog itself, or the bench would count the bot's own errors as load.
 */
describe('the bench scripts', () => {
  const scripts = [...triageScripts(), ...severalSendersScripts()];

  it('cover every cell of the decision table and every outcome, in English and Japanese', () => {
    const outcomes = new Set(scripts.map((s) => s.outcome));
    expect([...outcomes].sort()).toEqual(['blocked', 'exemptable', 'open', 'unsupported']);
    for (const locale of ['en', 'ja']) expect(scripts.some((s) => s.locale === locale)).toBe(true);
    const rules = new Set(scripts.flatMap((s) => s.rules));
    // C1 is never asked, so no button path states it; O1 verdicts say it as a condition.
    expect([...rules].sort()).toEqual(['D1', 'D2', 'D3', 'D4', 'E1', 'E2', 'O1', 'S1', 'S2', 'S3', 'S4'].sort());
  });

  it('include paths whose first message names two senders, each path reaching a verdict for both, in both languages', () => {
    const several = severalSendersScripts();
    for (const locale of ['en', 'ja'] as const) expect(several.some((s) => s.locale === locale)).toBe(true);
    for (const script of several) {
      const catalog = CATALOGS[script.locale];
      const verdicts = script.steps.flatMap((s) => s.expect).filter((e) => e.startsWith(catalog.decidedBy.split('{')[0]));
      expect(verdicts.length).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(several.map((s) => s.outcome)).size).toBeGreaterThan(1);
  });

  it('are each answered, turn by turn, as the script expects', async () => {
    const failures: string[] = [];
    for (const [i, script] of scripts.entries()) {
      const t = new Transcript(script.locale === 'ja' ? 'ja-JP' : 'en-US', 'test', rootDialog());
      for (const step of script.steps) {
        const reply = await t.say(step.text);
        const missing = step.expect.find((e) => !reply.all.includes(e));
        if (missing !== undefined) {
          failures.push(`script ${i}, after "${step.text}": no "${missing.slice(0, 60)}"`);
          break;
        }
      }
    }
    expect(failures).toEqual([]);
    // Some 5,000 turns: more than the default limit allows on a busy machine.
  }, 180_000);
});
