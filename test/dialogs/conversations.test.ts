/**
 * Whole conversations through the root dialog, as people open them: with a sentence, in either
 * language. What the person sees is checked against catalog entries and rule ids.
 */
import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { TriageRoot } from '../../dialogs/triageRoot';
import { CaseStore } from '../../src/cases/caseStore';
import type { SupportHours } from '../../src/cases/supportHours';
import { CATALOGS } from '../../src/locale';
import { BoundedMemoryStorage } from '../../src/storage/boundedMemoryStorage';

const HOURS: SupportHours = { opensAt: 0, closesAt: 24 * 60, days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], timeZone: 'UTC' };

class Chat {
  readonly store = new CaseStore(new BoundedMemoryStorage({ maxItems: 100, ttlMs: 3_600_000 }));
  private readonly client = new DialogTestClient('test', new TriageRoot(undefined, { store: this.store, hours: HOURS }));

  constructor(private readonly locale: string) {}

  async say(text: string): Promise<{ all: string; buttons: string[] }> {
    const activity: Partial<Activity> = { type: 'message', text, locale: this.locale };
    const replies: Partial<Activity>[] = [];
    for (
      let reply = (await this.client.sendActivity(activity)) as Partial<Activity> | undefined;
      reply;
      reply = this.client.getNextReply()
    ) {
      replies.push(reply);
    }
    return {
      all: replies.map((r) => r.text ?? '').join('\n'),
      buttons: replies.flatMap((r) => (r.suggestedActions?.actions ?? []).map((a) => a.title)),
    };
  }
}

describe('conversations that open with a sentence', () => {
  it('English: one sentence, the verdict with its rule ids, and what was understood said back', async () => {
    const chat = new Chat('en-US');
    const reply = await chat.say('Hi, our EA virtual machine times out on port 25 when it connects to gmail');
    expect(reply.all).toContain(
      `Got it: Virtual machine, ${CATALOGS.en.questions.subscription.options.enterpriseAgreement.label}, The connection times out.`,
    );
    expect(reply.all).toContain(`**${CATALOGS.en.outcome.open}**`);
    expect(reply.all).toContain('S1, E1');
    expect(reply.all).toContain(CATALOGS.en.questions.solved.prompt);
  });

  it('Japanese: a negation is read as a negation, and App Service without VNet integration is S4', async () => {
    const chat = new Chat('ja-JP');
    const reply = await chat.say('Web アプリから送っています。VNet 統合はしていません');
    expect(reply.all).toContain(`**${CATALOGS.ja.outcome.unsupported}**`);
    expect(reply.all).toContain('(S4)');
    expect(reply.all).not.toContain(CATALOGS.ja.questions.subscription.prompt);
  });

  it('a person asked for in the first message gets the hand-off, with what is known so far', async () => {
    const chat = new Chat('en-US');
    const reply = await chat.say('Our pay-as-you-go VM cannot send mail, can I talk to a real person?');
    expect(reply.all).toContain(CATALOGS.en.summary.title);
    expect(reply.all).toContain('Pay-As-You-Go (told by the customer)');
    expect(reply.all).toContain(CATALOGS.en.handoff.noTeam.askDescription);
  });

  it('「担当者につないでください」 in Japanese reaches the Japanese hand-off', async () => {
    const chat = new Chat('ja-JP');
    const reply = await chat.say('担当者につないでください');
    expect(reply.all).toContain(CATALOGS.ja.handoff.noTeam.askDescription);
  });

  it('a side question is answered with its rule, then the question waiting comes again', async () => {
    const chat = new Chat('en-US');
    await chat.say('VM');
    const reply = await chat.say('why is port 25 blocked anyway?');
    expect(reply.all).toContain(CATALOGS.en.talk.topics.whyBlocked);
    expect(reply.all).toContain(CATALOGS.en.questions.subscription.prompt);
  });

  it('a correction after the verdict decides again and says what changed', async () => {
    const chat = new Chat('en-US');
    await chat.say('pay as you go VM, never was EA');
    const reply = await chat.say("sorry, actually it's an Enterprise Agreement");
    const ea = CATALOGS.en.questions.subscription.options.enterpriseAgreement.label;
    expect(reply.all).toContain(`Changed: subscription type is now ${ea} (was Pay-As-You-Go).`);
    expect(reply.all).toContain(CATALOGS.en.questions.receivingDomainRejects.prompt);
  });

  it('a miss offers the closest options and "show all", not the whole menu', async () => {
    const chat = new Chat('en-US');
    await chat.say('hello');
    const reply = await chat.say('scale');
    expect(reply.buttons).toEqual(['VM scale set', CATALOGS.en.talk.showAll]);
    const all = await chat.say(CATALOGS.en.talk.showAll);
    expect(all.buttons).toContain('Azure Firewall');
  });

  it('the second verdict of a conversation gives the relay advice in one line', async () => {
    const chat = new Chat('en-US');
    const first = await chat.say('CSP VM, never was EA');
    await chat.say('start over');
    const second = await chat.say('free trial VM, never was EA');
    expect(second.all).toContain(CATALOGS.en.talk.relayReminder);
    expect(second.all.length).toBeLessThan(first.all.length);
  });
});

describe('several senders in one message', () => {
  it.each([
    [
      'en-US',
      'en',
      "our scale set and a function app in the same pay-as-you-go subscription can't send on 25",
      'no VNet integration',
      'I want to talk to a person',
    ],
    [
      'ja-JP',
      'ja',
      '従量課金制のサブスクリプションで、VMSSとFunctionsから送れません',
      'VNet 統合は使っていません',
      '担当者につないでください',
    ],
  ] as const)(
    '%s: a verdict per sender, the subscription asked for neither, and both verdicts in the hand-off',
    async (tag, locale, opening, answer, human) => {
      const catalog = CATALOGS[locale];
      const label = (r: 'vmScaleSet' | 'functions') => catalog.questions.resource.options[r].label;
      const chat = new Chat(tag);
      const first = await chat.say(opening);
      expect(first.all).toContain(`**${catalog.outcome.blocked}**`);
      expect(first.all).toContain(label('functions'));
      expect(first.all).toContain(catalog.questions.vnetIntegration.prompt);
      expect(first.all).not.toContain(catalog.questions.subscription.prompt);
      const second = await chat.say(answer);
      expect(second.all).toContain(`**${catalog.outcome.unsupported}**`);
      expect(second.all).not.toContain(catalog.questions.subscription.prompt);
      const handoff = await chat.say(human);
      expect(handoff.all).toContain(catalog.summary.otherSenders);
      expect(handoff.all).toContain(`${label('vmScaleSet')}: ${catalog.outcome.blocked}`);
    },
  );
});
