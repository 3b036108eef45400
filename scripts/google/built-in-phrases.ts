/**
 * What Alexa knows without being taught: training phrases for the built-in intents (which become
 * custom intents on Google), example values for the built-in slot types, and the few sentences the
 * platform itself speaks for the action (the sign-in context). Per language; a model in a language
 * missing here stops the build with a message saying what to add.
 *
 * Google's system intents already own "stop", "cancel" and "exit" (they end the conversation), so
 * StopIntent and CancelIntent are trained on other ways of saying it.
 */

/** Built-in intent phrases and examples for one language. */
export interface LanguagePhrases {
  /** Training phrases per canonical built-in intent; `{ListPosition}` marks SelectIntent's parameter. */
  readonly intents: Readonly<Record<string, readonly string[]>>;
  /** Example values for built-in slot types, used to annotate training phrases. */
  readonly examples: {
    readonly number: readonly string[];
    readonly fourDigits: readonly string[];
    readonly searchQuery: readonly string[];
  };
  /** Ordinal entities: key (what the webhook receives) and what the shopper may say. */
  readonly ordinals: Readonly<Record<string, readonly string[]>>;
  /** Why the action asks to link the account (Google says it before its own sign-in question). */
  readonly signInContext: string;
  /** How the action is opened, with the display name in place of `{name}`. */
  readonly sampleInvocation: string;
}

const english: LanguagePhrases = {
  intents: {
    HelpIntent: [
      'help',
      'help me',
      'what can I do',
      'what are my options',
      'I need help',
      'how do I use this',
    ],
    StopIntent: [
      "I'm done shopping",
      "that's all for now",
      'goodbye',
      'bye',
      "I'm finished",
      'quit shopping',
    ],
    CancelIntent: ['never mind', 'forget it', 'forget about it', 'nothing else'],
    NavigateHomeIntent: ['go home', 'main menu', 'back to the beginning', 'take me home'],
    StartOverIntent: ['start over', 'start again', 'begin again', "let's start from the top"],
    YesIntent: [
      'yes',
      'yeah',
      'yep',
      'sure',
      'yes please',
      "that's right",
      'correct',
      'okay',
      'go ahead',
      'do it',
    ],
    NoIntent: ['no', 'nope', 'no thanks', 'no thank you', 'not now', "that's wrong", "don't"],
    RepeatIntent: ['repeat', 'repeat that', 'say that again', 'what did you say', 'come again', 'pardon'],
    NextIntent: ['next', 'more', 'next page', 'what else', 'keep going', 'the next ones', 'more results'],
    PreviousIntent: ['previous', 'go back', 'back', 'the previous ones', 'last page', 'before that'],
    SelectIntent: [
      'select {ListPosition}',
      'select the {ListPosition}',
      'choose the {ListPosition}',
      'pick the {ListPosition}',
      'I choose the {ListPosition}',
      'select the {ListPosition} item',
    ],
  },
  examples: {
    number: ['2', '3', '1', '4', '6'],
    fourDigits: ['4821', '1397', '2046'],
    searchQuery: ['oat milk', 'paper towels', 'gluten free bread', 'bananas', 'dark roast coffee'],
  },
  ordinals: {
    first: ['first', '1st', 'one', 'number one', 'the top one'],
    second: ['second', '2nd', 'two', 'number two'],
    third: ['third', '3rd', 'three', 'number three'],
    fourth: ['fourth', '4th', 'four', 'number four'],
    fifth: ['fifth', '5th', 'five', 'number five'],
    sixth: ['sixth', '6th', 'six', 'number six'],
    seventh: ['seventh', '7th', 'seven', 'number seven'],
    eighth: ['eighth', '8th', 'eight', 'number eight'],
    ninth: ['ninth', '9th', 'nine', 'number nine'],
    tenth: ['tenth', '10th', 'ten', 'number ten'],
  },
  signInContext: 'To check out and hear your orders',
  sampleInvocation: 'Talk to {name}',
};

/** Hindi as spoken in India: Hindi words in Devanagari, English words in Latin script. */
const hindi: LanguagePhrases = {
  intents: {
    HelpIntent: ['help', 'मदद', 'मदद करो', 'मेरी मदद करो', 'मैं क्या कह सकता हूँ', 'तुम क्या कर सकती हो'],
    StopIntent: ['बस हो गया', 'shopping बंद करो', 'अलविदा', 'bye', 'चलो bye', 'अब बस'],
    CancelIntent: ['रहने दो', 'छोड़ो', 'कोई बात नहीं', 'भूल जाओ'],
    NavigateHomeIntent: ['शुरुआत पर चलो', 'main menu', 'घर चलो', 'शुरू से'],
    StartOverIntent: ['फिर से शुरू करो', 'शुरू से करो', 'नए सिरे से शुरू करो', 'start over'],
    YesIntent: ['हाँ', 'हां', 'हाँ जी', 'जी हाँ', 'ठीक है', 'बिल्कुल', 'ज़रूर', 'हाँ please', 'okay', 'चलेगा'],
    NoIntent: ['नहीं', 'ना', 'नहीं जी', 'जी नहीं', 'मत करो', 'अभी नहीं', 'नहीं चाहिए'],
    RepeatIntent: ['फिर से बोलो', 'दोबारा बोलो', 'क्या कहा', 'एक बार और बोलो', 'repeat करो', 'फिर से सुनाओ'],
    NextIntent: ['अगला', 'आगे', 'और दिखाओ', 'और बताओ', 'next', 'अगले दिखाओ'],
    PreviousIntent: ['पिछला', 'पीछे', 'पीछे जाओ', 'वापस जाओ', 'previous', 'पिछले दिखाओ'],
    SelectIntent: [
      '{ListPosition} वाला',
      '{ListPosition} वाला चुनो',
      '{ListPosition} वाला दो',
      'मुझे {ListPosition} वाला चाहिए',
      'नंबर {ListPosition}',
      '{ListPosition} वाला ठीक है',
    ],
  },
  examples: {
    number: ['2', '3', '1', '4', '6'],
    fourDigits: ['4821', '1397', '2046'],
    searchQuery: ['दूध', 'आटा', 'basmati चावल', 'अरहर दाल', 'chai patti'],
  },
  ordinals: {
    first: ['पहला', 'पहली', 'पहले', 'एक', 'नंबर एक'],
    second: ['दूसरा', 'दूसरी', 'दूसरे', 'दो', 'नंबर दो'],
    third: ['तीसरा', 'तीसरी', 'तीसरे', 'तीन', 'नंबर तीन'],
    fourth: ['चौथा', 'चौथी', 'चौथे', 'चार', 'नंबर चार'],
    fifth: ['पाँचवाँ', 'पांचवां', 'पाँचवीं', 'पाँच', 'नंबर पाँच'],
    sixth: ['छठा', 'छठी', 'छह', 'नंबर छह'],
    seventh: ['सातवाँ', 'सातवीं', 'सात', 'नंबर सात'],
    eighth: ['आठवाँ', 'आठवीं', 'आठ', 'नंबर आठ'],
    ninth: ['नौवाँ', 'नौवीं', 'नौ', 'नंबर नौ'],
    tenth: ['दसवाँ', 'दसवीं', 'दस', 'नंबर दस'],
  },
  signInContext: 'Check out करने और अपने orders सुनने के लिए',
  sampleInvocation: '{name} से बात करो',
};

const LANGUAGES: Readonly<Record<string, LanguagePhrases>> = { en: english, hi: hindi };

/** The phrases for an Alexa locale's language (en-US -> en). */
export function phrasesFor(locale: string): LanguagePhrases {
  const language = locale.slice(0, 2);
  const phrases = LANGUAGES[language];
  if (!phrases) {
    throw new Error(
      `no built-in training phrases for "${language}" (model ${locale}): add them in scripts/google/built-in-phrases.ts`,
    );
  }
  return phrases;
}
