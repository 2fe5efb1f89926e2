/** What the bot says only in Teams (en, ja): pictures, group chats and channels, answered cards. */
import type { Locale } from './catalog';

export interface TeamsChatText {
  /** A picture in a message: the bot cannot read it, and says where it goes. */
  pictureReceived: string;
  /** On the case card: the pictures the requester sent, each a link. */
  picturesLabel: string;
  picture: string;
  /** Once, when the bot is added to a group chat or a team: how to call it. `{name}` is the bot's name. */
  addedToGroup: string;
  /** "status" asked in a group chat or channel: only the count there; `{count}` open cases. */
  statusInGroup: string;
  statusInGroupNone: string;
  /** An answered card, updated in place: the question's text stays, the buttons go. */
  cardAnswered: string;
  /** A press on a card whose question was answered already (or whose case was sent). */
  cardAnsweredAlready: string;
}

export const TEAMS_CHAT_TEXT: Record<Locale, TeamsChatText> = {
  en: {
    pictureReceived:
      'Picture received. I cannot read pictures, so please type what it shows (the error message, for instance). If you ask for a person, the picture goes with your case as a link.',
    picturesLabel: 'Pictures',
    picture: 'Picture',
    addedToGroup:
      'Hello! I help when mail sent from Azure does not go out on TCP port 25. Here, @mention me to talk to me, for example "@{name} my VM cannot send mail". Each person gets their own questions; "status" here shows only how many cases you have open.',
    statusInGroup: 'You have {count} open case(s). To see their numbers and status, type "status" in a personal chat with me.',
    statusInGroupNone: 'You have no open cases.',
    cardAnswered: 'Answered: {choice}',
    cardAnsweredAlready:
      'That question was answered already ({choice}); the buttons of an earlier card change nothing now. To change an answer, type it, for example "actually it is EA".',
  },
  ja: {
    pictureReceived:
      '画像を受け取りました。画像の内容は読み取れないため、表示されている内容（エラー メッセージなど）を入力してください。担当者へのお問い合わせを選ぶと、画像はリンクとしてケースに添付されます。',
    picturesLabel: '画像',
    picture: '画像',
    addedToGroup:
      'こんにちは。Azure から TCP ポート 25 でメールが送信されない場合のお手伝いをします。ここでは @メンションで呼び出してください（例：「@{name} VM からメールを送れません」）。質問と回答は一人ずつ別に扱います。ここで「ステータス」と入力すると、未解決のケースの件数だけをお知らせします。',
    statusInGroup: '未解決のケースが{count}件あります。ケース番号と状況は、個人チャットで「ステータス」と入力するとご確認いただけます。',
    statusInGroupNone: '未解決のケースはありません。',
    cardAnswered: '回答済み：{choice}',
    cardAnsweredAlready:
      'この質問には回答済みです（{choice}）。以前のカードのボタンを押しても変更されません。回答を変更する場合は、「確認したら EA でした」のように入力してください。',
  },
};
