/** The Bot Framework's test adapter, keeping every update the bot makes (the Teams cards it updates in place). */
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';

export class RecordingAdapter extends TestAdapter {
  readonly updated: Partial<Activity>[] = [];

  override async updateActivity(context: TurnContext, activity: Partial<Activity>): ReturnType<TestAdapter['updateActivity']> {
    this.updated.push(activity);
    return super.updateActivity(context, activity);
  }
}
