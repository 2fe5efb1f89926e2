/**
 * Network facts read with Resource Graph as the signed-in person, in whole conversations: sign-in through
 * the OAuthPrompt (tokens from the TestAdapter), the real Azure clients against the local HTTPS ARM.
 */
import { TestAdapter, type Activity, type Middleware } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { AzureSubscriptionLookup } from '../../src/azure/lookup';
import { AzureNetworkLookup } from '../../src/azure/networkLookup';
import { createLogger } from '../../src/logger';
import { TriageRoot } from '../../dialogs/triageRoot';
import { ARM_TOKEN, armSubscription, billingProperty, settingsFor, useFakeAzure } from '../azure/fakeAzure';
import {
  azureFirewall,
  networkInterface,
  routeTable,
  serveResourceGraph,
  virtualMachine,
  virtualNetwork,
  webSite,
  type ArmResource,
} from '../azure/fakeResourceGraph';

const CONNECTION = 'azure-arm';
const DEVTEST_ID = '7d9c2a41-5e1b-4c3f-9a8d-2f6e4b1c0d3a';
const EA_ID = '0b1f6471-1bf0-4dda-aec3-cb9272f09590';

const fake = useFakeAzure();

/** An Enterprise Dev/Test and an EA subscription, their billing property settling the type. */
beforeEach(() => {
  fake.routes.set('/subscriptions', () => ({
    status: 200,
    body: {
      value: [
        armSubscription(DEVTEST_ID, 'Contoso Test', 'MSDNDevTest_2014-09-01'),
        armSubscription(EA_ID, 'Contoso Production', 'EnterpriseAgreement_2014-09-01'),
      ],
    },
  }));
  serve(DEVTEST_ID, armSubscription(DEVTEST_ID, 'Contoso Test', 'MSDNDevTest_2014-09-01'), 'DevTest');
  serve(EA_ID, armSubscription(EA_ID, 'Contoso Production', 'EnterpriseAgreement_2014-09-01'), 'Production');
});

function serve(id: string, body: object, workload: string) {
  fake.routes.set(`/subscriptions/${id}`, () => ({ status: 200, body }));
  fake.routes.set(`/subscriptions/${id}/providers/Microsoft.Billing/billingProperty/default`, () => ({
    status: 200,
    body: billingProperty({
      billingAccountAgreementType: 'EnterpriseAgreement',
      billingAccountType: 'Enterprise',
      subscriptionWorkloadType: workload,
    }),
  }));
}

const vnetId = (sub: string, name: string) =>
  `/subscriptions/${sub}/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/${name}`;

/** The admin's estate: a VM whose subnet routes 0.0.0.0/0 to the hub firewall, a web app integrated with a delegated subnet. */
function estate(sub: string): ArmResource[] {
  const vm = virtualMachine(sub, 'mail', 'vm-mail-01');
  const table = routeTable(sub, 'net', 'to-firewall', [{ prefix: '0.0.0.0/0', hop: 'VirtualAppliance', ip: '10.0.1.4' }]);
  return [
    virtualNetwork(sub, 'net', 'vnet-apps', [
      { name: 'workload', routeTable: table.id },
      { name: 'app-integration', delegation: 'Microsoft.Web/serverFarms' },
    ]),
    table,
    azureFirewall(sub, 'net', 'fw-hub', '10.0.1.4'),
    vm,
    networkInterface(vm, `${vnetId(sub, 'vnet-apps')}/subnets/workload`),
    webSite(sub, 'web', 'contoso-mailer', { subnetId: `${vnetId(sub, 'vnet-apps')}/subnets/app-integration`, routeAll: true }),
  ];
}

interface Chat {
  say(text: string): Promise<Partial<Activity>[]>;
}

/** A person whose token the token service already holds (the TestAdapter plays it). */
function chat(locale = 'en-US', budgetMs = 4000): Chat {
  const settings = settingsFor(fake, { budgetMs });
  const root = new TriageRoot({
    connectionName: CONNECTION,
    lookup: new AzureSubscriptionLookup(settings, createLogger('silent')),
    network: new AzureNetworkLookup(settings, createLogger('silent')),
  });
  let tokenAdded = false;
  const tokenService: Middleware = {
    async onTurn(context, next) {
      if (!tokenAdded && context.adapter instanceof TestAdapter) {
        context.adapter.addUserToken(CONNECTION, context.activity.channelId, context.activity.from.id, ARM_TOKEN);
        tokenAdded = true;
      }
      await next();
    },
  };
  const client = new DialogTestClient('test', root, undefined, [tokenService]);
  return {
    async say(text) {
      const first: unknown = await client.sendActivity({ type: 'message', text, locale });
      const replies = [first as Partial<Activity>];
      for (let next = client.getNextReply(); next; next = client.getNextReply()) replies.push(next);
      return replies.filter(Boolean);
    },
  };
}

const texts = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

const D3_QUESTION = 'have a delegated subnet (a subnet delegated to a service';
const D4_QUESTION = "How does the VM's mail reach the internet? (D4)";
const VNET_QUESTION = 'Does the app send its outbound traffic through VNet integration';

/** Whatever the bot still asks, answered plainly, until the verdict; every reply kept. */
async function untilVerdict(c: Chat, first: Partial<Activity>[]): Promise<string> {
  const answers: [string, string][] = [
    ['diagnostic (Virtual Network → Diagnose and solve problems)', 'yes'],
    ['has each VM been stopped', 'yes'],
    ['What happens when it sends? (E2)', 'The connection times out'],
    [D4_QUESTION, 'directly'],
    [D3_QUESTION, 'no'],
    ['have you added a new temporary subnet', 'no, not yet'],
  ];
  let all = texts(first);
  let last = all;
  for (let turn = 0; turn < 8 && !last.includes('Decided by rules'); turn++) {
    const answer = answers.find(([question]) => last.includes(question));
    if (!answer) throw new Error(`no answer for: ${last}`);
    last = texts(await c.say(answer[1]));
    all += `\n${last}`;
  }
  return all;
}

/** Names the resource, signs in and picks the subscription: the replies of the pick. */
async function signedIn(c: Chat, problem: string, pick: string): Promise<Partial<Activity>[]> {
  await c.say('hello');
  await c.say(problem);
  await c.say('sign in');
  return c.say(pick);
}

describe('network facts read from Azure as the signed-in person', () => {
  it('a Dev/Test VM whose route goes to a firewall gets the D4 verdict without the D4 question', async () => {
    serveResourceGraph(fake, { resources: estate(DEVTEST_ID), readable: [DEVTEST_ID, EA_ID] });
    const c = chat();
    const picked = await signedIn(c, 'Our VM vm-mail-01 cannot send mail on port 25', '1');
    expect(texts(picked)).toContain('In Azure, vm-mail-01 is of the kind "Virtual machine".');
    expect(texts(picked)).toContain(
      'The subnet vnet-apps/workload sends 0.0.0.0/0 to the Azure Firewall fw-hub (10.0.1.4, route table to-firewall): the mail does not go directly to the internet (D4).',
    );
    const conversation = await untilVerdict(c, picked);
    expect(conversation).not.toContain(D4_QUESTION);
    expect(conversation).not.toContain(D3_QUESTION);
    expect(conversation).toContain('Decided by rules S1, D1, D4.');
    expect(conversation).toContain('Verified with Azure, read with your account:');
    expect(conversation).toContain('mail routed directly to the internet (D4): Through a firewall or network appliance');

    const summary = texts(await c.say('no, still broken'));
    expect(summary).toContain('- Mail routed directly to the internet (D4): no (verified with Azure)');
    expect(summary).toContain('reaches 0.0.0.0/0 through an Azure Firewall fw-hub (vnet-apps/workload)');
    // Read as the person, with their token, for their subscription only.
    const graph = fake.seen.filter((r) => r.path === '/providers/Microsoft.ResourceGraph/resources');
    expect(graph.length).toBeGreaterThan(0);
    expect(graph.every((r) => r.bearer === ARM_TOKEN)).toBe(true);
  });

  it('a delegated subnet in the subscription: the D3 step names the VNet, and D3 is not asked', async () => {
    serveResourceGraph(fake, { resources: estate(DEVTEST_ID), readable: [DEVTEST_ID] });
    const c = chat();
    const picked = await signedIn(c, 'my virtual machine cannot send mail', '1');
    expect(texts(picked)).toContain(
      'Azure shows a delegated subnet in the virtual network vnet-apps (subnet app-integration, delegated to Microsoft.Web/serverFarms) (D3).',
    );
    const conversation = await untilVerdict(c, picked);
    expect(conversation).not.toContain(D3_QUESTION);
    expect(conversation).toContain(
      'Add a new temporary subnet to the virtual network vnet-apps (subnet app-integration, delegated to Microsoft.Web/serverFarms), which has a delegated subnet, then remove it.',
    );
  });

  it('a web app with VNet integration is recognised from its name: the S2 question is not asked', async () => {
    serveResourceGraph(fake, { resources: estate(EA_ID), readable: [EA_ID] });
    const c = chat();
    const picked = await signedIn(c, 'the web app contoso-mailer cannot send mail', '2');
    const text = texts(picked);
    expect(text).toContain(
      'contoso-mailer is integrated with the subnet vnet-apps/app-integration and routes all its outbound traffic through it (S2).',
    );
    expect(text).toContain('What happens when it sends? (E2)');
    const conversation = await untilVerdict(c, picked);
    expect(conversation).not.toContain(VNET_QUESTION);
    expect(conversation).toContain('Decided by rules S2, E1.');
    expect(conversation).toContain('VNet integration: yes');
  });

  it('a pasted resource id sets the resource and the subscription at once', async () => {
    serveResourceGraph(fake, { resources: estate(DEVTEST_ID), readable: [DEVTEST_ID] });
    const c = chat();
    await c.say('hello');
    const vm = `/subscriptions/${DEVTEST_ID}/resourceGroups/mail/providers/Microsoft.Compute/virtualMachines/vm-mail-01`;
    const replies = texts(await c.say(`it is ${vm}`));
    expect(replies).toContain(`This subscription (Contoso Test, ${DEVTEST_ID}) is Enterprise Dev/Test`);
    expect(replies).toContain('sends 0.0.0.0/0 to the Azure Firewall fw-hub');
    expect(replies).not.toContain('What sends the mail?');
  });

  it('without read rights (403) it says so in one line and asks instead', async () => {
    serveResourceGraph(fake, { resources: estate(DEVTEST_ID), readable: [] });
    const c = chat();
    const picked = texts(await signedIn(c, 'Our VM vm-mail-01 cannot send mail on port 25', '1'));
    const line = picked.split('\n').filter((l) => l.startsWith('I could not read'));
    expect(line).toEqual([
      'I could not read the delegated subnets of this subscription, the network of vm-mail-01, whether this subscription has an App Service Environment v3 or an Azure Firewall with your account (it needs the Reader role on the subscription), so I will ask instead.',
    ]);
    const conversation = await untilVerdict(c, await c.say('yes'));
    expect(conversation).toContain(D4_QUESTION);
    expect(conversation).toContain(D3_QUESTION);
  });

  it('a fact the person stated that Azure contradicts is shown beside it and asked, not overwritten', async () => {
    serveResourceGraph(fake, { resources: estate(DEVTEST_ID), readable: [DEVTEST_ID] });
    const c = chat();
    const picked = texts(await signedIn(c, 'the VM vm-mail-01 sends directly to the internet', '1'));
    expect(picked).toContain(
      'You told me "mail routed directly to the internet (D4): Directly (public IP, NAT gateway or default outbound)", but Azure shows "Through a firewall or network appliance". I have changed neither; which is right?',
    );
    expect(picked).toContain(D4_QUESTION);
    await c.say('directly');
    const conversation = await untilVerdict(c, await c.say('yes'));
    const summary = texts(await c.say('no, still broken'));
    expect(conversation + summary).toContain('- Mail routed directly to the internet (D4): yes (told by the customer; Azure: no)');
  });

  it('in Japanese, a Resource Graph that does not answer in time gets one Japanese line, then the question', async () => {
    serveResourceGraph(fake, { resources: estate(DEVTEST_ID), readable: [DEVTEST_ID], before: () => 'hang' });
    const c = chat('ja-JP', 600);
    await c.say('こんにちは');
    await c.say('仮想マシン vm-mail-01 からメールを送信できません');
    await c.say('サインイン');
    const picked = texts(await c.say('1'));
    expect(picked).toContain(
      '現在、Azure からこのサブスクリプションの委任されたサブネット、vm-mail-01のネットワーク、このサブスクリプションの App Service Environment v3 と Azure Firewall の有無を読み取れませんでした。代わりにお尋ねします。',
    );
    expect(picked).toContain('(E2)');
  });
});
