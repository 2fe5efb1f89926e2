import { loadConfig } from '../../src/config';

describe('MicrosoftAppType default', () => {
  const bot = { MicrosoftAppId: 'bot-app-id', MicrosoftAppPassword: 'bot-secret', MicrosoftAppTenantId: 'contoso-tenant' };

  it('is SingleTenant, a type a new Azure Bot can still be created with (no new multi-tenant bots since 2025-07-31)', () => {
    expect(loadConfig(bot).MicrosoftAppType).toBe('SingleTenant');
  });

  it('so an app id without its tenant stops the start with a message naming the setting', () => {
    expect(() => loadConfig({ MicrosoftAppId: 'bot-app-id', MicrosoftAppPassword: 'bot-secret' })).toThrow(
      /MicrosoftAppTenantId: is required when MicrosoftAppType is SingleTenant/,
    );
  });

  it('still accepts MultiTenant for a bot registered before', () => {
    expect(
      loadConfig({ MicrosoftAppId: 'bot-app-id', MicrosoftAppPassword: 'bot-secret', MicrosoftAppType: 'MultiTenant' }).MicrosoftAppType,
    ).toBe('MultiTenant');
  });
});
