/**
 * The shopper's data rights by voice: "what do you know about me" reads a short summary of what the
 * store keeps (never the values themselves: no address or code is said aloud), and "delete my data"
 * asks first; the "yes" erases at once (answers/data-erasure.ts).
 */
import type { CustomerDataExport } from '../../domain/data-rights-service';
import { awaiting, home, settled } from '../dialog-state';
import { ask } from '../reply';
import { sentences, type Phrase } from '../speech/phrase';
import type { IntentHandler, TurnContext } from '../turn-context';

/** The speech rate every profile starts with. */
const NORMAL_RATE = 100;

function keptItems(ctx: TurnContext, data: CustomerDataExport): Phrase[] {
  const { privacy } = ctx.locale;
  const items: (Phrase | undefined)[] = [
    data.cart.length > 0
      ? privacy.keptCart({ count: data.cart.reduce((n, l) => n + l.quantity, 0) })
      : undefined,
    data.orders.length > 0 ? privacy.keptOrders({ count: data.orders.length }) : undefined,
    data.profile?.name || data.profile?.addressSummary ? privacy.keptNameAddress() : undefined,
    data.profile?.voiceCodeSet ? privacy.keptVoiceCode() : undefined,
    data.profile && data.profile.speechRate !== NORMAL_RATE ? privacy.keptSpeechRate() : undefined,
    data.handoffs.length > 0 ? privacy.keptRequests({ count: data.handoffs.length }) : undefined,
    data.linkedAccounts.length > 0 ? privacy.keptLink() : undefined,
  ];
  return items.filter((item): item is Phrase => item !== undefined);
}

/** MyDataIntent: "what do you know about me". */
export const myData: IntentHandler = async (ctx) => {
  const { privacy, phrasing, common } = ctx.locale;
  const items = keptItems(ctx, await ctx.deps.dataRights.export(ctx.customer.id));
  if (items.length === 0) return ask(privacy.nothingKept(), common.homeReprompt(), settled(ctx.state));
  return ask(
    sentences(privacy.summary({ items: phrasing.list(items, 'and') }), privacy.howToDelete()),
    privacy.summaryReprompt(),
    settled(ctx.state),
  );
};

/** DeleteMyDataIntent: "delete my data". Asks before anything is erased. */
export const deleteMyData: IntentHandler = (ctx) => {
  const { privacy } = ctx.locale;
  return Promise.resolve(
    ask(
      privacy.confirmDelete(),
      privacy.confirmDeleteReprompt(),
      awaiting(home(ctx.state), { kind: 'eraseData' }),
    ),
  );
};
