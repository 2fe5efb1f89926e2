import { CATALOGS } from '../../src/locale';
import { summary } from '../../src/cases/summary';
import { triageResult, type SessionFacts } from '../../src/triage';

describe('the case summary marks a verdict "not final" exactly when a question it lists as open could change it', () => {
  // D4 left "not sure": whether the temporary subnet (D3) was done still changes the decision for a direct route.
  const d4Unsure: SessionFacts = {
    resource: { value: 'virtualMachine', source: 'told' },
    subscription: { value: 'enterpriseDevTest', source: 'told' },
    clarified: {
      exemptionGranted: true,
      restartedSinceExemption: true,
      delegatedSubnet: true,
      routedDirectlyToInternet: null,
      receivingDomainRejects: false,
    },
  };

  it.each(['en', 'ja'] as const)('%s: an open question that changes the verdict only together with a "not sure" one', (locale) => {
    const catalog = CATALOGS[locale];
    const text = summary(catalog, locale, triageResult(d4Unsure));
    expect(text).toContain(`${catalog.factLabels.temporarySubnetDone}: ${catalog.handoff.notAnsweredYet}`);
    expect(text).toContain(catalog.summary.provisional);
  });

  it.each(['en', 'ja'] as const)('%s: answered, the same verdict is final', (locale) => {
    const catalog = CATALOGS[locale];
    const answered = { ...d4Unsure, clarified: { ...d4Unsure.clarified, temporarySubnetDone: true } };
    const text = summary(catalog, locale, triageResult(answered));
    expect(text).not.toContain(catalog.handoff.notAnsweredYet);
    expect(text).not.toContain(catalog.summary.provisional);
  });
});
