/** LearningBuilder's inputs: the site, the API key, the Workflow Import Queue file type and the batch's options. */
import { SettingsError } from '../../core/inputs.ts';
import { defineVendor, urlInput } from '../vendor.ts';
import type { LearningBuilderOptions } from './index.ts';

export const vendor = defineVendor<LearningBuilderOptions>({
  title: 'LearningBuilder',
  read(read) {
    const options: LearningBuilderOptions = {
      url: urlInput(read, 'learningbuilder-url') ?? '',
      apiKey: read('learningbuilder-api-key').trim(),
      importProcessId: read('learningbuilder-import-process-id').trim(),
      creationPath: read('learningbuilder-creation-path').trim() || 'DATATABLE_SYNC',
    };
    const success = read('learningbuilder-success-email').trim();
    const failure = read('learningbuilder-failure-email').trim();
    if (success) options.successEmail = success;
    if (failure) options.failureEmail = failure;
    if (options.importProcessId !== '' && !/^[0-9]+$/.test(options.importProcessId)) {
      throw new SettingsError(
        `Input learningbuilder-import-process-id is "${options.importProcessId}"; use the numeric id of the Workflow Import Queue file type`,
      );
    }
    // LearningBuilder's rule for creationPath, checked before anything is sent.
    if (!/^[A-Z0-9_]{1,15}$/.test(options.creationPath)) {
      throw new SettingsError(
        `Input learningbuilder-creation-path is "${options.creationPath}"; use 1 to 15 upper-case letters, digits or underscores, like DATATABLE_SYNC`,
      );
    }
    return options;
  },
  requires: [
    {
      inputs: ['learningbuilder-api-key'],
      what: 'an API key with the BeginWorkflowImportProcess permission',
      secret: true,
      lacking: (lb) => lb.apiKey === '',
    },
    {
      inputs: ['learningbuilder-url'],
      what: 'the base URL of your LearningBuilder site',
      lacking: (lb) => lb.url === '',
    },
    {
      inputs: ['learningbuilder-import-process-id'],
      what: 'the id of the Workflow Import Queue file type',
      lacking: (lb) => lb.importProcessId === '',
    },
  ],
  // The batch's date folder on the run's clock (the HTTP client's), as every other wait and time of the run.
  async create(options, http) {
    const { LearningBuilderProvider } = await import('./index.ts');
    return new LearningBuilderProvider({ ...options, now: () => new Date(http.clock.now()) }, http);
  },
});
