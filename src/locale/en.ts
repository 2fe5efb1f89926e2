import type { Catalog } from './catalog';
import { CULTURES } from './culture';

export const en = {
  culture: CULTURES.en,
  languageName: 'English',
  articleUrl: 'https://learn.microsoft.com/en-us/azure/virtual-network/troubleshoot-outbound-smtp-connectivity',
  welcome:
    'Hello! I help when mail sent from Azure does not go out on TCP port 25. I will ask a few questions, tell you where you stand under the rules of Microsoft\'s article (each answer cites its rule id), and what to do next. Type "help" at any time, or "日本語" to continue in Japanese.',
  help: 'Answer each question with a button, the option\'s number, or your own words. At any time you can type:\n- "start over" to begin a new triage\n- "cancel" to stop this one\n- "日本語" or "English" to switch language\n- "forget me" to delete what I stored about this conversation\n- "agent" to reach a person, "status" to see your open cases\n\nThe rules I apply come from Microsoft\'s article: {url}',
  cancelled: 'Cancelled: nothing more will be asked. Send any message when you want to start again.',
  startingOver: 'Starting over.',
  languageSwitched: 'I will continue in English.',
  notUnderstood: 'Sorry, I did not understand "{text}". Please choose one of the options (a button, its number, or its name):',
  staleButton: 'That button belongs to an earlier question. Here is the current one:',
  subscriptionIdAccepted:
    'Thank you, {id} is a valid subscription id. Looking subscriptions up in Azure is not configured on this bot, so please tell me its type (or type its offer id):',
  subscriptionIdMalformed:
    '"{text}" is not a valid subscription id. A subscription id has 32 hexadecimal digits in groups of 8-4-4-4-12, like 00000000-0000-0000-0000-000000000000. Please check it, or choose the subscription type:',
  offerIdUnknown:
    'The offer {offer} does not tell me the subscription type on its own (MS-AZR-0017G, the Microsoft Azure Plan, can be an MCA for enterprise or not). Please choose the type:',
  vnetIntegrationHint:
    'You can check it in the Azure portal: your app → Networking → Outbound traffic configuration → Virtual network integration.',
  sendChoice: 'Send',
  chooseOne: 'Please choose one of the options.',
  talk: {
    languageFollowed: 'You wrote in English, so I will continue in English.',
    goodbye: 'Goodbye! What you told me is kept: type "status" to see your cases or "agent" to reach a person whenever you come back.',
    whateverTheAnswers:
      'No need to find out everything first: here is what holds whatever the open answers are. Each step that depends on one of them says so.',
    continuing: 'We go on from where we were: I still have everything you told me. Type "start over" for a new case.',
    youAreWelcome: 'You are welcome!',
    movingOn: 'I will not ask that a third time: I leave it open and go on.',
    supposedOnly:
      'I take that as a what-if, not as something that is so, and have not noted it. Once I have your own verdict, ask it again and I will tell you what it would change.',
    personOffer: 'If this is hard to answer, type "agent": a person takes over with everything you told me so far.',
    lookupNotConfigured: 'Looking subscriptions up in Azure is not configured on this bot, so please tell me the type yourself.',
    consumptionPlan: {
      prompt:
        '"従量課金プラン" (consumption plan) can mean the Pay-As-You-Go subscription type, or the Consumption hosting plan of Azure Functions. The Functions Consumption plan has no VNet integration, so sending mail on port 25 is not supported from it (S4). Which do you mean?',
      subscription: 'The subscription type (Pay-As-You-Go)',
      functions: 'The Azure Functions Consumption plan',
    },
    companyContract:
      'A contract your company signed with Microsoft does not tell the subscription type: a company can hold Enterprise Agreement, MCA for enterprise, CSP, invoiced Pay-As-You-Go or Dev/Test subscriptions, and the rules differ. The exact type is the "Offer ID" on the subscription\'s Overview page in the Azure portal.',
    understood: 'Got it: {facts}.',
    changed: 'Changed: {fact} is now {to} (was {from}).',
    confirmGuess: 'You think it is {facts}. Shall I go on with that?',
    confirmYes: 'Yes, go on',
    confirmNo: 'No, that is not it',
    didYouMean: 'Did you mean {options}?',
    notUnderstoodShort: 'Sorry, I did not understand "{text}".',
    showAll: 'Show all options',
    relayReminder: 'Whatever the verdict, an authenticated SMTP relay on port 587 works for every subscription type, as explained above.',
    verdictAgain: 'With what you told me now, the verdict is:',
    possibilities: {
      steps:
        'You asked for the steps. What you have not told me yet decides which of them apply, so here is what holds for each possibility:',
      unsure: 'That is fine: here is what holds for each possible answer.',
      whenResource: 'If the mail is sent from {resource}:',
      whenSubscription: 'If the subscription is {subscription}:',
      whenBoth: 'If the mail is sent from {resource} and the subscription is {subscription}:',
      resources: {
        vm: 'a virtual machine or a VM scale set',
        firewall: 'Azure Firewall',
        vnetPaas: 'App Service or Functions with VNet integration, or App Service Environment v3',
        otherPaas: 'another Azure service',
      },
      vnetIntegration: { yes: 'the app through VNet integration', no: 'the app without VNet integration' },
      subscriptionGroups: {
        enterprise: 'an Enterprise Agreement or an MCA for enterprise',
        enterpriseDevTest: 'Enterprise Dev/Test',
        other: 'any other type (Pay-As-You-Go, Visual Studio, CSP, a free trial and the like)',
      },
      separatedBy: { mcaKind: 'a Microsoft Customer Agreement whose billing account type is {kind}', devTestKind: '{kind}' },
      always: 'In every case:',
      stepsOnceKnown: 'Each of these has its own steps: tell me what sends the mail and I give the ones that apply.',
      relay: 'Whatever the answers, an authenticated SMTP relay on port 587 works for every subscription type (R0).',
    },
    whatIf: {
      intro: 'Supposing {facts}, the rules would give this (a what-if: I have not changed your case):',
      kept: 'Your own case stays as you told me: {facts}.',
    },
    conditions: {
      exemptionGranted: {
        yes: 'If the diagnostic has already exempted this subscription: {step}',
        no: 'If the diagnostic has not exempted this subscription yet: {step}',
      },
      restartedSinceExemption: {
        yes: 'If the VMs were stopped (deallocated) and started since the exemption: {step}',
        no: 'If the VMs were not stopped (deallocated) and started since the exemption: {step}',
      },
      routedDirectlyToInternet: {
        yes: 'If the mail goes directly to the internet: {step}',
        no: 'If the mail goes through a firewall, an appliance or another hop: {step}',
      },
      delegatedSubnet: {
        yes: '{step}',
        no: 'If no virtual network of this subscription has a delegated subnet: {step}',
      },
      temporarySubnetDone: {
        yes: 'If the temporary subnet was already added and removed since the exemption: {step}',
        no: '{step}',
      },
      formerlyEnterprise: {
        yes: 'If this subscription changed type from EA or MCA-E (for example after a move off an Enterprise Agreement): after such a change, outbound SMTP may become blocked when the deployment changes, which would explain mail that worked until a redeployment and stopped.',
        no: '{step}',
      },
      receivingDomainRejects: {
        yes: '{step}',
        no: 'If the connection times out or is refused, with no answer from the receiving server: {step}',
      },
    },
    unsure: {
      resource:
        'That is fine. The rules depend on what sends: a virtual machine or a VM scale set (S1; an AKS node pool too, by our reading); App Service or Functions with VNet integration, or App Service Environment v3 (S2); Azure Firewall (S3); any other service cannot send on port 25 at all (S4). If the program that sends runs on a server you sign in to, it is most likely a virtual machine.',
      vnetIntegration:
        'That is fine. With VNet integration the subscription rules decide (S2); without it, App Service and Functions cannot send on port 25 at all (S4). You can check it in the Azure portal: your app → Networking → Outbound traffic configuration → Virtual network integration.',
      subscription:
        'The type is in the Azure portal: Subscriptions → your subscription → Overview, "Offer ID" (MS-AZR-0017P is an Enterprise Agreement, MS-AZR-0148P Enterprise Dev/Test); you can type the offer id here.',
      mcaKind:
        'That is fine. The billing account type tells them apart: Enterprise means MCA for enterprise, and port 25 is not blocked (E1); Individual or Business counts as Pay-As-You-Go, and port 25 is blocked (O1). The Azure portal shows it under Cost Management + Billing → Properties, "Billing account type".',
      devTestKind:
        "That is fine. Enterprise Dev/Test has the offer id MS-AZR-0148P and its block can be lifted (D1); Pay-As-You-Go Dev/Test is MS-AZR-0023P and stays blocked (O1). The offer id is on the subscription's Overview page in the Azure portal.",
      solved: 'If you have not tried the steps yet, try them and tell me how it went; or answer "no" and I will take it further.',
      exemptionGranted:
        'That is fine: I leave it open and write the steps for both answers. If the diagnostic has not exempted the subscription yet, running it comes first (D1); once it has, the VMs are stopped (deallocated) and started (D2), and a virtual network with a delegated subnet gets a temporary subnet (D3). The diagnostic is under your virtual network → Diagnose and solve problems → "Cannot send email (SMTP-Port 25)".',
      restartedSinceExemption:
        'That is fine: I leave it open. If the VMs were not stopped (deallocated) and started after the exemption, that is still to do, and a reboot from inside the OS does not count (D2); if they were, D2 is done. In the Azure portal, the activity log of each VM shows its last Deallocate and Start.',
      delegatedSubnet:
        'That is fine: I leave it open. If a virtual network of this subscription has a delegated subnet (App Service Environment, VNet integration…), a temporary subnet is added to it and removed after the exemption (D3); if none has, D3 asks nothing of you. Each virtual network → Subnets shows the column "Delegated to".',
      temporarySubnetDone:
        'That is fine: I leave it open. If the temporary subnet was not added and removed after the exemption, that is still to do (D3); if it was, D3 is done.',
      routedDirectlyToInternet:
        "That is fine: I leave it open. If the mail goes directly to the internet, the exemption covers it (D4); if it goes through a firewall or a network virtual appliance, by the article's wording it is not covered (D4, our reading). Network Watcher → Next hop, or the route table of the VM's subnet, shows which it is.",
      receivingDomainRejects:
        "That is fine: I leave it open. If the connection times out or is refused with no answer, that is what a port-25 block looks like and your subscription's rules decide; if the receiving server answered and refused the mail (a 5xx code, a bounce), port 25 is open and that domain's mail provider is the one to ask (E2).",
    },
    unsureAgain:
      'Whoever manages your Azure billing or your account administrator can tell you. Until then, I can hand this to a person with everything you told me so far: type "agent", or tell me when you know.',
    noTeam: {
      help: 'Answer each question with a button, the option\'s number, or your own words. At any time you can type:\n- "start over" to begin a new triage\n- "cancel" to stop this one\n- "日本語" or "English" to switch language\n- "forget me" to delete what I stored about this conversation\n- "agent" for a case summary and where to take it (no support team is connected to this bot), "status" to see your saved cases\n\nThe rules I apply come from Microsoft\'s article: {url}',
      goodbye:
        'Goodbye! What you told me is kept: type "status" to see your cases, or "agent" for a case summary and where to take it, whenever you come back.',
      personOffer:
        'If this is hard to answer, type "agent": I write a case summary with everything you told me so far and tell you where to take it.',
      unsureAgain:
        'Whoever manages your Azure billing or your account administrator can tell you. Until then, type "agent" for a case summary with everything you told me so far and where to take it, or tell me when you know.',
    },
    unsureSignIn: 'You can also sign in and let me read the type from Azure, as you.',
    topics: {
      whyBlocked:
        "The article gives three purposes for the block on port 25 (O1): to strengthen the security of Microsoft's partners and customers, to protect the Azure platform, and to comply with industry standards. Enterprise Agreement and MCA for enterprise are not blocked (E1). IP reputation is the article's reason to send through an authenticated SMTP relay (R0), not its reason for the block.",
      relay:
        "An authenticated SMTP relay is a mail service your app signs in to, normally on port 587, which Azure does not block for any subscription (R0): your app sends to the provider's SMTP host with a user name and password (or a token), and the provider delivers the mail. Azure Communication Services Email offers one for those who already use it (new sign-ups ended 2026-10-23); otherwise Exchange Online / Microsoft 365 SMTP submission or a mail provider from the Microsoft Marketplace (general advice).",
      exchangeOnline:
        'General advice, not from the article: Exchange Online takes mail on smtp.office365.com port 587 with SMTP AUTH, an authenticated relay of the kind the article recommends (R0). Microsoft turns Basic authentication for SMTP AUTH off by default for existing tenants at the end of December 2026: set your app up with OAuth (message center MC786329).',
      supportUnblock:
        "Azure support does not lift the port-25 block as such. Enterprise Agreement and MCA for enterprise have no block to lift (E1), and Enterprise Dev/Test lifts its own block with the portal diagnostic (D1). For every other type the article describes no exemption, and Azure's own port-25 diagnostic answers that the exemption cannot be authorized (O1): use an authenticated relay on port 587 (R0). EA and MCA-E customers (and, by our reading, Enterprise Dev/Test) who still need help after these steps can open a support request (H1).",
      reboot:
        "A reboot from inside the operating system, or the portal's Restart, does not deallocate the VM, so it does not count for D2. What D2 needs: after the exemption, stop each VM with Stop in the Azure portal until its status is Stopped (deallocated), then start it with Start; for AKS, stop and start the node pool or the cluster (D2).",
      otherPorts:
        'The article restricts only outbound port 25. Connections to authenticated SMTP relay services on port 587 are not restricted for any subscription type, which is why the article recommends such a relay (R0).',
    },
    factNames: {
      resource: 'sends from',
      vnetIntegration: 'VNet integration',
      subscription: 'subscription type',
      subscriptionId: 'subscription id',
      exemptionGranted: 'exemption diagnostic run (D1)',
      restartedSinceExemption: 'VMs deallocated and started since (D2)',
      routedDirectlyToInternet: 'mail routed directly to the internet (D4)',
      delegatedSubnet: 'delegated subnet (D3)',
      temporarySubnetDone: 'temporary subnet added and removed (D3)',
      formerlyEnterprise: 'changed type from EA / MCA-E (C1)',
      receivingDomainRejects: 'receiving server rejects the mail (E2)',
      solved: 'solved',
    },
    plainKinds: { mca: 'a Microsoft Customer Agreement (which kind?)', devTest: 'a Dev/Test offer (which one?)' },
  },
  questions: {
    resource: {
      prompt: 'What sends the mail?',
      options: {
        virtualMachine: { label: 'Virtual machine' },
        vmScaleSet: { label: 'VM scale set' },
        appService: { label: 'App Service (web app)' },
        functions: { label: 'Azure Functions' },
        appServiceEnvironmentV3: {
          label: 'App Service Environment v3',
        },
        azureFirewall: { label: 'Azure Firewall' },
        otherPaas: {
          label: 'Another Azure service',
        },
      },
    },
    vnetIntegration: {
      prompt: 'Does the app send its outbound traffic through VNet integration (a virtual network)?',
      options: {
        yes: { label: 'Yes, through VNet integration' },
        no: { label: 'No' },
      },
    },
    subscription: {
      prompt: 'Which subscription type does it run in? You can also type the offer id (like MS-AZR-0017P) or paste the subscription id.',
      options: {
        enterpriseAgreement: { label: 'Standard Enterprise Agreement (EA, MS-AZR-0017P)' },
        mcaEnterprise: {
          label: 'MCA for enterprise (MCA-E)',
        },
        enterpriseDevTest: {
          label: 'Enterprise Dev/Test',
        },
        payAsYouGo: { label: 'Pay-As-You-Go' },
        visualStudio: {
          label: 'Visual Studio / MSDN',
        },
        csp: { label: 'CSP (Cloud Solution Provider)' },
        freeTrial: { label: 'Free trial' },
        sponsorship: { label: 'Sponsorship' },
        student: { label: 'Azure for Students' },
        otherOffer: { label: 'Another type' },
        unsure: { label: "I don't know" },
      },
    },
    mcaKind: {
      prompt:
        'A Microsoft Customer Agreement is either for enterprise (MCA-E: port 25 is not blocked, E1) or not (counted as Pay-As-You-Go here: blocked, O1). Who signed it does not tell them apart; the billing account type does: Azure portal → Cost Management + Billing → Properties, "Billing account type". Which does it show?',
      options: {
        mcaEnterprise: { label: 'Enterprise (MCA-E)' },
        payAsYouGo: { label: 'Individual or Business' },
        unsure: { label: "I don't know" },
      },
    },
    devTestKind: {
      prompt:
        'There are two Dev/Test offers: Enterprise Dev/Test (MS-AZR-0148P, under an Enterprise Agreement: the block can be lifted, D1) and Pay-As-You-Go Dev/Test (MS-AZR-0023P: blocked, O1). Which is yours?',
      options: {
        enterpriseDevTest: { label: 'Enterprise Dev/Test (0148P)' },
        payAsYouGo: { label: 'Pay-As-You-Go Dev/Test (0023P)' },
        unsure: { label: "I don't know" },
      },
    },
    exemptionGranted: {
      prompt:
        'Have you already run the "Cannot send email (SMTP-Port 25)" diagnostic (Virtual Network → Diagnose and solve problems), and did it exempt the subscription? (D1)',
      options: {
        yes: { label: 'Yes, it is exempted' },
        no: { label: 'No, not yet' },
        unsure: { label: 'Not sure' },
      },
    },
    restartedSinceExemption: {
      prompt:
        'Since the exemption, has each VM been stopped with Stop in the Azure portal (so that it is deallocated) and then started with Start? A reboot from inside the OS, or Restart, does not deallocate. (D2)',
      options: {
        yes: { label: 'Yes, all of them' },
        no: { label: 'No' },
        unsure: { label: 'Not sure' },
      },
    },
    routedDirectlyToInternet: {
      prompt: "How does the VM's mail reach the internet? (D4)",
      options: {
        direct: { label: 'Directly (public IP, NAT gateway or default outbound)' },
        appliance: { label: 'Through a firewall or network appliance' },
        unsure: { label: 'Not sure' },
      },
    },
    temporarySubnetDone: {
      prompt:
        'Since the exemption, have you added a new temporary subnet to the virtual network that has the delegated subnet, and removed it again? (D3)',
      options: {
        yes: { label: 'Yes, added and removed' },
        no: { label: 'No, not yet' },
        unsure: { label: 'Not sure' },
      },
    },
    delegatedSubnet: {
      prompt:
        "Does any virtual network of the subscription, the VM's own included, have a delegated subnet (a subnet delegated to a service, such as App Service Environment or VNet integration)? (D3)",
      options: {
        yes: { label: 'Yes' },
        no: { label: 'No' },
        unsure: { label: 'Not sure' },
      },
    },
    receivingDomainRejects: {
      prompt: 'What happens when it sends? (E2)',
      options: {
        timeout: { label: 'The connection times out' },
        rejected: { label: 'The receiving server rejects the mail' },
        unsure: { label: 'Not sure' },
      },
    },
    solved: {
      prompt: 'Did that solve it?',
      options: {
        yes: { label: 'Yes, solved' },
        no: { label: 'No, I still need help' },
      },
    },
  },
  outcome: {
    open: 'Open: Azure does not block port 25 in this case.',
    exemptable: 'Exemptable: port 25 is blocked by default here, and you can have the block lifted.',
    blocked: 'Blocked: Azure blocks port 25 here.',
    unsupported: 'Not supported: sending mail on port 25 is not supported from this service.',
  },
  outcomeByReading: {
    open: "Open, by our reading of the article's wording (not its own words): Azure should no longer block port 25 here.",
    blocked: "Blocked, by our reading of the article's wording (not its own words): the exemption does not appear to cover this path.",
  },
  decidedBy: 'Decided by rules {rules}.',
  nextSteps: 'What to do next:',
  source: 'Source: [Troubleshoot outbound SMTP connectivity problems in Azure]({url})',
  solvedThanks: 'Glad that helped! Send any message if you need me again.',
  escalationIntro:
    'Then this is one for Azure support (H1). Open a support request with this problem type and paste the summary below, so nobody asks the same questions again:',
  escalationHowTo: 'Azure portal → Help + support → Create a support request → {category}',
  noEscalation:
    "The article gives no way to lift this ({rules}); for a blocked subscription type, Azure's own port-25 diagnostic also answers that the exemption cannot be authorized, so Azure support cannot lift it. The way forward is an authenticated SMTP relay on port 587 (R0). If you still want to talk to someone, give them this summary so they start from the answer:",
  noEscalationUnsupported:
    'Sending mail on port 25 is not supported from this service ({rules}), and the article gives no way to enable it: the way forward is an authenticated SMTP relay on port 587 (R0). If you still want to talk to someone, give them this summary so they start from the answer:',
  receivingDomainNotAzure:
    "A rejection by the receiving domain is not an Azure support case (E2): contact that domain's email provider. Send them what they need: the bounce message (NDR) your mail server received, in full, with its SMTP status code (for example 550 5.7.1), the sending IP address and the time it was sent.",
  summary: {
    title: 'Case summary',
    resource: 'Sends from',
    subscription: 'Subscription type',
    subscriptionId: 'Subscription id',
    notAsked: 'not needed (S4)',
    toldByUser: 'told by the customer',
    notVerified: 'not verified with Azure',
    facts: 'Answers',
    verdict: 'Verdict',
    provisional: '(not final: an open question above could change it)',
    category: 'Problem type (support request)',
    otherSenders: 'Other senders in the same subscription',
  },
  senders: {
    named: '{label}',
    oneVerdictEach: 'You named several senders in the same subscription: {senders}. Here is a verdict for each.',
    oneAfterAnother:
      'You named several senders in the same subscription: {senders}. I take them one after the other, starting with {first}; what you tell me about the subscription holds for all of them.',
    heading: '**Sender {place} of {count}: {sender}**',
    which: 'Which one sends the mail: {options}?',
  },
  factLabels: {
    exemptionGranted: 'Exemption diagnostic run (D1)',
    restartedSinceExemption: 'VMs stopped (deallocated) and started since (D2)',
    routedDirectlyToInternet: 'Mail routed directly to the internet (D4)',
    delegatedSubnet: 'Delegated subnet (D3)',
    temporarySubnetDone: 'Temporary subnet added and removed since the exemption (D3)',
    formerlyEnterprise: 'Changed type from EA / MCA-E (C1)',
    receivingDomainRejects: 'Receiving server rejects the mail (E2)',
  },
  values: { yes: 'yes', no: 'no', unsure: 'not sure' },
  anythingElse: 'Type "start over" to triage another case.',
  errorApology:
    'Sorry, something went wrong on my side and I had to reset our conversation. Send any message to start again. (Reference for support: {ref})',
  azure: {
    signInOption: {
      label: 'Sign in and pick my subscription',
      synonyms: ['sign in', 'sign-in', 'signin', 'log in', 'login', 'pick my subscription', 'look it up', 'check in azure'],
    },
    signInPrompt:
      'Please sign in with the account you use in the Azure portal. I will read the subscription as you, and only what your account can read.',
    signInButton: 'Sign in',
    signInFailed: 'Sign-in did not complete, so I could not read the subscription from Azure. Please tell me its type:',
    pickPrompt: 'Which subscription sends the mail? Choose one, or paste its subscription id.',
    pickNotUnderstood: 'Sorry, "{text}" is not one of your subscriptions. Choose one by its number or name, or paste its subscription id.',
    noSubscriptions: 'Your account cannot read any subscription, so I could not verify the type. Please tell me its type:',
    verified: 'This subscription ({name}, {id}) is {kinds} (quota id {quotaId}).',
    verifiedUnknown: 'I found the subscription ({name}, {id}), but its quota id {quotaId} does not tell me its type.',
    contradiction:
      "I found the subscription ({name}, {id}), but Azure's data about it disagrees: its quota id {quotaId} and its billing account point to different types, so I cannot tell the type from it.",
    billingRead: 'Its billing account is {agreement} ({account}).',
    separatePrompt: 'The data from Azure leaves more than one rule possible. Which is it?',
    individualMcaHint:
      'A Microsoft Azure Plan under a Microsoft Customer Agreement that an individual signed up for online counts as Pay-As-You-Go here; one signed with Microsoft by your organisation is MCA for enterprise.',
    notFoundOrForbidden:
      'I could not read the subscription {id} with your account: either it does not exist or your account has no access to it. Please check the id, or tell me its type:',
    unavailable: 'I could not verify the subscription with Azure just now. Nothing you told me is lost; please tell me its type:',
    states: {
      Disabled: 'Note: this subscription is disabled. A disabled subscription sends nothing, whatever the port: re-enable it first.',
      PastDue: 'Note: this subscription is past due. Settle the payment, or Azure may disable it and it will send nothing.',
      Warned: 'Note: this subscription is in the warned state and may soon be disabled; then it sends nothing, whatever the port.',
      Deleted: 'Note: this subscription is deleted. It sends nothing, whatever the port.',
    },
    summaryVerified: 'verified with Azure',
    summaryRead: 'read from Azure',
    summaryAzureSaid: 'Azure: {kinds}; quota id {quotaId}',
    summaryQuotaId: 'quota id',
    summarySpendingLimit: 'spendingLimit',
    summaryBilling: 'billing',
    summaryState: 'state',
  },
  network: {
    found: 'In Azure, {name} is of the kind "{resource}".',
    notFound:
      'I found no single resource named {name} that your account can read in this subscription, so I could not read its network from Azure.',
    delegated: 'Azure shows a delegated subnet in {vnets} (D3).',
    noDelegated: 'Azure shows no delegated subnet in the virtual networks of this subscription (D3).',
    delegatedItem: 'the virtual network {vnet} (subnet {subnet}, delegated to {service})',
    egress: {
      firewall:
        'The subnet {subnet} sends 0.0.0.0/0 to the Azure Firewall {firewall} ({ip}, route table {routeTable}): the mail does not go directly to the internet (D4).',
      virtualAppliance:
        'The subnet {subnet} sends 0.0.0.0/0 to a network virtual appliance at {ip} (route table {routeTable}): the mail does not go directly to the internet (D4).',
      gateway:
        'The subnet {subnet} sends 0.0.0.0/0 to a virtual network gateway (route table {routeTable}): the mail does not go directly to the internet (D4).',
      internetRoute: 'The subnet {subnet} sends 0.0.0.0/0 directly to the internet (route table {routeTable}) (D4).',
      natGateway: 'The subnet {subnet} reaches the internet directly, through its NAT gateway (D4).',
      publicIp: "The subnet {subnet} reaches the internet directly, through the network interface's public IP address (D4).",
      defaultOutbound: "The subnet {subnet} reaches the internet directly, through Azure's default outbound access (D4).",
      dropped: 'The subnet {subnet} has no route to the internet, so no mail leaves it, whatever the port (D4).',
    },
    siteRouteAll: '{name} is integrated with the subnet {subnet} and routes all its outbound traffic through it (S2).',
    sitePrivateOnly:
      '{name} is integrated with the subnet {subnet}, but routes only private traffic through it: its mail to the internet does not go through the VNet (S2).',
    siteNoVnet: '{name} has no VNet integration (S2).',
    siteAse: '{name} runs in the App Service Environment v3 {ase} (S2).',
    noFirewall: 'Azure shows no Azure Firewall in this subscription (S3).',
    noAse: 'Azure shows no App Service Environment v3 in this subscription (S2).',
    conflict: 'You told me "{fact}: {told}", but Azure shows "{azure}". I have changed neither; which is right?',
    failedForbidden: 'I could not read {what} with your account (it needs the Reader role on the subscription), so I will ask instead.',
    failedOther: 'I could not read {what} from Azure just now, so I will ask instead.',
    families: {
      delegatedSubnets: 'the delegated subnets of this subscription',
      target: 'the network of {name}',
      environment: 'whether this subscription has an App Service Environment v3 or an Azure Firewall',
    },
    verifiedNote: 'Verified with Azure, read with your account: {facts}.',
    temporarySubnetIn:
      'Add a new temporary subnet to {vnets}, which has a delegated subnet, then remove it. Do this for each such virtual network of the exempted subscription.',
    summaryAzureSays: 'Azure: {value}',
    summaryLabel: 'Network (read from Azure)',
    summaryRoute: '{name} reaches 0.0.0.0/0 through {via}',
    via: {
      firewall: 'an Azure Firewall',
      virtualAppliance: 'a virtual appliance',
      gateway: 'a virtual network gateway',
      internetRoute: 'a route to the internet',
      natGateway: 'a NAT gateway',
      publicIp: 'a public IP address',
      defaultOutbound: 'default outbound access',
      dropped: 'no route',
    },
    summaryVnets: 'delegated subnets in {vnets}',
    summaryFirewalls: 'Azure Firewall: {names}',
    summaryAse: 'App Service Environment v3: {names}',
    summaryIntegration: '{name}: VNet integration {subnet}, all traffic routed: {routeAll}',
  },
  forgotten: 'Done: I have deleted what I stored about this conversation. Send any message to start a new triage.',
  sendAgain: 'Sorry, several of your messages arrived at the same moment and I could not take this one in. Please send it again.',
  storageUnavailable:
    'Sorry, I cannot reach my storage right now, so I could not take in that message. Your answers so far are kept: please send it again in a minute. (Reference for support: {ref})',
  handoff: {
    askDescription:
      'I will hand this to a support engineer, with the summary above so nobody asks the same questions again. If you like, describe the problem in your own words (what you tried, error messages), or choose "Skip".',
    describeBounce:
      'The receiving domain refused the mail (E2), so its mail provider is the one who can fix it: send them the full bounce message (NDR). If you still want a person here to look, paste that bounce message as your description.',
    skip: { label: 'Skip', synonyms: ['skip', 'no description', 'nothing to add', 'none'] },
    yes: { label: 'Yes, send it', synonyms: ['yes', 'y', 'send', 'send it', 'ok', 'confirm'] },
    no: { label: 'No, do not send', synonyms: ['no', 'n', 'do not send', "don't send", 'dont send'] },
    confirm: 'Your description: {description}\n\nShall I send this case to support?',
    noDescription: '(none)',
    identityNote: 'Your Teams identity goes with the case, so that the engineer can chat with you.',
    addedToDescription: 'I added that to your description.',
    notAnsweredYet: 'not answered yet',
    noVerdictYet: 'not reached yet (you asked for a person before the last question)',
    cannotLift:
      "Please note: the article gives no way to lift this ({rules}); for a blocked subscription type, Azure's own port-25 diagnostic also answers that the exemption cannot be authorized. The engineer starts from this answer; the way forward is an authenticated SMTP relay on port 587 (R0).",
    cannotEnable:
      'Please note: sending mail on port 25 is not supported from this service ({rules}), and the article gives no way to enable it. The engineer starts from this answer; the way forward is an authenticated SMTP relay on port 587 (R0).',
    descriptionLabel: 'Description',
    noTeam: {
      askDescription:
        'No support team is connected to this bot, so nobody will read a case here. I can save one with the summary above and tell you where to take it. If you like, describe the problem in your own words (what you tried, error messages), or choose "Skip".',
      confirm: 'Your description: {description}\n\nShall I save this case? Nobody reads it here: I will tell you where to take it.',
      yes: 'Yes, save it',
      no: 'No, do not save',
      notSent: 'Nothing was saved. Type "agent" whenever you want the case summary and where to take it.',
      cannotLift:
        "Please note: the article gives no way to lift this ({rules}); for a blocked subscription type, Azure's own port-25 diagnostic also answers that the exemption cannot be authorized. The way forward is an authenticated SMTP relay on port 587 (R0).",
      cannotEnable:
        'Please note: sending mail on port 25 is not supported from this service ({rules}), and the article gives no way to enable it. The way forward is an authenticated SMTP relay on port 587 (R0).',
      statusOpen: 'saved; no support team is connected to this bot',
    },
    created: 'Your case number is **{number}**. Type "status" at any time to see your open cases.',
    openNow:
      'Support works {days}, {hours} ({zone}), and is working now: an engineer will take your case shortly. I will tell you here when it moves.',
    closedNow:
      'Support works {days}, {hours} ({zone}), and is closed now: you will hear back from {when} ({zone}) on. I will tell you here when your case moves.',
    deliveryPending:
      'Your case is saved, but it has not reached the support team yet: I keep trying, and nothing is lost if it takes a while.',
    noSupportChannel:
      "Your case {number} is saved, but the support team's channel is not connected to this bot right now, so nobody on the team has it yet. It goes to them as soon as the channel is connected again, and I will tell you here when it moves. If it cannot wait: {next}",
    noDestination: 'No support team is connected to this bot yet, so nobody will pick case {number} up from here. {next}',
    next: {
      azureSupport:
        'Please open a support request in the Azure portal (Help + support → Create a support request) with the problem type {category} (H1), and give it the case summary above.',
      relay:
        'Azure support cannot lift this block or enable port 25 here, so a support request would not change it: the way forward is an authenticated SMTP relay on port 587 (R0). Whoever helps you set it up can start from the verdict in the case summary above.',
      receivingDomain:
        "The receiving domain refused the mail, which is not an Azure support case (E2): send the receiving domain's mail provider the full bounce message (NDR), with its status code, your sending IP address and the time it happened.",
    },
    notSent: 'Nothing was sent. Type "agent" whenever you want to reach a person.',
    storeFull:
      'Sorry, I cannot take new cases right now: the case store is full, so nothing was sent. Your answers are kept: type "agent" again later. {next}',
    tooManyCases:
      'Sorry, I cannot open another case for you right now: many cases came from your network in the last hour, so nothing was sent. Your answers are kept: type "agent" again later. {next}',
    cases: {
      offerOne:
        'You already have an open case, {number} ({status}). If this is about the same problem, type what you want to add and I will add it to that case; for a different problem, choose "New case" and I will open one with your answers so far. Type "cancel" to leave it as it is.',
      offerMany:
        'You already have open cases: {cases}. If this is about the same problem as one of them, choose it, or type your message and I will add it to the latest, {number}; for a different problem, choose "New case" and I will open one with your answers so far. Type "cancel" to leave them as they are.',
      full: 'You already have {count} open cases ({cases}), the most I keep open for one person, so I cannot open another until one is resolved. Type your message and I will add it to the latest, {number}, or choose the case; type "cancel" to leave them as they are.',
      caseItem: '{number} ({status})',
      addLabel: 'Add to {number}',
      newCase: { label: 'New case' },
      askAddition: 'What shall I add to case {number}? Type it, or "cancel".',
      added: 'Added to case {number}: the support team sees it with the case.',
      addedNobody: 'I added that to case {number}. No support team is connected to this bot yet, so nobody will read it here. {next}',
      gone: 'Case {number} is no longer open, so I added nothing to it. Type "agent" to open a new case.',
    },
    saveFailed:
      'Sorry, I could not save your case just now, so nothing was sent. Your answers are kept: please type "agent" again in a minute.',
    statusNone: 'You have no open cases.',
    statusTitle: 'Your open cases:',
    statusLine: '{number}: {status}, opened {when} ({zone})',
    statusNames: { open: 'waiting for an engineer', assigned: 'assigned', resolved: 'resolved', reopened: 'reopened' },
    card: {
      title: 'Case {number}: cannot send mail on port 25',
      status: 'Status',
      assignee: 'Assigned to',
      unassigned: 'nobody yet',
      opened: 'Opened',
      rating: 'Satisfaction',
      language: "Requester's language",
      email: "Requester's e-mail",
      actions: { assign: 'Assign to me', resolve: 'Resolve', reopen: 'Reopen', chat: 'Chat with requester' },
    },
    languageNames: { en: 'English', ja: 'Japanese' },
    thread: {
      assigned: 'Assigned to {name}.',
      resolved: 'Resolved by {name}.',
      reopened: 'Reopened by {name}.',
      rated: 'The requester rated the help {rating}/5.',
    },
    notify: {
      assigned: 'Your case {number} was assigned to {name}, who will contact you.',
      resolved: 'Your case {number} was resolved by {name}. How satisfied are you with the help? Choose from 1 (not at all) to 5 (very).',
      reopened: 'Your case {number} was reopened by {name}.',
    },
    ratingThanks: 'Thank you for your rating.',
    staleRating: 'Case {number} is {status} now, so it cannot be rated yet; I will ask again once it is resolved.',
    staleAction: 'Case {number} is {status} now, so that button no longer applies; the card shows where it stands.',
    registerChannelWords: ['register support channel', 'register as support channel', 'use this channel for support'],
    channelRegistered: 'This channel now receives the support cases: one card per case, to assign, resolve and reopen.',
    registerRefused:
      'Only a support admin (listed in the SUPPORT_ADMINS setting) can register a support channel, and only inside a Teams channel.',
    requester: {
      alreadyRated: 'Case {number} is already rated, thank you: one rating per resolution.',
      forgetDeleted:
        "I have also deleted your cases {numbers}: their answers, description and how to reach you. A card already posted about one in the support team's channel stays there; ask the team to delete it if you wish.",
      forgetKept:
        'Case {numbers} is already with a support engineer, so it is kept until it is resolved: its number, your answers and description, and how to reach you here (in Teams also your sign-in name), because the engineer needs them to help you. Type "forget me" again once it is resolved and I will delete it. The card already posted in the support team\'s channel is theirs; ask them to delete it if you wish.',
    },
    chat: {
      joined:
        '{name} from the support team has joined this chat about case {number}: from now on your messages go to them, not to me. Type "end chat" to come back to me; "status" and "help" still work.',
      fromEngineer: '**{name} (support engineer):** {text}',
      fromRequester: '**Requester:** {text}',
      added: '**The requester added:** {text}',
      attachment: '[file: {name} ({type})]',
      help: 'You are chatting with a support engineer about case {number}: what you type goes to them. Type "end chat" to come back to me, or "status" to see your cases.',
      endedByRequester:
        'You have ended the chat with the support engineer; I am back. Your case {number} stays open, and I will tell you here when it moves.',
      endedByEngineer: '{name} has ended the chat; I am back. I will tell you here when case {number} moves.',
      threadEndedByRequester: 'The requester ended the chat.',
      threadEndedByEngineer: '{name} ended the chat: the requester talks to the bot again.',
      notDelivered: 'Your message could not be delivered to the requester just now; please send it again.',
      slowDown:
        'That was a lot of messages at once, so this one was not passed on to the engineer. Please wait a few seconds and send it again.',
      caseResolved: 'Case {number} is resolved, so nothing is relayed to the requester; reopen it to chat.',
      requesterBusy:
        'The requester is chatting with the support team about case {other} in the same conversation, so this message was not relayed: one chat at a time. Send it again once that chat has ended.',
    },
    email: {
      ask: 'Optional: if you may leave this page, type your e-mail address before you answer, so that the support team can also reach you by e-mail. Without it they answer only in this chat.',
      invalid:
        'That does not look like an e-mail address (like jane@contoso.com), so I have not kept it. Type it again, or answer yes or no.',
      confirmLine: 'Your e-mail address for the support team: {email}',
    },
    protocol: {
      initiated: 'I am passing your case {number} to a support agent, who will join this conversation. You can keep typing here.',
      accepted: 'A support agent has taken your case {number} and will answer here.',
      completed:
        'The support agent has closed the conversation about case {number}. How satisfied are you with the help? Choose from 1 (not at all) to 5 (very).',
      failedToTeam:
        'No agent could take case {number} just now, so I have passed it to the support team, who will contact you. I will tell you here when it moves.',
      failedToPortal: 'No agent could take case {number} just now. {next}',
    },
    ticket: {
      offer:
        'I can also open an Azure support ticket in your name (it needs a Professional Direct, Premier or Unified support plan and the Support Request Contributor role). How severe is it? Or choose "No ticket".',
      severity: {
        minimal: { label: 'C - Minimal impact', synonyms: ['minimal', 'c', 'low'] },
        moderate: { label: 'B - Moderate impact', synonyms: ['moderate', 'b', 'medium'] },
        critical: { label: 'A - Critical impact', synonyms: ['critical', 'a', 'high', 'urgent'] },
      },
      no: { label: 'No ticket', synonyms: ['no', 'no ticket', 'none', 'skip'] },
      contactPrompt:
        'Who should support contact? Type your first name, last name and email, and your country as a 3-letter code if it is not the USA (for example: Jane Doe jane@contoso.com GBR).',
      contactNotUnderstood: 'Sorry, I need a first name, a last name and an email address, like: Jane Doe jane@contoso.com',
      confirm:
        'The ticket: "{title}", severity {severity}, contact {name} <{email}>, country {country}, time zone {timeZone}, by email. May Microsoft support collect diagnostic information from your Azure resources for this ticket?',
      withDiagnostics: { label: 'Open it, with diagnostics', synonyms: ['yes', 'with diagnostics', 'open it'] },
      withoutDiagnostics: { label: 'Open it, without diagnostics', synonyms: ['without diagnostics', 'no diagnostics'] },
      cancel: { label: 'Do not open', synonyms: ['cancel', 'do not open', "don't open", 'no'] },
      notUnderstood: 'Please choose one of the options.',
      title: 'Cannot send email on port 25 (case {number})',
      created: 'Your Azure support ticket is open: {id}. Microsoft support will contact you by email.',
      exists: 'This case already has its Azure support ticket ({id}); I did not open a second one.',
      portal:
        'I could not open the ticket ({reason}). Please open it in the Azure portal: Help + support → Create a support request, with the problem type {category}, and quote {number}.',
      reasons: {
        refused:
          'Azure refused: your account needs a Professional Direct, Premier or Unified support plan and the Support Request Contributor role',
        classificationNotFound: 'Azure no longer lists this problem type under that name',
        unavailable: 'Azure did not answer in time',
        noSubscription: 'I do not know your subscription id',
        notSignedIn: 'you did not sign in',
      },
      notOpened: 'No ticket was opened.',
    },
  },
  teamsChat: {
    pictureReceived:
      'Picture received. I cannot read pictures, so please type what it shows (the error message, for instance). If you ask for a person, the picture goes with your case as a link.',
    picturesLabel: 'Pictures',
    picture: 'Picture',
    addedToGroup:
      'Hello! I help when mail sent from Azure does not go out on TCP port 25. Here, @mention me to talk to me, for example "@{name} my VM cannot send mail". Each person gets their own questions; "status" here shows only how many cases you have open.',
    statusInGroup: {
      one: 'You have 1 open case. To see its number and status, type "status" in a personal chat with me.',
      other: 'You have {count} open cases. To see their numbers and status, type "status" in a personal chat with me.',
    },
    statusInGroupNone: 'You have no open cases.',
    forgetDeletedInGroup: {
      one: "I have also deleted your case: its answers, description and how to reach you. A card already posted about it in the support team's channel stays there; ask the team to delete it if you wish.",
      other:
        "I have also deleted your {count} cases: their answers, description and how to reach you. A card already posted about one in the support team's channel stays there; ask the team to delete it if you wish.",
    },
    forgetKeptInGroup: {
      one: 'One of your cases is already with a support engineer, so it is kept until it is resolved, because the engineer needs your answers, description and how to reach you to help you. Type "forget me" again once it is resolved and I will delete it. Its number: type "status" in a personal chat with me.',
      other:
        '{count} of your cases are already with a support engineer, so they are kept until they are resolved, because the engineer needs your answers, description and how to reach you to help you. Type "forget me" again once they are resolved and I will delete them. Their numbers: type "status" in a personal chat with me.',
    },
    cardAnswered: 'Answered: {choice}',
    cardAskedAgain: 'Asked again below: please answer there.',
    cardAnsweredAlready:
      'That question was answered already ({choice}); the buttons of an earlier card change nothing now. To change an answer, type it, for example "actually it is EA".',
  },
} satisfies Catalog;
