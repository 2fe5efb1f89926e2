/**
 * No machine here reaches Azure, so the templates are read as data and held to the code.
 * (No npm package ships the ARM deployment-template JSON schema, so ajv cannot validate against it here.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, settingsShape } from '../../src/config';
import { TELEMETRY_EVENTS } from '../../src/telemetry/events';

const DIR = join(__dirname, '..', '..', 'deploymentTemplates');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(join(DIR, 'newResourceGroup.js')) as {
  render: () => string;
  renderWithRg: () => string;
  NEW_RG: string;
  WITH_RG: string;
};

interface Template {
  parameters: Record<string, { type: string; defaultValue?: unknown }>;
  variables?: Record<string, unknown>;
  resources: Resource[];
  outputs?: Record<string, unknown>;
}
interface Resource {
  type: string;
  apiVersion: string;
  name: string;
  dependsOn?: string[];
  kind?: string;
  properties?: {
    template?: Template;
    siteConfig?: { linuxFxVersion?: string; appSettings?: { name: string; value: string }[] };
    sourceId?: string;
    serializedData?: string;
  };
}

/** API versions in use, with the day each was checked against the Azure REST API reference. */
const API_VERSIONS: Record<string, [string, string]> = {
  'Microsoft.ManagedIdentity/userAssignedIdentities': ['2023-01-31', '2026-11-28'],
  'Microsoft.OperationalInsights/workspaces': ['2023-09-01', '2026-11-28'],
  'Microsoft.Insights/components': ['2020-02-02', '2026-11-28'],
  'Microsoft.Insights/workbooks': ['2023-06-01', '2026-11-29'],
  'Microsoft.Storage/storageAccounts': ['2023-05-01', '2026-11-28'],
  'Microsoft.Storage/storageAccounts/blobServices/containers': ['2023-05-01', '2026-11-28'],
  'Microsoft.Storage/storageAccounts/managementPolicies': ['2023-05-01', '2026-11-28'],
  'Microsoft.Authorization/roleAssignments': ['2022-04-01', '2026-11-28'],
  'Microsoft.Web/serverfarms': ['2023-12-01', '2026-11-28'],
  'Microsoft.Web/sites': ['2023-12-01', '2026-11-28'],
  'Microsoft.Web/sites/basicPublishingCredentialsPolicies': ['2023-12-01', '2026-11-28'],
  'Microsoft.BotService/botServices': ['2022-09-15', '2026-11-28'],
  'Microsoft.BotService/botServices/channels': ['2022-09-15', '2026-11-28'],
  'Microsoft.Resources/resourceGroups': ['2024-03-01', '2026-11-28'],
  'Microsoft.Resources/deployments': ['2024-03-01', '2026-11-28'],
};

/** Settings App Service and its agents read, not the bot. */
const PLATFORM_SETTINGS = new Set([
  'SCM_DO_BUILD_DURING_DEPLOYMENT', // off: the zip holds the build that was tested (README, Deploy to Azure)
  'AZURE_CLIENT_ID', // read by @azure/identity's DefaultAzureCredential: which user-assigned identity signs in to storage
]);

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const templateFiles = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)template-[^/]*\.json$/.test(f));
const parameterFiles = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) => /parameters-.*\.json$/.test(f));

/** A template and, for the new-group variant, the one it nests: each checked in its own scope. */
function scopes(template: Template): Template[] {
  return [template, ...template.resources.flatMap((r) => (r.properties?.template ? scopes(r.properties.template) : []))];
}
const allScopes = templateFiles.flatMap((f) => scopes(read(join(DIR, f)) as Template).map((t) => [f, t] as const));

/** Every expression string in a scope, without descending into a nested template. */
function expressions(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') {
    if (node.startsWith('[') && !node.startsWith('[[') && node.endsWith(']')) out.push(node);
  } else if (Array.isArray(node)) {
    node.forEach((n) => expressions(n, out));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      expressions(key, out);
      if (key !== 'template') expressions(value, out);
    }
  }
  return out;
}
const references = (t: Template, kind: 'parameters' | 'variables') => {
  const found = new Set<string>();
  for (const e of expressions({ ...t, parameters: undefined })) {
    for (const m of e.matchAll(new RegExp(`${kind}\\('([^']+)'\\)`, 'g'))) found.add(m[1]);
  }
  // Parameter defaults may refer to other parameters too.
  for (const e of expressions(Object.values(t.parameters).map((p) => p.defaultValue))) {
    for (const m of e.matchAll(new RegExp(`${kind}\\('([^']+)'\\)`, 'g'))) found.add(m[1]);
  }
  return found;
};

/** Splits "a, f(b, c), 'd'" at its top-level commas; a literal counts without its quotes. */
function topLevelArgs(list: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of list) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (c === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  args.push(current.trim());
  return args.map((a) => a.replace(/^'([^']*)'$/, '$1'));
}

describe.each(allScopes)('%s', (_file, template) => {
  it('refers only to declared parameters and variables, and uses every parameter', () => {
    const declaredParameters = Object.keys(template.parameters);
    expect([...references(template, 'parameters')].sort()).toEqual([...declaredParameters].sort());
    const usedVariables = references(template, 'variables');
    expect([...usedVariables].sort()).toEqual(Object.keys(template.variables ?? {}).sort());
  });

  it('takes secrets only as securestring', () => {
    for (const [name, p] of Object.entries(template.parameters)) {
      if (/secret|password|key/i.test(name)) expect([name, p.type]).toEqual([name, 'securestring']);
    }
  });

  it('uses API versions from the checked list', () => {
    for (const r of template.resources) expect([r.type, r.apiVersion]).toEqual([r.type, API_VERSIONS[r.type]?.[0]]);
  });

  it('has balanced expressions', () => {
    for (const e of expressions(template)) {
      const body = e.slice(1, -1).replace(/'(?:[^']|'')*'/g, 'S');
      expect([e, body.includes("'")]).toEqual([e, false]);
      let depth = 0;
      for (const c of body) {
        depth += c === '(' || c === '[' ? 1 : c === ')' || c === ']' ? -1 : 0;
        expect([e, depth >= 0]).toEqual([e, true]);
      }
      expect([e, depth]).toEqual([e, 0]);
    }
  });

  it('depends only on resources it declares', () => {
    for (const r of template.resources) {
      for (const dep of r.dependsOn ?? []) {
        const m = /^\[(?:subscription)?[rR]esourceId\('([^']+)', (.+)\)\]$/.exec(dep);
        expect([dep, Boolean(m)]).toEqual([dep, true]);
        const [, type, args] = m!;
        const target = template.resources.find((t) => t.type === type && topLevelArgs(args).every((a) => t.name.includes(a)));
        expect([dep, Boolean(target)]).toEqual([dep, true]);
      }
    }
  });
});

describe('app settings and the configuration module: one source of truth', () => {
  const inner = read(join(DIR, 'deployUseExistingResourceGroup', 'template-BotApp-with-rg.json')) as Template;
  const site = inner.resources.find((r) => r.type === 'Microsoft.Web/sites')!;
  const appSettings = site.properties!.siteConfig!.appSettings!;
  const botSettings = Object.keys(settingsShape.shape);

  it('sets only settings the bot reads (or the platform does)', () => {
    for (const { name } of appSettings) expect([name, botSettings.includes(name) || PLATFORM_SETTINGS.has(name)]).toEqual([name, true]);
  });

  it('gives the bot what it needs to start authenticated and listening publicly', () => {
    // A parameter stands for its default; other expressions for what Azure fills in (an id, a URL, a list).
    const filledIn: Record<string, string> = {
      MicrosoftAppPassword: '',
      BLOB_ACCOUNT_URL: 'https://st.blob.core.windows.net/',
      PORTAL_ORIGINS: 'https://support.contoso.com',
      APPLICATIONINSIGHTS_CONNECTION_STRING:
        'InstrumentationKey=00000000-0000-4000-8000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/',
    };
    const env = Object.fromEntries(
      appSettings.map(({ name, value }) => {
        const parameter = /^\[parameters\('(\w+)'\)\]$/.exec(value)?.[1];
        const fallback = parameter ? inner.parameters[parameter]?.defaultValue : undefined;
        if (!value.startsWith('[')) return [name, value];
        if (typeof fallback === 'string' && !fallback.startsWith('[')) return [name, fallback];
        return [name, filledIn[name] ?? 'value-from-azure'];
      }),
    );
    const config = loadConfig(env);
    expect(config.localMode).toBe(false);
    expect(config.host).toBe('0.0.0.0');
    expect(config.MicrosoftAppType).toBe('UserAssignedMSI');
    expect(config.STATE_STORE).toBe('blobs');
  });
});

describe('parameters files', () => {
  it.each(parameterFiles)('%s names only declared parameters', (file) => {
    const template = read(join(DIR, file.replace('parameters-for-', ''))) as Template;
    const parameters = (read(join(DIR, file)) as { parameters: Record<string, unknown> }).parameters;
    for (const name of Object.keys(parameters)) expect([name, name in template.parameters]).toEqual([name, true]);
  });
});

it('the templates are generated: the new-group one from the existing-group one, the workbook and Node stack from their sources (npm run templates)', () => {
  expect(readFileSync(generator.WITH_RG, 'utf8')).toBe(generator.renderWithRg());
  expect(readFileSync(generator.NEW_RG, 'utf8')).toBe(generator.render());
});

describe('platform and monitoring', () => {
  const inner = read(join(DIR, 'deployUseExistingResourceGroup', 'template-BotApp-with-rg.json')) as Template;
  const site = inner.resources.find((r) => r.type === 'Microsoft.Web/sites')!;

  it('runs on the App Service stack of the Node the project pins (.node-version), with the bot its own telemetry', () => {
    const major = readFileSync(join(DIR, '..', '.node-version'), 'utf8')
      .trim()
      .split('.')[0];
    expect(site.properties!.siteConfig!.linuxFxVersion).toBe(`NODE|${major}-lts`);
    // The bot reports through OpenTelemetry itself; App Service's agent on top would count every request twice.
    expect(site.properties!.siteConfig!.appSettings!.map((s) => s.name)).not.toContain('ApplicationInsightsAgent_EXTENSION_VERSION');
  });

  const workbook = inner.resources.find((r) => r.type === 'Microsoft.Insights/workbooks')!;
  const data = JSON.parse(workbook.properties!.serializedData!) as {
    items: { type: number; content: { query?: string; title?: string } }[];
  };
  const queries = data.items.filter((i) => i.type === 3).map((i) => [i.content.title!, i.content.query!] as const);
  const emitted = new Map<string, readonly string[]>(Object.values(TELEMETRY_EVENTS).map((e) => [e.name, e.properties]));

  it('has a workbook linked to the Application Insights resource, with the charts a support lead asks for', () => {
    expect(workbook.kind).toBe('shared');
    expect(workbook.properties!.sourceId).toBe("[resourceId('Microsoft.Insights/components', variables('insightsName'))]");
    const titles = queries.map(([title]) => title).join('\n');
    for (const chart of [
      /conversations per day/i,
      /deflection/i,
      /hand-offs by destination and outcome/i,
      /ratings over time/i,
      /turn errors/i,
    ])
      expect(titles).toMatch(chart);
  });

  it.each(queries)('workbook "%s" queries only events and properties the bot emits', (_title, query) => {
    const events = [...query.matchAll(/name == "([^"]+)"/g)].map((m) => m[1]);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect([event, emitted.has(event)]).toEqual([event, true]);
    const allowed = new Set(events.flatMap((e) => emitted.get(e) ?? []));
    for (const [, property] of query.matchAll(/customDimensions\.(\w+)/g))
      expect([property, allowed.has(property)]).toEqual([property, true]);
  });
});
