/**
 * Symptoms and routes as admins write them: pasted tool output, MTA logs and queues, packet-level
 * words, bounce codes, terse routing jargon, and Japanese negation in polite and subordinate forms.
 * Each is read in a first message (nothing asked yet) and as the answer to its own question.
 */
import { read } from '../../src/triage/reader';
import type { QuestionId } from '../../src/triage/questions';
import type { ReadFacts } from '../../src/triage/reading';

type Row = readonly [text: string, value: boolean];

/** No connection to the receiving server: the port-25 block's symptom, not a rejection (E2). */
const NO_CONNECTION: Row[] = [
  ['nc -vz smtp.gmail.com 25 just hangs, then "nc: connect to smtp.gmail.com port 25 (tcp) failed: Connection timed out"', false],
  ['Connecting To mail.contoso.com...Could not open connection to the host, on port 25: Connect failed', false],
  ['Test-NetConnection smtp.office365.com -Port 25 => WARNING: TCP connect to (52.96.1.1 : 25) failed, TcpTestSucceeded : False', false],
  ['TcpTestSucceeded : False', false],
  ['Send-MailMessage : Unable to connect to the remote server', false],
  ['Send-MailMessage: A connection attempt failed because the connected party did not properly respond after a period of time', false],
  ['postfix/smtp[1234]: connect to gmail-smtp-in.l.google.com[142.250.1.26]:25: Connection timed out', false],
  ['status=deferred (connect to mx.example.com[1.2.3.4]:25: Connection timed out)', false],
  ['exim: R=dnslookup T=remote_smtp defer (110): Connection timed out', false],
  ['sendmail: dsn=4.0.0, stat=Deferred: Connection timed out with mx.example.com.', false],
  ['IIS SMTP queue keeps growing, event log says the remote server did not respond to a connection attempt', false],
  ['hMailServer log: "Could not connect to 1.2.3.4, port 25"', false],
  ['Exchange queue shows 451 4.4.0 Primary target IP address responded with: "421 4.4.0 Unable to connect."', false],
  ['mails sit in the Exchange queue with 451 4.4.0', false],
  ['SYN sent, no SYN-ACK ever comes back', false],
  ['tcpdump shows SYN going out and no reply', false],
  ['nmap says 25/tcp filtered', false],
  ['the packets just get dropped', false],
  ['SYN を送っても応答が返ってきません', false],
  ['メールがキューに滞留したままです', false],
  ['25 番ポートへの接続がタイムアウトします', false],
  ['Postfix のログに connect to ...:25: Connection timed out と出ています', false],
];

/** The receiving server answered and refused: E2, whatever the subscription. */
const REJECTED: Row[] = [
  ['bounce: 550 5.7.1 Message rejected as spam by Content Filtering', true],
  ['NDR 5.7.708 Access denied, traffic not accepted from this IP', true],
  ['we get an NDR with 554 5.7.1', true],
  ['recipient server bounces with 550 5.7.26 unauthenticated email', true],
  ['421 4.7.0 Try again later, closing connection (gmail greylisting)', true],
  ['相手先のサーバーから 550 5.7.1 が返ってきます', true],
  ['受信側で拒否されているようです', true],
];

/** The route out: straight to the internet (true), or through an appliance or another hop (false, D4). */
const ROUTES: Row[] = [
  ['0.0.0.0/0 -> NVA', false],
  ['UDR 0/0 to the hub firewall', false],
  ['route table sends 0.0.0.0/0 to our Palo Alto', false],
  ['next hop is VirtualAppliance 10.0.0.4', false],
  ['forced tunneling to on-prem over ExpressRoute', false],
  ['all egress goes through the hub (Fortigate)', false],
  ['goes out via BGP-advertised default route from on-prem', false],
  ['next hop type: Internet', true],
  ['egress via NAT GW', true],
  ['VM has a PIP, no UDR', true],
  ['public IP on the NIC, nothing in between', true],
  ['no route table on that subnet', true],
  ['UDR で 0.0.0.0/0 を NVA に向けています', false],
  ['0.0.0.0/0 をハブのファイアウォールに向けるルートがあります', false],
  ['オンプレミス経由で出ています', false],
  ['ネクストホップは仮想アプライアンスです', false],
  ['NAT ゲートウェイ経由で出ています', true],
  ['ネクストホップはインターネットです', true],
  // Polite and subordinate negation: never the positive.
  ['ルートテーブルは設定しておりません', true],
  ['UDR は設定していません', true],
  ['強制トンネリングは構成しておりません', true],
  ['プロキシは使用しておりません', true],
  ['ファイアウォールを経由しているわけではありません', true],
  ['ファイアウォール経由ではなく、パブリック IP から直接送信しています', true],
  ['特にルートは設定していません', true],
  ['直接インターネットに出ているわけではありません', false],
];

function readAs(fact: keyof ReadFacts & QuestionId, rows: Row[]) {
  return rows.map(([text, value]) => [text, value, fact] as const);
}

describe.each([
  ['in a first message', undefined],
  ['as the answer to its question', 'asked'],
] as const)('%s', (_when, asked) => {
  it.each([...readAs('receivingDomainRejects', [...NO_CONNECTION, ...REJECTED]), ...readAs('routedDirectlyToInternet', ROUTES)])(
    '%s → %s',
    (text, value, fact) => {
      const reading = read(text, asked ? { asked: fact } : {});
      expect(reading.facts[fact]).toBe(value);
    },
  );
});

describe('words that say too little are no symptom', () => {
  it.each(['the mails bounce', 'our mails bounce back from gmail', 'メールが返ってきます'])('%s', (text) => {
    expect(read(text).facts.receivingDomainRejects).toBeUndefined();
  });
});

describe('Japanese negation in polite and subordinate forms is never read as the positive', () => {
  it.each([
    ['VNet 統合は利用しておりません', 'vnetIntegration', false],
    ['VNet 統合をしていないわけではありません', 'vnetIntegration', true],
    ['委任されたサブネットはございません', 'delegatedSubnet', false],
    ['診断はまだ実行しておりません', 'exemptionGranted', false],
    ['割り当て解除は実施しておりません', 'restartedSinceExemption', false],
    ['プロキシ経由ではありません', 'routedDirectlyToInternet', true],
    ['強制トンネリングではなく、NAT ゲートウェイです', 'routedDirectlyToInternet', true],
  ] as const)('%s → %s = %s', (text, fact, value) => {
    expect(read(text).facts[fact]).toBe(value);
  });
});

describe('how admins name what they run and pay for', () => {
  it.each([
    ['Our IaaS box (Win2019) cannot deliver mail', { resource: 'virtualMachine' }],
    ['smtp from the linux box on a pay-go subscription', { resource: 'virtualMachine', subscription: 'payAsYouGo' }],
    ['Our dev box is on an MSDN sub, cannot telnet out on 25', { subscription: 'visualStudio', receivingDomainRejects: false }],
    ['社内の検証環境の VM です。ルートは特に設定しておりません。', { resource: 'virtualMachine', routedDirectlyToInternet: true }],
  ] as const)('%s', (text, facts) => {
    expect(read(text).facts).toEqual(facts);
  });

  it('a bracketed aside in a question is stated, not asked: "AKS (EA) blocked?"', () => {
    const reading = read('outbound 25 from AKS (EA) blocked?');
    expect(reading.facts).toEqual({ resource: 'vmScaleSet', subscription: 'enterpriseAgreement' });
    expect(reading.tentative).toEqual([]);
  });
});

describe('"I don\'t know" in polite Japanese', () => {
  it.each([
    ['サブスクリプションの種類は分かりかねます', undefined, 'subscription'],
    ['委任サブネットの有無は把握しておりません', 'delegatedSubnet', 'delegatedSubnet'],
    ['存じません', 'routedDirectlyToInternet', 'routedDirectlyToInternet'],
  ] as const)('%s', (text, asked, fact) => {
    const reading = read(text, asked ? { asked } : {});
    expect(reading.unsure).toEqual([fact]);
    expect(reading.facts).toEqual({});
  });
});

describe("routes, restarts and answers in an admin's words", () => {
  it.each([
    ['Outbound goes via our on-prem firewall over the S2S VPN', undefined, { routedDirectlyToInternet: false }],
    ['stopped it in the portal and started it again', undefined, { restartedSinceExemption: true }],
    ["we haven't done anything yet", 'exemptionGranted', { exemptionGranted: false }],
    [
      'Firewall: none. VM: B2ms Ubuntu 22.04. Subscription: Pay-As-You-Go.',
      undefined,
      { resource: 'virtualMachine', subscription: 'payAsYouGo' },
    ],
    ['UDR: none', undefined, { routedDirectlyToInternet: true }],
    ['Our Azure Virtual Desktop session hosts cannot send mail', undefined, { resource: 'virtualMachine' }],
    ['Dev/Test Labs VM', undefined, { resource: 'virtualMachine' }],
    ['春に EA から従量課金制に切り替えています', undefined, { subscription: 'payAsYouGo', formerlyEnterprise: true }],
    ['EA から送信できません', undefined, { subscription: 'enterpriseAgreement' }],
  ] as const)('%s', (text, asked, facts) => {
    expect(read(text, asked ? { asked } : {}).facts).toEqual(facts);
  });
});
