/** The ids that URLs carry are taken out before a trace leaves the process. */
import { redactUrl } from '../../src/telemetry/redact';

it.each([
  [
    'https://smba.trafficmanager.net/amer/v3/conversations/a:1xYzAbC-dEf/activities/1712345678901',
    'https://smba.trafficmanager.net/amer/v3/conversations/:id/activities/:id',
  ],
  [
    'https://directline.botframework.com/v3/directline/conversations/Ab12Cd34Ef-us/activities?watermark=3',
    'https://directline.botframework.com/v3/directline/conversations/:id/activities',
  ],
  [
    'https://management.azure.com/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/providers/Microsoft.Billing/billingProperty/default?api-version=2020-05-01',
    'https://management.azure.com/subscriptions/:id/providers/Microsoft.Billing/billingProperty/default',
  ],
  [
    'https://stabc123.blob.core.windows.net/bot-state/directline%2Fconversations%2Fabc?sv=2024&sig=SECRET',
    'https://stabc123.blob.core.windows.net/bot-state/:blob',
  ],
  [
    'http://127.0.0.1:10000/devstoreaccount1/bot-state/msteams/19%3Aabc%40thread.tacv2',
    'http://127.0.0.1:10000/devstoreaccount1/bot-state/:blob',
  ],
  ['https://bot.example.net/api/messages', 'https://bot.example.net/api/messages'],
])('%s', (url, expected) => {
  expect(redactUrl(url)).toBe(expected);
});
