/** The shape every locale catalog fills: all words the bot says, and the words it understands. */
import type { Culture } from './culture';

export type Locale = 'en' | 'ja';

export interface OptionText {
  label: string;
  /** Other words for the option; the recogniser accepts those of every locale. */
  synonyms: string[];
}

/**
 * A triage question's words, keyed by the core's question and option ids (src/triage/questions.ts,
 * the one list of questions). The locale does not import the core: the core checks, when it
 * compiles, that each catalog has the words of every question and option (src/triage/catalogTexts.ts).
 */
export interface Question {
  prompt: string;
  options: Record<string, { label: string }>;
}

export interface Catalog {
  /** How the language joins lists, spaces notes, orders names and writes dates (culture.ts). */
  culture: Culture;
  /** The language's own name, as a switch button shows it. */
  languageName: string;
  articleUrl: string;
  welcome: string;
  help: string;
  cancelled: string;
  startingOver: string;
  languageSwitched: string;
  notUnderstood: string;
  staleButton: string;
  subscriptionIdAccepted: string;
  subscriptionIdMalformed: string;
  offerIdUnknown: string;
  vnetIntegrationHint: string;
  /** The button under a list of choices on a card (Teams). */
  sendChoice: string;
  /** Shown on the card when "send" is pressed with nothing chosen. */
  chooseOne: string;
  /** By question id. */
  questions: Record<string, Question>;
  /** The conversation's own lines: what the core says beside the questions. */
  talk: TalkTexts;
  /** By the policy's outcome (the core checks that every one has its line). */
  outcome: Record<string, string>;
  /** The verdict line when the outcome is our reading of the article's wording (D4), not its words. */
  outcomeByReading: Record<'open' | 'blocked', string>;
  decidedBy: string;
  nextSteps: string;
  source: string;
  solvedThanks: string;
  escalationIntro: string;
  escalationHowTo: string;
  noEscalation: string;
  /** S4 after "did that solve it? — no": not supported, nothing to lift: {rules}. */
  noEscalationUnsupported: string;
  receivingDomainNotAzure: string;
  summary: {
    title: string;
    resource: string;
    subscription: string;
    subscriptionId: string;
    notAsked: string;
    toldByUser: string;
    notVerified: string;
    facts: string;
    verdict: string;
    /** After the verdict, when an open question could still change it. */
    provisional: string;
    category: string;
    /** Before the verdicts of the other senders named in the same conversation. */
    otherSenders: string;
  };
  /** Several senders named in one message; the subscription is shared. */
  senders: {
    /** {label}: one sender's name inside a sentence. */
    named: string;
    /** {senders}: every one can be decided now. */
    oneVerdictEach: string;
    /** {senders}, {first}: some need a question, so they come one after the other. */
    oneAfterAnother: string;
    /** {sender}, {place}, {count}: before each sender's verdict, and before the first question about the next one. */
    heading: string;
    /** {options}: the kinds a person named as alternatives ("either a VM or a web app"), one of which sends. */
    which: string;
  };
  /** By clarifying fact (the core checks that every one has its label). */
  factLabels: Record<string, string>;
  values: { yes: string; no: string; unsure: string };
  anythingElse: string;
  errorApology: string;
  /** After "forget me": the conversation's stored data is deleted. */
  forgotten: string;
  /** The message arrived together with another one of the same conversation and could not be taken in. */
  sendAgain: string;
  /** The state store cannot be reached; the answers so far are kept. */
  storageUnavailable: string;
  /** Reading the subscription from Azure as the signed-in person (issue 3). */
  azure: AzureTexts;
  network: NetworkTexts;
  /** Hand-off to human support: cases and their delivery (issue 5). */
  handoff: HandoffTexts;
  /** What the bot says only in Teams: pictures, group chats and channels, answered cards. */
  teamsChat: TeamsChatTexts;
}

/** A text in each plural form the language has (Intl.PluralRules): English "one" and "other", Japanese "other" only. */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

export interface TeamsChatTexts {
  /** A picture in a message: the bot cannot read it, and says where it goes. */
  pictureReceived: string;
  /** On the case card: the pictures the requester sent, each a link. */
  picturesLabel: string;
  picture: string;
  /** Once, when the bot is added to a group chat or a team: how to call it. `{name}` is the bot's name. */
  addedToGroup: string;
  /** "status" asked in a group chat or channel: only the count there; `{count}` open cases. */
  statusInGroup: Plural;
  statusInGroupNone: string;
  /** "forget me" in a group chat or channel: how many cases were deleted, or kept, without their numbers. {count}. */
  forgetDeletedInGroup: Plural;
  forgetKeptInGroup: Plural;
  /** An answered card, updated in place: the question's text stays, the buttons go. {choice}. */
  cardAnswered: string;
  /** An unanswered card whose question was asked again with a new card, updated in place without its buttons. */
  cardAskedAgain: string;
  /** A press on a card whose question was answered already (or whose case was sent). {choice}. */
  cardAnsweredAlready: string;
}

export type TopicId = 'whyBlocked' | 'relay' | 'exchangeOnline' | 'supportUnblock' | 'reboot' | 'otherPorts';

export interface TalkTexts {
  /** The person wrote in this language, so the bot goes on in it. */
  languageFollowed: string;
  goodbye: string;
  /** A message after the closing: the facts are kept and the conversation goes on from them. */
  continuing: string;
  /** Before a verdict given with answers still open: each step that depends on one says so. */
  whateverTheAnswers: string;
  youAreWelcome: string;
  personOffer: string;
  /** A question already sent twice is not sent again: its fact stays open and the conversation goes on. */
  movingOn: string;
  /** A supposition before the verdict that decides none: taken as a what-if, not noted as a fact. */
  supposedOnly: string;
  lookupNotConfigured: string;
  /** 「従量課金プラン」 names the Pay-As-You-Go type and the Functions Consumption hosting plan: which is meant. */
  consumptionPlan: { prompt: string; subscription: string; functions: string };
  /** Company words ("our company signed with Microsoft") name no subscription type: the type is asked. */
  companyContract: string;
  /** {facts}: what was read from the message, so a misreading shows. */
  understood: string;
  /** {fact}, {from}, {to}. */
  changed: string;
  /** {facts}: a guess, confirmed before it counts. */
  confirmGuess: string;
  confirmYes: string;
  confirmNo: string;
  /** {options}. */
  didYouMean: string;
  notUnderstoodShort: string;
  showAll: string;
  /** The relay advice after the first verdict, in one line (R0). */
  relayReminder: string;
  verdictAgain: string;
  /** The verdict of each possibility, while what sends or the subscription is still open. */
  possibilities: PossibilityTexts;
  /** A what-if after a verdict: what the supposed facts would give; the person's own facts stay as they are. */
  whatIf: {
    /** {facts}: the supposed facts, before the verdict they would give. */
    intro: string;
    /** {facts}: the person's own facts, kept. */
    kept: string;
  };
  /**
   * A step that holds only for one answer of a fact still open, said as a condition: {step} is the step's
   * text. A step whose own text already states the condition keeps it as it is ("{step}").
   */
  conditions: Record<string, { yes: string; no: string }>;
  /** "I don't know", first time: what each answer would mean, with rule ids, and how to find out. */
  unsure: Record<string, string>;
  /** "I don't know" again: who can tell, and the other ways on. */
  unsureAgain: string;
  /**
   * With no support team or agent hub connected (local mode), "agent" saves a case and says where to take it: these
   * lines say so instead of promising a person.
   */
  noTeam: { help: string; goodbye: string; personOffer: string; unsureAgain: string };
  unsureSignIn: string;
  /** Side questions, answered from the article with rule ids. */
  topics: Record<TopicId, string>;
  /** How a read fact is named when said back. */
  /** By fact (the core checks that every one has its name). */
  factNames: Record<string, string>;
  /** The plain words "Microsoft Customer Agreement" and "dev/test", before their separating question. */
  plainKinds: { mca: string; devTest: string };
}

export interface PossibilityTexts {
  /** Before them, when the person asked for the steps. */
  steps: string;
  /** Before them, when the person could not answer. */
  unsure: string;
  /** {resource}. */
  whenResource: string;
  /** {subscription}. */
  whenSubscription: string;
  /** {resource}, {subscription}. */
  whenBoth: string;
  /** What sends, by the article's group (S1–S4), to fill {resource}. */
  resources: Record<string, string>;
  /** An App Service or Functions app with VNet integration (S2) or without (S4), to fill {resource}. */
  vnetIntegration: { yes: string; no: string };
  /** The subscription by its rule (E1, D1, O1), to fill {subscription}. */
  subscriptionGroups: Record<string, string>;
  /** {kind}: the option of the question that separates a plain "MCA" or "dev/test", to fill {subscription}. */
  separatedBy: { mcaKind: string; devTestKind: string };
  /** Before the steps that hold in every possibility. */
  always: string;
  /** After the verdicts of each sender and subscription, when what sends is open too: the steps come once it is known. */
  stepsOnceKnown: string;
  /** After them: the relay on port 587 works whatever the answers (R0). */
  relay: string;
}

export interface HandoffTexts {
  /** Under the case summary. */
  askDescription: string;
  /** Before it after a rejection by the receiving domain (E2): its provider fixes it, with the full bounce (NDR) text. */
  describeBounce: string;
  skip: OptionText;
  yes: OptionText;
  no: OptionText;
  /** {description}, or the `noDescription` text. */
  confirm: string;
  noDescription: string;
  /** Teams: the requester's identity goes with the case so that an engineer can chat with them. */
  identityNote: string;
  /** A sentence at the confirmation was added to the description, shown again below. */
  addedToDescription: string;
  /** A summary line the triage had not asked yet when the person asked for a human. */
  notAnsweredYet: string;
  /** The summary's verdict line when the person asked for a human before the triage had one. */
  noVerdictYet: string;
  /** Blocked and unsupported verdicts: {rules}. */
  cannotLift: string;
  /** The same note for S4, which is no block but not supported: {rules}. */
  cannotEnable: string;
  descriptionLabel: string;
  /**
   * With no support team or agent hub connected (HANDOFF_DESTINATIONS empty, as in local mode): the same steps,
   * promising nobody's answer. The case is saved, and the person is told where to take it.
   */
  noTeam: {
    askDescription: string;
    /** {description}. */
    confirm: string;
    yes: string;
    no: string;
    notSent: string;
    /** The summary's note on a verdict support cannot lift or enable, without "the engineer starts from it": {rules}. */
    cannotLift: string;
    cannotEnable: string;
    /** An open case in "status" and the offers: nobody is waiting to take it. */
    statusOpen: string;
  };
  /** {number}. */
  created: string;
  /** {days}, {hours}, {zone}. */
  openNow: string;
  /** {days}, {hours}, {zone}, {when}. */
  closedNow: string;
  /** The case is saved, and a destination has not taken it yet (it is retried). */
  deliveryPending: string;
  /** The team's channel is a destination, but none is registered: the case waits for it. {number}, {next}. */
  noSupportChannel: string;
  /** No destination is configured: {number}, {next}. */
  noDestination: string;
  /**
   * {next}: where the person can go on their own, by the policy's whereNext: an Azure support request with the H1
   * problem type ({category}) only where support can act; the relay (R0) for O1 and S4; the receiving domain's
   * provider with the bounce text for E2.
   */
  next: { azureSupport: string; relay: string; receivingDomain: string };
  notSent: string;
  /** The case store holds its maximum: nothing was saved. {next}. */
  storeFull: string;
  /** Too many new cases from this person's network lately: nothing was saved. {next}. */
  tooManyCases: string;
  /** A person asking for a human while they have open cases: add to one, or open a new one. */
  cases: CaseChoiceTexts;
  /** The case store could not be reached: nothing was saved. */
  saveFailed: string;
  statusNone: string;
  statusTitle: string;
  /** {number}, {status}, {when}. */
  statusLine: string;
  statusNames: Record<'open' | 'assigned' | 'resolved' | 'reopened', string>;
  /** The case card in the support team's Teams channel. */
  card: {
    /** {number}. */
    title: string;
    status: string;
    assignee: string;
    unassigned: string;
    opened: string;
    rating: string;
    /** The requester's language, so the engineer knows which to answer in. */
    language: string;
    /** The requester's e-mail address, when they gave one. */
    email: string;
    actions: { assign: string; resolve: string; reopen: string; chat: string };
  };
  /** Language names, in this catalog's language. */
  languageNames: Record<Locale, string>;
  /** Lines in the card's thread: {name}, {rating}. */
  thread: { assigned: string; resolved: string; reopened: string; rated: string };
  /** Notices to the requester: {number}, {name}. */
  notify: { assigned: string; resolved: string; reopened: string };
  ratingThanks: string;
  /** A rating button of a case that is not resolved (any more): {number}, {status}. */
  staleRating: string;
  /** A card button for a move the case no longer allows: {number}, {status}. */
  staleAction: string;
  registerChannelWords: string[];
  channelRegistered: string;
  /** Not one of SUPPORT_ADMINS, or not in a Teams channel. */
  registerRefused: string;
  /** What the requester is told about limits on their own cases, and what "forget me" did to them. */
  requester: {
    /** One rating per resolution: {number}. */
    alreadyRated: string;
    /** "forget me": cases deleted with the conversation: {numbers}. */
    forgetDeleted: string;
    /** "forget me": cases already with a person, kept until resolved, and why: {numbers}. */
    forgetKept: string;
  };
  /** Live chat between the requester and an engineer through the case card's thread. */
  chat: ChatTexts;
  /** An optional e-mail address from a web visitor, so that the team can reach them after they leave. */
  email: {
    /** Under the confirmation, for web visitors only (a Teams user's identity is known). */
    ask: string;
    invalid: string;
    /** In the confirmation: {email}. */
    confirmLine: string;
  };
  /** The Bot Framework hand-off protocol (an agent hub): {number}; failed: {next}, where the person goes on their own. */
  protocol: { initiated: string; accepted: string; completed: string; failedToTeam: string; failedToPortal: string };
  /** An Azure support ticket as the signed-in person (Microsoft.Support). */
  ticket: TicketTexts;
}

/** Said to the requester in the case's language; the thread lines and notes to engineers in the team's. */
export interface ChatTexts {
  /** To the requester, once, when an engineer first writes: {name}, {number}. */
  joined: string;
  /** An engineer's message relayed, marked as a person's: {name}, {text}. */
  fromEngineer: string;
  /** Thread: the requester's message, as written: {text}. */
  fromRequester: string;
  /** Thread: a message the requester added to their open case: {text}. */
  added: string;
  /** What cannot pass through is described: {name}, {type}. */
  attachment: string;
  /** To the requester while chatting, for "help": {number}. */
  help: string;
  endedByRequester: string;
  /** {name}, {number}. */
  endedByEngineer: string;
  /** Thread lines: {name}. */
  threadEndedByRequester: string;
  threadEndedByEngineer: string;
  /** To the engineer: the requester could not be reached. */
  notDelivered: string;
  /** To the requester: messages came faster than the thread takes them; this one was not passed on. */
  slowDown: string;
  /** To the engineer: a resolved case relays nothing: {number}. */
  caseResolved: string;
  /** To the engineer: the requester's conversation is in a live chat about another case, {other}; nothing was relayed. */
  requesterBusy: string;
}

/** Several open cases per person, one per problem. */
export interface CaseChoiceTexts {
  /** One case open: {number}, {status}. */
  offerOne: string;
  /** Several open: {cases} (each `caseItem`), {number} the latest. */
  offerMany: string;
  /** At the most a person may have open: {count}, {cases}, {number} the latest. */
  full: string;
  /** {number}, {status}. */
  caseItem: string;
  /** The button that adds to a case: {number}. */
  addLabel: string;
  newCase: { label: string };
  /** A case chosen without a message: {number}. */
  askAddition: string;
  /** Added, and the team sees it (its card's thread, or the card): {number}. */
  added: string;
  /** Added, but no support team is connected: nobody reads it here. {number}, {next}. */
  addedNobody: string;
  /** Resolved meanwhile: {number}. */
  gone: string;
}

export interface TicketTexts {
  /** After the case number: an Azure ticket too? Severity options or no. */
  offer: string;
  severity: Record<'minimal' | 'moderate' | 'critical', OptionText>;
  no: OptionText;
  /** First name, last name, email (and optionally a 3-letter country code). */
  contactPrompt: string;
  contactNotUnderstood: string;
  /** {title}, {severity}, {name}, {email}, {country}, {timeZone}. */
  confirm: string;
  withDiagnostics: OptionText;
  withoutDiagnostics: OptionText;
  cancel: OptionText;
  notUnderstood: string;
  /** Title of the ticket: {number}. */
  title: string;
  /** {id}. */
  created: string;
  exists: string;
  /** Portal path for every refusal: {category}, {number}, {reason}. */
  portal: string;
  reasons: Record<'refused' | 'classificationNotFound' | 'unavailable' | 'noSubscription' | 'notSignedIn', string>;
  notOpened: string;
}

/** The network facts read with Resource Graph (D3, D4, S2, S3); every line cites its rule. */
export interface NetworkTexts {
  /** {name}, {resource}. */
  found: string;
  /** {name}: no single resource of that name the person's account can read. */
  notFound: string;
  /** {vnets}: each "vnet (subnet, service)". */
  delegated: string;
  noDelegated: string;
  /** One VNet of the list: {vnet}, {subnet}, {service}. */
  delegatedItem: string;
  /** Where a subnet's 0.0.0.0/0 goes: {subnet}, {firewall}, {ip}, {routeTable}. */
  egress: Record<
    'virtualAppliance' | 'firewall' | 'gateway' | 'internetRoute' | 'natGateway' | 'publicIp' | 'defaultOutbound' | 'dropped',
    string
  >;
  /** A web or function app: {name}, {subnet}, {ase}. */
  siteRouteAll: string;
  sitePrivateOnly: string;
  siteNoVnet: string;
  siteAse: string;
  /** The resource the person named is not in the subscription as Azure shows it. */
  noFirewall: string;
  noAse: string;
  /** {fact}, {told}, {azure}: shown side by side, then the fact's question. */
  conflict: string;
  /** One line for everything that could not be read: {what}. */
  failedForbidden: string;
  failedOther: string;
  /** What each family reads, for the failure line ({name}: the named resource). */
  families: Record<'delegatedSubnets' | 'target' | 'environment', string>;
  /** Under the verdict: {facts} read from Azure. */
  verifiedNote: string;
  /** The D3 step naming where the temporary subnet goes: {vnets}. */
  temporarySubnetIn: string;
  /** Summary: the fact as Azure states it, beside the person's: {value}. */
  summaryAzureSays: string;
  /** Summary line label for the network facts. */
  summaryLabel: string;
  /** Summary: {name} reaches 0.0.0.0/0 via {via}. */
  summaryRoute: string;
  /** Summary: short names of each route kind. */
  via: Record<
    'virtualAppliance' | 'firewall' | 'gateway' | 'internetRoute' | 'natGateway' | 'publicIp' | 'defaultOutbound' | 'dropped',
    string
  >;
  summaryVnets: string;
  summaryFirewalls: string;
  summaryAse: string;
  summaryIntegration: string;
}

export interface AzureTexts {
  /** The extra option of the subscription question when an OAuth connection is configured. */
  signInOption: OptionText;
  /** Above the sign-in card. */
  signInPrompt: string;
  /** The sign-in card's button. */
  signInButton: string;
  signInFailed: string;
  pickPrompt: string;
  pickNotUnderstood: string;
  noSubscriptions: string;
  /** {name}, {id}, {kinds}, {quotaId}. */
  verified: string;
  /** Azure answered, but its quota id does not name a known offer family. */
  verifiedUnknown: string;
  /** Azure's quota id and billing facts disagree: {name}, {id}, {quotaId}. */
  contradiction: string;
  /** Billing facts that narrowed the kinds: {agreement}, {account}. */
  billingRead: string;
  separatePrompt: string;
  /** Shown when an individual MCA (counted as payAsYouGo) and MCA-E are both still possible. */
  individualMcaHint: string;
  notFoundOrForbidden: string;
  unavailable: string;
  /** Subscription states other than Enabled, pointed out because they matter whatever the port. */
  states: Record<'Disabled' | 'PastDue' | 'Warned' | 'Deleted', string>;
  summaryVerified: string;
  /** The subscription's own data as read from Azure (which does not make its type verified). */
  summaryRead: string;
  summaryAzureSaid: string;
  summaryQuotaId: string;
  summarySpendingLimit: string;
  summaryBilling: string;
  summaryState: string;
}
