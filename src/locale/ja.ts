import type { Catalog } from './catalog';
import { CULTURES } from './culture';

export const ja = {
  culture: CULTURES.ja,
  languageName: '日本語',
  articleUrl: 'https://learn.microsoft.com/ja-jp/azure/virtual-network/troubleshoot-outbound-smtp-connectivity',
  welcome:
    'こんにちは。Azure から TCP ポート 25 でメールを送信できない場合のご相談を承ります。いくつかの質問にお答えいただくと、Microsoft の記事のルールに照らして現在の状況と次に行うことをご案内します (回答ごとに根拠のルール ID を示します)。いつでも「ヘルプ」と入力できます。英語に切り替えるには「English」と入力してください。',
  help: '各質問には、ボタン、選択肢の番号、またはご自身の言葉で答えられます。いつでも次のように入力できます。\n- 「最初から」: 新しく診断を始めます\n- 「キャンセル」: この診断をやめます\n- 「English」または「日本語」: 言語を切り替えます\n- 「データを削除」: この会話について保存したデータを削除します\n- 「担当者」: 担当者に引き継ぎます。「ステータス」: 未解決のケースを表示します\n\n適用するルールは Microsoft の記事に基づいています: {url}',
  cancelled: 'キャンセルしました。これ以上の質問はしません。再開するときは、何かメッセージを送信してください。',
  startingOver: '最初からやり直します。',
  languageSwitched: '日本語で続けます。',
  notUnderstood: '申し訳ありません。「{text}」を理解できませんでした。選択肢から選んでください (ボタン、番号、または選択肢の名前)。',
  staleButton: 'そのボタンは前の質問のものです。現在の質問はこちらです。',
  subscriptionIdAccepted:
    'サブスクリプション ID「{id}」を確認しました。このボットでは Azure への照会が構成されていないため、サブスクリプションの種類を選んでください (オファー ID も入力できます)。',
  subscriptionIdMalformed:
    '「{text}」は有効なサブスクリプション ID ではありません。サブスクリプション ID は 16 進数 32 桁を 8-4-4-4-12 に区切った形式です (例: 00000000-0000-0000-0000-000000000000)。確認していただくか、サブスクリプションの種類を選んでください。',
  offerIdUnknown:
    'オファー「{offer}」だけでは、サブスクリプションの種類を判断できません (MS-AZR-0017G の Microsoft Azure プランには、企業向け MCA (MCA-E) の場合とそうでない場合があります)。種類を選んでください。',
  vnetIntegrationHint: 'Azure portal のアプリ → [ネットワーク] → [送信トラフィックの構成] → [仮想ネットワーク統合] で確認できます。',
  sendChoice: '送信',
  chooseOne: '選択肢から 1 つ選んでください。',
  talk: {
    languageFollowed: '日本語で書かれていたので、ここから日本語でお答えします。',
    goodbye:
      'ご利用ありがとうございました。お伺いした内容は保存されています。戻られたら「ステータス」でケースの状況を、「担当者」で担当者への引き継ぎをご利用いただけます。',
    whateverTheAnswers:
      'すべてを確認していただく必要はありません。未確認の点がどうであっても当てはまる内容を、次にご案内します。未確認の点によって変わる手順には、その条件を記載しています。',
    continuing: '前回の続きから進めます。お伺いした内容はそのまま残っています。別の件を相談する場合は「最初から」と入力してください。',
    youAreWelcome: 'どういたしまして。',
    movingOn: '同じ質問を 3 度はお聞きしません。この点は未確認のまま、先に進みます。',
    supposedOnly:
      '仮定のご質問として承り、事実としては記録していません。判定をご案内した後にもう一度お尋ねいただければ、結果がどう変わるかをお答えします。',
    personOffer: 'お答えしにくい場合は「担当者」と入力してください。これまでの内容を添えて担当者に引き継ぎます。',
    lookupNotConfigured: 'このボットでは Azure でのサブスクリプション照会が構成されていません。種類を教えてください。',
    consumptionPlan: {
      prompt:
        '「従量課金プラン」は、サブスクリプションの種類の従量課金制 (Pay-As-You-Go) と、Azure Functions のホスティング プランである従量課金プランのどちらの意味にもなります。Azure Functions の従量課金プランでは仮想ネットワーク統合を使用できないため、ポート 25 でメールを送信することはサポートされていません (S4)。どちらの意味ですか？',
      subscription: 'サブスクリプションの種類 (従量課金制)',
      functions: 'Azure Functions の従量課金プラン',
    },
    companyContract:
      '会社として Microsoft と契約している場合でも、それだけではサブスクリプションの種類はわかりません。会社でも Enterprise Agreement、企業向け MCA (MCA-E)、CSP、請求書払いの従量課金制、Dev/Test などのサブスクリプションを利用でき、種類によってルールが異なります。正確な種類は、Azure portal のサブスクリプションの [概要] にある [オファー ID] で確認できます。',
    understood: '承知しました。お伺いした内容は「{facts}」です。',
    changed: '{fact}を「{from}」から「{to}」に変更しました。',
    confirmGuess: '「{facts}」ということでよろしいですか？',
    confirmYes: 'はい、進めてください',
    confirmNo: 'いいえ、違います',
    didYouMean: 'もしかして、{options}のことですか？',
    notUnderstoodShort: '申し訳ありません。「{text}」を理解できませんでした。',
    showAll: 'すべての選択肢を表示',
    relayReminder:
      '判定にかかわらず、ポート 587 の認証済み SMTP リレー サービスは、どの種類のサブスクリプションでも利用できます (前述のとおり)。',
    verdictAgain: 'いただいた内容で判定し直しました。',
    possibilities: {
      steps: '手順をご案内します。まだお伺いしていない点によって当てはまる手順が変わるため、考えられる場合ごとに記載します。',
      unsure: '承知しました。考えられる場合ごとの結果は次のとおりです。',
      whenResource: '送信元が{resource}の場合は、次のとおりです。',
      whenSubscription: 'サブスクリプションが{subscription}の場合は、次のとおりです。',
      whenBoth: '送信元が{resource}で、サブスクリプションが{subscription}の場合は、次のとおりです。',
      resources: {
        vm: '仮想マシンまたは VM スケール セット',
        firewall: 'Azure Firewall',
        vnetPaas: '仮想ネットワーク統合を使用する App Service / Azure Functions、または App Service Environment v3',
        otherPaas: 'それ以外の Azure サービス',
      },
      vnetIntegration: { yes: '仮想ネットワーク統合を使用するアプリ', no: '仮想ネットワーク統合を使用しないアプリ' },
      subscriptionGroups: {
        enterprise: 'Enterprise Agreement または企業向け MCA (MCA-E)',
        enterpriseDevTest: 'Enterprise Dev/Test',
        other: 'それ以外の種類 (従量課金制、Visual Studio、CSP、無料試用版など)',
      },
      separatedBy: { mcaKind: '課金アカウントの種類を{kind}とする Microsoft 顧客契約', devTestKind: '{kind}' },
      always: 'どの場合にも当てはまる内容は、次のとおりです。',
      stepsOnceKnown: '手順はそれぞれ異なります。メールを送信しているリソースを教えていただければ、当てはまる手順をご案内します。',
      relay: 'どの場合でも、ポート 587 の認証済み SMTP リレー サービスは、どの種類のサブスクリプションでも利用できます (R0)。',
    },
    whatIf: {
      intro: '仮に{facts}とした場合の結果は次のとおりです (仮定としてのご案内で、お伺いした内容は変更していません)。',
      kept: 'お客様のケースは、お伺いした内容（{facts}）のまま変わりません。',
    },
    conditions: {
      exemptionGranted: {
        yes: 'サブスクリプションが既に除外されている場合は、次のとおりです。{step}',
        no: 'サブスクリプションがまだ除外されていない場合は、次のとおりです。{step}',
      },
      restartedSinceExemption: {
        yes: '除外の後に VM の停止 (割り当て解除) と開始を行った場合は、次のとおりです。{step}',
        no: '除外の後に VM の停止 (割り当て解除) と開始をまだ行っていない場合は、次のとおりです。{step}',
      },
      routedDirectlyToInternet: {
        yes: 'メールがインターネットに直接送信される場合は、次のとおりです。{step}',
        no: 'メールがファイアウォールやアプライアンスなど別のホップを経由する場合は、次のとおりです。{step}',
      },
      delegatedSubnet: {
        yes: '{step}',
        no: 'このサブスクリプションの仮想ネットワークに委任されたサブネットがない場合は、次のとおりです。{step}',
      },
      temporarySubnetDone: {
        yes: '除外の後に一時サブネットの追加と削除を既に行った場合は、次のとおりです。{step}',
        no: '{step}',
      },
      formerlyEnterprise: {
        yes: 'このサブスクリプションが Enterprise Agreement または MCA-E から別の種類に変更されたものである場合、種類の変更後にデプロイを変更すると、送信 SMTP がブロックされることがあります。再デプロイまで送信できていたメールが送信できなくなった場合は、これが原因の可能性があります。',
        no: '{step}',
      },
      receivingDomainRejects: {
        yes: '{step}',
        no: '受信側のサーバーから応答がなく、接続がタイムアウトする場合や拒否される場合は、次のとおりです。{step}',
      },
    },
    unsure: {
      resource:
        '適用されるルールは送信元によって異なります。仮想マシンと VM スケール セット (当方の解釈では AKS のノード プールも含みます) は S1、仮想ネットワーク統合を使用する App Service / Azure Functions と App Service Environment v3 は S2、Azure Firewall は S3 です。それ以外のサービスからポート 25 でメールを送信することはサポートされていません (S4)。送信しているプログラムが、サインインして使うサーバー上で動いている場合は、仮想マシンの可能性が高いです。',
      vnetIntegration:
        '仮想ネットワーク統合を使用している場合は、サブスクリプションの種類によるルールが適用されます (S2)。使用していない場合、App Service と Azure Functions からポート 25 でメールを送信することはサポートされていません (S4)。Azure portal のアプリ → [ネットワーク] → [送信トラフィックの構成] → [仮想ネットワーク統合] で確認できます。',
      subscription:
        '種類は、Azure portal の [サブスクリプション] → 対象のサブスクリプション → [概要] にある [オファー ID] で確認できます (MS-AZR-0017P は Enterprise Agreement、MS-AZR-0148P は Enterprise Dev/Test)。オファー ID をここに入力することもできます。',
      mcaKind:
        '[課金アカウントの種類] で区別できます。Enterprise の場合は企業向け MCA で、ポート 25 はブロックされません (E1)。Individual または Business の場合は従量課金制と同じ扱いで、ブロックされます (O1)。Azure portal の [コスト管理と請求] → [プロパティ] で確認できます。',
      devTestKind:
        'Enterprise Dev/Test のオファー ID は MS-AZR-0148P で、ブロックを解除できます (D1)。従量課金制の Dev/Test のオファー ID は MS-AZR-0023P で、ブロックされたままです (O1)。オファー ID は、Azure portal のサブスクリプションの [概要] に表示されます。',
      solved:
        'まだ手順をお試しでない場合は、お試しのうえで結果をお知らせください。「いいえ」とお答えいただいた場合は、次のご案内に進みます。',
      exemptionGranted:
        '承知しました。この点は未確認のまま、どちらの場合の手順もご案内します。サブスクリプションがまだ除外されていない場合は、まず診断を実行してください (D1)。除外された後は、VM の停止 (割り当て解除) と開始 (D2) を行い、委任されたサブネットがある仮想ネットワークには一時サブネットを追加して削除します (D3)。診断は、仮想ネットワークの [診断と解決] → [電子メールを送信できない (SMTP ポート 25)] にあります。',
      restartedSinceExemption:
        '承知しました。この点は未確認のまま進めます。除外の後に VM の停止 (割り当て解除) と開始を行っていない場合は、これから行う必要があります。OS 内からの再起動は対象外です (D2)。行った場合は、D2 は完了しています。各 VM のアクティビティ ログで、最後の割り当て解除と開始を確認できます。',
      delegatedSubnet:
        '承知しました。この点は未確認のまま進めます。このサブスクリプションの仮想ネットワークに委任されたサブネット (App Service Environment、VNet 統合など) がある場合は、除外の後に一時サブネットを追加して削除します (D3)。ない場合は、D3 で行うことはありません。各仮想ネットワークの [サブネット] の [委任先] 列で確認できます。',
      temporarySubnetDone:
        '承知しました。この点は未確認のまま進めます。除外の後に一時サブネットの追加と削除を行っていない場合は、これから行う必要があります (D3)。行った場合は、D3 は完了しています。',
      routedDirectlyToInternet:
        '承知しました。この点は未確認のまま進めます。メールがインターネットに直接送信される場合は、除外の対象です (D4)。ファイアウォールやネットワーク仮想アプライアンスを経由する場合は、記事の記述に従うと対象外です (D4、当方の解釈)。Network Watcher の [次ホップ] や、VM のサブネットのルート テーブルで確認できます。',
      receivingDomainRejects:
        '承知しました。この点は未確認のまま進めます。接続がタイムアウトする場合や応答なしで拒否される場合は、ポート 25 のブロックによる典型的な症状で、サブスクリプションの種類によるルールが適用されます。受信側のサーバーが応答したうえでメールを拒否した場合 (5xx のコードや NDR) は、ポート 25 は開いており、その外部ドメインのメール プロバイダーにお問い合わせください (E2)。',
    },
    unsureAgain:
      'Azure の請求を管理している方か、アカウント管理者の方にご確認ください。確認できるまでの間に、これまでの内容を添えて担当者に引き継ぐこともできます。「担当者」と入力するか、確認できたらお知らせください。',
    noTeam: {
      help: '各質問には、ボタン、選択肢の番号、またはご自身の言葉で答えられます。いつでも次のように入力できます。\n- 「最初から」: 新しく診断を始めます\n- 「キャンセル」: この診断をやめます\n- 「English」または「日本語」: 言語を切り替えます\n- 「データを削除」: この会話について保存したデータを削除します\n- 「担当者」: ケースの概要と問い合わせ先をご案内します (このボットにはサポート チームが接続されていません)。「ステータス」: 保存したケースを表示します\n\n適用するルールは Microsoft の記事に基づいています: {url}',
      goodbye:
        'ご利用ありがとうございました。お伺いした内容は保存されています。戻られたら「ステータス」でケースの状況を、「担当者」でケースの概要と問い合わせ先をご確認いただけます。',
      personOffer: 'お答えしにくい場合は「担当者」と入力してください。これまでの内容でケースの概要を作成し、問い合わせ先をご案内します。',
      unsureAgain:
        'Azure の請求を管理している方か、アカウント管理者の方にご確認ください。確認できるまでの間は、「担当者」と入力すると、これまでの内容でケースの概要を作成し、問い合わせ先をご案内します。確認できたらお知らせください。',
    },
    unsureSignIn: 'サインインしていただければ、お客様の権限で Azure から種類を読み取ることもできます。',
    topics: {
      whyBlocked:
        '記事では、ポート 25 をブロックする目的を、Microsoft のパートナーと顧客のセキュリティの強化、Microsoft の Azure プラットフォームの保護、業界標準への準拠としています (O1)。Enterprise Agreement と企業向け MCA (MCA-E) はブロックされません (E1)。IP の評価は、ブロックの理由ではなく、認証済み SMTP リレー サービスを使う理由として記事に書かれています (R0)。',
      relay:
        '認証済み SMTP リレー サービスは、アプリがサインインして使うメール サービスで、通常はポート 587 で接続します。このような接続は、どの種類のサブスクリプションでも Azure で制限されていません (R0)。アプリはユーザー名とパスワード (またはトークン) でプロバイダーの SMTP ホストに接続し、プロバイダーがメールを配信します。以下は記事の内容ではない一般的な情報です。Azure Communication Services Email は、既にご利用の場合に使えます (新規の受け付けは 2026 年 10 月 23 日に終了します)。それ以外の場合は、Exchange Online / Microsoft 365 の SMTP 送信や、Microsoft Marketplace のメール配信サービスがあります。',
      exchangeOnline:
        '記事の内容ではない一般的な情報です。Exchange Online は、smtp.office365.com のポート 587 で SMTP AUTH を使ってメールを受け付けます。これは記事が推奨する認証済み SMTP リレー サービスに当たります (R0)。既存のテナントでは 2026 年 12 月末に SMTP AUTH の基本認証が既定で無効になるため、アプリは OAuth で構成してください (メッセージ センター MC786329)。',
      supportUnblock:
        'ポート 25 のブロックそのものを Azure サポートが解除するわけではありません。Enterprise Agreement と企業向け MCA (MCA-E) には解除するブロックがなく (E1)、Enterprise Dev/Test は Azure portal の診断でブロックを解除できます (D1)。それ以外の種類については記事に除外の記載がなく、Azure のポート 25 の診断も除外を承認できないと回答します (O1)。ポート 587 の認証済み SMTP リレー サービスをご利用ください (R0)。Enterprise Agreement または MCA-E (当方の解釈では Enterprise Dev/Test も含みます) で、これらの手順の後も助けが必要な場合は、サポート リクエストを作成できます (H1)。',
      reboot:
        '記事の「再起動」は、VM を停止して割り当てを解除した後に、もう一度起動することを指します。OS 内からの再起動や Azure portal の [再起動] では割り当ては解除されないため、D2 の手順にはなりません。除外の後、Azure portal の [停止] で各 VM を停止し、状態が [停止済み (割り当て解除)] になってから [開始] してください。AKS の場合は、ノード プールまたはクラスターを停止してから開始してください (D2)。',
      otherPorts:
        '記事で制限されているのは送信ポート 25 だけです。ポート 587 での認証済み SMTP リレー サービスへの接続は、どの種類のサブスクリプションでも制限されていないため、記事ではこのリレー サービスの利用を推奨しています (R0)。',
    },
    factNames: {
      resource: '送信元',
      vnetIntegration: 'VNet 統合',
      subscription: 'サブスクリプションの種類',
      subscriptionId: 'サブスクリプション ID',
      exemptionGranted: '除外の診断を実行済み (D1)',
      restartedSinceExemption: 'その後 VM を割り当て解除して開始済み (D2)',
      routedDirectlyToInternet: 'メールをインターネットへ直接送信 (D4)',
      delegatedSubnet: '委任されたサブネット (D3)',
      temporarySubnetDone: '一時サブネットの追加と削除 (D3)',
      formerlyEnterprise: 'EA / 企業向け MCA から種類を変更 (C1)',
      receivingDomainRejects: '受信側サーバーがメールを拒否 (E2)',
      solved: '解決',
    },
    plainKinds: { mca: 'Microsoft 顧客契約 (種類を確認します)', devTest: 'Dev/Test のオファー (種類を確認します)' },
  },
  questions: {
    resource: {
      prompt: 'メールを送信しているリソースはどれですか？',
      options: {
        virtualMachine: { label: '仮想マシン' },
        vmScaleSet: { label: 'VM スケール セット' },
        appService: { label: 'App Service (Web アプリ)' },
        functions: { label: 'Azure Functions' },
        appServiceEnvironmentV3: { label: 'App Service Environment v3' },
        azureFirewall: { label: 'Azure Firewall' },
        otherPaas: { label: 'その他の Azure サービス' },
      },
    },
    vnetIntegration: {
      prompt: 'アプリの送信トラフィックは、仮想ネットワーク統合 (VNet 統合) を経由していますか？',
      options: {
        yes: { label: 'はい、VNet 統合を経由しています' },
        no: { label: 'いいえ' },
      },
    },
    subscription: {
      prompt:
        'メールを送信しているリソースは、どの種類のサブスクリプションにデプロイされていますか？オファー ID (例: MS-AZR-0017P) を入力したり、サブスクリプション ID を貼り付けたりすることもできます。',
      options: {
        enterpriseAgreement: { label: 'Standard Enterprise Agreement (EA、MS-AZR-0017P)' },
        mcaEnterprise: { label: '企業向け MCA (MCA-E)' },
        enterpriseDevTest: { label: 'Enterprise Dev/Test' },
        payAsYouGo: { label: '従量課金制 (Pay-As-You-Go)' },
        visualStudio: { label: 'Visual Studio / MSDN' },
        csp: { label: 'CSP (クラウド ソリューション プロバイダー)' },
        freeTrial: { label: '無料試用版' },
        sponsorship: { label: 'スポンサー プラン' },
        student: { label: 'Azure for Students' },
        otherOffer: { label: 'その他の種類' },
        unsure: { label: 'わからない' },
      },
    },
    mcaKind: {
      prompt:
        'Microsoft 顧客契約 (MCA) には、企業向け MCA (MCA-E: ポート 25 はブロックされません、E1) と、それ以外の MCA (ここでは従量課金制と同じ扱いで、ブロックされます、O1) があります。契約したのが組織かどうかでは区別できません。Azure portal の [コスト管理と請求] → [プロパティ] にある [課金アカウントの種類] で区別できます。表示されている種類を選んでください。',
      options: {
        mcaEnterprise: { label: 'Enterprise (企業向け MCA)' },
        payAsYouGo: { label: 'Individual または Business' },
        unsure: { label: 'わからない' },
      },
    },
    devTestKind: {
      prompt:
        'Dev/Test のオファーには 2 種類あります。Enterprise Agreement の下の Enterprise Dev/Test (MS-AZR-0148P) はブロックを解除できます (D1)。従量課金制の Dev/Test (MS-AZR-0023P) はブロックされます (O1)。どちらですか？',
      options: {
        enterpriseDevTest: { label: 'Enterprise Dev/Test (0148P)' },
        payAsYouGo: { label: '従量課金制の Dev/Test (0023P)' },
        unsure: { label: 'わからない' },
      },
    },
    exemptionGranted: {
      prompt:
        '仮想ネットワーク リソースの [診断と解決] → [電子メールを送信できない (SMTP ポート 25)] で診断を実行し、サブスクリプションが除外されましたか？(D1)',
      options: {
        yes: { label: 'はい、除外されました' },
        no: { label: 'いいえ、まだです' },
        unsure: { label: 'わからない' },
      },
    },
    restartedSinceExemption: {
      prompt:
        '除外の後、各 VM を Azure portal の [停止] で割り当て解除してから [開始] しましたか？OS 内からの再起動や [再起動] ボタンでは、割り当ては解除されません (D2)。',
      options: {
        yes: { label: 'はい、すべて' },
        no: { label: 'いいえ' },
        unsure: { label: 'わからない' },
      },
    },
    routedDirectlyToInternet: {
      prompt: 'VM から送信するメールは、どの経路でインターネットに出ていきますか？(D4)',
      options: {
        direct: { label: '直接 (パブリック IP、NAT ゲートウェイ、既定の送信アクセス)' },
        appliance: { label: 'ファイアウォールやネットワーク アプライアンス経由' },
        unsure: { label: 'わからない' },
      },
    },
    temporarySubnetDone: {
      prompt: '除外の後、委任されたサブネットがある仮想ネットワークに新しい一時サブネットを追加し、その後削除しましたか？(D3)',
      options: {
        yes: { label: 'はい、追加して削除しました' },
        no: { label: 'いいえ、まだです' },
        unsure: { label: 'わからない' },
      },
    },
    delegatedSubnet: {
      prompt:
        'VM が接続している仮想ネットワークを含め、サブスクリプションのいずれかの仮想ネットワークに、委任されたサブネット (App Service Environment や仮想ネットワーク統合などのサービスに委任されたサブネット) がありますか？(D3)',
      options: {
        yes: { label: 'はい' },
        no: { label: 'いいえ' },
        unsure: { label: 'わからない' },
      },
    },
    receivingDomainRejects: {
      prompt: 'メールを送信すると、どうなりますか？(E2)',
      options: {
        timeout: { label: '接続がタイムアウトする' },
        rejected: { label: '受信側サーバーがメールを拒否する' },
        unsure: { label: 'わからない' },
      },
    },
    solved: {
      prompt: 'これで解決しましたか？',
      options: {
        yes: { label: 'はい、解決しました' },
        no: { label: 'いいえ、まだ助けが必要です' },
      },
    },
  },
  outcome: {
    open: 'ブロックなし: このケースでは、Azure はポート 25 をブロックしていません。',
    exemptable: '除外可能: ポート 25 は既定でブロックされていますが、このブロックは解除できます。',
    blocked: 'ブロック: このケースでは、Azure がポート 25 をブロックしています。',
    unsupported: 'サポート対象外: このサービスからポート 25 でメールを送信することはサポートされていません。',
  },
  outcomeByReading: {
    open: 'ブロックなし (記事の記述からの解釈): このケースでは、Azure はポート 25 をブロックしていないと考えられます。',
    blocked: 'ブロック (記事の記述からの解釈): この経路には除外が適用されないと考えられます。',
  },
  decidedBy: '判定の根拠となったルール: {rules}',
  nextSteps: '次の手順を行ってください。',
  source: '出典: [Azure でのアウトバウンド SMTP 接続に関する問題のトラブルシューティング]({url})',
  solvedThanks: 'お役に立ててよかったです。また何かあれば、メッセージを送信してください。',
  escalationIntro:
    'その場合は、Azure サポートにお問い合わせください (H1)。次の問題の種類でサポート リクエストを作成し、同じ質問を繰り返さずに済むよう、下のケースの概要を貼り付けてください。',
  escalationHowTo: 'Azure portal の [ヘルプとサポート] → [サポート リクエストの作成] → {category}',
  noEscalation:
    '記事には、これを解除する方法は記載されていません ({rules})。ブロックされる種類のサブスクリプションについては、Azure のポート 25 の診断も除外を承認できないと回答するため、Azure サポートでも解除できません。ポート 587 の認証済み SMTP リレー サービスをご利用ください (R0)。それでも担当者に相談したい場合は、判定結果を踏まえて対応できるよう、このケースの概要をお渡しください。',
  noEscalationUnsupported:
    'このサービスからポート 25 でメールを送信することはサポートされておらず ({rules})、記事には有効にする方法も記載されていません。ポート 587 の認証済み SMTP リレー サービスをご利用ください (R0)。それでも担当者に相談したい場合は、判定結果を踏まえて対応できるよう、このケースの概要をお渡しください。',
  receivingDomainNotAzure:
    '受信側ドメインによる拒否は Azure サポートの対象外です (E2)。そのドメインの電子メール サービス プロバイダーに連絡してください。その際は、メール サーバーが受け取った配信不能通知 (NDR) の全文を SMTP ステータス コード (例: 550 5.7.1) と共に、送信元の IP アドレスと送信日時を添えてお伝えください。',
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
    provisional: '(未回答の質問によって変わる可能性があります)',
    category: '問題の種類',
    otherSenders: '同じサブスクリプション内のほかの送信元',
  },
  senders: {
    named: '「{label}」',
    oneVerdictEach: '同じサブスクリプション内に、複数の送信元 ({senders}) があると伺いました。送信元ごとに判定結果をお伝えします。',
    oneAfterAnother:
      '同じサブスクリプション内に、複数の送信元 ({senders}) があると伺いました。送信元ごとに順番に確認します。まず{first}について確認します。サブスクリプションについてお伺いした内容は、すべての送信元に適用します。',
    heading: '**送信元 ({place}/{count}): {sender}**',
    which: 'メールを送信しているのは、{options}のどちらですか？',
  },
  factLabels: {
    exemptionGranted: '除外の診断を実行済み (D1)',
    restartedSinceExemption: '除外後に VM を停止 (割り当て解除) してから開始 (D2)',
    routedDirectlyToInternet: 'インターネットへ直接ルーティング (D4)',
    delegatedSubnet: 'サブスクリプションの仮想ネットワークに委任されたサブネットあり (D3)',
    temporarySubnetDone: '除外後に一時サブネットを追加して削除 (D3)',
    formerlyEnterprise: 'EA / MCA-E から種類を変更 (C1)',
    receivingDomainRejects: '受信側サーバーがメールを拒否 (E2)',
  },
  values: { yes: 'はい', no: 'いいえ', unsure: 'わからない' },
  anythingElse: '別のケースを診断するには「最初から」と入力してください。',
  errorApology:
    '申し訳ありません。こちらで問題が発生したため、会話をリセットしました。何かメッセージを送信すると、最初から始めます。(サポート用の参照番号: {ref})',
  azure: {
    signInOption: {
      label: 'サインインしてサブスクリプションを選ぶ',
      synonyms: ['サインイン', 'ログイン', 'サブスクリプションを選ぶ', 'azure で確認', '照会'],
    },
    signInPrompt:
      'Azure portal で使用しているアカウントでサインインしてください。サブスクリプションの情報はお客様の権限で読み取り、お客様のアカウントで読み取れる範囲に限ります。',
    signInButton: 'サインイン',
    signInFailed: 'サインインが完了しなかったため、Azure からサブスクリプションを読み取れませんでした。種類を教えてください。',
    pickPrompt: 'メールを送信しているサブスクリプションを一覧から選ぶか、サブスクリプション ID を貼り付けてください。',
    pickNotUnderstood:
      '申し訳ありません。「{text}」はお客様のサブスクリプションのいずれでもありません。番号か名前で選ぶか、サブスクリプション ID を貼り付けてください。',
    noSubscriptions: 'お客様のアカウントで読み取れるサブスクリプションがないため、種類を確認できませんでした。種類を教えてください。',
    verified: 'Azure で確認したサブスクリプション ({name}、{id}) の種類: {kinds} (クォータ ID: {quotaId})',
    verifiedUnknown: 'サブスクリプション ({name}、{id}) は見つかりましたが、クォータ ID {quotaId} からは種類を判断できません。',
    contradiction:
      'サブスクリプション ({name}、{id}) は見つかりましたが、Azure のデータが食い違っています。クォータ ID {quotaId} と課金アカウントが別の種類を示しているため、データからは種類を判断できません。',
    billingRead: '課金アカウント: {agreement} ({account})',
    separatePrompt: 'Azure のデータだけでは、適用されるルールを 1 つに絞れません。該当するものを選んでください。',
    individualMcaHint:
      'Microsoft 顧客契約の Microsoft Azure プランは、[課金アカウントの種類] が Individual または Business の場合はここでは従量課金制として扱い、Enterprise の場合は企業向け MCA (MCA-E) として扱います。',
    notFoundOrForbidden:
      'お客様のアカウントではサブスクリプション {id} を読み取れませんでした。存在しないか、お客様のアカウントにアクセス権がありません。ID を確認するか、種類を教えてください。',
    unavailable: '現在、Azure でサブスクリプションを確認できません。これまでの回答は保持されています。種類を教えてください。',
    states: {
      Disabled:
        '注意: このサブスクリプションは無効です。無効なサブスクリプションでは、ポートに関係なくメールを送信できません。まず有効にしてください。',
      PastDue:
        '注意: このサブスクリプションは支払い期限を過ぎています。支払いを済ませないと無効になり、メールを送信できなくなることがあります。',
      Warned:
        '注意: このサブスクリプションは警告状態で、まもなく無効になる可能性があります。無効になると、ポートに関係なくメールを送信できません。',
      Deleted: '注意: このサブスクリプションは削除されています。ポートに関係なくメールを送信できません。',
    },
    summaryVerified: 'Azure で確認済み',
    summaryRead: 'Azure から取得',
    summaryAzureSaid: 'Azure: {kinds}、クォータ ID {quotaId}',
    summaryQuotaId: 'クォータ ID',
    summarySpendingLimit: '使用制限 (spendingLimit)',
    summaryBilling: '課金',
    summaryState: '状態',
  },
  network: {
    found: 'Azure では、{name}は{resource}です。',
    notFound:
      'このサブスクリプションには、お客様のアカウントで読み取れる{name}という名前のリソースが 1 つに特定できなかったため、ネットワークを Azure から読み取れませんでした。',
    delegated: 'Azure によると、{vnets}に委任されたサブネットがあります (D3)。',
    noDelegated: 'Azure によると、このサブスクリプションの仮想ネットワークには委任されたサブネットがありません (D3)。',
    delegatedItem: '仮想ネットワーク{vnet} (サブネット{subnet}、委任先{service})',
    egress: {
      firewall:
        'サブネット{subnet}の 0.0.0.0/0 は Azure Firewall の{firewall} ({ip}、ルート テーブル{routeTable}) に送られます。メールはインターネットに直接ルーティングされていません (D4)。',
      virtualAppliance:
        'サブネット{subnet}の 0.0.0.0/0 は{ip}のネットワーク仮想アプライアンス (ルート テーブル{routeTable}) に送られます。メールはインターネットに直接ルーティングされていません (D4)。',
      gateway:
        'サブネット{subnet}の 0.0.0.0/0 は仮想ネットワーク ゲートウェイ (ルート テーブル{routeTable}) に送られます。メールはインターネットに直接ルーティングされていません (D4)。',
      internetRoute: 'サブネット{subnet}の 0.0.0.0/0 はインターネットに直接送られます (ルート テーブル{routeTable}) (D4)。',
      natGateway: 'サブネット{subnet}は NAT ゲートウェイを通じてインターネットに直接接続します (D4)。',
      publicIp: 'サブネット{subnet}はネットワーク インターフェイスのパブリック IP アドレスでインターネットに直接接続します (D4)。',
      defaultOutbound: 'サブネット{subnet}は Azure の既定の送信アクセスでインターネットに直接接続します (D4)。',
      dropped: 'サブネット{subnet}にはインターネットへのルートがないため、ポートに関係なくメールは送信されません (D4)。',
    },
    siteRouteAll: '{name}はサブネット{subnet}と VNet 統合されており、すべての送信トラフィックをそこにルーティングしています (S2)。',
    sitePrivateOnly:
      '{name}はサブネット{subnet}と VNet 統合されていますが、そこにルーティングしているのはプライベート トラフィックだけです。インターネットへのメールは VNet を経由しません (S2)。',
    siteNoVnet: '{name}は VNet 統合を使用していません (S2)。',
    siteAse: '{name}は App Service Environment v3 の{ase}で実行されています (S2)。',
    noFirewall: 'Azure によると、このサブスクリプションには Azure Firewall がありません (S3)。',
    noAse: 'Azure によると、このサブスクリプションには App Service Environment v3 がありません (S2)。',
    conflict:
      'お客様からは「{fact}: {told}」と伺いましたが、Azure では「{azure}」となっています。どちらも変更していません。どちらが正しいですか？',
    failedForbidden:
      'お客様のアカウントでは{what}を読み取れませんでした (サブスクリプションの閲覧者ロールが必要です)。代わりにお尋ねします。',
    failedOther: '現在、Azure から{what}を読み取れませんでした。代わりにお尋ねします。',
    families: {
      delegatedSubnets: 'このサブスクリプションの委任されたサブネット',
      target: '{name}のネットワーク',
      environment: 'このサブスクリプションの App Service Environment v3 と Azure Firewall の有無',
    },
    verifiedNote: 'お客様のアカウントで Azure から読み取り、確認済みの事項: {facts}。',
    temporarySubnetIn:
      '委任されたサブネットがある{vnets}に新しい一時サブネットを追加してから、削除してください。除外されたサブスクリプションのそのような仮想ネットワークごとに行います。',
    summaryAzureSays: 'Azure: {value}',
    summaryLabel: 'ネットワーク (Azure から読み取り)',
    summaryRoute: '{name}の 0.0.0.0/0 の経路: {via}',
    via: {
      firewall: 'Azure Firewall',
      virtualAppliance: '仮想アプライアンス',
      gateway: '仮想ネットワーク ゲートウェイ',
      internetRoute: 'インターネットへのルート',
      natGateway: 'NAT ゲートウェイ',
      publicIp: 'パブリック IP アドレス',
      defaultOutbound: '既定の送信アクセス',
      dropped: 'ルートなし',
    },
    summaryVnets: '委任されたサブネットがある仮想ネットワーク: {vnets}',
    summaryFirewalls: 'Azure Firewall: {names}',
    summaryAse: 'App Service Environment v3: {names}',
    summaryIntegration: '{name}: VNet 統合{subnet}、すべてのトラフィックをルーティング: {routeAll}',
  },
  forgotten: 'この会話について保存していたデータを削除しました。何かメッセージを送信すると、新しく診断を始めます。',
  sendAgain: '申し訳ありません。複数のメッセージが同時に届いたため、このメッセージを受け付けられませんでした。もう一度送信してください。',
  storageUnavailable:
    '申し訳ありません。現在データの保存先に接続できないため、このメッセージを受け付けられませんでした。これまでの回答は保持されています。しばらくしてからもう一度送信してください。(サポート用の参照番号: {ref})',
  handoff: {
    askDescription:
      'この件をサポート エンジニアに引き継ぎます。上のケースの概要も一緒に渡すので、同じ質問を繰り返されることはありません。よろしければ、状況をご自身の言葉で入力してください (試したこと、エラー メッセージなど)。不要な場合は「スキップ」を選んでください。',
    describeBounce:
      '受信側のドメインがメールを拒否しているため (E2)、解決できるのはそのドメインのメール プロバイダーです。バウンス メッセージ (NDR) の全文を送ってください。ここで担当者に確認を希望する場合は、そのバウンス メッセージを説明として貼り付けてください。',
    skip: { label: 'スキップ', synonyms: ['スキップ', 'なし', '特になし', '追加なし'] },
    yes: { label: 'はい、送信します', synonyms: ['はい', '送信', '送信する', 'お願いします', 'ok'] },
    no: { label: 'いいえ、送信しません', synonyms: ['いいえ', '送信しない', '送信しません'] },
    confirm: '説明: {description}\n\nこのケースをサポートに送信しますか？',
    noDescription: '(なし)',
    identityNote: 'エンジニアがチャットで連絡できるよう、お客様の Teams の ID をケースに含めます。',
    addedToDescription: '説明に追加しました。',
    notAnsweredYet: '未回答',
    noVerdictYet: '未判定 (最後の質問の前に担当者への引き継ぎを希望されました)',
    cannotLift:
      'ご注意: 記事には、これを解除する方法は記載されていません ({rules})。ブロックされる種類のサブスクリプションについては、Azure のポート 25 の診断も除外を承認できないと回答します。エンジニアはこの判定結果を踏まえて対応します。ポート 587 の認証済み SMTP リレー サービスをご利用ください (R0)。',
    cannotEnable:
      'ご注意: このサービスからポート 25 でメールを送信することはサポートされておらず ({rules})、記事には有効にする方法も記載されていません。エンジニアはこの判定結果を踏まえて対応します。ポート 587 の認証済み SMTP リレー サービスをご利用ください (R0)。',
    descriptionLabel: '説明',
    noTeam: {
      askDescription:
        'このボットにはサポート チームが接続されていないため、ここでケースを読む担当者はいません。上の概要でケースを保存し、問い合わせ先をご案内します。よろしければ、状況をご自身の言葉で入力してください (試したこと、エラー メッセージなど)。不要な場合は「スキップ」を選んでください。',
      confirm: '説明: {description}\n\nこのケースを保存しますか？ここで読む担当者はいないため、保存後に問い合わせ先をご案内します。',
      yes: 'はい、保存します',
      no: 'いいえ、保存しません',
      notSent: '保存しませんでした。ケースの概要と問い合わせ先が必要なときは「担当者」と入力してください。',
      cannotLift:
        'ご注意: 記事には、これを解除する方法は記載されていません ({rules})。ブロックされる種類のサブスクリプションについては、Azure のポート 25 の診断も除外を承認できないと回答します。ポート 587 の認証済み SMTP リレー サービスをご利用ください (R0)。',
      cannotEnable:
        'ご注意: このサービスからポート 25 でメールを送信することはサポートされておらず ({rules})、記事には有効にする方法も記載されていません。ポート 587 の認証済み SMTP リレー サービスをご利用ください (R0)。',
      statusOpen: '保存済み (このボットにはサポート チームが接続されていません)',
    },
    created: 'ケース番号は **{number}** です。「ステータス」と入力すると、いつでも未解決のケースを確認できます。',
    openNow:
      'サポートの対応時間は {days} の {hours} ({zone}) で、現在は対応時間内です。まもなくエンジニアが担当します。ケースに動きがあれば、ここでお知らせします。',
    closedNow:
      'サポートの対応時間は {days} の {hours} ({zone}) で、現在は対応時間外です。{when} ({zone}) 以降にご連絡します。ケースに動きがあれば、ここでお知らせします。',
    deliveryPending:
      'ケースは保存しましたが、まだサポート チームに届いていません。送信を続けているので、時間がかかってもケースが失われることはありません。',
    noSupportChannel:
      'ケース{number}は保存しましたが、現在サポート チームのチャネルがこのボットに接続されていないため、まだ担当者には届いていません。チャネルが再び接続されるとすぐに届き、ケースに動きがあればここでお知らせします。急ぐ場合は、次のとおりです。{next}',
    noDestination: 'このボットにはまだサポート チームが接続されていないため、ここからケース{number}を受け取る担当者はいません。{next}',
    next: {
      azureSupport:
        'Azure portal の [ヘルプとサポート] → [サポート リクエストの作成] で [問題の種類] に{category}を選び (H1)、上のケースの概要を記載してください。',
      relay:
        'Azure サポートはこのブロックを解除することも、ここでポート 25 を有効にすることもできないため、サポート リクエストを作成しても変わりません。ポート 587 の認証済み SMTP リレー サービスをご利用ください (R0)。設定を手伝う方は、上のケースの概要にある判定結果から始められます。',
      receivingDomain:
        '受信側のドメインがメールを拒否しており、これは Azure サポートの対象ではありません (E2)。受信側ドメインのメール プロバイダーに、バウンス メッセージ (NDR) の全文と、ステータス コード、送信元 IP アドレス、発生日時を送ってください。',
    },
    notSent: '送信しませんでした。担当者と話したいときは「担当者」と入力してください。',
    storeFull:
      '申し訳ありません。ケースの保存先がいっぱいのため、今は新しいケースを受け付けられず、何も送信していません。回答は保持されています。しばらくしてからもう一度「担当者」と入力してください。{next}',
    tooManyCases:
      '申し訳ありません。この 1 時間にお使いのネットワークから多くのケースが作成されたため、今は新しいケースを作成できず、何も送信していません。回答は保持されています。しばらくしてからもう一度「担当者」と入力してください。{next}',
    cases: {
      offerOne:
        '対応中のケース{number}があります。現在の状態は「{status}」です。同じ問題についてであれば、追記したい内容を入力してください。このケースに追記します。別の問題であれば「新しいケース」を選んでください。これまでの回答で新しいケースを作成します。何もしない場合は「キャンセル」と入力してください。',
      offerMany:
        '対応中のケースは{cases}です。同じ問題についてであれば、そのケースを選ぶか、メッセージを入力してください。メッセージは最新のケース{number}に追記します。別の問題であれば「新しいケース」を選んでください。これまでの回答で新しいケースを作成します。何もしない場合は「キャンセル」と入力してください。',
      full: '対応中のケースが{count}件あり（{cases}）、お一人あたりの上限に達しているため、いずれかが解決するまで新しいケースは作成できません。メッセージを入力すると最新のケース{number}に追記します。ケースを選ぶこともできます。何もしない場合は「キャンセル」と入力してください。',
      caseItem: '{number}（{status}）',
      addLabel: '{number}に追記',
      newCase: { label: '新しいケース' },
      askAddition: 'ケース{number}に追記する内容を入力してください。やめる場合は「キャンセル」と入力してください。',
      added: 'ケース{number}に追記しました。サポート チームはケースと一緒に確認します。',
      addedNobody:
        'ケース{number}に追記しました。このボットにはまだサポート チームが接続されていないため、ここで読む担当者はいません。{next}',
      gone: 'ケース{number}はすでに解決済みのため、追記していません。新しいケースを作成するには「担当者」と入力してください。',
    },
    saveFailed:
      '申し訳ありません。現在ケースを保存できないため、送信していません。回答は保持されています。少し時間をおいてもう一度「担当者」と入力してください。',
    statusNone: '未解決のケースはありません。',
    statusTitle: '未解決のケース:',
    statusLine: '{number}: {status}、{when}（{zone}）に作成',
    statusNames: { open: 'エンジニアの対応待ち', assigned: '担当者割り当て済み', resolved: '解決済み', reopened: '再オープン' },
    card: {
      title: 'ケース {number}: ポート 25 でメールを送信できない',
      status: '状態',
      assignee: '担当者',
      unassigned: '未割り当て',
      opened: '作成日時',
      rating: '満足度',
      language: '依頼者の言語',
      email: '依頼者のメール アドレス',
      actions: { assign: '自分に割り当て', resolve: '解決', reopen: '再オープン', chat: '依頼者とチャット' },
    },
    languageNames: { en: '英語', ja: '日本語' },
    thread: {
      assigned: '{name} に割り当てました。',
      resolved: '{name} が解決しました。',
      reopened: '{name} が再オープンしました。',
      rated: '依頼者の評価: {rating}/5',
    },
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
      alreadyRated: 'ケース {number} はすでに評価済みです。ありがとうございます。評価は解決ごとに 1 回です。',
      forgetDeleted:
        'ケース {numbers} も削除しました (回答、説明、連絡先)。サポート チームのチャネルに投稿済みのカードは残ります。削除を希望する場合はチームにお伝えください。',
      forgetKept:
        'ケース {numbers} はすでにサポート エンジニアが対応しているため、解決するまで保持します: ケース番号、回答と説明、ここでの連絡先 (Teams ではサインイン名も)。エンジニアが対応するために必要だからです。解決後にもう一度「忘れて」と入力すると削除します。サポート チームのチャネルに投稿済みのカードはチームが管理しています。削除を希望する場合はチームにお伝えください。',
    },
    chat: {
      joined:
        'サポート チームの {name} がケース {number} のチャットに参加しました。これからのメッセージは私ではなく担当者に届きます。私に戻るには「チャットを終了」と入力してください。「状況」と「ヘルプ」はこれまでどおり使えます。',
      fromEngineer: '**{name} (サポート エンジニア):** {text}',
      fromRequester: '**依頼者:** {text}',
      added: '**依頼者からの追記:** {text}',
      attachment: '[ファイル: {name} ({type})]',
      help: 'ケース {number} についてサポート エンジニアとチャット中です。入力した内容は担当者に届きます。私に戻るには「チャットを終了」、ケースを確認するには「状況」と入力してください。',
      endedByRequester:
        'サポート エンジニアとのチャットを終了しました。ここからは私が対応します。ケース {number} は引き続き対応中で、動きがあればここでお知らせします。',
      endedByEngineer: '{name} がチャットを終了しました。ここからは私が対応します。ケース {number} に動きがあればここでお知らせします。',
      threadEndedByRequester: '依頼者がチャットを終了しました。',
      threadEndedByEngineer: '{name} がチャットを終了しました。依頼者は再びボットと会話します。',
      notDelivered: '現在メッセージを依頼者に届けられませんでした。もう一度送信してください。',
      slowDown:
        '短い間に多くのメッセージが送信されたため、このメッセージは担当者に転送していません。数秒待ってから、もう一度送信してください。',
      caseResolved: 'ケース {number} は解決済みのため、依頼者には転送しません。チャットするには再オープンしてください。',
      requesterBusy:
        '依頼者は同じ会話でケース {other} についてサポート チームとチャット中のため、このメッセージは転送していません。チャットは一度に 1 つです。そのチャットが終了してから、もう一度送信してください。',
    },
    email: {
      ask: '任意: このページを閉じる可能性がある場合は、お答えの前にメール アドレスを入力してください。サポート チームからメールでも連絡できるようになります。入力しない場合、連絡はこのチャットだけです。',
      invalid:
        'メール アドレスの形式ではないようです (例: jane@contoso.com)。保存していません。もう一度入力するか、「はい」か「いいえ」でお答えください。',
      confirmLine: 'サポート チームへの連絡先メール アドレス: {email}',
    },
    protocol: {
      initiated: 'ケース {number} をサポート担当者に引き継ぎます。担当者がこの会話に参加します。このままここに入力できます。',
      accepted: 'サポート担当者がケース {number} を引き受けました。ここで回答します。',
      completed: 'サポート担当者がケース {number} の会話を終了しました。対応の満足度を 1 (不満) から 5 (満足) で選んでください。',
      failedToTeam:
        '現在ケース {number} を引き受けられる担当者がいないため、サポート チームに引き継ぎました。チームからご連絡します。動きがあれば、ここでお知らせします。',
      failedToPortal: '現在ケース{number}を引き受けられる担当者がいません。{next}',
    },
    ticket: {
      offer:
        'お客様の名前で Azure のサポート チケットを作成することもできます (Professional Direct、Premier、Unified のいずれかのサポート プランと、サポート リクエスト共同作成者ロールが必要です)。重大度を選んでください。不要な場合は「チケット不要」を選んでください。',
      severity: {
        minimal: { label: 'C - 最小限の影響', synonyms: ['最小', 'c', '低'] },
        moderate: { label: 'B - 中程度の影響', synonyms: ['中', 'b', '普通'] },
        critical: { label: 'A - 重大な影響', synonyms: ['重大', 'a', '高', '緊急'] },
      },
      no: { label: 'チケット不要', synonyms: ['いいえ', '不要', 'チケット不要', 'スキップ'] },
      contactPrompt:
        'サポートからの連絡先を入力してください。姓、名、メール アドレスの順に、日本以外の場合は国の 3 文字コードも付けてください (例: 山田 太郎 taro@contoso.com)。',
      contactNotUnderstood: '姓、名、メール アドレスが必要です。例: 山田 太郎 taro@contoso.com',
      confirm:
        'チケットの内容: 「{title}」、重大度 {severity}、連絡先 {name} <{email}>、国 {country}、タイム ゾーン {timeZone}、連絡方法はメール。このチケットのために、Microsoft サポートがお客様の Azure リソースから診断情報を収集することを許可しますか？',
      withDiagnostics: { label: '作成する (診断情報を許可)', synonyms: ['はい', '許可', '作成する'] },
      withoutDiagnostics: { label: '作成する (診断情報なし)', synonyms: ['診断なし', '許可しない'] },
      cancel: { label: '作成しない', synonyms: ['キャンセル', '作成しない', 'いいえ'] },
      notUnderstood: '選択肢から選んでください。',
      title: 'ポート 25 でメールを送信できない (ケース {number})',
      created: 'Azure のサポート チケットを作成しました: {id}。Microsoft サポートからメールでご連絡します。',
      exists: 'このケースの Azure サポート チケットは作成済みです ({id})。2 件目は作成していません。',
      portal:
        'チケットを作成できませんでした ({reason})。Azure portal の [ヘルプとサポート] → [サポート リクエストの作成] で [問題の種類] に {category} を選び、ケース番号 {number} を記載して作成してください。',
      reasons: {
        refused:
          'Azure に拒否されました。Professional Direct、Premier、Unified のいずれかのサポート プランと、サポート リクエスト共同作成者ロールが必要です',
        classificationNotFound: 'Azure にこの名前の問題の種類が見つかりません',
        unavailable: 'Azure から時間内に応答がありませんでした',
        noSubscription: 'サブスクリプション ID がわかりません',
        notSignedIn: 'サインインしていません',
      },
      notOpened: 'チケットは作成していません。',
    },
  },
  teamsChat: {
    pictureReceived:
      '画像を受け取りました。画像の内容は読み取れないため、表示されている内容（エラー メッセージなど）を入力してください。担当者へのお問い合わせを選ぶと、画像はリンクとしてケースに添付されます。',
    picturesLabel: '画像',
    picture: '画像',
    addedToGroup:
      'こんにちは。Azure から TCP ポート 25 でメールが送信されない場合のお手伝いをします。ここでは @メンションで呼び出してください（例：「@{name} VM からメールを送れません」）。質問と回答は一人ずつ別に扱います。ここで「ステータス」と入力すると、未解決のケースの件数だけをお知らせします。',
    statusInGroup: {
      other: '未解決のケースが{count}件あります。ケース番号と状況は、個人チャットで「ステータス」と入力するとご確認いただけます。',
    },
    statusInGroupNone: '未解決のケースはありません。',
    forgetDeletedInGroup: {
      other:
        'ケース{count}件も削除しました (回答、説明、連絡先)。サポート チームのチャネルに投稿済みのカードは残ります。削除を希望する場合はチームにお伝えください。',
    },
    forgetKeptInGroup: {
      other:
        'ケースのうち{count}件はすでにサポート エンジニアが対応しているため、解決するまで保持します。エンジニアが対応するために、回答と説明、連絡先が必要だからです。解決後にもう一度「忘れて」と入力すると削除します。ケース番号は、個人チャットで「ステータス」と入力するとご確認いただけます。',
    },
    cardAnswered: '回答済み：{choice}',
    cardAskedAgain: 'この質問は下で改めてお伺いしています。下のカードでお答えください。',
    cardAnsweredAlready:
      'この質問には回答済みです（{choice}）。以前のカードのボタンを押しても変更されません。回答を変更する場合は、「確認したら EA でした」のように入力してください。',
  },
} satisfies Catalog;
