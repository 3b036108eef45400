/**
 * Deriving an English variety's model from en-US's: the variety's own words in every sample, a copy
 * in another word people there also use (only of short samples when the overlay caps it), samples
 * dropped and added, slot values replaced.
 */
import { deriveModel, type ModelFile, type ModelOverlay } from '../../scripts/models/derive-model';

const base: ModelFile = {
  interactionModel: {
    languageModel: {
      invocationName: 'voice shop',
      intents: [
        {
          name: 'ReadCartIntent',
          samples: [
            "what's in my cart",
            'could you please tell me what is in my cart',
            'read my shopping cart',
            'what do i have',
          ],
        },
        { name: 'AMAZON.StopIntent' },
      ],
      types: [{ name: 'UNIT', values: [{ id: 'box', name: { value: 'box' } }] }],
    },
  },
};

const overlay: ModelOverlay = {
  locale: 'en-GB',
  words: [
    ['shopping cart', 'shopping basket'],
    ['cart', 'basket'],
  ],
  alsoSaid: [['basket', 'trolley']],
  dropped: ['what do i have'],
  samples: { ReadCartIntent: ["what've i got in my trolley"] },
  types: { UNIT: { add: [{ id: 'box', name: { value: 'box', synonyms: ['packet'] } }] } },
};

const samplesOf = (model: ModelFile) =>
  model.interactionModel.languageModel.intents.find((i) => i.name === 'ReadCartIntent')?.samples;

describe('deriving a variety model', () => {
  it("says every sample in the variety's words, copies it in the other word, drops and adds samples", () => {
    expect(samplesOf(deriveModel(base, overlay))).toEqual([
      "what's in my basket",
      'could you please tell me what is in my basket',
      'read my shopping basket',
      "what's in my trolley",
      'could you please tell me what is in my trolley',
      'read my shopping trolley',
      "what've i got in my trolley",
    ]);
  });

  it('copies only samples of at most the words the overlay allows', () => {
    expect(samplesOf(deriveModel(base, { ...overlay, alsoSaidUpTo: 5 }))).toEqual([
      "what's in my basket",
      'could you please tell me what is in my basket',
      'read my shopping basket',
      "what's in my trolley",
      'read my shopping trolley',
      "what've i got in my trolley",
    ]);
  });

  it('replaces slot values and keeps intents without samples as they are', () => {
    const derived = deriveModel(base, overlay).interactionModel.languageModel;
    expect(derived.types[0]!.values).toEqual([{ id: 'box', name: { value: 'box', synonyms: ['packet'] } }]);
    expect(derived.intents[1]).toEqual({ name: 'AMAZON.StopIntent' });
  });
});
