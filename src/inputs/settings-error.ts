/** A bad input or configuration: the message names the input (or file and line) and what would be valid. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}
