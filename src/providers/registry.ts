/**
 * The vendors, as their folders declare them (vendors.ts, generated from the folders by scripts/action-docs.ts): the
 * only place that chooses between vendors. Adding one is its folder (with an `inputs.ts`) and its inputs in action.yml.
 */
import type { InputReader, InputTerms } from '../core/inputs.ts';
import type { HttpClient } from './http.ts';
import type { Provider } from './provider.ts';
import { lackingMessage, type Vendor, type VendorReading, type VendorRun } from './vendor.ts';
import { VENDORS } from './vendors.ts';

export type ProviderName = keyof typeof VENDORS;
/** The `provider` input's values, in the order the vendors were added (the first is the default). */
export const PROVIDERS = Object.keys(VENDORS) as ProviderName[];

/** What each vendor read of its inputs, under its name. */
export type VendorSettings = {
  [Name in ProviderName]: (typeof VENDORS)[Name] extends Vendor<infer Options> ? Options : never;
};

/** The chosen vendor, and what every vendor read. */
type Chosen = { provider: ProviderName } & VendorSettings;

/** Every vendor's inputs, each read and checked by its own folder: a bad value is refused whichever is chosen. */
export function readVendorSettings(read: InputReader, reading: VendorReading): VendorSettings {
  return Object.fromEntries(PROVIDERS.map((name) => [name, VENDORS[name].read(read, reading)])) as VendorSettings;
}

/** The provider the settings name, made from what its folder read. */
export function createProvider(settings: Chosen, http: HttpClient, run: VendorRun): Promise<Provider> {
  const vendor: Vendor<unknown> = VENDORS[settings.provider];
  return vendor.create(settings[settings.provider], http, run);
}

/**
 * What the chosen provider still needs from the inputs (credentials first), or undefined when it has it all, named as
 * the runner names inputs (`terms`: the action's inputs, or the command line's environment variables and flags).
 * Without credentials a pull request is still planned, offline; anything else fails with this message.
 */
export function missingInputs(settings: Chosen, terms: InputTerms): string | undefined {
  const vendor: Vendor<unknown> = VENDORS[settings.provider];
  return lackingMessage(vendor, settings[settings.provider], terms);
}
