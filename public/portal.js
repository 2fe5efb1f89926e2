/* The help portal's page script: language choice, page text, and Web Chat over Direct Line. */
/* global window, document, navigator, fetch, localStorage, sessionStorage, URL, console */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('portal-config').textContent);
  var STORAGE_KEY = 'smtp25-portal-locale';
  var webChatElement = document.getElementById('webchat');
  var startOverButton = document.getElementById('start-over');
  var languageButton = document.getElementById('language');
  var forgottenNotice = document.getElementById('forgotten');
  var forgottenReply = document.getElementById('forgotten-reply');
  var chat; // { directLine, store, subscription } once connected
  var EXPIRED_TOKEN = 3; // DirectLineJS ConnectionStatus.ExpiredToken
  // This tab's conversation, kept across reloads so that a reply sent while the page was closed is there.
  var CONVERSATION_KEY = 'smtp25-portal-conversation';
  var domain = new URL(config.directLine.domain, window.location.href).href.replace(/\/$/, '');

  function storedLocale() {
    try {
      return localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  }

  /** A choice made with the switch wins; otherwise the browser's language: Japanese for ja*, English otherwise. */
  function initialLocale() {
    var stored = storedLocale();
    if (stored === 'en' || stored === 'ja') return stored;
    return /^ja\b/i.test(navigator.language || '') ? 'ja' : 'en';
  }

  var locale = initialLocale();

  function text() {
    return config.text[locale];
  }

  function otherLocale() {
    return locale === 'ja' ? 'en' : 'ja';
  }

  function applyText() {
    var t = text();
    document.documentElement.lang = t.htmlLang;
    document.title = t.title;
    var elements = document.querySelectorAll('[data-text]');
    for (var i = 0; i < elements.length; i++) {
      elements[i].textContent = t[elements[i].getAttribute('data-text')];
    }
    var rules = document.getElementById('rules');
    rules.textContent = '';
    t.rules.forEach(function (rule) {
      var item = document.createElement('li');
      var id = document.createElement('span');
      id.className = 'rule-id';
      id.textContent = rule.id;
      var body = document.createElement('span');
      body.textContent = rule.text;
      item.append(id, ' ', body);
      rules.appendChild(item);
    });
    document.getElementById('article').href = t.articleUrl;
    languageButton.textContent = config.text[otherLocale()].languageName;
    languageButton.lang = config.text[otherLocale()].htmlLang;
  }

  var styleOptions = {
    accent: '#0f6cbd',
    backgroundColor: '#ffffff',
    bubbleBackground: '#f3f6fb',
    bubbleBorderRadius: 10,
    bubbleFromUserBackground: '#0f6cbd',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 10,
    bubbleBorderWidth: 0,
    bubbleFromUserBorderWidth: 0,
    botAvatarInitials: '25',
    botAvatarBackgroundColor: '#0f6cbd',
    hideUploadButton: true,
    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 16,
    rootHeight: '100%',
    primaryFont: "'Segoe UI', 'Yu Gothic UI', 'Meiryo', 'Hiragino Sans', 'Noto Sans CJK JP', system-ui, sans-serif",
  };

  function render() {
    window.WebChat.renderWebChat(
      { directLine: chat.directLine, store: chat.store, locale: text().webChatLocale, styleOptions: styleOptions },
      webChatElement,
    );
  }

  function say(message) {
    if (chat) chat.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: message } });
  }

  function showUnavailable(err) {
    console.error(err);
    webChatElement.textContent = '';
    var status = document.createElement('p');
    status.className = 'status error';
    status.setAttribute('role', 'alert');
    status.setAttribute('data-text', 'chatUnavailable');
    status.textContent = text().chatUnavailable;
    webChatElement.appendChild(status);
  }

  function fetchToken() {
    return fetch(config.directLine.tokenUrl, { method: 'POST', headers: { accept: 'application/json' } }).then(function (res) {
      if (!res.ok) throw new Error('token endpoint answered ' + res.status);
      return res.json();
    });
  }

  function savedConversation() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(CONVERSATION_KEY) || 'null');
      return saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string' ? saved : null;
    } catch {
      return null;
    }
  }

  function saveConversation(directLine) {
    try {
      if (directLine && directLine.conversationId && directLine.token) {
        sessionStorage.setItem(CONVERSATION_KEY, JSON.stringify({ conversationId: directLine.conversationId, token: directLine.token }));
      } else {
        sessionStorage.removeItem(CONVERSATION_KEY);
      }
    } catch {
      // Private windows may refuse storage: a reload then starts a new conversation.
    }
  }

  /** The saved conversation with a fresh token (the saved one may be near its end), or a new conversation. */
  function grantFor(saved) {
    if (!saved) return fetchToken();
    return fetch(domain + '/tokens/refresh', { method: 'POST', headers: { authorization: 'Bearer ' + saved.token } })
      .then(function (res) {
        if (!res.ok) throw new Error('refresh answered ' + res.status);
        return res.json();
      })
      .then(function (grant) {
        return { token: grant.token, conversationId: saved.conversationId, resumed: true };
      })
      .catch(function () {
        // Direct Line no longer keeps it: a new conversation.
        saveConversation(null);
        return fetchToken();
      });
  }

  /** Ends this conversation and starts a new one; the saved one is dropped so that a reload cannot resume it. */
  function startNewConversation() {
    chat.subscription.unsubscribe();
    chat.directLine.end();
    saveConversation(null);
    chat = undefined;
    startOverButton.disabled = true;
    connect().catch(showUnavailable);
  }

  function connect() {
    return grantFor(savedConversation()).then(function (grant) {
      var directLine = window.WebChat.createDirectLine({
        domain: domain,
        token: grant.token,
        // Resumed: the whole conversation is read again from its start, replies sent meanwhile included.
        conversationId: grant.resumed ? grant.conversationId : undefined,
        webSocket: config.directLine.webSocket,
        conversationStartProperties: { locale: text().webChatLocale },
      });
      // The documented welcome pattern: tell the bot the person has joined, in the page's language.
      var store = window.WebChat.createStore({}, function (api) {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
              var activity = action.payload.activity;
              var forgotten = activity.from.role === 'bot' && activity.channelData && activity.channelData.conversationForgotten;
              // The bot has deleted what it stored: resuming would only replay Direct Line's copy of the old messages.
              if (forgotten && chat && chat.directLine === directLine) {
                var result = next(action);
                startNewConversation();
                forgottenNotice.hidden = false;
                // The new conversation replaces the old one on screen: the bot's answer (which cases were deleted
                // or kept) stays readable here.
                forgottenReply.textContent = activity.text || '';
                forgottenReply.hidden = !activity.text;
                return result;
              }
            }
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
              saveConversation(directLine);
              // A resumed conversation was greeted already.
              if (!grant.resumed)
                api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: text().webChatLocale } } });
            }
            return next(action);
          };
        };
      });
      // DirectLineJS refreshes the token itself every 15 minutes (tokens live 30). When that could
      // not happen (a laptop asleep for an hour), the page fetches a new token and starts again.
      var subscription = directLine.connectionStatus$.subscribe(function (status) {
        if (status === EXPIRED_TOKEN && chat && chat.directLine === directLine) startNewConversation();
      });
      chat = { directLine: directLine, store: store, subscription: subscription };
      webChatElement.textContent = '';
      render();
      startOverButton.disabled = false;
    });
  }

  languageButton.addEventListener('click', function () {
    locale = otherLocale();
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private windows may refuse storage; the switch still works for this page.
    }
    applyText();
    if (chat) {
      render();
      say(text().switchCommand);
    } else {
      var status = webChatElement.querySelector('[data-text]');
      if (status) status.textContent = text()[status.getAttribute('data-text')];
    }
  });

  startOverButton.addEventListener('click', function () {
    say(text().startOverCommand);
  });

  // DirectLineJS refreshes its token as it goes: the latest one is kept for the next load.
  window.addEventListener('pagehide', function () {
    if (chat) saveConversation(chat.directLine);
  });

  applyText();
  connect().catch(showUnavailable);
})();
