/**
 * The interaction model and the conversation core agree: every intent and slot in the en-US model
 * is handled (HANDLED_INTENTS, HANDLED_SLOTS), and every handled intent and slot is in the model,
 * under the canonical names a Turn carries (built-ins without the AMAZON. prefix).
 */
import { HANDLED_INTENTS, HANDLED_SLOTS } from '../../lambda/conversation/routes';
import { canonicalIntentName, readInteractionModel } from '../support/alexa-model';

const { intents } = readInteractionModel('en-US').interactionModel.languageModel;

/** Requests that are not intents of the model. */
const NOT_INTENTS = ['LaunchRequest', 'PermissionResponse'];

/** Slots Alexa's built-in intents bring without a declaration in the model. */
const BUILT_IN_SLOTS: Readonly<Record<string, readonly string[]>> = {
  SelectIntent: ['ListPosition', 'Anaphor', 'PositionRelation', 'VisualModeTrigger'],
};

const modelSlots = (modelName: string, slots: readonly { name: string }[] = []): string[] => [
  ...slots.map((slot) => slot.name),
  ...(BUILT_IN_SLOTS[canonicalIntentName(modelName)] ?? []),
];

describe('the en-US interaction model and the conversation core', () => {
  it('handles every intent of the model', () => {
    const unhandled = intents
      .map((intent) => canonicalIntentName(intent.name))
      .filter((name) => !HANDLED_INTENTS.includes(name));
    expect(unhandled).toEqual([]);
  });

  it('has every handled intent in the model', () => {
    const modelNames = new Set(intents.map((intent) => canonicalIntentName(intent.name)));
    expect(HANDLED_INTENTS.filter((name) => !NOT_INTENTS.includes(name) && !modelNames.has(name))).toEqual(
      [],
    );
    expect(HANDLED_INTENTS).toEqual(expect.arrayContaining(NOT_INTENTS));
  });

  it('reads every slot the model declares', () => {
    const unread = intents.flatMap((intent) => {
      const read = HANDLED_SLOTS[canonicalIntentName(intent.name)] ?? [];
      return (intent.slots ?? [])
        .filter((slot) => !read.includes(slot.name))
        .map((slot) => `${intent.name}.${slot.name}`);
    });
    expect(unread).toEqual([]);
  });

  it('reads only slots the model (or the built-in intent) provides', () => {
    const missing = Object.entries(HANDLED_SLOTS).flatMap(([intent, slots]) => {
      const modelIntent = intents.find((candidate) => canonicalIntentName(candidate.name) === intent);
      const provided = modelIntent ? modelSlots(modelIntent.name, modelIntent.slots) : [];
      return slots.filter((slot) => !provided.includes(slot)).map((slot) => `${intent}.${slot}`);
    });
    expect(missing).toEqual([]);
  });
});
