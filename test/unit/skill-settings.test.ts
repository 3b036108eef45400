/**
 * Configuring the skill package for a deployment: the endpoint from the CDK outputs, the privacy and
 * terms URLs, name and invocation name; bad values refused; the CLI on a copy of the package.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  applyToManifest,
  applyToModel,
  endpointFromOutputs,
  placeholdersLeft,
  skillSettingsSchema,
} from '../../scripts/skill/skill-settings';

const root = resolve(__dirname, '../..');
const skill = JSON.parse(readFileSync(join(root, 'skill-package/skill.json'), 'utf8')) as unknown;
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:VoiceCommerceStateless-Alexa1234';

describe('skill settings', () => {
  it("subscribes to the skill being turned off and to account linking, at the skill's own function", () => {
    const manifest = (skill as { manifest: { events: { subscriptions: { eventName: string }[] } } }).manifest;
    expect(manifest.events.subscriptions.map((s) => s.eventName).sort()).toEqual([
      'SKILL_ACCOUNT_LINKED',
      'SKILL_DISABLED',
    ]);
    const configured = applyToManifest(skill, { endpointArn: ARN }) as {
      manifest: { events: { endpoint: { uri: string } } };
    };
    expect(configured.manifest.events.endpoint.uri).toBe(ARN);
  });

  it('finds the Alexa function ARN in the CDK outputs file', () => {
    const outputs = {
      VoiceCommerceStateful: { UserPoolId: 'us-east-1_x' },
      VoiceCommerceStateless: { AlexaFunctionArn: ARN, GoogleWebhookUrl: 'https://x/google/webhook' },
    };
    expect(endpointFromOutputs(outputs)).toBe(ARN);
    expect(endpointFromOutputs({})).toBeUndefined();
    expect(endpointFromOutputs(null)).toBeUndefined();
  });

  it('fills the endpoint and URLs, leaving no placeholder but the icons', () => {
    expect(placeholdersLeft(skill)).toEqual(
      expect.arrayContaining([
        'manifest.apis.custom.endpoint.uri',
        'manifest.privacyAndCompliance.locales.en-US.privacyPolicyUrl',
      ]),
    );
    const configured = applyToManifest(skill, {
      endpointArn: ARN,
      privacyUrl: 'https://shop.example.com/privacy',
      termsUrl: 'https://shop.example.com/terms',
      name: 'Corner Market',
    }) as { manifest: { apis: { custom: { endpoint: { uri: string } } } } };
    expect(configured.manifest.apis.custom.endpoint.uri).toBe(ARN);
    expect(JSON.stringify(configured)).toContain('"name":"Corner Market"');
    expect(placeholdersLeft(configured).every((path) => /IconUri$/.test(path))).toBe(true);
    // The input is not changed.
    expect(placeholdersLeft(skill)).toContain('manifest.apis.custom.endpoint.uri');
  });

  it('sets the invocation name in the interaction model', () => {
    const model = { interactionModel: { languageModel: { invocationName: 'voice shop', intents: [] } } };
    expect(applyToModel(model, { invocationName: 'corner market' })).toEqual({
      interactionModel: { languageModel: { invocationName: 'corner market', intents: [] } },
    });
  });

  it('refuses values the Alexa console would refuse', () => {
    const result = skillSettingsSchema.safeParse({
      endpointArn: 'arn:aws:s3:::bucket',
      privacyUrl: 'http://shop.example.com/privacy',
      invocationName: 'Shop',
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0]).sort()).toEqual([
      'endpointArn',
      'invocationName',
      'privacyUrl',
    ]);
  });

  it('configures a copy of the package from the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skill-'));
    cpSync(join(root, 'skill-package'), join(dir, 'skill-package'), { recursive: true });
    writeFileSync(
      join(dir, 'outputs.json'),
      JSON.stringify({ VoiceCommerceStateless: { AlexaFunctionArn: ARN } }),
    );
    const printed = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'scripts/configure-skill.ts'),
        '--package',
        join(dir, 'skill-package'),
        '--outputs',
        join(dir, 'outputs.json'),
        '--privacy-url',
        'https://shop.example.com/privacy',
        '--terms-url',
        'https://shop.example.com/terms',
        '--invocation-name',
        'corner market',
      ],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(printed).toMatch(/Still to replace: .*smallIconUri/);
    const written = readFileSync(join(dir, 'skill-package/skill.json'), 'utf8');
    expect(written).toContain(ARN);
    expect(written).toContain('https://shop.example.com/terms');
    const model = readFileSync(join(dir, 'skill-package/interactionModels/custom/en-US.json'), 'utf8');
    expect(model).toContain('"invocationName": "corner market"');
  }, 60_000);
});
