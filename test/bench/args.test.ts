/** The bench's options: defaults, and a bad value stops it with a message naming the option and the usage. */
import { parseBenchArgs, UsageError } from '../../bench/args';

it('defaults to 50 users, 10 s rounds, the latency phase and three memory sizes', () => {
  expect(parseBenchArgs([])).toEqual({
    concurrency: 50,
    durationMs: 10_000,
    warmupMs: 3_000,
    rounds: 2,
    conversations: 0,
    thinkMs: 250,
    channelId: 'directline',
    memory: [1000, 10000, 100000],
    idleTurns: 2,
  });
  expect(parseBenchArgs(['--memory', 'none', '--cpu-prof', '/tmp/p', '--duration', '0'])).toMatchObject({
    memory: [],
    cpuProfileDir: '/tmp/p',
    durationMs: 0,
  });
  expect(parseBenchArgs(['--help'])).toBe('help');
});

it.each([
  [['--concurrency', '0'], /--concurrency must be an integer ≥ 1/],
  [['--duration', '1.5'], /--duration must be an integer ≥ 0/],
  [['--memory', '10,x'], /--memory must be "none" or integers/],
  [['--unknown'], /Unknown option '--unknown'/],
])('%j is refused with the usage', (argv, message) => {
  expect(() => parseBenchArgs(argv)).toThrow(UsageError);
  expect(() => parseBenchArgs(argv)).toThrow(message);
  expect(() => parseBenchArgs(argv)).toThrow(/npm run bench -- \[options\]/);
});
