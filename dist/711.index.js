export const id = 711;
export const ids = [711];
export const modules = {

/***/ 13711:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateFiles: () => (/* binding */ validateFiles)
});

// EXTERNAL MODULE: ./lib/core/plan.js + 5 modules
var core_plan = __webpack_require__(6273);
// EXTERNAL MODULE: ./lib/core/problems.js
var problems = __webpack_require__(70571);
// EXTERNAL MODULE: ./lib/core/report/markdown.js
var markdown = __webpack_require__(76893);
;// CONCATENATED MODULE: ./lib/core/report/validation.js

/** What `validate` found: a line per file, then each file's problems. */
function renderValidationReport(results, detail = markdown/* FULL_DETAIL */.gZ) {
    const invalid = results.reduce((sum, r) => sum + r.invalid, 0);
    const lines = [
        '## Data tables validation',
        '',
        invalid > 0
            ? `**${(0,markdown/* plural */.LS)(invalid, 'invalid row')}**: fix ${invalid === 1 ? 'it' : 'them'} before planning.`
            : results.length === 1
                ? '**The file is valid.**'
                : `**All ${results.length} files are valid.**`,
        '',
        '| file | checked against | rows | invalid |',
        '|---|---|---:|---:|',
    ];
    for (const result of results) {
        const against = result.schemaFile ? (0,markdown/* codeOrText */.Qg)(result.schemaFile) : 'its header (no schema file: text only)';
        lines.push(`| ${(0,markdown/* codeOrText */.Qg)(result.file)} | ${against} | ${result.rows} | ${result.invalid} |`);
    }
    for (const result of results.filter((r) => r.problems.length > 0)) {
        lines.push('', `### ${(0,markdown/* codeOrText */.Qg)(result.file)}`, '', ...(0,markdown/* problemList */.gH)(result.problems, detail));
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./lib/core/schema.js
var core_schema = __webpack_require__(34920);
// EXTERNAL MODULE: ./lib/inputs/schema-files.js
var schema_files = __webpack_require__(45232);
// EXTERNAL MODULE: ./lib/providers/provider.js + 1 modules
var provider = __webpack_require__(32288);
;// CONCATENATED MODULE: ./lib/run/validate.js






/**
 * Checks each file offline, without credentials: structure and keys always; types, ranges and lengths against the
 * schema file export wrote beside it (`<name>.schema.json`), when there is one. Nothing is read from the vendor.
 */
async function validateFiles(context, files) {
    const { runner } = context;
    const results = [];
    for (const file of files) {
        let schemaFile;
        try {
            const beside = (0,schema_files/* readSchemaBeside */._Q)(context.files, file.relativePath);
            schemaFile = beside?.path;
            const schema = beside?.schema;
            const plan = await (0,core_plan/* planTable */.k0)({
                file: file.relativePath,
                source: file.open(),
                csvOptions: { delimiter: file.delimiter },
                table: { id: `offline:${file.relativePath}`, name: file.table },
                schema: schema ?? ((header) => (0,core_schema/* schemaFromHeader */.Nx)(header, undefined, file.relativePath)),
                liveRecords: [],
                mode: 'append',
                maxDeletes: { percent: 100 },
                limits: provider/* NO_TABLE_LIMITS */.MM,
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
        }
        catch (error) {
            if (!(error instanceof problems/* DataFileError */.t1))
                throw error;
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
    runner.output('rows-invalid', results.reduce((sum, r) => sum + r.invalid, 0));
    runner.output('changed', false);
    runner.output('import-jobs', '[]');
    if (invalid.length > 0) {
        runner.fail(`Invalid rows in ${invalid.map((r) => `${r.file} (${r.invalid})`).join(', ')}: see the summary`, 'invalid-rows');
    }
}


/***/ })

};
