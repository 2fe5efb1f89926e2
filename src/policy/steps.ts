/**
 * Every next step the policy can give, each tied to the rule it comes from (ids of domain.md).
 * The text is part of the rule: a support engineer audits it against the article here.
 */
import type { Step } from './types';

export const STEPS = {
  enterpriseNotBlocked: {
    rule: 'E1',
    text: {
      en: 'Azure does not block outbound SMTP on TCP port 25 for VMs and Azure Firewall in a Standard Enterprise Agreement (MS-AZR-0017P) or MCA for enterprise (MCA-E) subscription. There is no guarantee, though, that external domains accept the mail. General advice, not from the article: if connections still time out, check the rules you control on the path (network security groups, route tables, firewall policies).',
      ja: 'Standard Enterprise Agreement (MS-AZR-0017P) または企業向け MCA (MCA-E) のサブスクリプションにデプロイされた VM と Azure Firewall では、TCP ポート 25 の送信 SMTP 接続は Azure によってブロックされません。ただし、外部ドメインがそのメールを受け入れる保証はありません。記事の内容ではない一般的な確認事項として、それでも接続がタイムアウトする場合は、経路上でお客様が管理している規則 (ネットワーク セキュリティ グループ、ルート テーブル、ファイアウォール ポリシー) を確認してください。',
    },
  },

  vmScope: {
    rule: 'S1',
    text: {
      en: "These rules apply mainly to virtual machines and VM scale sets (Microsoft.Compute/virtualMachines, Microsoft.Compute/virtualMachineScaleSets). Our reading, not the article's words: AKS node pools are VM scale sets in your subscription, so mail sent from AKS follows the same rules.",
      ja: 'これらのルールは、主に仮想マシンと VM スケール セット (Microsoft.Compute/virtualMachines、Microsoft.Compute/virtualMachineScaleSets) に適用されます。記事の記述ではなく当方の解釈ですが、AKS のノード プールはお客様のサブスクリプション内の VM スケール セットであるため、AKS から送信するメールにも同じルールが適用されると考えられます。',
    },
  },

  vnetPaasUsesPort25: {
    rule: 'S2',
    text: {
      en: 'App Service and Azure Functions can use port 25 only through VNet integration (or from App Service Environment v3); make sure the app really sends through the integrated virtual network.',
      ja: 'App Service と Azure Functions でポート 25 を使用できるのは、仮想ネットワーク統合を経由する場合 (または App Service Environment v3 を使用する場合) だけです。アプリが統合された仮想ネットワーク経由で送信していることを確認してください。',
    },
  },
  firewallUsesPort25: {
    rule: 'S3',
    text: {
      en: 'Outbound port 25 may go through Azure Firewall; the subscription rules still apply to it.',
      ja: 'ポート 25 の送信通信は Azure Firewall 経由で送信することもできますが、サブスクリプションの種類による制限は引き続き適用されます。',
    },
  },
  receivingDomainRejects: {
    rule: 'E2',
    text: {
      en: "If the receiving server answered and refused or filtered the mail, the connection itself got through. Contact that domain's email provider to resolve it; Azure support does not cover rejections by external domains.",
      ja: '受信側のサーバーが応答したうえでメールを拒否またはフィルター処理している場合は、接続自体は通っています。解決するには、その外部ドメインの電子メール サービス プロバイダーに連絡してください。外部ドメインによる拒否は Azure サポートの対象外です。',
    },
  },
  runDiagnostic: {
    rule: 'D1',
    text: {
      en: 'Enterprise Dev/Test blocks port 25 by default, and the block can be lifted: in the Azure portal open your Virtual Network resource → Diagnose and solve problems → "Cannot send email (SMTP-Port 25)" and run the diagnostic. Eligible Enterprise Dev/Test subscriptions are exempted automatically.',
      ja: 'Enterprise Dev/Test ではポート 25 が既定でブロックされていますが、このブロックは解除できます。Azure portal で仮想ネットワーク リソースを開き、[診断と解決] → [電子メールを送信できない (SMTP ポート 25)] で診断を実行してください。資格のある Enterprise Dev/Test サブスクリプションは自動的に除外されます。',
    },
  },
  restartVms: {
    rule: 'D2',
    text: {
      en: 'Once the subscription is exempted, stop each VM (scale set instances too) with Stop in the Azure portal so that it is deallocated, then start it again with Start, so it picks up the new network policy; a reboot from inside the OS, or Restart, does not deallocate. For AKS (our reading): stop and start the node pool or the cluster, not its VMs one by one. From then on every VM of the subscription is exempt.',
      ja: 'サブスクリプションが除外されたら、各 VM (スケール セットのインスタンスも含む) を Azure portal の [停止] で停止して割り当てを解除してから [開始] で起動し、新しいネットワーク ポリシーを取得させてください (記事ではこの起動を「再起動」と呼んでいます)。OS 内からの再起動や [再起動] ボタンでは、割り当ては解除されません。AKS の場合は、VM を 1 台ずつではなく、ノード プールまたはクラスターを停止してから開始してください (当方の解釈)。それ以降は、そのサブスクリプション内のすべての VM が除外されます。',
    },
  },

  exemptionInEffect: {
    rule: 'D2',
    text: {
      en: 'The subscription is exempt and the VMs were deallocated and started since: port 25 is open for their traffic routed directly to the internet.',
      ja: 'サブスクリプションは除外済みで、その後 VM の割り当て解除と開始も済んでいます。インターネットに直接ルーティングされるトラフィックでは、ポート 25 を使用できます。',
    },
  },
  temporarySubnet: {
    rule: 'D3',
    text: {
      en: "If a virtual network owned by the exempted subscription has a delegated subnet (for App Service Environment, for example), add a new temporary subnet to that virtual network, then remove it; a VM's own virtual network counts too. An Azure fact beyond the article: regional VNet integration and App Service Environment v3 always use a delegated subnet.",
      ja: '除外されたサブスクリプションが所有する仮想ネットワークに委任されたサブネット (App Service Environment 用など) がある場合は、その仮想ネットワークに新しい一時サブネットを追加してから削除してください。VM が接続している仮想ネットワークも対象です。なお、記事には書かれていない Azure の仕様として、リージョン VNet 統合と App Service Environment v3 は常に委任されたサブネットを使用します。',
    },
  },

  directRoutingOnly: {
    rule: 'D4',
    text: {
      en: 'The exemption applies only to the subscription that asked for it, and only to VM traffic routed directly to the internet. By that wording (our reading), mail sent through a network virtual appliance, Azure Firewall or another hop is not covered.',
      ja: 'この除外は、要求したサブスクリプションだけに、かつインターネットに直接ルーティングされる VM トラフィックだけに適用されます。この記述に従うと (当方の解釈)、ネットワーク仮想アプライアンスや Azure Firewall など別のホップを経由するメールは対象外です。',
    },
  },

  notCoveredByExemption: {
    rule: 'D4',
    text: {
      en: "By the article's wording (our reading, not its own words), port 25 stays blocked on this path: the Enterprise Dev/Test exemption applies only to VM traffic routed directly to the internet, so it does not appear to cover traffic through a network virtual appliance, Azure Firewall or another hop. Plan on the relay below (R0); Enterprise Dev/Test is an enterprise offer, so Azure support can confirm this for your subscription (H1).",
      ja: '記事の記述からの解釈ですが、この経路ではポート 25 はブロックされたままと考えられます。Enterprise Dev/Test の除外はインターネットに直接ルーティングされる VM トラフィックだけに適用されるため、ネットワーク仮想アプライアンスや Azure Firewall など別のホップを経由するトラフィックは対象外と読めます。下記のリレー (R0) の利用をご検討ください。Enterprise Dev/Test は企業向けのオファーのため、お使いのサブスクリプションでの扱いは Azure サポートに確認できます (H1)。',
    },
  },

  firewallNotCoveredReading: {
    rule: 'D4',
    text: {
      en: "Our reading of D4, not the article's own words: the Enterprise Dev/Test exemption applies only to VM traffic routed directly to the internet, so it does not appear to cover mail sent through Azure Firewall. Plan on the relay below (R0). Enterprise Dev/Test is an enterprise offer, so Azure support can confirm this for your subscription (H1).",
      ja: 'これは記事の記述ではなく、D4 からの解釈です。Enterprise Dev/Test の除外はインターネットに直接ルーティングされる VM トラフィックだけに適用されるため、Azure Firewall 経由のメールは対象外と考えられます。下記のリレー (R0) の利用をご検討ください。Enterprise Dev/Test は企業向けのオファーのため、お使いのサブスクリプションでの扱いは Azure サポートに確認できます (H1)。',
    },
  },

  appServiceRoutingReading: {
    rule: 'D4',
    text: {
      en: "Our reading of D4, not the article's own words: the exemption is said to cover VM traffic routed directly to the internet, and App Service traffic is not named by it, so the article does not say whether the exemption reaches your app. If mail still does not go out once D1 and D3 are done, Enterprise Dev/Test is an enterprise offer and Azure support can confirm it for your subscription (H1).",
      ja: 'これは記事の記述ではなく、D4 からの解釈です。除外の対象はインターネットに直接ルーティングされる VM トラフィックと記載されており、App Service のトラフィックには触れられていないため、アプリに除外が適用されるかどうかは記事からはわかりません。D1 と D3 を済ませてもメールを送信できない場合は、Enterprise Dev/Test は企業向けのオファーのため、Azure サポートに確認できます (H1)。',
    },
  },
  otherSubscriptionBlocked: {
    rule: 'O1',
    text: {
      en: "Azure blocks outbound SMTP on TCP port 25 for VMs deployed in this subscription type, and the article describes no exemption for it. Beyond the article: Azure's own port-25 diagnostic (Diagnose and solve problems → Cannot send email) answers that the exemption cannot be authorized for subscriptions that do not qualify, so Azure support cannot lift this block either.",
      ja: 'このサブスクリプションの種類では、デプロイされている VM の TCP ポート 25 の送信 SMTP 接続が Azure によってブロックされます。記事には、この種類に対する除外は記載されていません。記事以外の情報として、Azure のポート 25 の診断 ([診断と解決] → [電子メールを送信できない]) は、対象外のサブスクリプションでは除外を承認できないと回答します。そのため、Azure サポートでもこのブロックは解除できません。',
    },
  },

  formerlyEnterprise: {
    rule: 'C1',
    text: {
      en: 'This subscription changed type from EA or MCA-E. After such a change, outbound SMTP may become blocked when the deployment changes, which may explain mail that worked before and stopped.',
      ja: 'このサブスクリプションは Enterprise Agreement または MCA-E から種類が変更されています。種類の変更後にデプロイを変更すると、送信 SMTP がブロックされることがあります。以前は送信できていたメールが送信できなくなった場合は、これが原因の可能性があります。',
    },
  },
  paasUnsupported: {
    rule: 'S4',
    text: {
      en: 'Sending mail on port 25 is not supported from this Azure service, whatever the subscription (App Service and Azure Functions can use port 25 only through VNet integration).',
      ja: 'この Azure サービスからポート 25 でメールを送信することは、サブスクリプションの種類にかかわらずサポートされていません (App Service と Azure Functions では、仮想ネットワーク統合を経由する場合にのみポート 25 を使用できます)。',
    },
  },

  useAuthenticatedRelay: {
    rule: 'R0',
    text: {
      en: 'Send through an authenticated SMTP relay service, normally on TCP port 587, which Azure does not restrict for any subscription type; the article recommends it, as such services maintain the IP reputation that reliable delivery depends on. General advice beyond the article: Exchange Online / Microsoft 365 SMTP submission (sign in with OAuth: Basic authentication for SMTP AUTH is turned off by default for existing tenants at the end of December 2026) or a mail provider from the Microsoft Marketplace. Azure Communication Services Email, which the article names, only if you already use it: it takes no new customers from 2026-10-23 and ends on 2028-09-30; its default limits for custom domains are 30 mails a minute and 100 an hour, raisable through a support request.',
      ja: '認証済み SMTP リレー サービス (通常は TCP ポート 587) を経由して送信してください。このようなサービスの利用は、サブスクリプションの種類にかかわらず Azure で制限されていません。記事では、配信の信頼性に欠かせない IP の評価を維持するために、これらのサービスの利用を推奨しています。以下は記事の内容ではない一般的な情報です。Exchange Online / Microsoft 365 の SMTP 送信 (OAuth で認証してください。既存のテナントでは、SMTP AUTH の基本認証が 2026 年 12 月末に既定で無効になります) や、Microsoft Marketplace のメール配信サービスを利用できます。記事に記載されている Azure Communication Services Email は、既にご利用の場合にのみお勧めします。2026 年 10 月 23 日以降は新規のお客様の受け付けを終了し、2028 年 9 月 30 日にサービスが終了する予定です。カスタム ドメインの既定の上限は 1 分あたり 30 通、1 時間あたり 100 通で、サポート リクエストで引き上げを依頼できます。',
    },
  },
} as const satisfies Record<string, Step>;

/** H1: the support category, as the portal shows it in each language. */
export const SUPPORT_CATEGORY = {
  en: ['Technical', 'Virtual Network', 'Cannot send email (SMTP/Port 25)'],
  ja: ['技術関連', '仮想ネットワーク', 'メールを送信できない (SMTP 25 番ポート)'],
};
