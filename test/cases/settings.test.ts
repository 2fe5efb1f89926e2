import { loadConfig } from '../../src/config';
import { supportHoursFrom } from '../../src/cases/settings';

describe('hand-off settings', () => {
  it('default to weekday office hours in UTC with no destination', () => {
    const config = loadConfig({});
    expect(supportHoursFrom(config)).toEqual({ opensAt: 540, closesAt: 1080, days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], timeZone: 'UTC' });
    expect(config.HANDOFF_DESTINATIONS).toEqual([]);
  });

  it("read the team's hours, days, zone, destinations and admins", () => {
    const config = loadConfig({
      SUPPORT_HOURS: '08:30-17:15',
      SUPPORT_DAYS: 'Mon,Wed,Fri',
      SUPPORT_TIME_ZONE: 'Asia/Tokyo',
      HANDOFF_DESTINATIONS: 'teams',
      SUPPORT_ADMINS: 'a, b',
    });
    expect(supportHoursFrom(config)).toEqual({ opensAt: 510, closesAt: 1035, days: ['Mon', 'Wed', 'Fri'], timeZone: 'Asia/Tokyo' });
    expect(config.SUPPORT_ADMINS).toEqual(['a', 'b']);
    expect(config.SUPPORT_LOCALE).toBe('en');
    expect(loadConfig({ SUPPORT_LOCALE: 'ja' }).SUPPORT_LOCALE).toBe('ja');
  });

  it('refuse bad values at start with the reason', () => {
    expect(() => loadConfig({ SUPPORT_HOURS: '18:00-09:00' })).toThrow('SUPPORT_HOURS: must look like 09:00-18:00 (closing after opening)');
    expect(() => loadConfig({ SUPPORT_DAYS: 'weekdays' })).toThrow('SUPPORT_DAYS: must be days like Mon-Fri');
    expect(() => loadConfig({ SUPPORT_TIME_ZONE: 'Tokyo' })).toThrow('SUPPORT_TIME_ZONE: must be an IANA time zone');
    expect(() => loadConfig({ SUPPORT_LOCALE: 'fr' })).toThrow('SUPPORT_LOCALE: must be en or ja');
    expect(() => loadConfig({ HANDOFF_DESTINATIONS: 'teams,fax' })).toThrow('HANDOFF_DESTINATIONS');
    expect(() => loadConfig({ HANDOFF_DESTINATIONS: 'azureTicket' })).toThrow(
      'HANDOFF_DESTINATIONS: azureTicket needs OAUTH_CONNECTION_NAME',
    );
    expect(() => loadConfig({ SUPPORT_CHANNEL_ID: '19:x@thread.tacv2' })).toThrow(
      'SUPPORT_CHANNEL_SERVICE_URL: is required with SUPPORT_CHANNEL_ID',
    );
  });
});
