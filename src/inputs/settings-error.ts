// The error lives in src/core/inputs.ts, where the vendors' inputs (src/providers/) can throw it too.
export { SettingsError } from '../core/inputs.ts';
