import path from 'node:path';
import { DataFileError } from '../core/problems.ts';
import type { ReferenceColumns } from '../core/references.ts';
import { codeOrText, escapeMarkdown } from '../core/report/markdown.ts';
import { schemaFilePath, schemaFileText } from '../core/schema-file.ts';
import { liveTableCsv } from '../core/table-csv.ts';
import type { DataFile } from '../inputs/data-files.ts';
import { readSchemaBeside } from '../inputs/schema-files.ts';
import type { Provider } from '../providers/provider.ts';
import { ProviderError } from '../providers/provider.ts';
import { type ExportedFile, openAdoptPullRequest } from './adopt.ts';
import type { RunContext } from './context.ts';

/** The reference columns the schema file beside `file` declares now, if it can be read (else none). */
function declaredReferences(context: RunContext, file: DataFile): ReferenceColumns {
  try {
    return readSchemaBeside(context.files, file.relativePath)?.references ?? {};
  } catch (error) {
    if (error instanceof DataFileError) return {};
    throw error;
  }
}

/** Export: each table's live rows into its file (header by title, key first, key order), to adopt it into git. */
export async function exportTables(context: RunContext, provider: Provider, files: readonly DataFile[]): Promise<void> {
  const { runner } = context;
  const lines = ['## Data tables export', '', '| table | file | schema | rows |', '|---|---|---|---:|'];
  const failures: string[] = [];
  const exported: ExportedFile[] = [];
  for (const file of files) {
    try {
      const table = await provider.getTable(file.table);
      if (!provider.capabilities.readsLiveRows || !table.schema) {
        throw new ProviderError(
          `${provider.capabilities.describe}: export needs the live rows and schema, which this API does not give`,
        );
      }
      const schemaFile = schemaFilePath(file.relativePath);
      for (const target of [file.relativePath, schemaFile]) {
        const why = runner.mayOverwrite?.(path.resolve(context.files.workspace, target));
        if (why) throw new ProviderError(`${target} was not written: ${why}`);
      }
      const live = await provider.readRows(table);
      const csv = liveTableCsv(table.schema, live.records);
      await context.files.writeWorkspaceFile(file.relativePath, csv, 'file');
      // The schema beside the file: `validate` (and the pre-commit hook) check cells against it offline.
      // Columns the schema file there declares as references stay declared (the table itself does not know them).
      const schemaText = schemaFileText(table.name, table.schema, declaredReferences(context, file));
      await context.files.writeWorkspaceFile(schemaFile, schemaText, 'schema file');
      exported.push(
        { relativePath: file.relativePath, bytes: Buffer.from(csv), table: table.name },
        { relativePath: schemaFile, bytes: Buffer.from(schemaText), table: table.name },
      );
      lines.push(
        `| ${escapeMarkdown(table.name)} | ${codeOrText(file.relativePath)} | ${codeOrText(schemaFile)} | ${live.records.length} |`,
      );
      runner.info(
        `${table.name}: ${live.records.length} rows written to ${file.relativePath}, its schema to ${schemaFile}`,
      );
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      failures.push(`${file.relativePath}: ${error.message}`);
    }
  }
  // Nothing exported: no empty table above the errors, which say it all.
  if (failures.length < files.length) {
    if (failures.length > 0) {
      lines.push('', `**Not exported (${failures.length})**:`, '', ...failures.map((f) => `- ${escapeMarkdown(f)}`));
    }
    lines.push(
      '',
      'Commit the files (and their schema files) to keep the tables in git; a plan of them now shows no changes.',
      '',
    );
    await runner.summary(lines.join('\n'));
  }
  runner.output('changed', false);
  runner.output('import-jobs', '[]');
  if (failures.length > 0) {
    const adopt = context.settings.exportPullRequest ? ' (so no pull request was opened)' : '';
    return runner.fail(`Some tables were not exported${adopt}:\n${failures.join('\n')}`, 'export-failed');
  }
  if (context.settings.exportPullRequest) await openAdoptPullRequest(context, exported);
}
