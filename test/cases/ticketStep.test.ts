/** The Azure ticket as a pure step, with no adapter: what the person does → what is said and done. */
import {
  parseContact,
  ticketStep,
  type TicketBegin,
  type TicketInput,
  type TicketState,
  type TicketTurn,
} from '../../src/cases/ticketStep';
import type { Locale } from '../../src/locale';

const BEGIN = {
  caseNumber: 'SMTP-00001',
  category: ['Technical'],
  subscriptionId: '00000000-0000-0000-0000-000000000001',
  description: 'd',
};

class Ticket {
  state: TicketState | undefined;
  last!: TicketTurn;

  constructor(begin: TicketBegin = BEGIN) {
    this.feed({ kind: 'begin', ticket: begin });
  }

  feed(input: TicketInput): TicketTurn {
    this.last = ticketStep(this.state, input);
    this.state = this.last.state;
    return this.last;
  }

  say(text: string, locale: Locale = 'en'): TicketTurn {
    return this.feed({ kind: 'message', text, locale, defaultCountry: 'USA' });
  }
}

const kinds = (turn: TicketTurn) => turn.say.map((s) => s.kind);
const effects = (turn: TicketTurn) => turn.effects.map((e) => e.kind);

describe('severity, contact, consent, then the sign-in', () => {
  it.each([
    ['en', 'moderate', 'Jane Doe jane@contoso.com GBR', 'with diagnostics', true],
    ['ja', '中', '山田 太郎 taro@contoso.com', '診断なし', false],
  ] as const)('%s', (locale, severity, contact, consent, diagnostics) => {
    const t = new Ticket();
    expect(kinds(t.last)).toEqual(['severity']);
    expect(kinds(t.say(severity, locale))).toEqual(['contactPrompt']);
    expect(kinds(t.say(contact, locale))).toEqual(['consent']);
    expect(effects(t.say(consent, locale))).toEqual(['signIn']);
    expect(t.state).toMatchObject({ severity: 'moderate', diagnosticsConsent: diagnostics });
    const create = t.feed({ kind: 'signedIn', token: true }).effects[0];
    expect(create).toMatchObject({ kind: 'create', caseNumber: 'SMTP-00001', severity: 'moderate', diagnosticsConsent: diagnostics });
  });
});

describe('what ends it', () => {
  it.each([
    ['"no ticket" at the severity', (t: Ticket) => t.say('no ticket'), 'notOpened'],
    ['"cancel" at the consent', (t: Ticket) => (t.say('minimal'), t.say('Jane Doe jane@contoso.com'), t.say('do not open')), 'notOpened'],
    [
      'no sign-in',
      (t: Ticket) => (t.say('minimal'), t.say('Jane Doe jane@contoso.com'), t.say('yes'), t.feed({ kind: 'signedIn', token: false })),
      'portal',
    ],
    [
      'the token service failed',
      (t: Ticket) => (
        t.say('minimal'),
        t.say('Jane Doe jane@contoso.com'),
        t.say('yes'),
        t.feed({ kind: 'signedIn', token: false, failed: true })
      ),
      'portal',
    ],
    [
      'created',
      (t: Ticket) => t.feed({ kind: 'created', outcome: { kind: 'created', ticketName: 'n', supportTicketId: '123' } }),
      'created',
    ],
    ['exists', (t: Ticket) => t.feed({ kind: 'created', outcome: { kind: 'exists', ticketName: 'n' } }), 'exists'],
    ['refused by Azure', (t: Ticket) => t.feed({ kind: 'created', outcome: { kind: 'refused', code: 'x' } }), 'portal'],
  ])('%s → %s, and the ticket ends', (_, act, said) => {
    const turn = act(new Ticket());
    expect(kinds(turn)).toEqual([said]);
    expect(effects(turn)).toEqual(['end']);
  });

  it('without a subscription id the portal path is given instead of signing in', () => {
    const t = new Ticket({ caseNumber: BEGIN.caseNumber, category: BEGIN.category, description: BEGIN.description });
    t.say('minimal');
    t.say('Jane Doe jane@contoso.com');
    const turn = t.say('yes');
    expect(turn.say).toEqual([{ kind: 'portal', reason: 'noSubscription', caseNumber: 'SMTP-00001', category: ['Technical'] }]);
  });
});

describe('what is not understood is asked again', () => {
  it.each([
    ['severity', (t: Ticket) => t.say('whatever'), { kind: 'severity', notUnderstood: true }],
    ['contact', (t: Ticket) => (t.say('minimal'), t.say('Jane')), { kind: 'contactNotUnderstood' }],
  ])('%s', (_, act, said) => {
    const turn = act(new Ticket());
    expect(turn.say).toEqual([said]);
    expect(turn.effects).toEqual([]);
  });
});

describe('parseContact: names in the language order', () => {
  it.each([
    ['Jane Doe jane@contoso.com GBR', 'en', { firstName: 'Jane', lastName: 'Doe', email: 'jane@contoso.com', country: 'GBR' }],
    ['山田 太郎 taro@contoso.com', 'ja', { firstName: '太郎', lastName: '山田', email: 'taro@contoso.com', country: 'USA' }],
    ['jane@contoso.com', 'en', undefined],
  ] as const)('%s (%s)', (text, locale, contact) => {
    expect(parseContact(text, locale, 'USA')).toEqual(contact);
  });
});
