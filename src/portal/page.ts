/**
 * The help portal: GET / serves a support page with Bot Framework Web Chat. Web Chat's bundle
 * is a build output (public/vendor/, scripts/vendorWebChat.js): no CDN, and no Web Chat package
 * in the production install. The page text comes from the portal catalog, the words it sends to
 * the bot (start over, language) from the bot's catalogs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Negotiator from 'negotiator';
import type { Request, Response, Server } from 'restify';
import { CATALOGS, localeFrom, type Locale } from '../locale';
import { commandWord } from '../triage';
import { PORTAL_TEXT } from '../locale/portal';
import { LEGAL_TEXT, type LegalPage } from '../locale/legal';

export interface PortalDeps {
  /**
   * Where the page gets a Direct Line token (POST), the Direct Line base URL it then talks to,
   * and whether it takes activities over the WebSocket stream (the service and the local endpoint both offer one).
   */
  directLine: { tokenUrl: string; domain: string; webSocket: boolean };
}

/** The page's own files (public/ at the package root), found the same way from src/ (ts-jest) and dist/src/. */
function assetsDir(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'public', 'portal.js'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no public/portal.js above ${from}`);
    dir = parent;
  }
  return path.join(dir, 'public');
}

interface Asset {
  type: string;
  body: Buffer;
  gzipped: Buffer;
}

function asset(file: string, type: string): Asset {
  const body = readFileSync(file);
  return { type, body, gzipped: gzipSync(body) };
}

/**
 * Web Chat under its content-hashed name, with the brotli and gzip copies the build made: the
 * name changes with the content, so a browser keeps it for a year without asking again.
 */
interface VendorAsset {
  name: string;
  encodings: Map<string, Buffer>;
}

function vendorWebChat(dir: string): VendorAsset {
  const manifestFile = path.join(dir, 'vendor', 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: run "npm run build" (it copies Web Chat there).`);
  const name = (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>)['webchat.js'];
  const file = path.join(dir, 'vendor', name);
  const encodings = new Map([
    ['br', readFileSync(`${file}.br`)],
    ['gzip', readFileSync(`${file}.gz`)],
    ['identity', readFileSync(file)],
  ]);
  return { name, encodings };
}

/** negotiator 1.x takes a preference among what the client weighs equally; its published types predate that. */
interface EncodingNegotiator {
  encoding(available: string[], options: { preferred: string[] }): string | undefined;
}

function sendVendorAsset(req: Request, res: Response, { encodings }: VendorAsset): void {
  const negotiator = new Negotiator({ headers: { 'accept-encoding': req.header('accept-encoding') } }) as unknown as EncodingNegotiator;
  // Browsers list gzip first at the same weight as br; the smaller one wins the tie.
  const available = [...encodings.keys()];
  const encoding = negotiator.encoding(available, { preferred: available }) ?? 'identity';
  res.writeHead(200, {
    'content-type': 'application/javascript; charset=utf-8',
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'accept-encoding',
    ...(encoding !== 'identity' ? { 'content-encoding': encoding } : {}),
  });
  res.end(encodings.get(encoding));
}

function sendAsset(req: Request, res: Response, { type, body, gzipped }: Asset): void {
  const gzip = /\bgzip\b/.test(req.header('accept-encoding') ?? '');
  res.writeHead(200, {
    'content-type': type,
    'cache-control': 'public, max-age=3600',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(gzip ? gzipped : body);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Everything the page script needs per language. */
function clientText(locale: Locale) {
  const catalog = CATALOGS[locale];
  return {
    ...PORTAL_TEXT[locale],
    languageName: catalog.languageName,
    articleUrl: catalog.articleUrl,
    // Sent as the person's message: the bot understands the commands of every language.
    startOverCommand: commandWord('startOver', locale),
    switchCommand: commandWord(locale === 'ja' ? 'japanese' : 'english', locale),
  };
}

/** The start of every page of the portal, up to its own head elements: one look, one stylesheet. */
function documentStart(lang: string, title: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/portal/portal.css">`;
}

export function renderPage(locale: Locale, directLine: PortalDeps['directLine'], webChatUrl: string): string {
  const text = PORTAL_TEXT[locale];
  const other: Locale = locale === 'ja' ? 'en' : 'ja';
  const config = { locale, directLine, text: { en: clientText('en'), ja: clientText('ja') } };
  // JSON inside <script>: "<" escaped so no text can close the element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  const rules = text.rules
    .map((r) => `<li><span class="rule-id">${escapeHtml(r.id)}</span> <span>${escapeHtml(r.text)}</span></li>`)
    .join('');
  return `${documentStart(text.htmlLang, text.title)}
<script type="application/json" id="portal-config">${json}</script>
<script src="${escapeHtml(webChatUrl)}" defer></script>
<script src="/portal/portal.js" defer></script>
</head>
<body>
<header class="banner">
  <div class="brand"><span class="logo" aria-hidden="true">25</span><span data-text="title">${escapeHtml(text.title)}</span></div>
  <button id="language" type="button" class="language" lang="${other}">${escapeHtml(CATALOGS[other].languageName)}</button>
</header>
<main class="layout">
  <!-- The chat comes first: on a phone it is what the page is for; wide screens place it on the right. -->
  <section class="chat" aria-labelledby="chat-heading">
    <div class="chat-bar">
      <h2 id="chat-heading" data-text="chatHeading">${escapeHtml(text.chatHeading)}</h2>
      <button id="start-over" type="button" class="start-over" data-text="startOver" disabled>${escapeHtml(text.startOver)}</button>
    </div>
    <p id="forgotten" class="notice" role="status" data-text="forgotten" hidden>${escapeHtml(text.forgotten)}</p>
    <p id="forgotten-reply" class="notice notice-reply" hidden></p>
    <div id="webchat" class="webchat"><p id="status" class="status" role="status" data-text="connecting">${escapeHtml(text.connecting)}</p></div>
  </section>
  <section class="intro">
    <h1 data-text="heading">${escapeHtml(text.heading)}</h1>
    <p class="tagline" data-text="tagline">${escapeHtml(text.tagline)}</p>
    <h2 data-text="rulesHeading">${escapeHtml(text.rulesHeading)}</h2>
    <ul id="rules" class="rules">${rules}</ul>
    <p class="relay" data-text="relay">${escapeHtml(text.relay)}</p>
    <p><a id="article" href="${escapeHtml(CATALOGS[locale].articleUrl)}" target="_blank" rel="noopener" data-text="articleLink">${escapeHtml(text.articleLink)}</a></p>
  </section>
</main>
</body>
</html>
`;
}

/** The privacy or terms page, in the browser's language; the Teams app package links these by default. */
export function renderLegalPage(locale: Locale, page: LegalPage): string {
  const sections = page.sections
    .map((s) => `<h2>${escapeHtml(s.heading)}</h2>\n${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}`)
    .join('\n');
  return `${documentStart(PORTAL_TEXT[locale].htmlLang, page.title)}
</head>
<body>
<main class="legal">
<h1>${escapeHtml(page.title)}</h1>
${sections}
<p><a href="/">${escapeHtml(page.back)}</a></p>
</main>
</body>
</html>
`;
}

export function mountPortal(server: Server, { directLine }: PortalDeps): void {
  const dir = assetsDir(__dirname);
  const webChat = vendorWebChat(dir);
  const webChatUrl = `/vendor/${webChat.name}`;
  const assets = new Map<string, Asset>([
    ['portal.js', asset(path.join(dir, 'portal.js'), 'application/javascript; charset=utf-8')],
    ['portal.css', asset(path.join(dir, 'portal.css'), 'text/css; charset=utf-8')],
  ]);

  // Scripts only from this server; Web Chat styles itself with inline <style> elements.
  const service = /^https?:/.test(directLine.domain) ? new URL(directLine.domain) : undefined;
  // The service's activity stream is a WebSocket on the same host.
  const connectTo = service ? ` ${service.origin} ${service.protocol === 'https:' ? 'wss:' : 'ws:'}//${service.host}` : '';
  const contentSecurityPolicy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    `connect-src 'self'${connectTo}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'self'",
  ].join('; ');

  server.get('/', (req, res, next) => {
    const locale = localeFrom(req.header('accept-language'));
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      vary: 'accept-language',
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(renderPage(locale, directLine, webChatUrl));
    next();
  });

  for (const which of ['privacy', 'terms'] as const) {
    server.get(`/${which}`, (req, res, next) => {
      const locale = localeFrom(req.header('accept-language'));
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        vary: 'accept-language',
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      res.end(renderLegalPage(locale, LEGAL_TEXT[locale][which]));
      next();
    });
  }

  server.get(webChatUrl, (req, res, next) => {
    sendVendorAsset(req, res, webChat);
    next();
  });

  server.get('/portal/:file', (req, res, next) => {
    const file = assets.get((req.params as { file: string }).file);
    if (file) sendAsset(req, res, file);
    else res.send(404, { error: 'Not found.' });
    next();
  });
}
