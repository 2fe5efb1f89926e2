/**
 * The portal's privacy and terms pages (en, ja), which the Teams app package links by default
 * (TEAMS_PRIVACY_URL and TEAMS_TERMS_URL override them). Each section is a heading and its paragraphs.
 */
import type { Locale } from './catalog';

export interface LegalPage {
  title: string;
  sections: { heading: string; paragraphs: string[] }[];
  back: string;
}

export const LEGAL_TEXT: Record<Locale, { privacy: LegalPage; terms: LegalPage }> = {
  en: {
    privacy: {
      title: 'Privacy: what the port 25 triage assistant keeps',
      back: 'Back to the help page',
      sections: [
        {
          heading: 'What is kept',
          paragraphs: [
            'Your answers to the triage questions (what sends the mail, the subscription type and the other facts you give), the verdict, and where the conversation stands.',
            'If you open a case: the case summary, your description, links to pictures you sent, your e-mail address if you leave one, and how to reach you in this chat.',
          ],
        },
        {
          heading: 'Where, and who sees it',
          paragraphs: [
            'In the storage of the organisation that runs this assistant. Cases go to its support team. Nothing goes to Microsoft support unless you choose to create an Azure support ticket, which is then sent in your name.',
            'If you sign in to Azure, the assistant reads your subscription’s offer and billing facts as you; it does not keep your sign-in token.',
          ],
        },
        {
          heading: 'Deleting it',
          paragraphs: [
            'Type "forget me" in the chat: the conversation and your cases that nobody is working on are deleted, and you are told which were kept and why.',
          ],
        },
      ],
    },
    terms: {
      title: 'Terms of use of the port 25 triage assistant',
      back: 'Back to the help page',
      sections: [
        {
          heading: 'What the answers are',
          paragraphs: [
            'The assistant applies the rules of Microsoft’s public article "Troubleshoot outbound SMTP connectivity problems in Azure" to what you tell it. Its verdict is guidance, not a decision by Microsoft or Azure support; only Azure support decides an exemption.',
          ],
        },
        {
          heading: 'Using it',
          paragraphs: [
            'Do not paste passwords, keys or connection strings into the chat.',
            'The assistant is provided as it is, without warranty, by the organisation that runs it.',
          ],
        },
      ],
    },
  },
  ja: {
    privacy: {
      title: 'プライバシー：ポート 25 診断アシスタントが保存する情報',
      back: 'ヘルプ ページに戻る',
      sections: [
        {
          heading: '保存する情報',
          paragraphs: [
            '診断の質問への回答（メールを送信するリソース、サブスクリプションの種類、そのほかお知らせいただいた事実）、判定結果、会話の進み具合です。',
            'ケースを作成した場合は、ケースの概要、ご入力いただいた説明、送信された画像へのリンク、ご入力いただいた場合はメール アドレス、このチャットで連絡するための情報も保存します。',
          ],
        },
        {
          heading: '保存場所と閲覧できる人',
          paragraphs: [
            'このアシスタントを運用する組織のストレージに保存します。ケースはその組織のサポート チームに届きます。Azure サポート リクエストの作成を選んだ場合を除き、Microsoft のサポートには送信されません。作成を選んだ場合は、お客様の名前で送信されます。',
            'Azure にサインインした場合は、お客様としてサブスクリプションのオファーと課金に関する情報を読み取ります。サインインのトークンは保存しません。',
          ],
        },
        {
          heading: '削除',
          paragraphs: [
            'チャットで「データを削除」と入力すると、会話と、担当者が対応していないケースを削除し、削除しなかったケースとその理由をお知らせします。',
          ],
        },
      ],
    },
    terms: {
      title: 'ポート 25 診断アシスタントの利用規約',
      back: 'ヘルプ ページに戻る',
      sections: [
        {
          heading: '回答について',
          paragraphs: [
            'このアシスタントは、Microsoft の公開記事「Azure でのアウトバウンド SMTP 接続に関する問題のトラブルシューティング」のルールを、お知らせいただいた内容に適用します。判定結果は参考情報であり、Microsoft や Azure サポートの決定ではありません。除外を決めるのは Azure サポートだけです。',
          ],
        },
        {
          heading: 'ご利用にあたって',
          paragraphs: [
            'パスワード、キー、接続文字列をチャットに貼り付けないでください。',
            'このアシスタントは、運用する組織が現状のまま提供するものであり、いかなる保証もありません。',
          ],
        },
      ],
    },
  },
};
