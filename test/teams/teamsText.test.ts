/** What the bot reads of a Teams message's HTML: the text a person sees there. */
import { plainText } from '../../src/teams/teamsText';

test.each([
  ['plain text stays as typed', 'my VM\ncannot send', 'my VM\ncannot send', 0],
  ['entities are decoded', 'can&#39;t send &amp; &lt;25&gt;', "can't send & <25>", 0],
  [
    '<br> and blocks are line breaks, markup layout is not',
    '<div>first\n   line</div><div>second<br>third</div>',
    'first line\nsecond\nthird',
    0,
  ],
  ['empty paragraphs add no lines', '<p>one</p><p></p><p></p><p>two</p>', 'one\ntwo', 0],
  ['blank lines typed with <br> are kept, one at most', 'one<br><br><br><br>two', 'one\n\ntwo', 0],
  ['list items become "- " lines', '<ul><li>VM</li><li>EA</li></ul>', '- VM\n- EA', 0],
  ['a mention keeps its name', 'ask <at>Aiko</at> please', 'ask Aiko please', 0],
  ['a pasted picture is counted, not read', '<div><span><img src="https://x/y.png" alt="image"></span></div>', '', 1],
  ['text and two pictures', '<p>error:</p><img src="a"><img src="b">', 'error:', 2],
  ['no-break spaces are spaces', '<span>port&nbsp;25</span>', 'port 25', 0],
  ['styles and scripts are not text', '<style>p{color:red}</style><p>hi</p><script>alert(1)</script>', 'hi', 0],
  ['Japanese passes through', '<p>VM から送信できません。</p>', 'VM から送信できません。', 0],
])('%s', (_name, html, text, pictures) => {
  expect(plainText(html)).toEqual({ text, pictures });
});
