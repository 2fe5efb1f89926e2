/** The vocabulary of the article (see ../shared/domain.md): plain data, no I/O. */

export type ResourceKind =
  | 'virtualMachine'
  | 'vmScaleSet'
  | 'appServiceVnetIntegration'
  | 'functionsVnetIntegration'
  | 'appServiceEnvironmentV3'
  | 'azureFirewall'
  | 'otherPaas';

export type SubscriptionKind =
  | 'enterpriseAgreement'
  | 'mcaEnterprise'
  | 'enterpriseDevTest'
  | 'payAsYouGo'
  | 'visualStudio'
  | 'csp'
  | 'freeTrial'
  | 'sponsorship'
  | 'student'
  | 'otherOffer';

export type RuleId = 'S1' | 'S2' | 'S3' | 'S4' | 'R0' | 'E1' | 'E2' | 'D1' | 'D2' | 'D3' | 'D4' | 'O1' | 'C1' | 'H1';

export interface TriageFacts {
  resource: ResourceKind;
  subscription: SubscriptionKind;
  /** C1: the subscription used to be EA or MCA-E. */
  formerlyEnterprise?: boolean;
  /** D1 already done. */
  exemptionGranted?: boolean;
  /** D2 done. */
  restartedSinceExemption?: boolean;
  /** D3 applies. */
  delegatedSubnet?: boolean;
  /** D3 done: a temporary subnet was added to that VNet and removed again (counts after the exemption). */
  temporarySubnetDone?: boolean;
  /** D4; undefined = not known. */
  routedDirectlyToInternet?: boolean;
  /** E2: the remote server answers and refuses. */
  receivingDomainRejects?: boolean;
}

export type Outcome = 'open' | 'exemptable' | 'blocked' | 'unsupported';

export interface LocalizedText {
  en: string;
  ja: string;
}

export interface Step {
  rule: RuleId;
  text: LocalizedText;
}

export interface Escalation {
  category: { en: string[]; ja: string[] };
}

export interface Verdict {
  outcome: Outcome;
  /** Every rule that decided the outcome. */
  rules: RuleId[];
  /** Ordered next steps. */
  steps: Step[];
  /** The H1 path, when Azure support is the right next stop. */
  escalation: null | Escalation;
  /** The outcome is our reading of the article's wording (D4), not its own words: the verdict line says so. */
  reading: boolean;
}
