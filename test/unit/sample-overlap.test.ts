/** The model lint's overlap finder: when one intent's sample swallows another's. */
import type { InteractionModel } from '../../lambda/local/console/interaction-model';
import { crossIntentMatches } from '../support/sample-overlap';

function model(intents: InteractionModel['intents']): InteractionModel {
  const types = [{ name: 'OPTION', values: [{ id: 'standard', name: { value: 'standard delivery' } }] }];
  return { locale: 'en-US', invocationName: 'shop', intents, types, dialog: { intents: [] }, prompts: {} };
}
const option = [{ name: 'option', type: 'OPTION' }];
const when = [{ name: 'when', type: 'AMAZON.DATE' }];

describe('crossIntentMatches', () => {
  it('finds two intents whose samples differ only in their slots', () => {
    const found = crossIntentMatches(
      model([
        { name: 'ChooseIntent', slots: option, samples: ['i want {option}'] },
        { name: 'DayIntent', slots: when, samples: ['i want {when}'] },
      ]),
    );
    expect(found).toEqual([
      'ChooseIntent "i want {option}" matches DayIntent "i want {when}"',
      'DayIntent "i want {when}" matches ChooseIntent "i want {option}"',
    ]);
  });

  it('lets a sample with more literal words win, as the matcher prefers it', () => {
    const found = crossIntentMatches(
      model([
        { name: 'ChooseIntent', slots: option, samples: ['i want {option}'] },
        { name: 'PersonIntent', samples: ['i want a person'] },
      ]),
    );
    expect(found).toEqual([]);
  });

  it('checks only the samples that say every literal word of the pattern', () => {
    const found = crossIntentMatches(
      model([
        { name: 'ChooseIntent', slots: option, samples: ['deliver it {option}'] },
        { name: 'DayIntent', slots: when, samples: ['deliver that {when}', 'deliver it {when}'] },
      ]),
    );
    expect(found).toEqual([
      'ChooseIntent "deliver it {option}" matches DayIntent "deliver it {when}"',
      'DayIntent "deliver it {when}" matches ChooseIntent "deliver it {option}"',
    ]);
  });
});
