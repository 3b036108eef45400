/**
 * The demo stores `npm start` and `npm run db:start` can load: the US grocery (the default), the UK
 * grocer (pounds, VAT included, en-GB) and the Indian kirana (rupees, GST included, en-IN and
 * hi-IN). Each is its settings and a catalog file in the import format.
 */
import { join } from 'node:path';
import type { StoreSettings } from '../../domain/model';
import { DEMO_STORE_SETTINGS } from './demo-settings';
import { INDIA_STORE_SETTINGS } from './india-settings';
import { UK_STORE_SETTINGS } from './uk-settings';

/** The demo stores by the name `--store` takes. */
export type DemoStoreName = 'us' | 'uk' | 'india';

/** One demo store: its settings and catalog file. */
export interface DemoStore {
  readonly name: DemoStoreName;
  readonly settings: StoreSettings;
  readonly catalogPath: string;
}

/** Every demo store. */
export const DEMO_STORES: Readonly<Record<DemoStoreName, DemoStore>> = {
  us: { name: 'us', settings: DEMO_STORE_SETTINGS, catalogPath: join(__dirname, 'demo-catalog.csv') },
  uk: { name: 'uk', settings: UK_STORE_SETTINGS, catalogPath: join(__dirname, 'uk-catalog.csv') },
  india: { name: 'india', settings: INDIA_STORE_SETTINGS, catalogPath: join(__dirname, 'india-catalog.csv') },
};

/** The demo store a `--store` value names, or undefined. */
export function demoStoreNamed(name: string): DemoStore | undefined {
  return Object.hasOwn(DEMO_STORES, name) ? DEMO_STORES[name as DemoStoreName] : undefined;
}

/** The demo store that serves a locale (the first whose settings list it), else the US one. */
export function demoStoreServing(locale: string): DemoStore {
  return (
    Object.values(DEMO_STORES).find((store) =>
      (store.settings.locales ?? [store.settings.locale]).includes(locale),
    ) ?? DEMO_STORES.us
  );
}
