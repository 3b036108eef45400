/**
 * The Actions Builder project as files (path -> YAML content), in the layout gactions pushes:
 * manifest, settings (with OAuth account linking to the store's Cognito pool), the invocation, one
 * HTTPS webhook with the one handler `turn`, custom intents and types, the global handlers for the
 * invocation and the system events, and two scenes: Shopping (every intent goes to the webhook) and
 * SignIn (the platform's account-linking flow, whose outcome goes to the webhook).
 */
import {
  END_SCENE,
  HANDLER_NAME,
  MAIN_INTENT,
  NO_INPUT_INTENTS,
  SHOPPING_SCENE,
  SIGN_IN_OUTCOMES,
  SIGN_IN_SCENE,
  SIGN_IN_SLOT,
  SYSTEM_INTENTS,
} from '../../lambda/adapters/google/webhook-contract';
import { phrasesFor } from './built-in-phrases';
import type { InteractionModel } from './interaction-model';
import { convertVoiceModel } from './voice-model';

/** Deployment values the project needs; unset ones become visible placeholders. */
export interface ProjectSettings {
  readonly projectId?: string;
  /** The webhook URL (CDK output GoogleWebhookUrl). */
  readonly webhookUrl?: string;
  /** Account linking (CDK outputs AuthorizationUri, AccessTokenUri, AccountLinkingClientId). */
  readonly authorizationUrl?: string;
  readonly tokenUrl?: string;
  readonly clientId?: string;
  readonly developerName?: string;
  readonly developerEmail?: string;
}

/** The webhook file's name (webhooks/<name>.yaml). */
export const WEBHOOK_NAME = 'ActionsOnGoogleFulfillment';
const placeholder = (what: string): string => `REPLACE_WITH_${what}`;
const webhook = { webhookHandler: HANDLER_NAME };

/** At most `max` characters, cut after a whole word. */
function cutWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  return head.slice(0, Math.max(head.lastIndexOf(' '), 0)).replace(/[\s,;:]+$/, '') || text.slice(0, max);
}

function settingsFile(model: InteractionModel, settings: ProjectSettings): Record<string, unknown> {
  const phrases = phrasesFor(model.locale);
  const { listing } = model;
  return {
    projectId: settings.projectId ?? placeholder('YOUR_GOOGLE_PROJECT_ID'),
    defaultLocale: model.locale.slice(0, 2),
    category: 'SHOPPING',
    localizedSettings: {
      displayName: listing.name,
      pronunciation: model.invocationName,
      shortDescription: cutWords(listing.summary ?? listing.name, 80),
      fullDescription: cutWords(listing.description ?? listing.summary ?? listing.name, 4000),
      developerName: settings.developerName ?? placeholder('YOUR_STORE_NAME'),
      developerEmail: settings.developerEmail ?? placeholder('YOUR_SUPPORT_EMAIL'),
      ...(listing.privacyPolicyUrl ? { privacyPolicyUrl: listing.privacyPolicyUrl } : {}),
      ...(listing.termsOfUseUrl ? { termsOfServiceUrl: listing.termsOfUseUrl } : {}),
      sampleInvocations: [phrases.sampleInvocation.replace('{name}', listing.name)],
    },
    accountLinking: {
      // OAuth with the store's own sign-in page: accounts are created there, not by voice.
      enableAccountCreation: false,
      linkingType: 'OAUTH',
      authGrantType: 'AUTH_CODE',
      appClientId: settings.clientId ?? placeholder('AccountLinkingClientId_FROM_CDK_OUTPUT'),
      authorizationUrl:
        settings.authorizationUrl ?? `https://${placeholder('AuthorizationUri_FROM_CDK_OUTPUT')}`,
      tokenUrl: settings.tokenUrl ?? `https://${placeholder('AccessTokenUri_FROM_CDK_OUTPUT')}`,
      scopes: ['openid', 'email', 'profile'],
      // Cognito's token endpoint takes the app client's secret as HTTP Basic authentication.
      useBasicAuthHeader: true,
    },
  };
}

function signInScene(model: InteractionModel): Record<string, unknown> {
  return {
    conditionalEvents: SIGN_IN_OUTCOMES.map((outcome) => ({
      condition: `session.params.${SIGN_IN_SLOT} == "${outcome}"`,
      handler: webhook,
      // The webhook names the next scene; this is where it goes if it does not.
      transitionToScene: SHOPPING_SCENE,
    })),
    slots: [
      {
        name: SIGN_IN_SLOT,
        type: { name: 'actions.type.AccountLinking' },
        config: {
          '@type': 'type.googleapis.com/google.actions.conversation.v3.SignInSpec',
          opt_context: phrasesFor(model.locale).signInContext,
        },
        commitBehavior: { writeSessionParam: SIGN_IN_SLOT },
        required: true,
      },
    ],
  };
}

/** Every file of the project, keyed by its path under the sdk folder. */
export function actionsProjectFiles(
  models: readonly InteractionModel[],
  settings: ProjectSettings = {},
): Map<string, unknown> {
  const [main, ...others] = models;
  if (!main) throw new Error('no interaction model to generate the Actions project from');
  const files = new Map<string, unknown>();
  files.set('manifest.yaml', { version: '1.0' });
  files.set('actions/actions.yaml', { custom: { [MAIN_INTENT]: {} } });
  files.set('settings/settings.yaml', settingsFile(main, settings));
  files.set(`webhooks/${WEBHOOK_NAME}.yaml`, {
    handlers: [{ name: HANDLER_NAME }],
    httpsEndpoint: {
      baseUrl: settings.webhookUrl ?? `https://${placeholder('GoogleWebhookUrl_FROM_CDK_OUTPUT')}`,
    },
  });
  files.set(`custom/global/${MAIN_INTENT}.yaml`, { handler: webhook, transitionToScene: SHOPPING_SCENE });
  for (const intent of [...Object.keys(SYSTEM_INTENTS), ...NO_INPUT_INTENTS]) {
    const ends = SYSTEM_INTENTS[intent] === 'StopIntent' || SYSTEM_INTENTS[intent] === 'CancelIntent';
    files.set(`custom/global/${intent}.yaml`, {
      handler: webhook,
      ...(ends ? { transitionToScene: END_SCENE } : {}),
    });
  }
  const voice = convertVoiceModel(main, phrasesFor(main.locale));
  for (const intent of voice.intents) {
    files.set(`custom/intents/${intent.name}.yaml`, {
      ...(intent.parameters.length > 0 ? { parameters: intent.parameters } : {}),
      trainingPhrases: intent.trainingPhrases,
    });
  }
  for (const type of voice.types) files.set(`custom/types/${type.name}.yaml`, type.definition);
  files.set(`custom/scenes/${SHOPPING_SCENE}.yaml`, {
    intentEvents: voice.intents.map((intent) => ({ intent: intent.name, handler: webhook })),
  });
  files.set(`custom/scenes/${SIGN_IN_SCENE}.yaml`, signInScene(main));
  for (const model of others) {
    // Other locales: their own phrases, synonyms and listing; structure comes from the default one.
    // A language of its own is one folder ("hi"); a variety of a language shared with another
    // model is its own locale ("en-GB", "en-IN" beside the default "en").
    const language = folderOf(model.locale, [main, ...others]);
    const localized = convertVoiceModel(model, phrasesFor(model.locale));
    for (const intent of localized.intents) {
      files.set(`custom/intents/${language}/${intent.name}.yaml`, {
        trainingPhrases: intent.trainingPhrases,
      });
    }
    for (const type of localized.types)
      files.set(`custom/types/${language}/${type.name}.yaml`, type.definition);
    const { localizedSettings } = settingsFile(model, settings);
    files.set(`settings/${language}/settings.yaml`, { localizedSettings });
  }
  return files;
}

/** The folder of a locale's resources: its language, unless another model speaks that language. */
function folderOf(locale: string, models: readonly InteractionModel[]): string {
  const language = locale.slice(0, 2);
  const sharing = models.filter((model) => model.locale.slice(0, 2) === language);
  return sharing.length > 1 ? locale : language;
}
