/**
 * The generated Actions Builder project and the voice model agree: every intent and type of every
 * interaction model is generated, every slot is a parameter of the right type, every training phrase
 * annotates only declared parameters, every intent reaches the one webhook handler `turn`, every
 * intent the core handles is reachable, and every file is YAML that parses back to what was meant.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { canonicalIntentName } from '../../lambda/adapters/google/webhook-contract';
import { HANDLED_INTENTS } from '../../lambda/conversation/routes';
import { generateGoogleProject } from '../../scripts/build-google';
import { readInteractionModels } from '../../scripts/google/interaction-model';

const root = resolve(__dirname, '../..');
const skillPackage = join(root, 'skill-package');
const outDir = mkdtempSync(join(tmpdir(), 'google-actions-'));
const models = readInteractionModels(skillPackage);
const model = models[0]!;

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path)];
  });
}

generateGoogleProject({ skillPackage, outDir, settings: { projectId: 'corner-market-voice' } });
const sdk = (path: string): Record<string, unknown> =>
  parse(readFileSync(join(outDir, 'sdk', path), 'utf8'), { version: '1.1' }) as Record<string, unknown>;
const files = filesUnder(outDir);

interface IntentFile {
  parameters?: { name: string; type: { name: string } }[];
  trainingPhrases: string[];
}
const intentFile = (name: string) => sdk(`custom/intents/${name}.yaml`) as unknown as IntentFile;
const generatedIntents = files
  .filter((f) => /^sdk\/custom\/intents\/[^/]+\.yaml$/.test(f))
  .map((f) => f.slice('sdk/custom/intents/'.length, -'.yaml'.length));
const generatedTypes = files
  .filter((f) => /^sdk\/custom\/types\/[^/]+\.yaml$/.test(f))
  .map((f) => f.slice('sdk/custom/types/'.length, -'.yaml'.length));

describe('the generated Actions Builder project', () => {
  it('is a gactions folder: .gactionsrc.yaml, manifest, settings, actions, webhook, scenes', () => {
    expect(parse(readFileSync(join(outDir, '.gactionsrc.yaml'), 'utf8'))).toEqual({ sdkPath: 'sdk' });
    for (const path of ['manifest.yaml', 'settings/settings.yaml', 'actions/actions.yaml']) {
      expect(files).toContain(`sdk/${path}`);
    }
    expect(sdk('actions/actions.yaml')).toEqual({ custom: { 'actions.intent.MAIN': {} } });
    expect(sdk('webhooks/ActionsOnGoogleFulfillment.yaml')).toMatchObject({ handlers: [{ name: 'turn' }] });
  });

  it('generates every intent of the model (built-ins without AMAZON.), and no other', () => {
    const expected = model.intents
      .map((i) => canonicalIntentName(i.name))
      .filter((n) => n !== 'FallbackIntent');
    expect([...generatedIntents].sort()).toEqual([...expected].sort());
    expect(generatedIntents).toEqual(
      expect.arrayContaining(['HelpIntent', 'YesIntent', 'NextIntent', 'SelectIntent']),
    );
  });

  it('generates every custom type with every value id as an entity and every synonym', () => {
    for (const type of model.types) {
      const file = sdk(`custom/types/${type.name}.yaml`) as {
        synonym: { acceptUnknownValues: boolean; entities: Record<string, { synonyms: string[] }> };
      };
      expect(file.synonym.acceptUnknownValues).toBe(true);
      for (const value of type.values) {
        const entity = file.synonym.entities[value.id!];
        expect({ type: type.name, id: value.id, synonyms: entity?.synonyms }).toEqual({
          type: type.name,
          id: value.id,
          synonyms: expect.arrayContaining([value.name.value, ...(value.name.synonyms ?? [])]) as unknown,
        });
      }
    }
    expect(generatedTypes).toEqual(expect.arrayContaining(['SearchQuery', 'FourDigitNumber', 'Ordinal']));
  });

  it('declares every slot as a parameter of a defined type, and annotates only declared parameters', () => {
    for (const intent of model.intents) {
      const name = canonicalIntentName(intent.name);
      if (name === 'FallbackIntent') continue;
      const file = intentFile(name);
      const declared = (file.parameters ?? []).map((p) => p.name);
      expect({ name, declared }).toEqual({
        name,
        declared: expect.arrayContaining((intent.slots ?? []).map((s) => s.name)) as unknown,
      });
      for (const parameter of file.parameters ?? []) {
        const type = parameter.type.name;
        expect(type === 'actions.type.Number' || generatedTypes.includes(type)).toBe(true);
      }
      expect(file.trainingPhrases.length).toBeGreaterThanOrEqual(intent.samples?.length ?? 1);
      for (const phrase of file.trainingPhrases) {
        for (const [, param] of phrase.matchAll(/\(\$(\w+) '[^']+' auto=false\)/g))
          expect(declared).toContain(param);
        expect(phrase.replace(/\(\$\w+ '[^']+' auto=false\)/g, '')).not.toMatch(/[{}$]/);
      }
    }
    expect(intentFile('SelectIntent').parameters).toEqual([
      { name: 'ListPosition', type: { name: 'Ordinal' } },
    ]);
  });

  it('keeps words such as yes and no as strings for YAML 1.1 readers', () => {
    expect(intentFile('YesIntent').trainingPhrases).toContain('yes');
    expect(intentFile('NoIntent').trainingPhrases).toContain('no');
    expect(readFileSync(join(outDir, 'sdk/custom/intents/YesIntent.yaml'), 'utf8')).not.toMatch(/&|\*a\d/);
  });

  it('routes every intent and system event to the one handler `turn`', () => {
    const shopping = sdk('custom/scenes/Shopping.yaml') as {
      intentEvents: { intent: string; handler: unknown }[];
    };
    expect(shopping.intentEvents.map((e) => e.intent).sort()).toEqual([...generatedIntents].sort());
    const handlers = files
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) =>
        [...readFileSync(join(outDir, f), 'utf8').matchAll(/webhookHandler: (\S+)/g)].map((m) => m[1]),
      );
    expect(new Set(handlers)).toEqual(new Set(['turn']));
    expect(sdk('custom/global/actions.intent.MAIN.yaml')).toEqual({
      handler: { webhookHandler: 'turn' },
      transitionToScene: 'Shopping',
    });
    for (const event of [
      'NO_MATCH_1',
      'NO_MATCH_2',
      'NO_MATCH_FINAL',
      'NO_INPUT_1',
      'NO_INPUT_2',
      'NO_INPUT_FINAL',
      'CANCEL',
    ]) {
      expect(files).toContain(`sdk/custom/global/actions.intent.${event}.yaml`);
    }
  });

  it('reaches every intent the conversation core handles', () => {
    const reachable = new Set([...generatedIntents, 'LaunchRequest', 'FallbackIntent', 'PermissionResponse']);
    expect(HANDLED_INTENTS.filter((name) => !reachable.has(name))).toEqual([]);
  });

  it('runs account linking in the SignIn scene, with OAuth to the store in the settings', () => {
    const signIn = sdk('custom/scenes/SignIn.yaml') as {
      slots: { name: string; type: { name: string } }[];
      conditionalEvents: { condition: string; handler: unknown; transitionToScene: string }[];
    };
    expect(signIn.slots[0]).toMatchObject({
      name: 'AccountLinkingSlot',
      type: { name: 'actions.type.AccountLinking' },
    });
    expect(signIn.conditionalEvents.map((e) => e.condition)).toEqual([
      'session.params.AccountLinkingSlot == "LINKED"',
      'session.params.AccountLinkingSlot == "REJECTED"',
      'session.params.AccountLinkingSlot == "ERROR"',
    ]);
    const settings = sdk('settings/settings.yaml');
    expect(settings).toMatchObject({
      projectId: 'corner-market-voice',
      defaultLocale: 'en',
      localizedSettings: { displayName: 'Voice Shop', pronunciation: model.invocationName },
      accountLinking: { linkingType: 'OAUTH', authGrantType: 'AUTH_CODE', enableAccountCreation: false },
    });
  });

  it('is what `npm run build:google` writes, with the deployment values given as flags', () => {
    const cli = mkdtempSync(join(tmpdir(), 'google-actions-cli-'));
    try {
      const out = execFileSync(
        process.execPath,
        [
          join(root, 'node_modules/tsx/dist/cli.mjs'),
          'scripts/build-google.ts',
          '--out',
          cli,
          '--webhook-url',
          'https://api.example.com/google',
          '--client-id',
          'client-123',
        ],
        { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH } },
      );
      expect(out).toMatch(/files \(gactions push from this folder\)/);
      const webhook = parse(
        readFileSync(join(cli, 'sdk/webhooks/ActionsOnGoogleFulfillment.yaml'), 'utf8'),
      ) as unknown;
      expect(webhook).toEqual({
        handlers: [{ name: 'turn' }],
        httpsEndpoint: { baseUrl: 'https://api.example.com/google' },
      });
      const settings = parse(readFileSync(join(cli, 'sdk/settings/settings.yaml'), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(settings).toMatchObject({
        projectId: 'REPLACE_WITH_YOUR_GOOGLE_PROJECT_ID',
        accountLinking: { appClientId: 'client-123' },
      });
      expect(filesUnder(cli).length).toBe(files.length);
    } finally {
      rmSync(cli, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the generated project for each English variety', () => {
  it.each([
    ['en-GB', 'AddToCartIntent', 'pop it in my basket'],
    ['en-GB', 'ReadCartIntent', "what's in the trolley"],
    ['en-IN', 'ReadCartIntent', 'what all is in my cart'],
    ['en-IN', 'TalkToPersonIntent', 'talk to customer care'],
  ])('gives %s its own folder, where %s has "%s"', (locale, intent, phrase) => {
    const own = sdk(`custom/intents/${locale}/${intent}.yaml`) as unknown as IntentFile;
    expect(own.trainingPhrases).toContain(phrase);
    expect(intentFile(intent).trainingPhrases).not.toContain(phrase);
    expect(files).toContain(`sdk/settings/${locale}/settings.yaml`);
  });
});
