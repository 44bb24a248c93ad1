import { planTable } from '../core/plan.ts';
import { DataFileError } from '../core/problems.ts';
import { renderValidationReport, type ValidationResult } from '../core/report/validation.ts';
import { schemaFromHeader } from '../core/schema.ts';
import type { DataFile } from '../inputs/data-files.ts';
import { readSchemaBeside } from '../inputs/schema-files.ts';
import { NO_TABLE_LIMITS } from '../providers/provider.ts';
import type { RunContext } from './context.ts';

/**
 * Checks each file offline, without credentials: structure and keys always; types, ranges and lengths against the
 * schema file export wrote beside it (`<name>.schema.json`), when there is one. Nothing is read from the vendor.
 */
export async function validateFiles(context: RunContext, files: readonly DataFile[]): Promise<void> {
  const { runner } = context;
  const results: ValidationResult[] = [];
  for (const file of files) {
    let schemaFile: string | undefined;
    try {
      const beside = readSchemaBeside(context.files, file.relativePath);
      schemaFile = beside?.path;
      const schema = beside?.schema;
      const plan = await planTable({
        file: file.relativePath,
        source: file.open(),
        csvOptions: { delimiter: file.delimiter },
        table: { id: `offline:${file.relativePath}`, name: file.table },
        schema: schema ?? ((header) => schemaFromHeader(header, undefined, file.relativePath)),
        liveRecords: [],
        mode: 'append',
        maxDeletes: { percent: 100 },
        limits: NO_TABLE_LIMITS,
      });
      runner.annotate(plan.problems);
      results.push({
        file: file.relativePath,
        table: file.table,
        ...(schemaFile ? { schemaFile } : {}),
        rows: plan.validRows + plan.invalidRows,
        invalid: plan.invalidRows,
        problems: plan.problems,
      });
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      runner.annotate(error.problems);
      results.push({
        file: file.relativePath,
        table: file.table,
        ...(schemaFile ? { schemaFile } : {}),
        rows: 0,
        invalid: 1,
        problems: error.problems,
      });
    }
  }
  await runner.summary(renderValidationReport(results));
  const invalid = results.filter((r) => r.invalid > 0);
  runner.output(
    'rows-invalid',
    results.reduce((sum, r) => sum + r.invalid, 0),
  );
  runner.output('changed', false);
  runner.output('import-jobs', '[]');
  if (invalid.length > 0) {
    runner.fail(
      `Invalid rows in ${invalid.map((r) => `${r.file} (${r.invalid})`).join(', ')}: see the summary`,
      'invalid-rows',
    );
  }
}
