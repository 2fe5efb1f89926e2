/**
 * The help portal's page text (en, ja). Kept beside the bot's catalogs, apart from them, because
 * the page is not a conversation; the words the page sends to the bot come from the bot's catalogs.
 */
import type { Locale } from './catalog';

export interface PortalText {
  /** BCP 47 tag for the page and for Web Chat's own strings. */
  htmlLang: string;
  webChatLocale: string;
  title: string;
  heading: string;
  tagline: string;
  rulesHeading: string;
  rules: { id: string; text: string }[];
  relay: string;
  articleLink: string;
  chatHeading: string;
  startOver: string;
  connecting: string;
  chatUnavailable: string;
  /** Shown once the bot has forgotten the conversation and the page has started a new one. */
  forgotten: string;
}

export const PORTAL_TEXT: Record<Locale, PortalText> = {
  en: {
    htmlLang: 'en',
    webChatLocale: 'en-US',
    title: 'Azure outbound mail (port 25) help',
    heading: 'Cannot send mail from Azure on port 25?',
    tagline: 'Answer a few questions and find out, rule by rule, whether Azure blocks port 25 for you and what to do next.',
    rulesHeading: 'The rules in short',
    rules: [
      { id: 'S1', text: 'The port 25 rules apply to virtual machines and VM scale sets (AKS node pools are VM scale sets).' },
      {
        id: 'E1',
        text: 'Standard Enterprise Agreement and MCA for enterprise: port 25 is not blocked for VMs and Azure Firewall (external domains may still refuse the mail).',
      },
      { id: 'D1', text: 'Enterprise Dev/Test: blocked by default; the block can be lifted with a portal diagnostic.' },
      { id: 'O1', text: 'Every other subscription type (Pay-As-You-Go, Visual Studio, CSP, free trial…): blocked, with no exemption.' },
      { id: 'S4', text: 'App Service without VNet integration and other PaaS services: sending on port 25 is not supported.' },
    ],
    relay:
      'Recommended everywhere (R0): an authenticated SMTP relay service, normally on port 587, which Azure does not restrict for any subscription type.',
    articleLink: "Read Microsoft's article: Troubleshoot outbound SMTP connectivity problems in Azure",
    chatHeading: 'Triage assistant',
    startOver: 'Start over',
    connecting: 'Connecting to the assistant…',
    chatUnavailable: 'The chat is not available right now. Please try again later, or read the article linked above.',
    forgotten:
      "The assistant deleted what it stored about your conversation, and a new conversation has started. The earlier messages may remain in Direct Line's own conversation history until Direct Line lets them expire.",
  },
  ja: {
    htmlLang: 'ja',
    webChatLocale: 'ja-JP',
    title: 'Azure 送信メール (ポート 25) ヘルプ',
    heading: 'Azure からポート 25 でメールを送信できませんか？',
    tagline: 'いくつかの質問にお答えいただくと、Azure がポート 25 をブロックしているかどうかと次に行うことを、ルールごとにご案内します。',
    rulesHeading: 'ルールの概要',
    rules: [
      {
        id: 'S1',
        text: 'ポート 25 のルールは、仮想マシンと VM スケール セットが対象です (AKS のノード プールも VM スケール セットです)。',
      },
      {
        id: 'E1',
        text: 'Standard Enterprise Agreement とエンタープライズ向け MCA: VM と Azure Firewall のポート 25 はブロックされません (外部ドメインがメールを受け入れる保証はありません)。',
      },
      { id: 'D1', text: 'Enterprise Dev/Test: 既定でブロックされますが、Azure portal の診断でブロックを解除できます。' },
      {
        id: 'O1',
        text: 'その他のサブスクリプションの種類 (従量課金、Visual Studio、CSP、無料試用版など): ブロックされ、除外の仕組みはありません。',
      },
      {
        id: 'S4',
        text: '仮想ネットワーク統合を使用しない App Service やその他の PaaS: ポート 25 でのメール送信はサポートされていません。',
      },
    ],
    relay:
      'どの場合も推奨 (R0): 認証済み SMTP リレー サービス (通常はポート 587)。サブスクリプションの種類にかかわらず、Azure で制限されていません。',
    articleLink: 'Microsoft の記事: Azure でのアウトバウンド SMTP 接続に関する問題のトラブルシューティング',
    chatHeading: '診断アシスタント',
    startOver: '最初から',
    connecting: 'アシスタントに接続しています…',
    chatUnavailable: '現在チャットを利用できません。しばらくしてから再度お試しいただくか、上のリンクの記事をご覧ください。',
    forgotten:
      'アシスタントが保存していた会話のデータを削除し、新しい会話を始めました。以前のメッセージは、Direct Line の会話履歴の有効期限が切れるまで、Direct Line 側に残っている場合があります。',
  },
};
