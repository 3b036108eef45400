/**
 * Alexa's side of a dialog, as the console plays it: for an intent whose dialog Alexa manages
 * (delegationStrategy ALWAYS, or after the skill answers Dialog.Delegate) Alexa asks for each
 * required slot with the model's prompt and sends the intent once all are filled (dialogState
 * COMPLETED); after Dialog.ElicitSlot it fills the slot the skill asked for and sends the intent
 * back IN_PROGRESS. An answer is read as the intent's own sample, or as a bare value of the slot's type.
 */
import type { DialogIntent, DialogSlot, InteractionModel, ModelIntent } from './interaction-model';
import type { FilledSlot, SlotTypes } from './slot-values';
import type { Resolution } from './utterance-matcher';

/** A dialog waiting for the shopper to give a slot. */
export interface PendingDialog {
  readonly intent: ModelIntent;
  readonly filled: readonly FilledSlot[];
  readonly slot: { readonly name: string; readonly type: string };
  /** Who asked: Alexa (auto-delegation: the intent goes out COMPLETED) or the skill (IN_PROGRESS). */
  readonly askedBy: 'platform' | 'skill';
}

/** The dialog model of an intent, when Alexa manages its dialog. */
export function managedDialog(model: InteractionModel, intent: string): DialogIntent | undefined {
  return model.dialog.intents.find((d) => d.name === intent);
}

/** True when Alexa runs the intent's dialog without asking the skill first. */
export function autoDelegated(model: InteractionModel, dialog: DialogIntent): boolean {
  return (dialog.delegationStrategy ?? model.dialog.delegationStrategy) === 'ALWAYS';
}

/** The first required slot still missing. */
export function missingSlot(dialog: DialogIntent, filled: readonly FilledSlot[]): DialogSlot | undefined {
  const have = new Set(filled.map((slot) => slot.name));
  return dialog.slots.find((slot) => slot.elicitationRequired && !have.has(slot.name));
}

/** What Alexa says to ask for a slot: the model's prompt, varied from turn to turn. */
export function elicitationPrompt(model: InteractionModel, slot: DialogSlot, turn: number): string {
  const id = slot.prompts?.elicitation;
  const variations = id ? (model.prompts[id] ?? []) : [];
  return variations.length ? variations[turn % variations.length]! : `What ${slot.name} would you like?`;
}

/** Replaces or adds slots by name. */
export function mergeSlots(base: readonly FilledSlot[], added: readonly FilledSlot[]): FilledSlot[] {
  const names = new Set(added.map((slot) => slot.name));
  return [...base.filter((slot) => !names.has(slot.name)), ...added];
}

/**
 * The slots an answer fills for a pending dialog: the matcher's slots when it heard the same
 * intent with the asked slot, else the whole answer as a value of the slot's type (a built-in
 * number must parse; a custom type must resolve). Undefined when the answer gives no value.
 */
export function answerSlots(
  pending: PendingDialog,
  heard: Resolution,
  text: string,
  types: SlotTypes,
): FilledSlot[] | undefined {
  if (heard.intent === pending.intent.name && heard.slots.some((slot) => slot.name === pending.slot.name)) {
    return [...heard.slots];
  }
  const filled = types.fill(pending.slot.type, text.trim());
  const accepted = filled && (filled.fit === 'resolved' || !filled.resolution);
  if (!filled || !accepted) return undefined;
  return [
    { name: pending.slot.name, type: pending.slot.type, value: filled.value, resolution: filled.resolution },
  ];
}

/** Intents that leave a dialog whatever it was asking ("stop", "cancel", "help"). */
export const DIALOG_EXITS = new Set([
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.HelpIntent',
  'AMAZON.NavigateHomeIntent',
]);
