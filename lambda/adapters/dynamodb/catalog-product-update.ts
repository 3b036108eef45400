/**
 * The single UpdateItem that creates or replaces a product: every attribute set from the input,
 * optional attributes the input lacks removed, and the version incremented in the same write (from
 * 1 for a new product). A product is one item, so it is never half written.
 */
import type { ProductInput } from '../../domain/model';
import { OPTIONAL_PRODUCT_ATTRIBUTES, productAttributes } from './product-item';

/** The expression parts of a product upsert. */
export interface ProductUpdate {
  readonly UpdateExpression: string;
  readonly ExpressionAttributeNames: Record<string, string>;
  readonly ExpressionAttributeValues: Record<string, unknown>;
}

/** Builds the upsert of `product` stamped with `updatedAt`. */
export function buildProductUpdate(product: ProductInput, updatedAt: string): ProductUpdate {
  const attributes = productAttributes({ ...product, version: 0, updatedAt });
  delete attributes.version;
  const names: Record<string, string> = { '#version': 'version' };
  const values: Record<string, unknown> = { ':zero': 0, ':one': 1 };
  const sets = ['#version = if_not_exists(#version, :zero) + :one'];
  Object.entries(attributes).forEach(([name, value], i) => {
    names[`#s${i}`] = name;
    values[`:s${i}`] = value;
    sets.push(`#s${i} = :s${i}`);
  });
  const removes = OPTIONAL_PRODUCT_ATTRIBUTES.filter((name) => !(name in attributes)).map((name, i) => {
    names[`#r${i}`] = name;
    return `#r${i}`;
  });
  return {
    UpdateExpression: `SET ${sets.join(', ')}${removes.length > 0 ? ` REMOVE ${removes.join(', ')}` : ''}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}
