/** The Teams app's store text (en, ja): name, descriptions and the command menu's descriptions. */
import type { Locale } from './catalog';

export interface TeamsAppText {
  /** Teams limits: short name 30, full name 100, short description 80, full description 4000. */
  nameShort: string;
  nameFull: string;
  descriptionShort: string;
  descriptionFull: string;
  /** Descriptions of the command menu entries; the titles are the bot's own commands. */
  startOverDescription: string;
  helpDescription: string;
}

export const TEAMS_APP_TEXT: Record<Locale, TeamsAppText> = {
  en: {
    nameShort: 'Port 25 triage',
    nameFull: 'Azure outbound mail (port 25) triage',
    descriptionShort: 'Find out whether Azure blocks outbound port 25 for you, and what to do.',
    descriptionFull:
      'Answer a few questions about what sends the mail and your subscription type. The assistant applies the rules of Microsoft\'s article "Troubleshoot outbound SMTP connectivity problems in Azure", cites each rule id, tells you the next steps, and prepares a case summary when Azure support is the way forward. In a team channel, @mention it.',
    startOverDescription: 'Begin a new triage',
    helpDescription: 'How to answer and what the assistant can do',
  },
  ja: {
    nameShort: 'ポート 25 診断',
    nameFull: 'Azure 送信メール (ポート 25) 診断',
    descriptionShort: 'Azure が送信ポート 25 をブロックしているかどうかと、次に行うことを確認できます。',
    descriptionFull:
      'メールを送信しているリソースとサブスクリプションの種類についていくつかの質問にお答えいただくと、Microsoft の記事「Azure でのアウトバウンド SMTP 接続に関する問題のトラブルシューティング」のルールを適用し、ルール ID を示して次の手順をご案内します。Azure サポートへの問い合わせが必要な場合は、ケースの概要も作成します。チーム チャネルでは @メンションしてください。',
    startOverDescription: '新しく診断を始めます',
    helpDescription: '答え方とアシスタントでできること',
  },
};
