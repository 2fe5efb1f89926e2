import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('the package entry point', () => {
  it('exports exactly evaluateEligibility from the compiled build', () => {
    const root = join(__dirname, '..', '..');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; types: string };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const entry = require(join(root, pkg.main)) as Record<string, unknown>;
    expect(Object.keys(entry)).toEqual(['evaluateEligibility']);
    const decide = entry.evaluateEligibility as (f: object) => { outcome: string };
    expect(decide({ resource: 'virtualMachine', subscription: 'payAsYouGo' }).outcome).toBe('blocked');
    const types = readFileSync(join(root, pkg.types), 'utf8');
    for (const name of ['ResourceKind', 'SubscriptionKind', 'RuleId', 'TriageFacts', 'Outcome', 'Verdict']) {
      expect(types).toContain(name);
    }
  });
});
