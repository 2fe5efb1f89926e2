/** Drives a dialog (the root, without sign-in or hand-off, by default) through DialogTestClient and collects every reply of a turn. */
import type { Activity } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { TriageRoot } from '../../dialogs/triageRoot';

export interface Turn {
  texts: string[];
  /** All replies' text joined, for assertions that do not care how the turn was split. */
  all: string;
  buttons: string[];
  activities: Partial<Activity>[];
}

export class Transcript {
  readonly client: DialogTestClient;

  constructor(
    private readonly locale = 'en-US',
    channelId = 'test',
    dialog: Dialog = new TriageRoot(),
  ) {
    this.client = new DialogTestClient(channelId, dialog);
  }

  async say(input: string | Partial<Activity>): Promise<Turn> {
    const activity: Partial<Activity> =
      typeof input === 'string'
        ? { type: 'message', text: input, locale: this.locale }
        : { type: 'message', locale: this.locale, ...input };
    const first = (await this.client.sendActivity(activity)) as Partial<Activity> | undefined;
    const activities: Partial<Activity>[] = [];
    for (let reply = first; reply; reply = this.client.getNextReply()) activities.push(reply);
    const texts = activities.map((a) => a.text ?? '');
    const buttons = activities.flatMap((a) => [
      ...(a.suggestedActions?.actions ?? []).map((b) => b.title),
      ...(a.attachments ?? []).flatMap((att) => ((att.content as { buttons?: { title: string }[] }).buttons ?? []).map((b) => b.title)),
    ]);
    return { texts, all: texts.join('\n'), buttons, activities };
  }
}
