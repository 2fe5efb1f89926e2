/**
 * A command is a whole message, in the words of any language; the same words inside a sentence are the
 * reader's. One table for every part of the bot (commandOf), so the parts cannot disagree.
 */
import { COMMANDS, commandOf, type CommandId } from '../../src/triage/commands';
import { read } from '../../src/triage/reader';
import { TABLES } from '../../src/triage/tables';

describe('a whole message is a command, in either language and with courtesy words around it', () => {
  it.each([
    ['start over', 'startOver'],
    ["let's start from scratch", 'startOver'],
    ['restart the questions please', 'startOver'],
    ['Start over!', 'startOver'],
    ['最初から', 'startOver'],
    ['最初からやり直したいです', 'startOver'],
    ['リセットして', 'startOver'],
    ['help', 'help'],
    ['ヘルプ', 'help'],
    ['cancel', 'cancel'],
    ['never mind', 'cancel'],
    ['stop', 'cancel'],
    ['中止します', 'cancel'],
    ['キャンセル', 'cancel'],
    ['status', 'status'],
    ["what's the status of my case?", 'status'],
    ['ステータス', 'status'],
    ['状態', 'status'],
    ['進捗', 'status'],
    ['ケースの状況を教えて', 'status'],
    ['forget me', 'forgetMe'],
    ['please delete my data', 'forgetMe'],
    ['私のデータを削除してください', 'forgetMe'],
    ['会話の履歴を消してください', 'forgetMe'],
    ['agent', 'human'],
    ['talk to a person please', 'human'],
    ['担当者につないでください', 'human'],
    ['English', 'english'],
    ['EN', 'english'],
    ['日本語', 'japanese'],
    ['日本語でお願いします', 'japanese'],
    ['end chat', 'endChat'],
    ['チャットを終了', 'endChat'],
    ['new case', 'newCase'],
    ['新しいケース', 'newCase'],
  ] as const)('%s → %s', (text, id) => {
    expect(commandOf(text)?.id).toBe(id);
  });
});

describe('a command word inside a sentence is no command', () => {
  it.each([
    ['最初からずっと従量課金です', { subscription: 'payAsYouGo' }],
    ['the status of port 25 is blocked on our EA VM', { resource: 'virtualMachine', subscription: 'enterpriseAgreement' }],
    ['we stop the VM every night, it is pay as you go', { resource: 'virtualMachine', subscription: 'payAsYouGo' }],
    ['キャンセルされたメールはありません。VM です', { resource: 'virtualMachine' }],
  ])('%s: no command, and the reader takes its facts', (text, facts) => {
    expect(commandOf(text)).toBeUndefined();
    expect(read(text).facts).toMatchObject(facts);
  });

  it('a long message is never a command, whatever it starts with', () => {
    expect(commandOf(`help ${'x'.repeat(200)}`)).toBeUndefined();
  });
});

describe('the command tables', () => {
  it('every language has words for every command, and the first one is what the bot shows', () => {
    for (const table of Object.values(TABLES)) {
      for (const id of Object.keys(COMMANDS) as CommandId[]) {
        expect(table.commands[id].length).toBeGreaterThan(0);
        expect(commandOf(table.commands[id][0])?.id).toBe(id);
      }
    }
  });

  it('a Japanese command says its language; English command words are every language’s', () => {
    expect(commandOf('最初から')).toEqual({ id: 'startOver', language: 'ja' });
    expect(commandOf('help')).toEqual({ id: 'help' });
  });
});
