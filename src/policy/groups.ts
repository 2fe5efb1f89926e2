/**
 * How the article groups resources (S1–S4) and subscriptions (E1, D1, O1): every rule is stated for a
 * group, so the decision table, the questions asked and the reading of Azure's answers share these.
 */
import type { ResourceKind, SubscriptionKind } from './types';

export type ResourceGroup = 'vm' | 'firewall' | 'vnetPaas' | 'otherPaas';
export type SubscriptionGroup = 'enterprise' | 'enterpriseDevTest' | 'other';

const RESOURCE_GROUP: Record<ResourceKind, ResourceGroup> = {
  virtualMachine: 'vm', // S1
  vmScaleSet: 'vm', // S1
  azureFirewall: 'firewall', // S3
  appServiceVnetIntegration: 'vnetPaas', // S2
  functionsVnetIntegration: 'vnetPaas', // S2
  appServiceEnvironmentV3: 'vnetPaas', // S2
  otherPaas: 'otherPaas', // S4
};

const SUBSCRIPTION_GROUP: Record<SubscriptionKind, SubscriptionGroup> = {
  enterpriseAgreement: 'enterprise', // E1
  mcaEnterprise: 'enterprise', // E1
  enterpriseDevTest: 'enterpriseDevTest', // D1
  payAsYouGo: 'other', // O1 (Pay-As-You-Go Dev/Test included)
  visualStudio: 'other',
  csp: 'other',
  freeTrial: 'other',
  sponsorship: 'other',
  student: 'other',
  otherOffer: 'other',
};

/** Which subscription rule (E1, D1 or O1) a kind falls under. */
export function subscriptionGroup(kind: SubscriptionKind): SubscriptionGroup {
  return SUBSCRIPTION_GROUP[kind];
}

export function resourceGroup(kind: ResourceKind): ResourceGroup {
  return RESOURCE_GROUP[kind];
}

/** S2, S4: App Service and Functions send on port 25 only through VNet integration; without it they are other PaaS. */
export function webAppKind(app: 'appService' | 'functions', vnetIntegration: boolean): ResourceKind {
  if (!vnetIntegration) return 'otherPaas';
  return app === 'appService' ? 'appServiceVnetIntegration' : 'functionsVnetIntegration';
}
