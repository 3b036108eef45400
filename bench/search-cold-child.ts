/**
 * What a cold-start process of the search benchmark runs: the Alexa requests it sends (a
 * LaunchRequest, a first search, then warm searches, each a new session as on a fresh device) and
 * the script itself, which times from its own start (performance.now() counts from the time origin).
 */
import { loadEvalQueries } from './search-eval';

function envelope(skillId: string, request: Record<string, unknown>, n: number): unknown {
  const application = { applicationId: skillId };
  const user = { userId: `amzn1.ask.account.BENCHSEARCH${n}` };
  return {
    version: '1.0',
    session: { new: true, sessionId: `amzn1.echo-api.session.bench${n}`, application, user, attributes: {} },
    context: {
      System: {
        application,
        user,
        device: { supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request: {
      requestId: `amzn1.echo-api.request.bench${n}`,
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      ...request,
    },
  };
}

const search = (skillId: string, query: string, n: number): unknown =>
  envelope(
    skillId,
    {
      type: 'IntentRequest',
      intent: { name: 'SearchProductIntent', slots: { query: { name: 'query', value: query } } },
    },
    n,
  );

/** The requests, as environment variables of the process. */
export function searchEnvelopes(skillId: string, query: string): Record<string, string> {
  const warm = loadEvalQueries()
    .slice(0, 30)
    .map((q, i) => search(skillId, q.q, i + 2));
  return {
    LAUNCH: JSON.stringify(envelope(skillId, { type: 'LaunchRequest' }, 0)),
    SEARCH: JSON.stringify(search(skillId, query, 1)),
    WARM: JSON.stringify(warm),
  };
}

/** The script the process runs with `node -e`; it prints one JSON line. */
export function searchChild(): string {
  return `
const start = performance.now();
const { handler } = require(process.env.BUNDLE);
const loaded = performance.now();
const context = { functionName: 'bench', awsRequestId: 'bench', getRemainingTimeInMillis: () => 7000 };
(async () => {
  await handler(JSON.parse(process.env.LAUNCH), context);
  const launched = performance.now();
  const first = await handler(JSON.parse(process.env.SEARCH), context);
  const searched = performance.now();
  const warm = [];
  for (const request of JSON.parse(process.env.WARM)) {
    const t0 = performance.now();
    await handler(request, context);
    warm.push(performance.now() - t0);
  }
  const speech = (first && first.response && first.response.outputSpeech && first.response.outputSpeech.ssml) || '';
  const memory = process.memoryUsage();
  process.stdout.write(JSON.stringify({
    boot: start, load: loaded - start, launch: launched - loaded, search: searched - launched, warm,
    rss: memory.rss, heap: memory.heapUsed, found: /I found/.test(speech),
  }));
  process.exit(0);
})();`;
}
