/**
 * How a console script is read and judged: its lines (comments, blank lines, `=>` expectations with
 * `|` alternatives, line numbers), when a line passes (no failed turn, no fallback unless the line
 * says what the fallback must answer, the reply holding what the line expects), and the summary
 * `talk --script` prints.
 */
import { scriptSummary } from '../../lambda/local/console/console-runners';
import type { Exchange } from '../../lambda/local/console/exchange';
import { comparable, parseScript, replyMeets } from '../../lambda/local/console/script-lines';
import { fellBack, lineVerdict, openedTheSkill, replyText } from '../../lambda/local/console/script-verdict';

function exchange(text: string, request: unknown, byPlatform = false): Exchange {
  return {
    sent: 'IntentRequest',
    request,
    reply: { speech: { text }, directives: [] },
    byPlatform,
    elapsedMs: 1,
    progress: [],
    logs: [],
    problems: [],
    sessionEnded: false,
  };
}

const alexaIntent = (name: string) => ({ request: { type: 'IntentRequest', intent: { name } } });
const googleIntent = (name: string) => ({ intent: { name, params: {} } });

describe('a console script', () => {
  it('keeps turns and commands with their line numbers and what their replies must contain', () => {
    const script = [
      '# a comment',
      '',
      'find oat milk   =>  I found 4 matches ',
      '/link cust-1',
      'add two of those => Added 2 | in your cart',
      '  stop  ',
    ].join('\r\n');
    expect(parseScript(script)).toEqual([
      { number: 3, text: 'find oat milk', expect: ['I found 4 matches'] },
      { number: 4, text: '/link cust-1' },
      { number: 5, text: 'add two of those', expect: ['Added 2', 'in your cart'] },
      { number: 6, text: 'stop' },
    ]);
  });

  it('compares without case, runs of spaces or the kind of apostrophe', () => {
    expect(comparable('  What’s  in\tMY cart ')).toBe("what's in my cart");
    expect(replyMeets("You have 2 items: 2 Oat Milk. Say 'check out'.", ['YOU HAVE 2   items'])).toBe(true);
    expect(replyMeets('Dunkin’ Original', ["dunkin' original"])).toBe(true);
    expect(replyMeets('Added 1 Oat Milk.', ['removed', 'in your cart'])).toBe(false);
    expect(replyMeets('Added 1 Oat Milk.', ['removed', 'added 1'])).toBe(true);
  });

  it('knows a fallback on either platform', () => {
    expect(fellBack(exchange('Sorry.', alexaIntent('AMAZON.FallbackIntent')))).toBe(true);
    expect(fellBack(exchange('Sorry.', googleIntent('actions.intent.NO_MATCH_1')))).toBe(true);
    expect(fellBack(exchange('Found it.', alexaIntent('SearchProductIntent')))).toBe(false);
    expect(fellBack(exchange('Found it.', googleIntent('SearchProductIntent')))).toBe(false);
    expect(fellBack(exchange('What code?', undefined, true))).toBe(false);
  });

  it('knows a request that opens the skill on either platform', () => {
    expect(openedTheSkill(exchange('Welcome.', { request: { type: 'LaunchRequest' } }))).toBe(true);
    expect(openedTheSkill(exchange('Welcome.', googleIntent('actions.intent.MAIN')))).toBe(true);
    expect(openedTheSkill(exchange('Found it.', alexaIntent('SearchProductIntent')))).toBe(false);
  });

  it('hears what the platform and the skill said in one line', () => {
    const heard = replyText([exchange('What code?', undefined, true), exchange('I heard 4821.', {})]);
    expect(heard).toBe('What code? I heard 4821.');
  });
});

describe('the verdict on a line', () => {
  const [search, fallback, checked] = parseScript(
    ['do you have oat milk => 4 matches', 'purple elephants', "purple elephants => didn't catch"].join('\n'),
  );
  const found = [exchange('I found 4 matches for oat milk.', alexaIntent('SearchProductIntent'))];
  const sorry = [exchange("Sorry, I didn't catch that.", alexaIntent('AMAZON.FallbackIntent'))];

  it('passes a turn whose reply holds what the line expects', () => {
    expect(lineVerdict(search!, { exchanges: found, failed: false })).toBeUndefined();
  });

  it('fails a turn that failed, whatever it said', () => {
    expect(lineVerdict(search!, { exchanges: found, failed: true })).toBe('the turn failed');
    expect(lineVerdict({ number: 1, text: '/frobnicate' }, { exchanges: [], failed: true })).toBe(
      'the command failed',
    );
  });

  it('fails a reply without what the line expects, quoting what was heard', () => {
    expect(lineVerdict(search!, { exchanges: sorry, failed: false })).toBe(
      `expected "4 matches", heard "Sorry, I didn't catch that."`,
    );
    expect(lineVerdict(search!, { exchanges: [], failed: false })).toBe(
      'expected "4 matches", heard nothing',
    );
  });

  it('fails a fallback the line did not ask for, and passes one it did', () => {
    expect(lineVerdict(fallback!, { exchanges: sorry, failed: false })).toMatch(/^fell back/);
    expect(lineVerdict(checked!, { exchanges: sorry, failed: false })).toBeUndefined();
  });

  it('refuses an expectation on a command, or an empty one', () => {
    const [command, empty] = parseScript('/link cust-1 => linked\nhelp =>');
    expect(lineVerdict(command!, { exchanges: [], failed: false })).toMatch(/not a command/);
    expect(lineVerdict(empty!, { exchanges: found, failed: false })).toBe('nothing to expect after "=>"');
  });
});

describe('the summary of a run', () => {
  it('says how many lines ran and which did not pass', () => {
    expect(scriptSummary({ ran: 1, failures: [] })).toBe('Script passed: 1 line, none failed.');
    const failures = [
      { line: 2, text: 'purple elephants', reason: 'fell back' },
      { line: 0, text: 'ending the session', reason: 'the turn failed' },
    ];
    expect(scriptSummary({ ran: 3, failures })).toBe(
      'Script failed: 2 lines of 3 did not pass (line 2, ending the session).',
    );
  });
});
