/**
 * Teams sends a message's `text` as HTML when the person formatted it, pasted something or put a
 * picture in it ("<div><div><span><img …>"): the bot reads plain text. Parsed with htmlparser2 (the
 * parser botbuilder itself depends on), never with patterns over the markup.
 */
import { Parser } from 'htmlparser2';
import type { Activity } from 'botbuilder';

/** Elements that end a line in what Teams shows. */
const BLOCKS = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol']);
/** Elements whose content is not text a person wrote. */
const HIDDEN = new Set(['script', 'style', 'template', 'head']);

/** The text a person sees in a Teams message: tags gone, entities decoded, line breaks kept, pictures counted. */
export function plainText(html: string): { text: string; pictures: number } {
  let text = '';
  let pictures = 0;
  let hidden = 0;
  // Plain text Teams sent as it was typed keeps its own line breaks; markup's are not the person's.
  const markup = /<[a-zA-Z/!]/.test(html);
  /** A block starts and ends on a line of its own; nested blocks do not add empty lines. */
  const endLine = () => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden += 1;
        else if (name === 'br') text += '\n';
        else if (name === 'img') pictures += 1;
        else if (BLOCKS.has(name)) {
          endLine();
          if (name === 'li') text += '- ';
        }
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCKS.has(name)) endLine();
      },
      ontext(data) {
        // In markup only <br> and blocks break lines; its own line breaks and indentation are layout.
        if (hidden === 0) text += markup ? data.replace(/[ \t\r\n\u00a0]+/g, ' ') : data;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const lines = text.split('\n').map((line) => line.trim());
  return {
    text: lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    pictures,
  };
}

/** A picture the person sent: where the channel keeps it, for a case's engineer to open. */
export interface PictureReference {
  url: string;
  name?: string;
}

/** Where a turn finds the conversation's pictures: the bot sets it, the hand-off reads it for the case. */
export const CONVERSATION_PICTURES = Symbol('conversationPictures');
export type ConversationPictures = () => Promise<PictureReference[]>;

/** Pictures Teams attached to a message (an inline image arrives as an image attachment with its content URL). */
export function picturesOf(activity: Partial<Activity>): PictureReference[] {
  return (activity.attachments ?? [])
    .filter((a) => a.contentType.startsWith('image/') && typeof a.contentUrl === 'string' && /^https?:\/\//.test(a.contentUrl))
    .map((a) => ({ url: a.contentUrl!, ...(a.name ? { name: a.name } : {}) }));
}

/** A Teams group chat or channel: everyone in it reads the bot's answers, so a person's case numbers stay out. */
export function inTeamsGroup(activity: Pick<Activity, 'channelId' | 'conversation'>): boolean {
  return activity.channelId === 'msteams' && activity.conversation.conversationType !== 'personal';
}
