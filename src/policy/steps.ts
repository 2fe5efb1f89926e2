/**
 * Every next step the policy can give, each tied to the rule it comes from (ids of domain.md).
 * The text is part of the rule: a support engineer audits it against the article here.
 */
import type { Step } from './types';

export const STEPS = {
  enterpriseNotBlocked: {
    rule: 'E1',
    text: {
      en: 'Azure does not block outbound SMTP on port 25 here: VMs and Azure Firewall in an Enterprise Agreement or MCA-E subscription can send directly. If connections still time out, check the rules you control on the path (network security groups, route tables, firewall policies).',
      ja: 'このサブスクリプション (Enterprise Agreement または MCA-E) の VM と Azure Firewall では、Azure は TCP ポート 25 の送信 SMTP をブロックしていません。それでも接続がタイムアウトする場合は、経路上でお客様が管理している規則 (ネットワーク セキュリティ グループ、ルート テーブル、ファイアウォール ポリシー) を確認してください。',
    },
  },
  vnetPaasUsesPort25: {
    rule: 'S2',
    text: {
      en: 'App Service and Azure Functions can use port 25 only through VNet integration (or from App Service Environment v3); make sure the app really sends through the integrated virtual network.',
      ja: 'App Service と Azure Functions がポート 25 を使えるのは、仮想ネットワーク統合を経由する場合 (または App Service Environment v3) だけです。アプリが統合された仮想ネットワーク経由で送信していることを確認してください。',
    },
  },
  firewallUsesPort25: {
    rule: 'S3',
    text: {
      en: 'Outbound port 25 may go through Azure Firewall; the subscription rules still apply to it.',
      ja: 'ポート 25 の送信は Azure Firewall 経由でも可能ですが、サブスクリプションの種類による制限は同じように適用されます。',
    },
  },
  receivingDomainRejects: {
    rule: 'E2',
    text: {
      en: 'The receiving server answered and refused or filtered the mail, so the connection itself got through. Contact that domain\'s email provider to resolve it; Azure support does not cover rejections by external domains.',
      ja: '受信側のサーバーが応答したうえでメールを拒否またはフィルター処理しているため、接続自体は通っています。解決にはその外部ドメインの電子メール サービス プロバイダーに連絡してください。外部ドメインによる拒否は Azure サポートの対象外です。',
    },
  },
  runDiagnostic: {
    rule: 'D1',
    text: {
      en: 'Enterprise Dev/Test blocks port 25 by default, and the block can be lifted: in the Azure portal open your Virtual Network resource → Diagnose and solve problems → "Cannot send email (SMTP-Port 25)" and run the diagnostic. Eligible subscriptions are exempted automatically.',
      ja: 'Enterprise Dev/Test ではポート 25 が既定でブロックされていますが、このブロックは解除できます。Azure portal で仮想ネットワーク リソースを開き、[診断と解決] → [電子メールを送信できない (SMTP ポート 25)] で診断を実行してください。資格のあるサブスクリプションは自動的に除外されます。',
    },
  },
  restartVms: {
    rule: 'D2',
    text: {
      en: 'Stop each VM (scale set instances too) until it is deallocated, then start it again, so it picks up the new network policy. From then on every VM of the subscription is exempt.',
      ja: '各 VM (スケール セットのインスタンスも) を停止して割り当て解除してから再起動し、新しいネットワーク ポリシーを取得させてください。それ以降、そのサブスクリプションのすべての VM が除外されます。',
    },
  },
  exemptionInEffect: {
    rule: 'D2',
    text: {
      en: 'The subscription is exempt and the VMs were restarted since: port 25 is open for their traffic routed directly to the internet.',
      ja: 'サブスクリプションは除外済みで、その後 VM も再起動されています。インターネットに直接ルーティングされるトラフィックではポート 25 が使えます。',
    },
  },
  temporarySubnet: {
    rule: 'D3',
    text: {
      en: 'For a delegated subnet (App Service Environment or VNet integration) in a virtual network owned by the exempted subscription: add a new temporary subnet to that virtual network, then delete it, so the exemption reaches the delegated subnet.',
      ja: '除外されたサブスクリプションが所有する仮想ネットワークに委任されたサブネット (App Service Environment や仮想ネットワーク統合) がある場合は、その仮想ネットワークに新しい一時サブネットを追加し、その後削除してください。これで委任されたサブネットにも除外が反映されます。',
    },
  },
  directRoutingOnly: {
    rule: 'D4',
    text: {
      en: 'The exemption covers only the subscription that asked for it, and only VM traffic routed directly to the internet. Mail sent through a network virtual appliance, Azure Firewall or another hop stays blocked.',
      ja: 'この除外は要求したサブスクリプションだけに、かつインターネットに直接ルーティングされる VM トラフィックだけに適用されます。ネットワーク仮想アプライアンスや Azure Firewall など別のホップを経由するメールはブロックされたままです。',
    },
  },
  notCoveredByExemption: {
    rule: 'D4',
    text: {
      en: 'Port 25 stays blocked on this path: the Enterprise Dev/Test exemption covers only VM traffic routed directly to the internet, not traffic through Azure Firewall, an appliance or another hop. Azure support cannot change that.',
      ja: 'この経路ではポート 25 はブロックされたままです。Enterprise Dev/Test の除外はインターネットに直接ルーティングされる VM トラフィックだけが対象で、Azure Firewall やアプライアンスなど別のホップを経由するトラフィックは対象外です。Azure サポートでも変更できません。',
    },
  },
  otherSubscriptionBlocked: {
    rule: 'O1',
    text: {
      en: 'Azure blocks outbound SMTP on port 25 for this subscription type. No exemption exists, and Azure support cannot lift the block.',
      ja: 'このサブスクリプションの種類では、Azure は TCP ポート 25 の送信 SMTP をブロックします。除外の仕組みはなく、Azure サポートでもこのブロックは解除できません。',
    },
  },
  formerlyEnterprise: {
    rule: 'C1',
    text: {
      en: 'This subscription changed type from EA or MCA-E. After such a change, outbound SMTP can become blocked as soon as the deployment changes, which explains mail that worked before and stopped.',
      ja: 'このサブスクリプションは Enterprise Agreement または MCA-E から種類が変更されています。種類の変更後は、デプロイを変更した時点で送信 SMTP がブロックされることがあります。以前は送信できていたのに止まった理由はこれです。',
    },
  },
  paasUnsupported: {
    rule: 'S4',
    text: {
      en: 'Sending mail on port 25 is not supported from this Azure service, whatever the subscription (App Service and Functions only through VNet integration). Azure support cannot enable it.',
      ja: 'この Azure サービスからポート 25 でメールを送信することは、サブスクリプションの種類にかかわらずサポートされていません (App Service と Functions は仮想ネットワーク統合経由の場合のみ可能)。Azure サポートでも有効にできません。',
    },
  },
  useAuthenticatedRelay: {
    rule: 'R0',
    text: {
      en: 'Send through an authenticated SMTP relay on port 587, which Azure does not block for any subscription and which protects your IP reputation: Exchange Online / Microsoft 365 SMTP submission or a mail provider from the Azure Marketplace. Azure Communication Services Email only if you already use it (it takes no new customers since 2026-10-23 and ends 2028-09-30; default limits for custom domains are 30 mails a minute and 100 an hour, raisable through a support request).',
      ja: 'ポート 587 の認証済み SMTP リレー サービス経由で送信してください。ポート 587 はどのサブスクリプションでも Azure にブロックされず、IP の評価も守れます。Exchange Online / Microsoft 365 の SMTP 送信、または Azure Marketplace のメール配信サービスが使えます。Azure Communication Services Email は既にご利用の場合のみ (2026-10-23 以降は新規受付を終了し、2028-09-30 に終了予定。カスタム ドメインの既定の上限は 1 分あたり 30 通、1 時間あたり 100 通で、サポート リクエストで引き上げ可能)。',
    },
  },
} as const satisfies Record<string, Step>;

/** H1: the support category, as the portal shows it in each language. */
export const SUPPORT_CATEGORY = {
  en: ['Technical', 'Virtual Network', 'Cannot send email (SMTP/Port 25)'],
  ja: ['技術関連', '仮想ネットワーク', 'メールを送信できない (SMTP 25 番ポート)'],
};
