/**
 * A small built-in list of common grocery synonyms. A product whose name contains one phrase of a
 * group is also indexed under the others (as alternative names, weighted a little below its own
 * name), so "soda" finds "cola" and "garbanzo beans" finds "chickpeas" with no work at query time.
 */
import { tokens } from './normalise';

const GROCERY_SYNONYMS: readonly (readonly string[])[] = [
  ['soda', 'pop', 'soft drink', 'cola'],
  ['chips', 'crisps'],
  ['cookies', 'biscuits'],
  ['candy', 'sweets'],
  ['ketchup', 'catsup'],
  ['zucchini', 'courgette'],
  ['eggplant', 'aubergine'],
  ['cilantro', 'coriander'],
  ['scallions', 'green onions', 'spring onions'],
  ['chickpeas', 'garbanzo beans'],
  ['yogurt', 'yoghurt'],
  ['donut', 'doughnut'],
  ['hot dogs', 'frankfurters', 'wieners', 'franks'],
  ['orange juice', 'oj'],
  ['peanut butter', 'pb'],
  ['macaroni and cheese', 'mac and cheese', 'mac n cheese'],
  ['sparkling water', 'seltzer', 'club soda', 'fizzy water'],
  ['diapers', 'nappies'],
  ['trash bags', 'garbage bags', 'bin bags'],
  ['dish soap', 'dishwashing liquid', 'washing up liquid'],
  ['paper towels', 'kitchen roll'],
  ['toilet paper', 'bathroom tissue', 'tp', 'toilet roll'],
  ['ground beef', 'minced beef', 'hamburger meat', 'beef mince'],
  ['shrimp', 'prawns'],
  ['jello', 'gelatin dessert'],
  ['popsicles', 'ice pops', 'ice lollies'],
  ['hoagie', 'sub sandwich'],
  ['pasta sauce', 'marinara', 'spaghetti sauce'],
  ['oatmeal', 'porridge', 'rolled oats'],
  ['cereal', 'breakfast cereal'],
  ['flapjack', 'pancake'],
  ['ice cream', 'frozen dessert'],
  ['bell pepper', 'capsicum', 'sweet pepper'],
  ['rocket', 'arugula'],
  ['confectioners sugar', 'powdered sugar', 'icing sugar'],
  ['cornstarch', 'corn starch', 'cornflour'],
  ['baking soda', 'bicarbonate of soda', 'bicarb'],
  ['tuna', 'tuna fish'],
  ['detergent', 'laundry soap', 'washing powder'],
  ['tissues', 'kleenex', 'facial tissue'],
  ['q tips', 'cotton swabs', 'cotton buds'],
  ['band aids', 'bandages', 'plasters'],
  ['aluminum foil', 'tin foil', 'aluminium foil'],
  ['plastic wrap', 'cling film', 'saran wrap'],
  ['energy drink', 'energy drinks'],
  ['creamer', 'coffee creamer', 'coffee whitener'],
  ['capn', 'captain'],
  ['mayonnaise', 'mayo'],
  ['barbecue', 'bbq'],
  ['sandwich bags', 'baggies'],
  ['soda crackers', 'saltines'],
  ['cotton candy', 'candy floss'],
];

/** A group member as normalised words. */
interface Phrase {
  readonly words: readonly string[];
  readonly group: number;
}

const phrasesByFirstWord = new Map<string, Phrase[]>();
const groupPhrases: (readonly string[])[][] = [];
GROCERY_SYNONYMS.forEach((group, index) => {
  groupPhrases[index] = group.map((phrase) => tokens(phrase)).filter((words) => words.length > 0);
  for (const phrase of group) {
    const words = tokens(phrase);
    if (words.length === 0) continue;
    const list = phrasesByFirstWord.get(words[0]!) ?? [];
    list.push({ words, group: index });
    phrasesByFirstWord.set(words[0]!, list);
  }
});

/** The other phrases (normalised words) of every built-in synonym group a product's words contain. */
export function builtInSynonymPhrases(words: readonly string[]): string[][] {
  const found = new Map<number, string>();
  for (let i = 0; i < words.length; i += 1) {
    for (const phrase of phrasesByFirstWord.get(words[i]!) ?? []) {
      if (phrase.words.every((w, k) => words[i + k] === w)) found.set(phrase.group, phrase.words.join(' '));
    }
  }
  return [...found].flatMap(([group, own]) =>
    groupPhrases[group]!.filter((p) => p.join(' ') !== own).map((p) => [...p]),
  );
}
