/**
 * The usual moves of the dialog state: back home, a question asked or answered, a list opened,
 * a product in focus. Each returns a new state; the identity and the speech rate always carry over.
 */
import type { Product } from '../domain/model';
import type { DialogState, Focus, ListItem, OpenList, Pending } from './dialog-state';

/** Back to the start: nothing open, nothing pending; the customer and speech rate are kept. */
export function home(state: DialogState): DialogState {
  return {
    ...(state.customerId ? { customerId: state.customerId } : {}),
    ...(state.rate !== undefined ? { rate: state.rate } : {}),
  };
}

/** The state with no question pending. */
export function settled(state: DialogState): DialogState {
  const { pending: _pending, ...rest } = state;
  return rest;
}

/** The state waiting for an answer to a question. */
export function awaiting(state: DialogState, pending: Pending): DialogState {
  return { ...state, pending };
}

/** The state with a product in focus ("add it", "remove that") and no question pending. */
export function focused(state: DialogState, product: Focus): DialogState {
  return { ...settled(state), product: { sku: product.sku, name: product.name } };
}

/** The state with a list open at a position, nothing pending. */
export function withList(state: DialogState, list: OpenList): DialogState {
  const { product: _product, ...rest } = settled(state);
  return { ...rest, list };
}

/** A product as a list item, small enough to carry in the session. */
export function listItem(product: Product): ListItem {
  return {
    sku: product.sku,
    name: product.name.slice(0, 120),
    price: product.price.amount,
    ...(product.brand ? { brand: product.brand.slice(0, 60) } : {}),
    ...(product.size ? { size: product.size.slice(0, 40) } : {}),
    ...(product.stock <= 0 ? { soldOut: true } : {}),
  };
}
