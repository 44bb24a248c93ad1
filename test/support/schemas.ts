import type { TableSchema } from '../../src/core/schema.ts';

/** The sample Holidays table's schema, as the Genesys provider reads it. */
export const holidaysSchema: TableSchema = {
  fields: [
    { name: 'key', title: 'Holiday', type: 'string', isKey: true },
    { name: 'Date', title: 'Date', type: 'string', isKey: false, maxLength: 10 },
    { name: 'Closed', title: 'Closed', type: 'boolean', isKey: false, default: false },
    { name: 'Greeting', title: 'Greeting', type: 'string', isKey: false, default: '' },
    { name: 'Callback Hours', title: 'Callback Hours', type: 'integer', isKey: false, minimum: 0, maximum: 24 },
    { name: 'Surcharge', title: 'Surcharge', type: 'number', isKey: false },
  ],
};

export const limits = { maxRows: 5000, maxKeyLength: 256 };
