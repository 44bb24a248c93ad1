// Generated from the folders of src/providers by scripts/action-docs.ts (npm run bundle): do not edit.
// A folder with an inputs.ts is a vendor; a new one is added last (this order is the provider input's).

import { vendor as dengage } from './dengage/inputs.ts';
import { vendor as genesys } from './genesys/inputs.ts';
import { vendor as learningbuilder } from './learningbuilder/inputs.ts';
import { vendor as talkdesk } from './talkdesk/inputs.ts';

export const VENDORS = {
  genesys,
  learningbuilder,
  talkdesk,
  dengage,
};
