/**
 * What a vendor's folder declares in its `inputs.ts`: how it reads and checks its own inputs, what a run needs of
 * them, and how its provider is made from what was read. The registry (registry.ts, over the generated vendors.ts)
 * is the only reader of these declarations at run time; scripts/action-docs.ts writes the README's "required when"
 * column from the same `requires`, so the docs and the check cannot say different things.
 */
import type { GroupRef } from '../core/groups.ts';
import { type InputReader, type InputTerms, SettingsError } from '../core/inputs.ts';
import { type HttpClient, isLoopback } from './http.ts';
import type { Provider } from './provider.ts';

/** What the common settings tell a vendor's reader. */
export interface VendorReading {
  /** Things to tell the user about the inputs (deprecated names), as warnings. */
  warnings: string[];
  /** The job matrix's group of this run, and the OAuth clients the groups share (a vendor's budget is split). */
  group: GroupRef | undefined;
  clients: number;
}

/** What the run gives a provider besides its inputs. */
export interface VendorRun {
  log: (message: string) => void;
  /** The run's own folder, where a large live table's rows may be kept. */
  rowsFolder?: string;
  /**
   * The run will call the vendor (it has tables to read): a vendor may begin its login now, and return once the
   * login's request is on its way (BearerSession.begin), so that the code loaded next (its own adapter, the plan's)
   * compiles while the login is answered. The first call takes that login, and meets its failure if it failed.
   */
  login?: boolean;
}

/** An input (or two that go together) a run with this vendor needs; the first lacking one is reported. */
export interface Requirement<Options> {
  inputs: readonly [string] | readonly [string, string];
  /** What to set it to, said after "... is required: ". */
  what: string;
  /** Credentials: the message says where they come from (the runner's `secrets`). */
  secret?: boolean;
  /** Another input that, when set, stands in for this one. */
  unless?: string;
  /** Needed only while another input has one of these values (`of` reads it from what was read). */
  onlyWhen?: { input: string; values: readonly string[]; of(options: Options): string };
  /** Whether what was read lacks it (the run's check; the docs are written from the fields above). */
  lacking(options: Options): boolean;
}

export interface Vendor<Options> {
  /** Its name as people write it ("Genesys Cloud"): the command line's help lists its flags under it. */
  title: string;
  /** Reads and checks this vendor's inputs; a bad value throws a SettingsError naming the input. */
  read(read: InputReader, reading: VendorReading): Options;
  /** What a run needs, credentials first. */
  requires: readonly Requirement<Options>[];
  /** Makes its provider; the adapter's code is loaded here, so a run loads only the vendor it uses. */
  create(options: Options, http: HttpClient, run: VendorRun): Promise<Provider>;
}

/** Declares a vendor (its type is checked here, and `Options` inferred from `read`). */
export function defineVendor<Options>(vendor: Vendor<Options>): Vendor<Options> {
  return vendor;
}

/**
 * The first requirement what was read lacks, said as the runner names inputs, or undefined when none: a pull request
 * is then planned offline, anything else fails with this message.
 */
export function lackingMessage<Options>(
  vendor: Vendor<Options>,
  options: Options,
  terms: InputTerms,
): string | undefined {
  const requirement = vendor.requires.find((r) => r.lacking(options));
  if (!requirement) return undefined;
  const names = requirement.inputs.map((input) => terms.name(input)).join(' and ');
  const verb = requirement.inputs.length === 2 ? 'are' : 'is';
  const condition = requirement.onlyWhen
    ? ` with ${requirement.onlyWhen.input} ${requirement.onlyWhen.of(options)}`
    : '';
  const secrets = requirement.secret ? ` ${terms.secrets}` : '';
  return `${names} ${verb} required${condition}: ${requirement.what}${requirement.secret ? '.' : ''}${secrets}`;
}

/** The README's "required when" for each input a vendor requires, in markdown. */
export function requiredWhen<Options>(provider: string, vendor: Vendor<Options>): Record<string, string> {
  const when: Record<string, string> = {};
  for (const requirement of vendor.requires) {
    const only = requirement.onlyWhen;
    const text = [
      `provider \`${provider}\``,
      only ? ` with ${only.values.map((value) => `\`${only.input}: ${value}\``).join(' or ')}` : '',
      requirement.unless ? ` (unless \`${requirement.unless}\`)` : '',
      requirement.secret ? ' (a fork pull request plans offline without it)' : '',
    ].join('');
    for (const input of requirement.inputs) when[input] = text;
  }
  return when;
}

/** An input that is a URL: https, or plain http to this machine only; undefined when not set. */
export function urlInput(read: InputReader, name: string): string | undefined {
  const value = read(name).trim();
  if (value === '') return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {}
  // Plain http would send credentials in clear: only to this machine (the local emulator, a local proxy).
  if (parsed?.protocol === 'https:' || (parsed?.protocol === 'http:' && isLoopback(parsed))) return value;
  throw new SettingsError(
    `Input ${name} is "${value}"; use an https URL (plain http only for localhost or 127.0.0.1, such as the local emulator)`,
  );
}
