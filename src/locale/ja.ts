import type { Catalog } from './catalog';

export const ja: Catalog = {
  languageName: '日本語',
  articleUrl: 'https://learn.microsoft.com/ja-jp/azure/virtual-network/troubleshoot-outbound-smtp-connectivity',
  commands: {
    startOver: ['最初から', 'やり直し', 'やりなおし', '最初からやり直す', 'リセット'],
    help: ['ヘルプ', '使い方', '助けて'],
    cancel: ['キャンセル', '中止', 'やめる', '終了'],
    english: ['英語', '英語で'],
    japanese: ['日本語', '日本語で', 'nihongo'],
    forgetMe: ['データを削除', 'データを消して', '私のデータを削除', '会話を削除', '履歴を削除', '忘れて'],
  },
  welcome:
    'こんにちは。Azure から TCP ポート 25 でメールが送信できない場合のご案内をします。いくつか質問にお答えいただくと、Microsoft の記事のルールに照らして現在の状況 (回答ごとにルール ID を示します) と次に行うことをお伝えします。いつでも「ヘルプ」と入力できます。英語に切り替えるには「English」と入力してください。',
  help:
    '各質問には、ボタン、選択肢の番号、またはご自身の言葉で答えられます。いつでも次のように入力できます。\n- 「最初から」: 新しく診断を始めます\n- 「キャンセル」: この診断をやめます\n- 「English」または「日本語」: 言語を切り替えます\n- 「データを削除」: この会話について保存したデータを削除します\n- 「担当者」: 担当者に引き継ぎます。「ステータス」: 未解決のケースを表示します\n\n適用するルールは Microsoft の記事に基づいています: {url}',
  cancelled: 'キャンセルしました。これ以上の質問はしません。再開するときは何かメッセージを送ってください。',
  startingOver: '最初からやり直します。',
  languageSwitched: '日本語で続けます。',
  notUnderstood: '申し訳ありません、「{text}」を理解できませんでした。選択肢から選んでください (ボタン、番号、または名前)。',
  staleButton: 'そのボタンは前の質問のものです。現在の質問はこちらです。',
  subscriptionWhereToFind:
    '種類は Azure portal で確認できます: [サブスクリプション] → 対象のサブスクリプション → [概要] の「オファー」と「オファー ID」(例: MS-AZR-0017P は Enterprise Agreement、MS-AZR-0148P は Enterprise Dev/Test)。オファー ID をここに入力することもできます。',
  subscriptionIdAccepted:
    'ありがとうございます。{id} は有効なサブスクリプション ID です。このボットでは Azure での照会が構成されていないため、種類を教えてください (オファー ID の入力も可能です)。',
  subscriptionIdMalformed:
    '「{text}」は有効なサブスクリプション ID ではありません。サブスクリプション ID は 16 進数 32 桁を 8-4-4-4-12 に区切った形式です (例: 00000000-0000-0000-0000-000000000000)。確認していただくか、サブスクリプションの種類を選んでください。',
  offerIdUnknown:
    'オファー {offer} だけではサブスクリプションの種類を判断できません (MS-AZR-0017G の Microsoft Azure プランは、エンタープライズ向け MCA の場合とそうでない場合があります)。種類を選んでください。',
  vnetIntegrationHint:
    'Azure portal のアプリ → [ネットワーク] → [送信トラフィックの構成] → [仮想ネットワーク統合] で確認できます。',
  sendChoice: '送信',
  chooseOne: '選択肢から 1 つ選んでください。',
  questions: {
    resource: {
      prompt: 'メールを送信しているのは何ですか?',
      options: {
        virtualMachine: { label: '仮想マシン', synonyms: ['仮想マシン', 'vm', 'バーチャルマシン', 'サーバー'] },
        vmScaleSet: { label: 'VM スケール セット', synonyms: ['スケールセット', 'スケール セット', '仮想マシンスケールセット', '仮想マシン スケール セット'] },
        appService: { label: 'App Service (Web アプリ)', synonyms: ['app service', 'アプリサービス', 'webアプリ', 'web アプリ', 'ウェブアプリ'] },
        functions: { label: 'Azure Functions', synonyms: ['関数アプリ', '関数', 'ファンクション'] },
        appServiceEnvironmentV3: { label: 'App Service Environment v3', synonyms: ['app service 環境', 'ase'] },
        azureFirewall: { label: 'Azure Firewall', synonyms: ['ファイアウォール', 'azure ファイアウォール'] },
        otherPaas: { label: 'その他の Azure サービス', synonyms: ['その他', 'ほか', '他のサービス', 'ロジックアプリ', 'コンテナー アプリ'] },
      },
    },
    vnetIntegration: {
      prompt: 'アプリの送信トラフィックは仮想ネットワーク統合 (VNet 統合) を経由していますか?',
      options: {
        yes: { label: 'はい、VNet 統合経由です', synonyms: ['はい', 'vnet統合', 'vnet 統合', '仮想ネットワーク統合', '経由している'] },
        no: { label: 'いいえ', synonyms: ['いいえ', 'いや', '統合していない', 'していない', 'なし'] },
      },
    },
    subscription: {
      prompt: 'どの種類のサブスクリプションで動いていますか? オファー ID (例: MS-AZR-0017P) の入力や、サブスクリプション ID の貼り付けもできます。',
      options: {
        enterpriseAgreement: { label: 'Enterprise Agreement (EA)', synonyms: ['エンタープライズ契約', 'エンタープライズ アグリーメント', 'エンタープライズアグリーメント', 'ea契約'] },
        mcaEnterprise: { label: 'エンタープライズ向け MCA (MCA-E)', synonyms: ['エンタープライズ向けmca', 'マイクロソフト顧客契約', 'microsoft 顧客契約'] },
        enterpriseDevTest: { label: 'Enterprise Dev/Test', synonyms: ['エンタープライズ開発テスト', '開発テスト', '開発/テスト', 'エンタープライズ dev/test'] },
        payAsYouGo: { label: '従量課金 (Pay-As-You-Go)', synonyms: ['従量課金', '従量課金制', '従量制', 'ペイアズユーゴー', '個人向けmca', '個人の mca', '個人向け mca'] },
        visualStudio: { label: 'Visual Studio / MSDN', synonyms: ['ビジュアルスタジオ', 'ビジュアル スタジオ'] },
        csp: { label: 'CSP (クラウド ソリューション プロバイダー)', synonyms: ['クラウドソリューションプロバイダー', 'クラウド ソリューション プロバイダー'] },
        freeTrial: { label: '無料試用版', synonyms: ['無料試用版', '無料試用', '試用版', '無料アカウント', '無料'] },
        sponsorship: { label: 'スポンサー プラン', synonyms: ['スポンサー', 'スポンサープラン', 'スポンサーシップ'] },
        student: { label: 'Azure for Students', synonyms: ['学生', '学生向け', 'スチューデント'] },
        otherOffer: { label: 'その他の種類', synonyms: ['その他', 'ほか', '別の種類'] },
        unsure: { label: 'わからない', synonyms: ['わからない', '分からない', '不明', 'わかりません', '分かりません', 'どこで確認'] },
      },
    },
    exemptionGranted: {
      prompt: '仮想ネットワークの [診断と解決] → [電子メールを送信できない (SMTP ポート 25)] の診断を実行し、サブスクリプションは除外されましたか? (D1)',
      options: {
        yes: { label: 'はい、除外されました', synonyms: ['はい', '済み', '実行済み', '除外された', '除外済み'] },
        no: { label: 'いいえ、まだです', synonyms: ['いいえ', 'まだ', '未実行', 'していない'] },
        unsure: { label: 'わからない', synonyms: ['わからない', '分からない', '不明', 'わかりません', 'たぶん'] },
      },
    },
    restartedSinceExemption: {
      prompt: 'その後、各 VM を停止 (割り当て解除) してから再起動しましたか? (D2)',
      options: {
        yes: { label: 'はい、すべて', synonyms: ['はい', '済み', '再起動した', '割り当て解除した'] },
        no: { label: 'いいえ', synonyms: ['いいえ', 'まだ', '再起動していない', 'していない'] },
        unsure: { label: 'わからない', synonyms: ['わからない', '分からない', '不明', 'わかりません'] },
      },
    },
    routedDirectlyToInternet: {
      prompt: 'VM のメールはどのようにインターネットへ出ていますか? (D4)',
      options: {
        direct: { label: '直接 (パブリック IP、NAT ゲートウェイ、既定の送信アクセス)', synonyms: ['直接', 'パブリックip', 'パブリック ip', 'natゲートウェイ', 'nat ゲートウェイ'] },
        appliance: { label: 'ファイアウォールやネットワーク アプライアンス経由', synonyms: ['ファイアウォール', 'アプライアンス', 'プロキシ', '経由', '強制トンネリング'] },
        unsure: { label: 'わからない', synonyms: ['わからない', '分からない', '不明', 'わかりません'] },
      },
    },
    delegatedSubnet: {
      prompt: 'このサブスクリプションの仮想ネットワークにある委任されたサブネット (VNet 統合や App Service Environment) から送信していますか? (D3)',
      options: {
        yes: { label: 'はい', synonyms: ['はい', '委任されている', '委任'] },
        no: { label: 'いいえ', synonyms: ['いいえ', 'いや', '委任されていない'] },
        unsure: { label: 'わからない', synonyms: ['わからない', '分からない', '不明', 'わかりません'] },
      },
    },
    formerlyEnterprise: {
      prompt: 'このサブスクリプションは、以前 Enterprise Agreement または MCA-E から種類が変更されたものですか? (C1)',
      options: {
        yes: { label: 'はい、種類が変わりました', synonyms: ['はい', '変更された', '変わった', '移行した'] },
        no: { label: 'いいえ', synonyms: ['いいえ', 'いや', '変わっていない'] },
        unsure: { label: 'わからない', synonyms: ['わからない', '分からない', '不明', 'わかりません'] },
      },
    },
    receivingDomainRejects: {
      prompt: '送信するとどうなりますか? (E2)',
      options: {
        timeout: { label: '接続がタイムアウトする', synonyms: ['タイムアウト', '接続できない', 'つながらない', '繋がらない'] },
        rejected: { label: '受信側サーバーがメールを拒否する', synonyms: ['拒否', '拒否される', 'バウンス', '迷惑メール', '弾かれる', 'はじかれる'] },
        unsure: { label: 'わからない', synonyms: ['わからない', '分からない', '不明', 'わかりません'] },
      },
    },
    solved: {
      prompt: 'これで解決しましたか?',
      options: {
        yes: { label: 'はい、解決しました', synonyms: ['はい', '解決', '解決した', 'ありがとう', '直った'] },
        no: { label: 'いいえ、まだ助けが必要です', synonyms: ['いいえ', 'まだ', '解決していない', '直らない', '助けが必要'] },
      },
    },
  },
  outcome: {
    open: '開放: このケースでは Azure はポート 25 をブロックしていません。',
    exemptable: '除外可能: ここではポート 25 が既定でブロックされていますが、ブロックを解除できます。',
    blocked: 'ブロック: ここでは Azure がポート 25 をブロックしており、サポートでも解除できません。',
    unsupported: '非サポート: このサービスからはポート 25 でメールを送信できません。',
  },
  decidedBy: '判断の根拠: ルール {rules}',
  nextSteps: '次に行うこと:',
  source: '出典: [Azure でのアウトバウンド SMTP 接続に関する問題のトラブルシューティング]({url})',
  solvedThanks: 'お役に立ててよかったです。また必要なときはメッセージを送ってください。',
  escalationIntro:
    'それでは Azure サポートへのお問い合わせが適切です (H1)。次の問題の種類でサポート リクエストを作成し、同じ質問を繰り返さずに済むよう下の概要を貼り付けてください。',
  escalationHowTo: 'Azure portal → [ヘルプとサポート] → [サポート リクエストの作成] → {category}',
  noEscalation:
    'このブロックは Azure サポートでも解除できません ({rules})。ポート 587 の認証済み SMTP リレーが解決策です (R0)。それでも担当者に相談したい場合は、結論から始められるようこの概要をお渡しください。',
  receivingDomainNotAzure:
    '受信側ドメインによる拒否は Azure サポートの対象ではありません (E2)。この概要を添えて、そのドメインの電子メール サービス プロバイダーに連絡してください。',
  summary: {
    title: 'ケースの概要',
    resource: '送信元',
    subscription: 'サブスクリプションの種類',
    subscriptionId: 'サブスクリプション ID',
    notAsked: '不要 (S4)',
    toldByUser: 'お客様の申告',
    notVerified: 'Azure で未確認',
    facts: '回答',
    verdict: '判定',
    category: '問題の種類',
  },
  factLabels: {
    exemptionGranted: '除外の診断を実行済み (D1)',
    restartedSinceExemption: 'その後 VM を割り当て解除して再起動 (D2)',
    routedDirectlyToInternet: 'インターネットへ直接ルーティング (D4)',
    delegatedSubnet: '委任されたサブネット (D3)',
    formerlyEnterprise: 'EA / MCA-E から種類を変更 (C1)',
    receivingDomainRejects: '受信側サーバーがメールを拒否 (E2)',
  },
  values: { yes: 'はい', no: 'いいえ', unsure: 'わからない' },
  anythingElse: '別のケースを診断するには「最初から」と入力してください。',
  errorApology: '申し訳ありません、こちらで問題が発生したため会話をリセットしました。何かメッセージを送ると最初から始めます。(サポート用の参照番号: {ref})',
  azure: {
    signInOption: {
      label: 'サインインしてサブスクリプションを選ぶ',
      synonyms: ['サインイン', 'ログイン', 'サブスクリプションを選ぶ', 'azure で確認', '照会'],
    },
    signInPrompt: 'Azure portal で使っているアカウントでサインインしてください。お客様として、お客様のアカウントで読み取れる範囲だけを読み取ります。',
    signInButton: 'サインイン',
    signInFailed: 'サインインが完了しなかったため、Azure からサブスクリプションを読み取れませんでした。種類を教えてください。',
    pickPrompt: 'メールを送信しているのはどのサブスクリプションですか? 選ぶか、サブスクリプション ID を貼り付けてください。',
    pickNotUnderstood: '申し訳ありません、「{text}」はお客様のサブスクリプションのいずれでもありません。番号か名前で選ぶか、サブスクリプション ID を貼り付けてください。',
    noSubscriptions: 'お客様のアカウントで読み取れるサブスクリプションがないため、種類を確認できませんでした。種類を教えてください。',
    verified: 'このサブスクリプション ({name}、{id}) は {kinds} です (クォータ ID {quotaId})。',
    verifiedUnknown:
      'サブスクリプション ({name}、{id}) は見つかりましたが、クォータ ID {quotaId} からは種類を判断できません。種類を選んでください。',
    billingRead: '課金アカウントは {agreement} ({account}) です。',
    separatePrompt: 'Azure のデータだけでは適用されるルールを 1 つに絞れません。どちらですか?',
    individualMcaHint:
      '個人がオンラインで申し込んだ Microsoft 顧客契約の Microsoft Azure プランは、ここでは従量課金として扱います。組織が Microsoft と締結したものはエンタープライズ向け MCA です。',
    notFoundOrForbidden:
      'お客様のアカウントではサブスクリプション {id} を読み取れませんでした。存在しないか、お客様のアカウントにアクセス権がありません。ID を確認するか、種類を教えてください。',
    unavailable:
      '現在 Azure でサブスクリプションを確認できませんでした。これまでの回答は失われていません。種類を教えてください。',
    states: {
      Disabled: '注意: このサブスクリプションは無効です。無効なサブスクリプションはポートに関係なく何も送信しません。まず有効にしてください。',
      PastDue: '注意: このサブスクリプションは支払い期限を過ぎています。支払いを済ませないと無効にされ、何も送信できなくなることがあります。',
      Warned: '注意: このサブスクリプションは警告状態で、まもなく無効にされる可能性があります。無効になるとポートに関係なく何も送信しません。',
      Deleted: '注意: このサブスクリプションは削除されています。ポートに関係なく何も送信しません。',
    },
    or: ' または ',
    summaryVerified: 'Azure で確認済み',
    summaryAzureSaid: 'Azure: {kinds}、クォータ ID {quotaId}',
    summaryQuotaId: 'クォータ ID',
    summarySpendingLimit: '使用制限 (spendingLimit)',
    summaryBilling: '課金',
    summaryState: '状態',
  },
  forgotten: 'この会話について保存していたデータを削除しました。何かメッセージを送ると新しく診断を始めます。',
  sendAgain: '申し訳ありません、複数のメッセージが同時に届いたため、このメッセージを受け付けられませんでした。もう一度送信してください。',
  storageUnavailable:
    '申し訳ありません、現在データの保存先に接続できないため、このメッセージを受け付けられませんでした。これまでの回答は保持されています。しばらくしてからもう一度送信してください。(サポート用の参照番号: {ref})',
  handoff: {
    commands: {
      human: ['担当者', 'オペレーター', 'オペレータ', '担当者と話したい', '人と話したい', 'サポート担当者', '有人対応'],
      status: ['ステータス', '状況', 'ケースの状況', '進捗'],
    },
    askDescription:
      'この件をサポート エンジニアに引き継ぎます。上の概要も一緒に渡すので、同じ質問を繰り返されることはありません。よろしければ、状況をご自身の言葉で書いてください (試したこと、エラー メッセージなど)。不要なら「スキップ」を選んでください。',
    skip: { label: 'スキップ', synonyms: ['スキップ', 'なし', '特になし', '追加なし'] },
    yes: { label: 'はい、送信します', synonyms: ['はい', '送信', '送信する', 'お願いします', 'ok'] },
    no: { label: 'いいえ、送信しません', synonyms: ['いいえ', '送信しない', 'やめる', 'やめます'] },
    confirm: '説明: {description}\n\nこのケースをサポートに送信しますか?',
    noDescription: '(なし)',
    identityNote: 'エンジニアがチャットで連絡できるよう、お客様の Teams の ID をケースに含めます。',
    confirmNotUnderstood: '「はい」か「いいえ」でお答えください。このケースをサポートに送信しますか?',
    notAnsweredYet: 'まだ回答していません',
    noVerdictYet: 'まだ出ていません (最後の質問の前に担当者を希望されました)',
    cannotLift:
      'ご注意: このブロックは Azure サポートでも解除できません ({rules})。エンジニアはこの回答から対応を始めます。解決策はポート 587 の認証付き SMTP リレーです (R0)。',
    descriptionLabel: '説明',
    created: 'ケース番号は **{number}** です。「ステータス」と入力すると、いつでも未解決のケースを確認できます。',
    openNow: 'サポートの対応時間は {days} の {hours} ({zone}) で、現在対応中です。まもなくエンジニアが担当します。ケースに動きがあればここでお知らせします。',
    closedNow:
      'サポートの対応時間は {days} の {hours} ({zone}) で、現在は時間外です。{when} ({zone}) 以降にご連絡します。ケースに動きがあればここでお知らせします。',
    deliveryPending:
      'ケースは保存しましたが、まだサポート チームに届いていません。送信を続けているので、時間がかかってもケースが失われることはありません。',
    noDestination:
      'このボットにはまだサポート チームが接続されていないため、ここからケースを受け取る担当者はいません。Azure portal の [ヘルプとサポート] → [サポート リクエストの作成] で、カテゴリ {category} を選び、ケース番号 {number} と上の概要を記載してください。',
    notSent: '送信しませんでした。担当者と話したいときは「担当者」と入力してください。',
    saveFailed:
      '申し訳ありません、現在ケースを保存できなかったため、送信していません。回答は保持されています。少し時間をおいてもう一度「担当者」と入力してください。',
    statusNone: '未解決のケースはありません。',
    statusTitle: '未解決のケース:',
    statusLine: '{number}: {status} ({when} に作成)',
    statusNames: { open: 'エンジニアの対応待ち', assigned: '担当者が決まりました', resolved: '解決済み', reopened: '再オープン' },
    card: {
      title: 'ケース {number}: ポート 25 でメールを送信できない',
      status: '状態',
      assignee: '担当者',
      unassigned: '未割り当て',
      opened: '作成日時',
      rating: '満足度',
      actions: { assign: '自分に割り当て', resolve: '解決', reopen: '再オープン', chat: '依頼者とチャット' },
    },
    thread: { assigned: '{name} に割り当てました。', resolved: '{name} が解決しました。', reopened: '{name} が再オープンしました。', rated: '依頼者の評価: {rating}/5' },
    notify: {
      assigned: 'ケース {number} の担当者は {name} です。担当者からご連絡します。',
      resolved: 'ケース {number} は {name} が解決しました。対応の満足度を 1 (不満) から 5 (満足) で選んでください。',
      reopened: 'ケース {number} は {name} が再オープンしました。',
    },
    ratingThanks: '評価をありがとうございました。',
    staleRating: 'ケース {number} は現在「{status}」のため、まだ評価できません。解決したら改めてお伺いします。',
    staleAction: 'ケース {number} は現在「{status}」のため、このボタンは使えません。カードに現在の状態を表示しています。',
    registerChannelWords: ['サポート チャネルとして登録', 'サポートチャネルとして登録', 'サポート チャネルに登録'],
    channelRegistered: 'このチャネルでサポート ケースを受け付けます。ケースごとにカードを投稿し、割り当て・解決・再オープンができます。',
    registerRefused: 'サポート チャネルを登録できるのは、SUPPORT_ADMINS 設定に含まれるサポート管理者だけです (Teams のチャネル内でのみ)。',
    requester: {
      alreadyOpen:
        '対応中のケース {number} (「{status}」) があるため、新しいケースは作成していません。このケースについてサポート チームからご連絡します。「状況」と入力するといつでも確認できます。',
      alreadyRated: 'ケース {number} はすでに評価済みです。ありがとうございます。評価は解決ごとに 1 回です。',
      forgetDeleted:
        'ケース {numbers} も削除しました (回答、説明、連絡先)。サポート チームのチャネルに投稿済みのカードは残ります。削除を希望する場合はチームにお伝えください。',
      forgetKept:
        'ケース {numbers} はすでにサポート エンジニアが対応しているため、解決するまで保持します: ケース番号、回答と説明、ここでの連絡先 (Teams ではサインイン名も)。エンジニアが対応するために必要だからです。解決後にもう一度「忘れて」と入力すると削除します。サポート チームのチャネルに投稿済みのカードはチームが管理しています。削除を希望する場合はチームにお伝えください。',
    },
    protocol: {
      initiated: 'ケース {number} をサポート担当者に引き継ぎます。担当者がこの会話に参加します。このままここに入力できます。',
      accepted: 'サポート担当者がケース {number} を引き受けました。ここで回答します。',
      completed: 'サポート担当者がケース {number} の会話を終了しました。対応の満足度を 1 (不満) から 5 (満足) で選んでください。',
      failedToTeam: '現在ケース {number} を引き受けられる担当者がいないため、サポート チームに引き継ぎました。チームからご連絡します。動きがあればここでお知らせします。',
      failedToPortal:
        '現在ケース {number} を引き受けられる担当者がいません。Azure portal の [ヘルプとサポート] → [サポート リクエストの作成] で、カテゴリ {category} を選び、ケース番号 {number} を記載してください。',
    },
    ticket: {
      offer:
        'お客様の名前で Azure のサポート チケットを作成することもできます (Professional Direct、Premier、Unified のいずれかのサポート プランと、サポート リクエスト共同作成者ロールが必要です)。重要度を選んでください。不要なら「チケット不要」を選んでください。',
      severity: {
        minimal: { label: '最小 (C)', synonyms: ['最小', 'c', '低'] },
        moderate: { label: '中 (B)', synonyms: ['中', 'b', '普通'] },
        critical: { label: '重大 (A)', synonyms: ['重大', 'a', '高', '緊急'] },
      },
      no: { label: 'チケット不要', synonyms: ['いいえ', '不要', 'チケット不要', 'スキップ'] },
      contactPrompt:
        'サポートからの連絡先を入力してください。姓、名、メール アドレスの順に、日本以外の場合は国の 3 文字コードも付けてください (例: 山田 太郎 taro@contoso.com)。',
      contactNotUnderstood: '姓、名、メール アドレスが必要です。例: 山田 太郎 taro@contoso.com',
      confirm:
        'チケットの内容: 「{title}」、重要度 {severity}、連絡先 {name} <{email}>、国 {country}、タイム ゾーン {timeZone}、連絡方法はメール。このチケットのために、Microsoft サポートがお客様の Azure リソースから診断情報を収集することを許可しますか?',
      withDiagnostics: { label: '作成する (診断情報を許可)', synonyms: ['はい', '許可', '作成する'] },
      withoutDiagnostics: { label: '作成する (診断情報なし)', synonyms: ['診断なし', '許可しない'] },
      cancel: { label: '作成しない', synonyms: ['キャンセル', '作成しない', 'いいえ'] },
      notUnderstood: '選択肢から選んでください。',
      title: 'ポート 25 でメールを送信できない (ケース {number})',
      created: 'Azure のサポート チケットを作成しました: {id}。Microsoft サポートからメールでご連絡します。',
      exists: 'このケースの Azure サポート チケットは作成済みです ({id})。2 件目は作成していません。',
      portal:
        'チケットを作成できませんでした ({reason})。Azure portal の [ヘルプとサポート] → [サポート リクエストの作成] で、カテゴリ {category} を選び、ケース番号 {number} を記載して作成してください。',
      reasons: {
        refused: 'Azure に拒否されました。Professional Direct、Premier、Unified のいずれかのサポート プランと、サポート リクエスト共同作成者ロールが必要です',
        classificationNotFound: 'Azure にこの名前のカテゴリが見つかりません',
        unavailable: 'Azure から時間内に応答がありませんでした',
        noSubscription: 'サブスクリプション ID がわかりません',
        notSignedIn: 'サインインされませんでした',
      },
      notOpened: 'チケットは作成していません。',
    },
  },
};
