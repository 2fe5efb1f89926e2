import { ConfigError, loadConfig } from '../../src/config';
import { armScope, azureSettings } from '../../src/azure/settings';

const BOT = { MicrosoftAppId: 'bot-app-id', MicrosoftAppPassword: 'bot-secret', MicrosoftAppTenantId: 'bot-tenant-id' };

describe('Azure lookup settings', () => {
  it('without an OAuth connection there is no lookup', () => {
    expect(azureSettings(loadConfig({}))).toBeUndefined();
  });

  it('with a connection: ARM token mode, 5 s budget and the public cloud by default', () => {
    expect(azureSettings(loadConfig({ ...BOT, OAUTH_CONNECTION_NAME: 'azure-arm' }))).toMatchObject({
      armEndpoint: 'https://management.azure.com',
      tokenMode: 'arm',
      onBehalfOf: undefined,
      budgetMs: 5000,
      cacheTtlMs: 120000,
      cacheMax: 1000,
    });
  });

  it('on-behalf-of mode needs the app registration that exchanges the token', () => {
    expect(() => loadConfig({ ...BOT, OAUTH_CONNECTION_NAME: 'sso', AZURE_TOKEN_MODE: 'onBehalfOf' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...BOT, OAUTH_CONNECTION_NAME: 'sso', AZURE_TOKEN_MODE: 'onBehalfOf' })).toThrow(
      /AZURE_OBO_CLIENT_SECRET: is required when AZURE_TOKEN_MODE is onBehalfOf/,
    );
    const settings = azureSettings(
      loadConfig({
        ...BOT,
        OAUTH_CONNECTION_NAME: 'sso',
        AZURE_TOKEN_MODE: 'onBehalfOf',
        AZURE_OBO_TENANT_ID: 'contoso.onmicrosoft.com',
        AZURE_OBO_CLIENT_ID: 'app-id',
        AZURE_OBO_CLIENT_SECRET: 'secret',
        AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us',
        AZURE_ARM_ENDPOINT: 'https://management.usgovcloudapi.net',
      }),
    );
    expect(settings?.onBehalfOf).toEqual({
      tenantId: 'contoso.onmicrosoft.com',
      clientId: 'app-id',
      clientSecret: 'secret',
      authorityHost: 'https://login.microsoftonline.us',
    });
    expect(armScope(settings!)).toBe('https://management.usgovcloudapi.net/.default');
  });

  it('an OAuth connection needs a registered bot', () => {
    expect(() => loadConfig({ OAUTH_CONNECTION_NAME: 'azure-arm' })).toThrow(/OAUTH_CONNECTION_NAME: needs MicrosoftAppId/);
  });

  it.each([
    ['AZURE_LOOKUP_BUDGET_MS', '20000'],
    ['AZURE_LOOKUP_BUDGET_MS', 'soon'],
    ['AZURE_TOKEN_MODE', 'bot'],
    ['AZURE_ARM_ENDPOINT', 'management'],
  ])('refuses %s=%s at start-up', (name, value) => {
    expect(() => loadConfig({ ...BOT, OAUTH_CONNECTION_NAME: 'azure-arm', [name]: value })).toThrow(new RegExp(name));
  });
});

describe('ticket contact defaults by language', () => {
  it('come from settings, and a malformed one stops the start naming the setting', () => {
    expect(loadConfig({}).TICKET_CONTACT_JA).toEqual({ country: 'JPN', timeZone: 'Tokyo Standard Time', language: 'ja-JP' });
    expect(loadConfig({ TICKET_CONTACT_EN: 'GBR;GMT Standard Time;en-GB' }).TICKET_CONTACT_EN).toEqual({
      country: 'GBR',
      timeZone: 'GMT Standard Time',
      language: 'en-GB',
    });
    expect(() => loadConfig({ TICKET_CONTACT_EN: 'United Kingdom' })).toThrow(/TICKET_CONTACT_EN/);
  });
});
