/** D·engage's inputs: the account's region host and the API user; `dengage-username` is the user key's old name. */
import { defineVendor, urlInput } from '../vendor.ts';
import type { DengageOptions } from './index.ts';

export const vendor = defineVendor<DengageOptions>({
  title: 'D·engage',
  read(read, { warnings }) {
    const userKey = read('dengage-user-key').trim();
    const oldName = read('dengage-username').trim();
    if (oldName !== '') {
      warnings.push(
        userKey !== ''
          ? 'Input dengage-username is ignored: dengage-user-key is set. Remove dengage-username'
          : "Input dengage-username is deprecated: D·engage's login takes the API user's key (userkey). Rename the input to dengage-user-key",
      );
    }
    return {
      apiUrl: urlInput(read, 'dengage-api-url') ?? '',
      userKey: userKey || oldName,
      password: read('dengage-password').trim(),
    };
  },
  requires: [
    {
      inputs: ['dengage-user-key', 'dengage-password'],
      what: "the API user's key and password of your D·engage account",
      secret: true,
      lacking: (d) => d.userKey === '' || d.password === '',
    },
    {
      inputs: ['dengage-api-url'],
      what: "your account's region host, one of https://tr-api.dengage.com, https://us-api.dengage.com, https://eu-api.dengage.com, https://ru-api.dengage.com, https://sa-api.dengage.com",
      lacking: (d) => d.apiUrl === '',
    },
  ],
  async create(options, http) {
    const { DengageProvider } = await import('./index.ts');
    return new DengageProvider(options, http);
  },
});
